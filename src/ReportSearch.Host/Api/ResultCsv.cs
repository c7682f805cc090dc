using System.Globalization;
using System.Text;
using ReportSearch.Search;

namespace ReportSearch.Host.Api;

/// <summary>
/// A result list as CSV (RFC 4180) that Excel opens correctly: UTF-8 with a byte-order mark, CRLF line ends,
/// every field quoted. Text that Excel would read as a formula (starting with = + - @ or a control
/// character) gets a leading apostrophe, so an archived document can never run a formula on a staff PC.
/// The columns are read from the typed <see cref="SearchHit"/>: a renamed field breaks the build, not the export.
/// </summary>
public static class ResultCsv
{
    public static readonly string[] Header = ["序号", "标题", "区域", "地区", "年份", "日期", "发文机关", "文种", "文号", "时效性", "链接", "摘要"];

    public static byte[] Write(IReadOnlyList<SearchHit> hits, Func<SearchHit, string> link)
    {
        var text = new StringBuilder();
        Line(text, Header);
        for (int i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            Line(text,
            [
                (i + 1).ToString(CultureInfo.InvariantCulture),
                hit.ShownTitle(), hit.District ?? "", string.Join(' ', hit.Region ?? []), YearText(hit), hit.Date ?? "",
                hit.Org ?? "", hit.Kind ?? "", hit.DocNumber ?? "", hit.Validity, link(hit), Summary(hit),
            ]);
        }
        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return [.. preamble, .. body];
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Quote));
        text.Append("\r\n");
    }

    public static string Quote(string value)
    {
        var safe = value.Length > 0 && (value[0] is '=' or '+' or '-' or '@' || char.IsControl(value[0])) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"") + "\"";
    }

    public static string YearText(SearchHit hit) => hit.Year?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>The plain text of the hit's snippets, one line, "……" between them.</summary>
    public static string Summary(SearchHit hit)
    {
        var texts = hit.Snippets
            .Select(s => s.Text)
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => string.Join(' ', t.Split((char[])['\r', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries)).Trim());
        return string.Join("……", texts);
    }
}
