using System.Text;
using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Infers what a report does not state outright, from its title and opening text:
/// title = the first line when it reads like one; district = the unit the title opens with (西区街道2024年工作总结),
/// else the unit a breadcrumb step names, else the first unit named in the opening text; year = the first year
/// in the title (the year a report is about), else the first "….年" in the opening text.
/// </summary>
internal static partial class MetadataInference
{
    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex YearInTitle();

    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})\s*年")]
    private static partial Regex YearInText();

    private const int MaxTitleLength = 60;
    private const int OpeningChars = 2000;
    private const int RegionScanChars = 6000;
    private const int MinRegionMentions = 2;

    /// <param name="lines">The cleaned body.</param>
    /// <param name="crumbs">Breadcrumb steps found above the body.</param>
    /// <param name="knownTitle">A title from a stronger source, which then also serves for district and year.</param>
    /// <param name="sectionDistricts">Districts of the parts of a round-up; empty for an ordinary report.</param>
    public static ReportMetadata Infer(IReadOnlyList<BodyLine> lines, IReadOnlyList<string> crumbs, string? knownTitle, IReadOnlyList<string> sectionDistricts)
    {
        var inferredTitle = TitleFrom(lines);
        var title = knownTitle ?? inferredTitle;
        var opening = Opening(lines, skipFirst: inferredTitle is not null);
        bool roundUp = sectionDistricts.Distinct().Count() > 1;

        string? district = null, region = null;
        if (!roundUp)
        {
            var chain = title is null ? [] : UnitNames.ParseChain(ChineseText.ForMatching(title));
            if (chain.Count == 0) chain = CrumbChain(crumbs);
            if (chain.Count == 0) chain = UnitNames.FindInText(opening).Take(1).ToList();
            district = UnitNames.DistrictOf(chain);
            region = UnitNames.RegionOf(chain);
        }
        else
        {
            region = sectionDistricts.Select(d => UnitNames.RegionOf(UnitNames.ParseChain(d)))
                .OfType<string>().GroupBy(r => r).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        }
        region ??= MostMentionedCity(lines);

        return new ReportMetadata
        {
            Title = inferredTitle ?? TitleFromCrumbs(crumbs),
            Category = crumbs.Count > 0 ? string.Join(" > ", crumbs) : null,
            District = district,
            Region = region,
            Year = YearOf(title is null ? null : ChineseText.ForMatching(title), YearInTitle()) ?? YearOfOpening(opening),
        };
    }

    // The first line, when it is short, not a numbered heading and not a sentence.
    private static string? TitleFrom(IReadOnlyList<BodyLine> lines)
    {
        var first = lines.FirstOrDefault(l => l.Text.Length > 0).Text;
        if (first is null || first.Length is < 2 or > MaxTitleLength) return null;
        if (SectionSplitter.LooksLikeHeading(first) || first[^1] is '。' or '；' or ';' or '，' or ',') return null;
        if (!first.Any(ChineseText.IsHan) && !first.Any(char.IsLetter)) return null;
        return ChineseText.StripPinyin(first);
    }

    private static string Opening(IReadOnlyList<BodyLine> lines, bool skipFirst)
    {
        var sb = new StringBuilder();
        foreach (var line in lines.Where(l => l.Text.Length > 0).Skip(skipFirst ? 1 : 0))
        {
            sb.Append(ChineseText.ForMatching(line.Text)).Append('\n');
            if (sb.Length >= OpeningChars) break;
        }
        return sb.Length > OpeningChars ? sb.ToString(0, OpeningChars) : sb.ToString();
    }

    // A report without a title line is named by where it was filed: the deepest unit step of its breadcrumb and
    // the steps below it (… > 常泰街道 > 规划计划 → 常泰街道 · 规划计划), else the last step.
    private static string? TitleFromCrumbs(IReadOnlyList<string> crumbs)
    {
        if (crumbs.Count == 0) return null;
        for (int i = crumbs.Count - 1; i >= 0; i--)
            if (UnitNames.IsWholeChain(crumbs[i], out _)) return string.Join(" · ", crumbs.Skip(i));
        return crumbs[^1];
    }

    // The deepest breadcrumb step that is a unit: 首页 > 政务公开 > 常泰街道 > 规划计划 → 常泰街道.
    private static List<UnitNames.Unit> CrumbChain(IReadOnlyList<string> crumbs)
    {
        for (int i = crumbs.Count - 1; i >= 0; i--)
            if (UnitNames.IsWholeChain(crumbs[i], out var chain)) return chain;
        return [];
    }

    private static string? MostMentionedCity(IReadOnlyList<BodyLine> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            sb.Append(ChineseText.ForMatching(line.Text)).Append('\n');
            if (sb.Length >= RegionScanChars) break;
        }
        return UnitNames.FindInText(sb.ToString()).Where(u => u.Level == UnitNames.Level.City)
            .GroupBy(u => u.Name).Where(g => g.Count() >= MinRegionMentions)
            .OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
    }

    // A year the opening looks ahead to (部署2024年各项工作, 展望2024年) is the year after the one reviewed: a
    // review published at the start of 2024 is about 2023. Any other first year mention is taken as it is.
    [GeneratedRegex(@"(?:部署|谋划|安排|展望|规划)\s*$")]
    private static partial Regex LooksAhead();

    private static int? YearOfOpening(string opening)
    {
        foreach (Match m in YearInText().Matches(opening))
        {
            int year = int.Parse(m.Groups["year"].Value);
            if (year < 1949 || year > DateTime.UtcNow.Year + 1) continue;
            var before = opening.AsSpan(Math.Max(0, m.Index - 4), Math.Min(4, m.Index)).ToString();
            return LooksAhead().IsMatch(before) ? year - 1 : year;
        }
        return null;
    }

    private static int? YearOf(string? text, Regex pattern)
    {
        if (text is null) return null;
        foreach (Match m in pattern.Matches(text))
        {
            int year = int.Parse(m.Groups["year"].Value);
            if (year >= 1949 && year <= DateTime.UtcNow.Year + 1) return year;
        }
        return null;
    }
}
