using System.Text;

namespace ReportSearch.Host.Tests;

/// <summary>
/// A temporary archive for one test class: the repository's seeds plus synthetic reports with known
/// districts and years, all mentioning 六个一 (so facets, filters and paging have something to work on),
/// and one report carrying HTML/script payloads. Deleted on dispose.
/// </summary>
public sealed class TestArchive : IDisposable
{
    public const string CommonTerm = "六个一";
    public const string XssMarker = "注入测试专用段落";
    public const string XssScript = "<script>alert(1)</script>";
    public const string XssImage = "<img src=x onerror=alert(1)>";

    // District, year: 14 synthetic reports over three districts and five years.
    public static readonly (string District, int Year)[] Synthetic =
    [
        ("东湖镇", 2018), ("东湖镇", 2019), ("东湖镇", 2020), ("东湖镇", 2021), ("东湖镇", 2022),
        ("南山街道", 2019), ("南山街道", 2020), ("南山街道", 2020), ("南山街道", 2022),
        ("北岭乡", 2018), ("北岭乡", 2021), ("北岭乡", 2021), ("北岭乡", 2022), ("北岭乡", 2022),
    ];

    // Reports with document numbers (the same number in three bracket forms, and another one), 时效性 stated in a
    // header, a note or a repeal date, a 索引号 without a 文号, a report without a title, and one naming other places and an older year. None mentions 六个一.
    public const string MetadataMarker = "元数据检验";
    public const string DocNumber = "国发〔2017〕35号";
    public const string IndexNumber = "11440100/2020-00123";
    public const string UntitledOpening = "各街道、各部门：请于<b>三月底</b>前报送材料。";
    public static readonly IReadOnlyDictionary<string, string> Metadata = new Dictionary<string, string>
    {
        ["meta/policy-a.txt"] = """
            索引号：000014349/2017-00142
            发文机关：国务院
            成文日期：2017年07月08日
            标题：国务院关于印发新一代人工智能发展规划的通知
            发文字号：国发〔2017〕35号
            有效性：现行有效

            国务院关于印发新一代人工智能发展规划的通知

            各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
            现将《新一代人工智能发展规划》印发给你们，请认真贯彻执行。元数据检验（甲）。
            """,
        ["meta/policy-b.txt"] = """
            国务院关于印发新一代人工智能发展规划的通知
            国发[2017]35号

            各省、自治区、直辖市人民政府：
            现将规划印发给你们，请结合实际认真贯彻落实。元数据检验（乙）。
            国务院
            2017年7月8日
            """,
        ["meta/policy-c.txt"] = """
            国务院关于印发新一代人工智能发展规划的通知
            国发（2017）35号
            （已修订）

            各省、自治区、直辖市人民政府：
            规划已根据新情况修订，请按修订后的规划执行。元数据检验（丙）。
            """,
        ["meta/policy-d.txt"] = """
            废止时间：2019-01-01
            名称：国务院关于临时管理措施的办法
            文号：国发〔2017〕36号

            国务院关于临时管理措施的办法
            第一条 为了规范临时管理，制定本办法。元数据检验（丁）。
            """,
        ["meta/index-number-only.txt"] = """
            索引号：11440100/2020-00123
            发布机构：广州市人民政府办公厅
            成文日期：2020-03-01
            名称：广州市人民政府办公厅关于做好春季农业生产工作的通知

            各区人民政府，市政府各部门：
            请做好春季农业生产工作。元数据检验（戊）。
            """,
        ["meta/mentions.txt"] = """
            2021年防汛工作方案

            2015年汛期洪涝灾害损失严重。为做好今年防汛工作，学习广州市、深圳市的经验，制定本方案。元数据检验（庚）。
            一、工作目标。确保安全度汛。
            """,
        ["meta/000123.txt"] = """

            　　各街道、各部门：请于<b>三月底</b>前报送材料。
            　　一、总体要求。元数据检验（己）。
            """,
    };

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "reportsearch-host-tests", Guid.NewGuid().ToString("N"));
    public string ArchiveDir => Path.Combine(Root, "archive");
    public string IndexDir => Path.Combine(Root, "index");

    public TestArchive()
    {
        Directory.CreateDirectory(ArchiveDir);
        foreach (var f in Directory.GetFiles(Path.Combine(RepoRoot, "seeds")))
            File.Copy(f, Path.Combine(ArchiveDir, Path.GetFileName(f)));
        for (int i = 0; i < Synthetic.Length; i++)
        {
            var (district, year) = Synthetic[i];
            Write($"synthetic/{i:D2}.txt", Report(district, year, i));
        }
        foreach (var (path, text) in Metadata) Write(path, text);
        Write("synthetic/xss.txt", $"""
            西湾镇2021年安全工作总结

            【{XssMarker}】

            本段用于验证转义：{XssScript} 以及 {XssImage} 还有 "引号" 与 'single' & 符号。{XssMarker}。
            """);
    }

    private static string Report(string district, int year, int n) => $"""
        {district}{year}年工作总结

        【工作概况】

        {year}年，{district}全面推行“{CommonTerm}”工作机制，编号第{n}号材料，统筹推进各项工作。

        【下一步计划】

        继续深化“{CommonTerm}”机制，推动高质量发展，第{n}项重点任务按期完成。
        """;

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(ArchiveDir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportSearch.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("repository root (ReportSearch.sln) not found above " + AppContext.BaseDirectory);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a straggling handle: the temp folder is cleaned up by the OS */ }
    }
}
