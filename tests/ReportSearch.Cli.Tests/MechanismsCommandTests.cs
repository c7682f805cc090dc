using System.Text.Json;
using ReportSearch.Engine;
using ReportSearch.Mechanisms;
using ReportSearch.Search;

namespace ReportSearch.Cli.Tests;

/// <summary>`reportsearch mechanisms` on a real index of the seeds: the API's JSON, the readable page, exit codes.</summary>
public sealed class MechanismsCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reportsearch-cli-tests", Guid.NewGuid().ToString("N"));
    private string Archive => Path.Combine(_root, "archive");
    private string IndexDir => Path.Combine(_root, "index");

    public MechanismsCommandTests()
    {
        Directory.CreateDirectory(Archive);
        foreach (var f in Directory.GetFiles(Path.Combine(CliTests.RepoRoot(), "seeds"))) File.Copy(f, Path.Combine(Archive, Path.GetFileName(f)));
        Assert.Equal(0, Run("index", "--archive", Archive, "--index", IndexDir).Code);
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => CliTests.Run(args);

    [Fact]
    public void The_json_is_the_catalogue_the_api_serves()
    {
        var (code, output, _) = Run("mechanisms", "--index", IndexDir, "--json", "--sort", "first", "--size", "7");
        Assert.Equal(0, code);
        using var index = ReportIndexes.OpenForReading(IndexDir);
        var expected = index.Mechanisms().List(new MechanismQuery(null, null, null, MechanismSort.First, 1, 7));
        Assert.Equal(SearchJson.Serialize(expected), output.TrimEnd());
        Assert.Equal(7, JsonDocument.Parse(output).RootElement.GetProperty("mechanisms").GetArrayLength());
    }

    [Fact]
    public void A_name_shows_its_first_appearance_and_definition_and_an_unknown_one_exits_1()
    {
        using (var index = ReportIndexes.OpenForReading(IndexDir))
        {
            var detail = index.Mechanisms().Detail("六个一")!;
            var (code, output, _) = Run("mechanisms", "--index", IndexDir, "六個一機制");
            Assert.Equal(0, code);
            Assert.Contains($"首见：{detail.First!.Year} 年 {detail.First.Region}", output);
            Assert.Contains(detail.Definitions[0].Text, output);
        }
        var unknown = Run("mechanisms", "--index", IndexDir, "不存在的机制名称");
        Assert.Equal(1, unknown.Code);
        Assert.Contains("No mechanism named", unknown.Err);
        Assert.NotEqual(0, Run("mechanisms", "--index", IndexDir, "--size", "0").Code);
        Assert.NotEqual(0, Run("mechanisms", "--index", IndexDir, "--sort", "newest").Code);
    }

    [Fact]
    public void A_name_with_a_region_pages_through_that_regions_reports_as_the_api_does()
    {
        MechanismRegionGroup group;
        string region;
        using (var index = ReportIndexes.OpenForReading(IndexDir))
        {
            group = index.Mechanisms().Detail("六个一")!.ByRegion[0];
            region = MechanismPaging.RegionKey(group.RegionPath);
            var expected = index.Mechanisms().ReportsPage("六个一", region, 1, 1)!;
            var (code, output, _) = Run("mechanisms", "--index", IndexDir, "--json", "--size", "1", "--region", region, "六个一");
            Assert.Equal(0, code);
            Assert.Equal(SearchJson.Serialize(expected), output.TrimEnd());
        }
        var readable = Run("mechanisms", "--index", IndexDir, "--region", region, "六个一");
        Assert.Equal(0, readable.Code);
        Assert.Contains($"{group.ReportCount} 篇报告", readable.Out);
        Assert.Contains(group.Reports[0].Id, readable.Out);

        var nowhere = Run("mechanisms", "--index", IndexDir, "--region", "火星", "六个一");
        Assert.Equal(1, nowhere.Code);
        Assert.Contains("No report of region", nowhere.Err);
        Assert.Equal(2, Run("mechanisms", "--index", IndexDir, "--region", region).Code);
    }
}
