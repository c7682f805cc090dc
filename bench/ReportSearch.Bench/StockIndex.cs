using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using ReportSearch.Analysis;

namespace ReportSearch.Bench;

/// <summary>
/// `stock-index --archive DIR --index DIR --analyzer cjk|floor [--threads N]`: a plain Lucene.Net index of the
/// archive's text files, one document per file, run by `index --baseline` / `index --floor` in a process of its own
/// (so its memory is its own).
/// - `cjk`: stock Lucene, the baseline a user would compare with: CJKAnalyzer, the body stored, IndexWriter's
///   defaults (16 MB buffer, tiered merges, no final merge).
/// - `floor`: the least work our exact search needs: read, normalize and bigram-analyze with our own
///   ExactAnalyzer, invert. No metadata, places, words, mechanisms, payloads or final merge: what each of our
///   stages costs is the distance from this floor (`profile --archive` splits it per stage).
/// Threads pull files from one queue and add to one IndexWriter, as many as the indexer's parallelism.
/// </summary>
public static class StockIndex
{
    public const string BodyField = "body";

    public static int Run(BenchArgs a)
    {
        var archive = a.Required("--archive");
        var indexDir = a.Required("--index");
        var kind = a.Optional("--analyzer") ?? "cjk";
        int threads = a.Int("--threads", new Pipeline.IndexerSettings().Parallelism);
        if (!System.IO.Directory.Exists(archive)) throw new BenchUsageException($"no archive at '{archive}'");
        Analyzer analyzer = kind switch
        {
            "cjk" => new CJKAnalyzer(LuceneVersion.LUCENE_48),
            "floor" => ExactAnalyzer.Instance,
            _ => throw new BenchUsageException("--analyzer is cjk or floor"),
        };
        bool storeBody = kind == "cjk";
        if (System.IO.Directory.Exists(indexDir)) System.IO.Directory.Delete(indexDir, recursive: true);

        var files = new ConcurrentQueue<string>(System.IO.Directory.EnumerateFiles(archive, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        int docs = 0;
        using (var dir = FSDirectory.Open(indexDir))
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.CREATE }))
        {
            var workers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(() =>
            {
                var pathField = new StringField("path", "", Field.Store.YES);
                var bodyField = new TextField(BodyField, "", storeBody ? Field.Store.YES : Field.Store.NO);
                var doc = new Document { pathField, bodyField };
                while (files.TryDequeue(out var file))
                {
                    var raw = File.ReadAllBytes(file);
                    Interlocked.Add(ref bytes, raw.Length);
                    pathField.SetStringValue(file);
                    bodyField.SetStringValue(Encoding.UTF8.GetString(raw));
                    writer.AddDocument(doc);
                    Interlocked.Increment(ref docs);
                }
            }, TaskCreationOptions.LongRunning)).ToArray();
            Task.WaitAll(workers);
            writer.Commit();
        }
        var wall = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        var f = new Figures();
        f.Add("index_reports", docs, "reports");
        f.Add("index_text_mb", Figures.Mb(bytes), "MB");
        f.Add("index_wall_s", wall.TotalSeconds, "s");
        f.Add("index_mb_per_s", Figures.Mb(bytes) / wall.TotalSeconds, "MB/s");
        f.Add("index_cpu_cores_busy", cpu.TotalSeconds / wall.TotalSeconds, "cores");
        f.Add("index_size_mb", Figures.Mb(IndexBench.FolderBytes(indexDir)), "MB");
        f.Add("index_peak_working_set_mb", Figures.Mb(process.PeakWorkingSet64), "MB");
        f.Add("corpus_distinct_terms", CorpusVocabulary.DistinctTerms(indexDir, BodyField), "terms");
        f.Print(Console.Out);
        return 0;
    }
}
