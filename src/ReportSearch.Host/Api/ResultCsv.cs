using System.Text;
using System.Text.Json;

namespace ReportSearch.Host.Api;

/// <summary>
/// A result list as CSV (RFC 4180) that Excel opens correctly: UTF-8 with a byte-order mark, CRLF line ends,
/// every field quoted. Text that Excel would read as a formula (starting with = + - @ or a control
/// character) gets a leading apostrophe, so an archived document can never run a formula on a staff PC.
/// </summary>
public static class ResultCsv
{
    public static readonly string[] Header = ["序号", "标题", "区域", "地区", "年份", "日期", "发文机关", "文种", "链接", "摘要"];

    public static byte[] Write(IReadOnlyList<JsonElement> hits, Func<JsonElement, string> link)
    {
        var text = new StringBuilder();
        Line(text, Header);
        for (int i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            Line(text,
            [
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Field(hit, "title"), Field(hit, "district"), Field(hit, "region"), Field(hit, "year"), Field(hit, "date"),
                Field(hit, "org"), Field(hit, "kind"), link(hit), Summary(hit),
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

    /// <summary>A string, number or array (joined with " ") property of a hit; "" when absent or null.</summary>
    public static string Field(JsonElement hit, string name)
    {
        if (!hit.TryGetProperty(name, out var value)) return "";
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? "",
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "是",
            JsonValueKind.Array => string.Join(" ", value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString())),
            _ => "",
        };
    }

    /// <summary>The plain text of the hit's snippets, one line, "……" between them.</summary>
    public static string Summary(JsonElement hit)
    {
        if (!hit.TryGetProperty("snippets", out var snippets) || snippets.ValueKind != JsonValueKind.Array) return "";
        var texts = snippets.EnumerateArray()
            .Select(s => s.TryGetProperty("text", out var t) ? t.GetString() : null)
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => string.Join(' ', t!.Split((char[])['\r', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries)).Trim());
        return string.Join("……", texts);
    }
}
