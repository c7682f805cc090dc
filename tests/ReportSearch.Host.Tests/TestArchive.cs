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
