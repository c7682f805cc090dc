using System.Text;
using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Splits report lines into sections at heading lines: 一、…, （一）…/(一)…, 【…】, numbered headings, and the
/// "issuing unit: headline" lines that open each part of a news round-up (罗山街道： 汇聚发展新优势…), which
/// also give that section its own district.
/// </summary>
public static partial class SectionSplitter
{
    [GeneratedRegex(@"^\s*(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十]+[）)]|【[^】]{1,30}】\s*$|第[一二三四五六七八九十百]+[章节部分篇]|\d{1,2}[、.．]\s*\S)")]
    private static partial Regex HeadingLine();

    // A unit name (…街道, …镇, a bureau) followed by a colon and a headline: the start of one part of a round-up.
    [GeneratedRegex(@"^\s*(?<unit>[\p{IsCJKUnifiedIdeographs}]{2,16}?(?:街道|镇|乡|区|县|市|[^\s：:]{0,6}局|委员会|管委会))\s*[：:]\s*(?<headline>\S.{1,80})$")]
    private static partial Regex UnitHeadline();

    private const int MaxHeadingLength = 60;

    public static List<ReportSection> Split(IEnumerable<string> lines)
    {
        var sections = new List<ReportSection>();
        string? heading = null, district = null;
        var text = new StringBuilder();

        void Flush()
        {
            if (text.Length > 0 || heading is not null) sections.Add(new ReportSection(heading, district, text.ToString().TrimEnd('\n')));
            text.Clear();
        }

        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0)
            {
                if (text.Length > 0) text.Append('\n');
                continue;
            }
            var trimmed = line.Trim();
            var unit = trimmed.Length <= MaxHeadingLength + 20 ? UnitHeadline().Match(trimmed) : Match.Empty;
            if (unit.Success)
            {
                Flush();
                heading = trimmed;
                district = unit.Groups["unit"].Value;
            }
            else if (trimmed.Length <= MaxHeadingLength && HeadingLine().IsMatch(trimmed) && !EndsLikeSentence(trimmed))
            {
                Flush();
                heading = trimmed;
            }
            text.Append(line).Append('\n');
        }
        Flush();
        return sections;
    }

    // A numbered line that runs on into a sentence ("1. 完成…。") is a list item, not a heading.
    private static bool EndsLikeSentence(string line) => line.Length > 30 && line[^1] is '。' or '；' or ';';
}
