using System.Diagnostics;
using System.Globalization;
using System.Text;
using ReportSearch.Places;

/// <summary>
/// The Hebei provincial portal's crawl in gerry0208/spider_project (河北政府网站/*.csv: 标题, 时间 or 发文日期, 内容), read
/// from the git directory of its fetched snapshot. The portal's own columns label each record: the 科技厅 site files
/// the State Council's and ministries' documents under 国家政策文件 (全国) apart from the province's (省政府政策文件) and
/// its own (科技厅政策文件); the government's site lists its rules (政府规章, undated here). Only those files are read:
/// elsewhere (人社厅 政策法规, 教育厅 政策文件) national and provincial documents share one list. The 内容 column is the
/// page's text, mostly without its title, sometimes with a 文号 or an addressee line run on: provincial and national
/// documents as body-only archives hold them.
/// </summary>
sealed class HebeiPortal(string gitDir, Gazetteer gazetteer) : ScanSource
{
    public const string ScanName = "hebei-scan";
    private const string Commit = "8102fc51c040412959a095c447500aff899f5f05";
    private int _noText;

    // (file under 河北政府网站/, the portal's scope for every record in it)
    private static readonly (string File, string Scope)[] Files =
    [
        ("5科学技术厅-政府信息公开/国家政策文件.csv", "全国"),
        ("5科学技术厅-政府信息公开/省政府政策文件.csv", "河北省"),
        ("5科学技术厅-政府信息公开/科技厅政策文件_科技政策.csv", "河北省"),
        ("5科学技术厅-政府信息公开/科技厅政策文件_规范性文件汇总表.csv", "河北省"),
        ("3人民政府-政府信息公开/人民政府_政府规章.csv", "河北省"),
    ];

    public override string Name => ScanName;

    public override string LeftOut => $"{_noText} without a text column, ";

    public override Task<IReadOnlyList<ScanRecord>> ReadAsync()
    {
        var records = new List<ScanRecord>();
        foreach (var (file, scope) in Files)
        {
            IReadOnlyList<string> labelled = scope == "全国" ? ["全国"] : [.. gazetteer.Named(scope).Single().Path];
            var rows = ReadCsv(Show($"{Commit}:河北政府网站/{file}"));
            var header = rows[0];
            int Column(params string[] names) => names.Select(n => Array.IndexOf(header, n)).FirstOrDefault(i => i >= 0, -1);
            int title = Column("标题"), date = Column("时间", "发文日期"), text = Column("内容");
            if (text < 0) { _noText += rows.Count - 1; continue; }
            for (int i = 1; i < rows.Count; i++)
            {
                var row = rows[i];
                string Cell(int c) => c >= 0 && c < row.Length ? row[c].Trim() : "";
                DateOnly? day = DateOnly.TryParseExact(Cell(date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                records.Add(new ScanRecord($"HB_{Path.GetFileNameWithoutExtension(file)}_{i:0000}", Cell(text), Cell(title), labelled, day, Cell(date)));
            }
        }
        return Task.FromResult<IReadOnlyList<ScanRecord>>(records);
    }

    // RFC 4180 rows: the 内容 cells are quoted and hold line breaks, commas and doubled quotes (the framework's own
    // reader, Microsoft.VisualBasic.FileIO).
    private static List<string[]> ReadCsv(string text)
    {
        using var csv = new Microsoft.VisualBasic.FileIO.TextFieldParser(new StringReader(text)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        csv.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!csv.EndOfData) rows.Add(csv.ReadFields() ?? []);
        return rows;
    }

    private string Show(string objectName)
    {
        var start = new ProcessStartInfo("git", ["--git-dir", gitDir, "show", objectName]) { RedirectStandardOutput = true, StandardOutputEncoding = new UTF8Encoding(false) };
        using var git = Process.Start(start)!;
        var text = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0) throw new InvalidOperationException($"git show {objectName} failed in {gitDir}");
        return text.TrimStart('\uFEFF');
    }
}
