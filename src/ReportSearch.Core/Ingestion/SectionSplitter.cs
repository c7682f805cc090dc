using System.Text;
using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Splits body lines into sections at heading lines: lines the format marks as headings, and in text 一、…,
/// （一）…/(一)…, 【…】, 第一章…, 1、…; and the "issuing unit: headline" lines that open each part of a news
/// round-up (罗山街道： 汇聚发展新优势…), which also give that section its own district.
/// </summary>
public static partial class SectionSplitter
{
    [GeneratedRegex(@"^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十]+[）)]|【[^】]{1,30}】$|第[一二三四五六七八九十百]+[章节部分篇]|\d{1,2}[、.．]\s*\D)")]
    private static partial Regex HeadingLine();

    // A unit name (…街道, …镇, a bureau) followed by a colon and a headline: the start of one part of a round-up.
    [GeneratedRegex(@"^(?<unit>\p{IsCJKUnifiedIdeographs}{2,16}?(?:街道|镇|乡|区|县|市|局))\s*[：:]\s*\S")]
    private static partial Regex UnitHeadline();

    private const int MaxHeadingLength = 60;
    private const int MaxUnitHeadlineLength = 80;
    private const string HeadingStarts = "一二三四五六七八九十（(【第0123456789";

    /// <summary>True when a text line has the shape of a heading (numbering, 【…】) and does not run on as a sentence.</summary>
    public static bool LooksLikeHeading(string line) =>
        line.Length is > 0 and <= MaxHeadingLength && HeadingStarts.Contains(line[0]) && HeadingLine().IsMatch(line) && !EndsLikeSentence(line);

    public static List<ReportSection> Split(IReadOnlyList<BodyLine> lines)
    {
        var sections = new List<ReportSection>();
        string? heading = null, district = null;
        var text = new StringBuilder();

        foreach (var line in lines)
        {
            if (line.Text.Length == 0)
            {
                if (text.Length > 0 && text[^1] != '\n') text.Append('\n');
                continue;
            }
            var unit = RoundUpUnit(line.Text);
            if (unit is not null)
            {
                Flush();
                heading = line.Text;
                district = unit;
            }
            else if (line.IsHeading || LooksLikeHeading(line.Text))
            {
                Flush();
                heading = line.Text;
            }
            if (text.Length > 0 && text[^1] != '\n') text.Append('\n');
            text.Append(line.Text);
        }
        Flush();
        return sections;

        void Flush()
        {
            if (text.Length > 0) sections.Add(new ReportSection(heading, district, text.ToString().TrimEnd('\n')));
            text.Clear();
        }
    }

    /// <summary>The (simplified) issuing unit when <paramref name="line"/> opens a part of a round-up.</summary>
    internal static string? RoundUpUnit(string line)
    {
        if (line.Length > MaxUnitHeadlineLength) return null;
        int colon = line.AsSpan().IndexOfAny(':', '：');
        if (colon is < 3 or > 20) return null;
        var matching = ChineseText.ForMatching(line);
        var m = UnitHeadline().Match(matching);
        if (!m.Success) return null;
        var chain = UnitNames.ParseChain(m.Groups["unit"].Value);
        return chain.Count > 0 && chain.Sum(u => u.Name.Length) == m.Groups["unit"].Length ? UnitNames.DistrictOf(chain) : null;
    }

    // A numbered line that runs on into a sentence ("1. 完成…。") is a list item, not a heading.
    private static bool EndsLikeSentence(string line) => line.Length > 30 && line[^1] is '。' or '；' or ';';
}
