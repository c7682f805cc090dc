using ReportSearch.Bench;

// reportsearch-bench: synthetic archives and repeatable performance figures for ReportSearch.
//   generate --mb N --out DIR [--seed S] [--seeds DIR]
//   index    --archive DIR --index DIR [--baseline] [--floor]
//   query    --index DIR [--seed S] [--rounds R] [--dump FILE] [--list-cold]
//   http     --index DIR --url http://127.0.0.1:PORT --clients C --seconds S [--seed S] [--pid PID]
//   pdf      --pdfs DIR [--from ARCHIVE --count N]
//   relevance --corpus DIR --queries FILE --judgments FILE [--split tune|holdout|all] [--pool-out FILE] [--index DIR]
//   profile  --archive DIR | --index DIR --q Q1,Q2 [--reps N]
// `index` parses in child workers: started with the hidden --extract-worker argument, this program is one.
if (ReportSearch.Pipeline.Extraction.ExtractionChild.RunIfRequested(args) is { } childExit) return childExit;
try
{
    var a = new BenchArgs(args);
    return a.Verb switch
    {
        "generate" => Generator.Run(a),
        "index" => IndexBench.Run(a),
        "stock-index" => StockIndex.Run(a),
        "query" => QueryBench.Run(a),
        "http" => await HttpBench.Run(a),
        "profile" => ProfileBench.Run(a),
        "pdf" => PdfBench.Run(a),
        "mechanisms" => MechanismBench.Run(a),
        "relevance" => RelevanceBench.Run(a),
        _ => Usage(),
    };
}
catch (BenchUsageException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run -c Release --project bench/ReportSearch.Bench -- VERB ...
          generate --mb N --out DIR [--seed S] [--seeds DIR] [--real DIR]
                                                                synthetic archive of N MB built from seeds/; with --real,
                                                                sentences and headings mostly from the real documents in DIR
                                                                (tools/benchcorpus/fetch_sources.sh makes one)
          index    --archive DIR --index DIR [--baseline] [--floor]
                                                                index from empty; throughput and memory; --baseline: stock
                                                                Lucene.Net (CJKAnalyzer) on the same archive, --floor: only
                                                                read, normalize, bigrams and invert; both with ratios
          stock-index --archive DIR --index DIR --analyzer cjk|floor [--threads N]
                                                                one of those alone
          query    --index DIR [--seed S] [--rounds R] [--dump FILE] [--list-cold]
                                                                latency per query class, single client
          http     --index DIR --url http://127.0.0.1:PORT --clients C --seconds S [--seed S] [--pid HOSTPID]
                                                                load a running host (loopback only)
          pdf      --pdfs DIR [--from ARCHIVE --count N]        PDF extraction MB/s and its share of indexing
                                                                (--from: convert N generated .txt reports with LibreOffice first)
          mechanisms --archive DIR [--index DIR] [--catalog-only]
                                                                CPU of mechanism extraction per MB; catalogue build, heap and answers
          relevance --corpus DIR --queries FILE --judgments FILE [--split tune|holdout|all] [--pool-out FILE] [--index DIR]
                                                                nDCG@10 and P@5 of ReportSearch against stock Lucene.Net
                                                                baselines (bench/relevance/README.md)
          profile  --archive DIR                                CPU and allocation per MB of each indexing stage (parse,
                                                                record build, exact analyzer, ICU words), one thread
          profile  --index DIR --q Q1,Q2 [--reps N]             medians of an engine pass (count and facets, top 10) and
                                                                of the whole request, per query
        """);
    return 2;
}
