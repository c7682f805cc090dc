using System.Text.Json;
using ReportSearch.Search;

namespace ReportSearch.Cli.Tests;

/// <summary>--doc-number and --validity: the same filters as the query language's docNumber: and validity: (issue 19).</summary>
public sealed class MetadataFilterCliTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "reportsearch-cli-tests", Guid.NewGuid().ToString("N"));
    private string Archive => Path.Combine(_root, "archive");
    private string IndexDir => Path.Combine(_root, "index");

    public MetadataFilterCliTests()
    {
        Directory.CreateDirectory(Archive);
        // The same number written three ways, and another number; one with no number at all.
        Write("a.txt", "国务院关于某项工作的通知\n国发〔2017〕35号\n\n各省、自治区、直辖市人民政府：\n请认真贯彻执行。命令行检验甲。\n");
        Write("b.txt", "国务院关于某项工作的通知\n国发[2017]35号\n\n各省、自治区、直辖市人民政府：\n请结合实际贯彻落实。命令行检验乙。\n");
        Write("c.txt", "国务院关于另一项工作的通知\n国发〔2017〕36号\n\n各省、自治区、直辖市人民政府：\n请遵照执行。命令行检验丙。\n");
        Write("d.txt", "某镇2020年工作总结\n\n今年以来，全镇各项工作稳步推进。命令行检验丁。\n");
        Assert.Equal(0, CliTests.Run("index", "--archive", Archive, "--index", IndexDir).Code);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(Archive, name), text);

    public void Dispose()
    {
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }

    private SearchResponse Search(params string[] args)
    {
        var (code, output, err) = CliTests.Run(["search", "--index", IndexDir, "--json", .. args]);
        Assert.True(code == 0, err);
        return JsonSerializer.Deserialize<SearchResponse>(output, SearchJson.Options)!;
    }

    [Theory]
    [InlineData("国发（2017）35号")]
    [InlineData("国发【2017】35号")]
    [InlineData("国发(2017)35号")]
    public void Doc_number_option_finds_the_number_in_any_bracket_form_like_the_query_filter(string form)
    {
        var all = Search("命令行检验");
        var expected = all.Hits.Where(h => h.DocNumber == "国发〔2017〕35号").Select(h => h.Id).Order().ToList();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, Search("--doc-number", form).Hits.Select(h => h.Id).Order());
        Assert.Equal(expected, Search("docNumber:" + form).Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void Validity_option_filters_and_an_unknown_value_exits_with_2()
    {
        var all = Search("命令行检验");
        Assert.Equal(all.Hits.Count(h => h.Validity == "未知"), Search("--validity", "未知", "命令行检验").Total);
        var (code, output, err) = CliTests.Run("search", "--index", IndexDir, "--validity", "有效", "命令行检验");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("时效性", err);
    }

    [Fact]
    public void The_readable_listing_shows_the_doc_number()
    {
        var (code, output, _) = CliTests.Run("search", "--index", IndexDir, "--doc-number", "国发[2017]36号");
        Assert.Equal(0, code);
        Assert.Contains("国发〔2017〕36号", output);
    }
}
