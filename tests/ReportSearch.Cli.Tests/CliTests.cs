using System.Text.Json;
using ReportSearch.Cli;

namespace ReportSearch.Cli.Tests;

/// <summary>The reportsearch command end to end, on real folders: output, JSON contract and exit codes.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reportsearch-cli-tests", Guid.NewGuid().ToString("N"));
    private string Archive => Path.Combine(_root, "archive");
    private string IndexDir => Path.Combine(_root, "index");

    public CliTests()
    {
        Directory.CreateDirectory(Archive);
        var seeds = Path.Combine(RepoRoot(), "seeds");
        foreach (var f in Directory.GetFiles(seeds)) File.Copy(f, Path.Combine(Archive, Path.GetFileName(f)));
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportSearch.sln"))) dir = dir.Parent;
        return dir!.FullName;
    }

    /// <summary>The command in-process, as from a shell: exit code, stdout, stderr.</summary>
    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Index_settings_that_cannot_work_exit_2_each_named_and_nothing_is_written()
    {
        var indexDir = Path.Combine(Path.GetTempPath(), "reportsearch-cli-bad-" + Guid.NewGuid().ToString("N"));
        var (code, _, err) = Run("index", "--archive", Archive, "--index", indexDir, "--max-file-bytes", "0", "--parallelism", "-1");
        Assert.Equal(2, code);
        Assert.Contains("Indexer:MaxFileBytes", err);
        Assert.Contains("Indexer:Parallelism", err);
        Assert.False(Directory.Exists(indexDir));
    }

    [Fact]
    public void Index_then_search_prints_the_api_json_contract()
    {
        var (code, output, _) = Run("index", "--archive", Archive, "--index", IndexDir);
        Assert.Equal(0, code);
        Assert.Contains("5 added", output);
        Assert.Contains("MB/s", output);

        var search = Run("search", "--index", IndexDir, "--json", "六个一");
        Assert.Equal(0, search.Code);
        using var json = JsonDocument.Parse(search.Out);
        var root = json.RootElement;
        foreach (var field in new[] { "query", "total", "page", "size", "tookMs", "hits", "facets" })
            Assert.True(root.TryGetProperty(field, out _), field);
        Assert.Equal("六个一", root.GetProperty("query").GetString());
        var hit = root.GetProperty("hits")[0];
        foreach (var field in new[] { "id", "title", "district", "year", "date", "source", "score", "snippets" })
            Assert.True(hit.TryGetProperty(field, out _), field);
        var snippet = hit.GetProperty("snippets")[0];
        foreach (var field in new[] { "section", "district", "html", "text", "highlights" })
            Assert.True(snippet.TryGetProperty(field, out _), field);
        Assert.Contains("<mark>六个一</mark>", snippet.GetProperty("html").GetString());
        Assert.True(root.GetProperty("facets").TryGetProperty("district", out _));
        Assert.True(root.GetProperty("facets").TryGetProperty("year", out _));
    }

    [Fact]
    public void Search_says_how_many_reports_with_the_same_text_were_folded()
    {
        // Before: every report that holds the phrase has a text of its own, and nothing is said of copies.
        Assert.Equal(0, Run("index", "--archive", Archive, "--index", IndexDir).Code);
        var before = Run("search", "--index", IndexDir, "六个一").Out;
        Assert.DoesNotContain("内容相同", before);

        // A re-posting of the seed with its own layout: the same text, listed once, the copy under it.
        var seed = Directory.GetFiles(Archive).Single(f => File.ReadAllText(f).Contains("六个一"));
        File.WriteAllText(Path.Combine(Archive, "reposted.txt"), File.ReadAllText(seed).Replace("。", "。\n\n"));
        Assert.Equal(0, Run("index", "--archive", Archive, "--index", IndexDir).Code);

        using var json = JsonDocument.Parse(Run("search", "--index", IndexDir, "--json", "六个一").Out);
        int total = json.RootElement.GetProperty("total").GetInt32();
        Assert.Equal(1, json.RootElement.GetProperty("sameTextCopies").GetInt32());
        Assert.StartsWith($"{total} 篇报告 · ", before);
        var (code, text, _) = Run("search", "--index", IndexDir, "六个一");
        Assert.Equal(0, code);
        Assert.StartsWith($"{total} 篇报告（另有 1 篇内容相同的已合并） · ", text);
        Assert.Contains("另有 1 篇内容相同：", text);
    }

    [Fact]
    public void Second_run_reads_nothing_and_stats_reports_the_index()
    {
        Run("index", "--archive", Archive, "--index", IndexDir);
        var again = Run("index", "--archive", Archive, "--index", IndexDir);
        Assert.Contains("5 unchanged", again.Out);
        var stats = Run("stats", "--index", IndexDir, "--json");
        Assert.Equal(0, stats.Code);
        using var json = JsonDocument.Parse(stats.Out);
        Assert.Equal(5, json.RootElement.GetProperty("reports").GetInt32());
    }

    [Fact]
    public void Stats_show_no_absolute_server_path_as_the_host_does()
    {
        Run("index", "--archive", Archive, "--index", IndexDir);
        // A scan of a folder that is gone fails with its absolute path in the error the index keeps.
        var gone = Path.Combine(_root, "unmounted-share");
        Assert.NotEqual(0, Run("index", "--archive", gone, "--index", IndexDir).Code);
        using (var index = ReportSearch.Engine.ReportIndexes.OpenForReading(IndexDir))
            Assert.Contains(gone, index.Statistics().Status!.LastError);

        foreach (var json in new[] { true, false })
        {
            var (code, output, _) = json ? Run("stats", "--index", IndexDir, "--json") : Run("stats", "--index", IndexDir);
            Assert.Equal(0, code);
            Assert.Contains("Archive folder not found: …/", output);
            Assert.DoesNotContain(_root, output);
        }
    }

    [Theory]
    [InlineData("\"六个一")]
    [InlineData("")]
    [InlineData("-疫情")]
    [InlineData("六个一 OR")]
    [InlineData("year:abc 六个一")]
    public void Malformed_queries_exit_with_2_and_one_line(string query)
    {
        Run("index", "--archive", Archive, "--index", IndexDir);
        var (code, output, err) = Run("search", "--index", IndexDir, query);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void Missing_index_is_exit_1_with_a_message()
    {
        var (code, _, err) = Run("search", "--index", Path.Combine(_root, "nowhere"), "六个一");
        Assert.Equal(1, code);
        Assert.Contains("reportsearch index", err);
    }

    [Fact]
    public void Out_of_range_paging_is_a_malformed_request()
    {
        Run("index", "--archive", Archive, "--index", IndexDir);
        Assert.Equal(2, Run("search", "--index", IndexDir, "--size", "500", "六个一").Code);
        Assert.Equal(2, Run("search", "--index", IndexDir, "--sort", "random", "六个一").Code);
    }

    [Theory]
    [InlineData("index", "--archive")]
    [InlineData("search", "--district")]
    [InlineData("stats", "--json")]
    public void Each_verb_has_its_own_help(string verb, string option)
    {
        var (code, output, err) = Run(verb, "--help");
        Assert.Equal(0, code);
        Assert.Equal("", err);
        // The usage line names the verb (the program name is the test host's here).
        Assert.Contains($" {verb} ", output.Split("Usage:")[1]);
        Assert.Contains(option, output);
    }

    [Fact]
    public void Version_is_printed_with_exit_0()
    {
        var (code, output, _) = Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Fact]
    public void A_mistyped_verb_or_option_is_exit_2_with_a_hint()
    {
        var verb = Run("serch", "六个一");
        Assert.Equal(2, verb.Code);
        Assert.Contains("'serch'", verb.Err);
        Assert.Contains("search", verb.Out + verb.Err.Replace("'serch'", ""));

        var option = Run("search", "--distrct", "西园街道", "六个一");
        Assert.Equal(2, option.Code);
        Assert.Contains("--district", option.Out + option.Err);
        Assert.Equal(2, Run("search", "--page", "two", "六个一").Code);
        Assert.Equal(2, Run().Code);
    }

    [Fact]
    public void A_query_starting_with_at_is_searched_not_read_as_a_response_file()
    {
        Run("index", "--archive", Archive, "--index", IndexDir);
        File.WriteAllText(Path.Combine(_root, "args.rsp"), "--size\n500\n");
        var (code, output, _) = Run("search", "--index", IndexDir, "@" + Path.Combine(_root, "args.rsp"));
        Assert.Equal(0, code);
        Assert.StartsWith("0 ", output);
    }
}
