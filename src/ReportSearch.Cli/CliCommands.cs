using System.CommandLine;
using System.CommandLine.Parsing;
using ReportSearch.Pipeline;
using ReportSearch.Mechanisms;
using ReportSearch.Search;

namespace ReportSearch.Cli;

/// <summary>The verbs, their options and help texts; each verb's action hands typed values to its command.</summary>
internal static class CliCommands
{
    public static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ReportSearch: index, search and inspect an archive of Chinese government reports.");
        root.Subcommands.Add(Index(stdout, stderr));
        root.Subcommands.Add(Search(stdout));
        root.Subcommands.Add(Stats(stdout));
        root.Subcommands.Add(Mechanisms(stdout, stderr));
        root.Subcommands.Add(Related(stdout, stderr));
        return root;
    }

    private static Option<string> IndexOption() => new("--index")
    {
        Description = "Index folder.",
        HelpName = "DIR",
        DefaultValueFactory = _ => IndexerSettings.DefaultIndex,
    };

    private static Option<bool> JsonOption(string what) => new("--json") { Description = what };

    private static Command Index(TextWriter stdout, TextWriter stderr)
    {
        var archive = new Option<string[]>("--archive") { Description = "Archive folder (repeatable).", HelpName = "DIR" };
        var index = IndexOption();
        var ocr = new Option<bool>("--ocr") { Description = "OCR scanned PDFs with ocrmypdf." };
        var include = new Option<string[]>("--include") { Description = "Index only archive files matching this glob (repeatable; e.g. **/*.txt).", HelpName = "GLOB" };
        var exclude = new Option<string[]>("--exclude") { Description = "Leave out archive files matching this glob (repeatable; e.g. drafts/**).", HelpName = "GLOB" };
        var maxFileBytes = new Option<long?>("--max-file-bytes") { Description = "Skip files larger than this (default 50 MB).", HelpName = "N" };
        var parallelism = new Option<int?>("--parallelism") { Description = "Cores that read and analyze files (default: all).", HelpName = "N" };
        var timeLimit = new Option<double?>("--extraction-seconds") { Description = "Skip an HTML, PDF, OFD or docx file whose extraction takes longer (default 60).", HelpName = "S" };
        var memoryLimit = new Option<int?>("--extraction-mb") { Description = "Skip an HTML, PDF, OFD or docx file whose extraction holds more memory (default 320).", HelpName = "MB" };
        var command = new Command("index", "Bring the index up to date with the archive folders (incremental).") { archive, index, ocr, include, exclude, maxFileBytes, parallelism, timeLimit, memoryLimit };
        command.SetAction(r =>
        {
            // The worker's settings, filled from the flags: what is not given keeps the one default.
            var settings = new IndexerSettings
            {
                Archives = [.. r.GetValue(archive) ?? []],
                Index = r.GetValue(index)!,
                Ocr = r.GetValue(ocr),
                Include = [.. r.GetValue(include) ?? []],
                Exclude = [.. r.GetValue(exclude) ?? []],
            };
            if (r.GetValue(maxFileBytes) is { } max) settings.MaxFileBytes = max;
            if (r.GetValue(parallelism) is { } cores) settings.Parallelism = cores;
            if (r.GetValue(timeLimit) is { } seconds) settings.ExtractionTimeLimit = TimeSpan.FromSeconds(seconds);
            if (r.GetValue(memoryLimit) is { } megabytes) settings.ExtractionMemoryMegabytes = megabytes;
            return IndexCommand.Run(settings, stdout, stderr);
        });
        return command;
    }

    private static Command Search(TextWriter stdout)
    {
        var index = IndexOption();
        var district = new Option<string[]>("--district") { Description = "Only reports of this place, at any level (repeatable).", HelpName = "D" };
        var year = new Option<int[]>("--year") { Description = "Only reports of this year (repeatable).", HelpName = "Y" };
        var from = new Option<int?>("--from") { Description = "First year of a range.", HelpName = "Y1" };
        var to = new Option<int?>("--to") { Description = "Last year of a range.", HelpName = "Y2" };
        var validity = new Option<string[]>("--validity") { Description = "Only reports of this 时效性: 现行有效, 已废止, 已修订 or 未知 (repeatable).", HelpName = "V" };
        var docNumber = new Option<string[]>("--doc-number") { Description = "Only reports with this 文号, in any bracket form (repeatable).", HelpName = "N" };
        var sort = new Option<string>("--sort") { Description = "Order of the results.", HelpName = "relevance|newest|oldest" };
        sort.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "relevance", "newest", "oldest");
        var page = new Option<int>("--page") { Description = "Result page, from 1.", HelpName = "N", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = "Results per page (at most 50).", HelpName = "N", DefaultValueFactory = _ => 10 };
        var json = JsonOption("Print exactly what the HTTP API returns.");
        var query = new Argument<string[]>("QUERY") { Description = "The query (see README: query language).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("search", "Search the index.") { index, district, year, from, to, validity, docNumber, sort, page, size, json, query };
        query.Validators.Add(result => UnknownOptions.Reject(result, command));
        command.SetAction(r => SearchCommand.Run(r.GetValue(index)!, new SearchRequest
        {
            Query = string.Join(' ', r.GetValue(query) ?? []),
            Districts = r.GetValue(district) ?? [],
            Years = r.GetValue(year) ?? [],
            FromYear = r.GetValue(from),
            ToYear = r.GetValue(to),
            Validities = r.GetValue(validity) ?? [],
            DocNumbers = r.GetValue(docNumber) ?? [],
            Sort = SearchCommand.ParseSort(r.GetValue(sort)),
            Page = r.GetValue(page),
            Size = r.GetValue(size),
        }, r.GetValue(json), stdout));
        return command;
    }

    private static Command Stats(TextWriter stdout)
    {
        var index = IndexOption();
        var json = JsonOption("Print the statistics as JSON.");
        var command = new Command("stats", "Index statistics, the indexer's status and every skipped file.") { index, json };
        command.SetAction(r => StatsCommand.Run(r.GetValue(index)!, r.GetValue(json), stdout));
        return command;
    }

    private static Command Mechanisms(TextWriter stdout, TextWriter stderr)
    {
        var index = IndexOption();
        var query = new Option<string>("--q") { Description = "Only names containing this text.", HelpName = "TEXT" };
        var district = new Option<string>("--district") { Description = "Only mentions in this place, at any level.", HelpName = "D" };
        var year = new Option<int?>("--year") { Description = "Only mentions in reports of this year.", HelpName = "Y" };
        var sort = new Option<string>("--sort") { Description = "Order: first named, most reports, most regions.", HelpName = "first|count|spread", DefaultValueFactory = _ => "count" };
        sort.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "first", "count", "spread");
        var page = new Option<int>("--page") { Description = "Page, from 1.", HelpName = "N", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = $"Mechanisms per page (at most {MechanismQuery.MaxSize}).", HelpName = "N", DefaultValueFactory = _ => 20 };
        var region = new Option<string>("--region") { Description = "With NAME: that region's reports naming it, a page at a time (--page, --size): its path as the name's page shows it, levels joined by › (empty: no known place).", HelpName = "PATH" };
        var json = JsonOption("Print exactly what the HTTP API returns.");
        var name = new Argument<string?>("NAME") { Description = "A mechanism's name: show its definitions, regions and years.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("mechanisms", "Named mechanisms and slogans: who named them first, where they spread, what they consist of.")
            { index, query, district, year, sort, page, size, region, json, name };
        command.Validators.Add(r => { if (r.GetResult(region) is not null && r.GetValue(name) is null) r.AddError("--region needs a mechanism's NAME."); });
        size.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > MechanismQuery.MaxSize) r.AddError($"--size must be between 1 and {MechanismQuery.MaxSize}."); });
        page.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > MechanismQuery.MaxPage) r.AddError($"--page must be between 1 and {MechanismQuery.MaxPage}."); });
        command.SetAction(r => MechanismsCommand.Run(r.GetValue(index)!, r.GetValue(name), r.GetResult(region) is null ? null : r.GetValue(region) ?? "",
            new MechanismQuery(r.GetValue(query), r.GetValue(district), r.GetValue(year),
                Enum.Parse<MechanismSort>(r.GetValue(sort)!, ignoreCase: true), r.GetValue(page), r.GetValue(size)),
            r.GetValue(json), stdout, stderr));
        return command;
    }

    private static Command Related(TextWriter stdout, TextWriter stderr)
    {
        var index = IndexOption();
        var size = new Option<int>("--size") { Description = $"Related reports to show (at most {RelatedReportFinder.MaxSize}).", HelpName = "N", DefaultValueFactory = _ => RelatedReportFinder.DefaultSize };
        var sameLevel = new Option<bool>("--same-level") { Description = "Only places at the report's own level (other streets for a street's report)." };
        var json = JsonOption("Print exactly what the HTTP API returns.");
        var id = new Argument<string>("ID") { Description = "The report's id (as in search results)." };
        var command = new Command("related", "The reports most like one report from other places, with the words and mechanisms they share.")
            { index, size, sameLevel, json, id };
        size.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > RelatedReportFinder.MaxSize) r.AddError($"--size must be between 1 and {RelatedReportFinder.MaxSize}."); });
        command.SetAction(r => RelatedCommand.Run(r.GetValue(index)!, r.GetValue(id)!, r.GetValue(size), r.GetValue(sameLevel), r.GetValue(json), stdout, stderr));
        return command;
    }

    /// <summary>
    /// The query takes any words, so a mistyped option (--distrct) would silently become part of the query;
    /// a word starting with "--" is refused instead, with the nearest option as a hint. (A query word with a
    /// single dash, -疫情, is an exclusion and stays a query word.)
    /// </summary>
    private static class UnknownOptions
    {
        public static void Reject(ArgumentResult result, Command command)
        {
            foreach (var token in result.Tokens.Select(t => t.Value).Where(v => v.StartsWith("--", StringComparison.Ordinal) && v.Length > 2))
            {
                var nearest = command.Options.Select(o => o.Name).Where(n => n.StartsWith("--", StringComparison.Ordinal))
                    .MinBy(n => Distance(n, token));
                result.AddError(nearest is not null && Distance(nearest, token) <= 3
                    ? $"Unrecognized option '{token}'. Did you mean '{nearest}'?"
                    : $"Unrecognized option '{token}'.");
            }
        }

        // Levenshtein distance; option names are short.
        private static int Distance(string a, string b)
        {
            var row = Enumerable.Range(0, b.Length + 1).ToArray();
            for (int i = 1; i <= a.Length; i++)
            {
                int diagonal = row[0];
                row[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int above = row[j];
                    row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                    diagonal = above;
                }
            }
            return row[b.Length];
        }
    }
}
