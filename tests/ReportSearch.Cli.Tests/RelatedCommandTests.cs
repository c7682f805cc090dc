using System.Text.Json;
using ReportSearch.Engine;
using ReportSearch.Search;

namespace ReportSearch.Cli.Tests;

/// <summary>`reportsearch related` on a real index: the API's JSON, the readable list, exit codes.</summary>
public sealed class RelatedCommandTests : IDisposable
{
    private static readonly string[] Places = ["北岭乡", "白塘街道", "西园街道", "梅岭街道"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "reportsearch-cli-tests", Guid.NewGuid().ToString("N"));
    private string Archive => Path.Combine(_root, "archive");
    private string IndexDir => Path.Combine(_root, "index");

    public RelatedCommandTests()
    {
        Directory.CreateDirectory(Archive);
        foreach (var f in Directory.GetFiles(Path.Combine(CliTests.RepoRoot(), "seeds"))) File.Copy(f, Path.Combine(Archive, Path.GetFileName(f)));
        for (int i = 0; i < Places.Length; i++)
            File.WriteAllText(Path.Combine(Archive, $"waste-{i}.txt"),
                $"{Places[i]}{2019 + i}年工作总结\n\n【工作情况】\n\n{Places[i]}推进垃圾分类，做好垃圾回收和环境卫生，清洁家园。\n");
        Assert.Equal(0, CliTests.Run("index", "--archive", Archive, "--index", IndexDir).Code);
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }

    private string IdOf(string file)
    {
        using var index = ReportIndexes.OpenForReading(IndexDir);
        return index.Sources().Single(s => s.Path == file).ReportId;
    }

    [Fact]
    public void The_json_is_what_the_api_serves_and_the_list_names_the_other_places()
    {
        var id = IdOf("waste-0.txt");
        var (code, output, _) = CliTests.Run("related", "--index", IndexDir, "--json", "--size", "5", id);
        Assert.Equal(0, code);
        using (var index = ReportIndexes.OpenForReading(IndexDir))
            Assert.Equal(SearchJson.Serialize(new SearchService(index).Related(id, 5)!), output.TrimEnd());
        var reports = JsonDocument.Parse(output).RootElement.GetProperty("reports");
        Assert.InRange(reports.GetArrayLength(), Places.Length - 1, 5);

        var readable = CliTests.Run("related", "--index", IndexDir, id);
        Assert.Equal(0, readable.Code);
        Assert.Contains("其他地区的类似报告", readable.Out);
        foreach (var place in Places.Skip(1)) Assert.Contains(place, readable.Out);
        Assert.Contains("垃圾", readable.Out);
    }

    [Fact]
    public void An_unknown_id_exits_1_and_a_bad_size_is_refused()
    {
        var unknown = CliTests.Run("related", "--index", IndexDir, "no-such-report");
        Assert.Equal(1, unknown.Code);
        Assert.Contains("No report with id", unknown.Err);
        Assert.NotEqual(0, CliTests.Run("related", "--index", IndexDir, "--size", "0", IdOf("waste-1.txt")).Code);
        Assert.NotEqual(0, CliTests.Run("related", "--index", IndexDir, "--size", "51", IdOf("waste-1.txt")).Code);
    }
}
