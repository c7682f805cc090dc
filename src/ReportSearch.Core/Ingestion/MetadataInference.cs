using System.Text;
using System.Text.RegularExpressions;
using ReportSearch.Places;

namespace ReportSearch.Ingestion;

/// <summary>
/// Infers what a report does not state outright, from its own text:
/// title = a real heading line among the first lines (<see cref="TitleFinder"/>); kind = the title's ending;
/// region = the place the document is about, from the national gazetteer (<see cref="RegionRecognizer"/>), with
/// the most specific unit as district; date = the venue, passage, bracket or signature date
/// (<see cref="DocumentDates"/>); year = the year the report is about, chosen by kind; org = the body the title,
/// the passage line or the venue names.
/// </summary>
internal static partial class MetadataInference
{
    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex YearInTitle();

    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})\s*年")]
    private static partial Regex YearInText();

    // A year that is a target or a horizon, never the report's own: 到2027年, 力争到2035年, 至2030年, 2035年远景目标.
    [GeneratedRegex(@"(?:到|至|力争|截至|远景|目标|前|后)\s*$")]
    private static partial Regex TargetBefore();

    // What follows a year can make it a horizon or a starting point, not the report's own year: 2035年远景目标,
    // 2035年目标, 2020年前, 2005年以来 (since 2005).
    [GeneratedRegex(@"^\s*年\s*(?:远景目标|目标|前|以前|以来)")]
    private static partial Regex NotOwnYearAfter();

    // The issuer at the start of a title: 国务院办公厅关于…, 中共中央 国务院关于…, 晋江市财政局关于….
    [GeneratedRegex(@"^(?<org>\S.{1,40}?(?:院|厅|部|局|委|委员会|政府|办公室|中央|办事处|公司|中心))\s*(?:关于|对|转发|印发)")]
    private static partial Regex IssuerInTitle();

    // 聊城市第十七届人民代表大会常务委员会第十四次会议 → 聊城市人民代表大会常务委员会.
    [GeneratedRegex(@"第[一二三四五六七八九十百\d]+届|第[一二三四五六七八九十百\d]+次(?:全体)?会议.*$")]
    private static partial Regex SessionNumbers();

    // 国务院令第112号: the order's number is not part of the issuer.
    [GeneratedRegex(@"令第[\d一二三四五六七八九十百零〇]+号$")]
    private static partial Regex OrderNumber();

    private const int OpeningChars = 600;
    private const int OpeningLines = 8;
    // The body read for place names after the opening: a report names its own units early, and the scan is most of
    // place recognition's cost (30,000 characters and 3,000 gave the same accuracy on the development set).
    private const int BodyChars = 4000;
    private const int SectionSupportChars = 8000;

    /// <param name="lines">The cleaned body.</param>
    /// <param name="crumbs">Breadcrumb steps found above the body.</param>
    /// <param name="knownTitle">A title from a stronger source, which then also serves for region, kind and year.</param>
    /// <param name="knownOrg">The issuing body from a stronger source (the header block).</param>
    /// <param name="knownDate">The date from a stronger source (header block, sidecar), which then also decides the year.</param>
    /// <param name="publishedDate">The header's publication date: the date when the text states none.</param>
    /// <param name="sectionDistricts">Districts of the parts of a round-up; empty for an ordinary report.</param>
    public static ReportMetadata Infer(IReadOnlyList<BodyLine> lines, IReadOnlyList<string> crumbs, string? knownTitle, string? knownOrg, string? knownDate, string? publishedDate, IReadOnlyList<string> sectionDistricts)
    {
        var origins = new Dictionary<string, MetadataOrigin>();
        var nonEmpty = lines.Where(l => l.Text.Length > 0).ToList();
        var matching = nonEmpty.Take(200).Select(l => ChineseNumerals.DatesToDigits(ChineseText.ForMatching(l.Text))).ToList();
        var tailMatching = nonEmpty.Skip(Math.Max(200, nonEmpty.Count - 6)).Select(l => ChineseNumerals.DatesToDigits(ChineseText.ForMatching(l.Text)));
        var dates = DocumentDates.Find([.. matching, .. tailMatching]);

        var (foundTitle, isHeadline) = TitleFinder.FindWithShape(nonEmpty);
        var inferredTitle = foundTitle ?? SpeechTitle(dates, matching);
        var title = knownTitle ?? inferredTitle;
        var titleMatching = title is null ? null : ChineseNumerals.DatesToDigits(ChineseText.ForMatching(title));
        var kind = DocumentKind.FromTitle(title) ?? SubtitleKind(matching) ?? (isHeadline && title == inferredTitle ? "新闻" : null);
        if (knownDate is not null) dates = dates with { Date = knownDate, DateFromVenue = false };
        bool datePublished = knownDate is null && dates.Date is null && publishedDate is not null;
        if (datePublished) dates = dates with { Date = publishedDate };
        bool roundUp = sectionDistricts.Distinct().Count() > 1;

        var org = OrgOf(titleMatching, dates);
        var zones = Zones(titleMatching, knownOrg ?? org, dates.Venue, crumbs, nonEmpty).ToList();
        var region = roundUp ? RoundUpRegion(sectionDistricts, zones) : RegionRecognizer.Recognize(zones);
        var path = region.Path;
        string? district = roundUp ? null : path?[^1] ?? FallbackDistrict(titleMatching, matching);
        if (path is not null) origins["regionPath"] = origins["region"] = MetadataOrigin.Gazetteer;
        if (district is not null) origins["district"] = path is not null ? MetadataOrigin.Gazetteer : MetadataOrigin.Body;
        // A work report delivered at a people's congress is the government's: 国务院, or the place's 人民政府.
        var session = dates.Venue ?? titleMatching;
        if (org is null && kind == "报告" && session?.Contains("人民代表大会", StringComparison.Ordinal) == true)
            org = region.National && session.Contains("全国人民代表大会", StringComparison.Ordinal) ? "国务院"
                : region.Place is not null ? region.Place.Name + "人民政府" : null;

        var (year, yearOrigin) = YearOf(titleMatching, kind, dates, matching);
        if (year is not null) origins["year"] = yearOrigin;
        if (dates.Date is not null && knownDate is null) origins["date"] = datePublished ? MetadataOrigin.Header : MetadataOrigin.Document;
        if (org is not null) origins["org"] = title is not null && titleMatching!.StartsWith(org, StringComparison.Ordinal) ? MetadataOrigin.Title : MetadataOrigin.Document;
        if (kind is null && inferredTitle is not null && title == inferredTitle && region.Place is not null && ChineseText.ForMatching(title) == region.Place.Name)
            kind = "简介";
        if (kind is not null) origins["kind"] = MetadataOrigin.Title;
        var finalTitle = inferredTitle ?? TitleFromCrumbs(crumbs);
        if (finalTitle is not null) origins["title"] = MetadataOrigin.Title;

        return new ReportMetadata
        {
            Title = finalTitle,
            Category = crumbs.Count > 0 ? string.Join(" > ", crumbs) : null,
            District = district,
            Region = path is null ? null : string.Join(" › ", path),
            RegionPath = path,
            Kind = kind,
            Year = year,
            Date = knownDate is null ? dates.Date : null,
            Org = org,
            Origins = origins,
        };
    }

    private static IEnumerable<(DocumentZone, string)> Zones(string? title, string? org, string? venue, IReadOnlyList<string> crumbs, List<BodyLine> lines)
    {
        if (title is not null) yield return (DocumentZone.Title, title);
        if (org is not null) yield return (DocumentZone.Org, ChineseText.ForMatching(org));
        if (venue is not null) yield return (DocumentZone.Org, venue);
        // The column a page is filed under (首页 > 政务公开 > 台江区 > 规划计划) names its unit.
        if (crumbs.Count > 0) yield return (DocumentZone.Org, string.Join(" > ", crumbs.Select(ChineseText.ForMatching)));
        var opening = new StringBuilder();
        int i = 0;
        for (; i < lines.Count && i < OpeningLines && opening.Length < OpeningChars; i++) opening.Append(ChineseText.ForMatching(lines[i].Text)).Append('\n');
        yield return (DocumentZone.Opening, opening.ToString());
        var body = new StringBuilder();
        for (; i < lines.Count && body.Length < BodyChars; i++) body.Append(ChineseText.ForMatching(lines[i].Text)).Append('\n');
        // The signature (the issuing body above the date at the end) names the author too.
        var tail = string.Join('\n', lines.Skip(Math.Max(i, lines.Count - 3)).Select(l => ChineseText.ForMatching(l.Text)));
        yield return (DocumentZone.Body, body.ToString());
        if (tail.Length < 200) yield return (DocumentZone.Opening, tail);
    }

    // A round-up's place is what its parts share: the lowest unit above all the parts' units (晋江市 above its
    // streets, towns and bureaus). Each part's unit is resolved with the whole text as support.
    private static RegionResult RoundUpRegion(IReadOnlyList<string> sectionDistricts, List<(DocumentZone Zone, string Text)> zones)
    {
        var places = SectionPlaces(sectionDistricts, zones).Values.OfType<Place>().ToList();
        if (places.Count == 0) return RegionRecognizer.Recognize(zones);
        var shared = places[0];
        foreach (var p in places.Skip(1))
            while (shared is not null && !p.IsWithin(shared)) shared = shared.Parent;
        return shared is null ? RegionResult.Unknown : new RegionResult(shared, false);
    }

    // Each round-up part's unit in the gazetteer. A town or street counts only when the text also names a unit
    // above it: a made-up or mistyped unit name that happens to be a real place elsewhere says nothing.
    private static Dictionary<string, Place?> SectionPlaces(IEnumerable<string> sectionDistricts, List<(DocumentZone Zone, string Text)> zones)
    {
        // The support for resolving part names: the first few thousand characters, read once for all parts.
        var text = string.Join('\n', zones.Where(z => z.Zone is DocumentZone.Opening or DocumentZone.Body).Select(z => z.Text));
        if (text.Length > SectionSupportChars) text = text[..SectionSupportChars];
        (DocumentZone, string)[] body = [(DocumentZone.Body, text)];
        return sectionDistricts.Distinct().ToDictionary(d => d, d =>
        {
            var place = RegionRecognizer.Recognize(body.Prepend((DocumentZone.Title, d))).Place;
            return place is not null && (place.Level < PlaceLevel.Town || AncestorNamed(place, text)) ? place : null;
        });
    }

    /// <summary>
    /// The region path of each round-up part's unit: its gazetteer place, or below the round-up's place
    /// (<paramref name="reportPath"/>) when the gazetteer does not know it, so that all parts sit at comparable depth.
    /// </summary>
    public static IReadOnlyList<ReportSection> WithSectionPaths(IReadOnlyList<ReportSection> sections, IReadOnlyList<BodyLine> lines, IReadOnlyList<string>? reportPath)
    {
        var districts = sections.Select(s => s.District).OfType<string>().ToList();
        if (districts.Count == 0) return sections;
        var nonEmpty = lines.Where(l => l.Text.Length > 0).ToList();
        var places = SectionPlaces(districts, Zones(null, null, null, [], nonEmpty).ToList());
        return sections.Select(s => s.District is null ? s : s with
        {
            // A bureau (临江市交通运输局) sits below its place.
            RegionPath = places[s.District] is { } place ? (place.Name == s.District ? place.Path : [.. place.Path, s.District])
                : reportPath is { Count: > 0 } p && p[0] != RegionResult.NationalName && p[^1] != s.District ? [.. p, s.District] : [s.District],
        }).ToList();
    }

    private static bool AncestorNamed(Place place, string text)
    {
        for (var p = place.Parent; p is not null; p = p.Parent)
            if (text.Contains(p.Name, StringComparison.Ordinal) || PlaceNames.ShortForms(p).Any(s => text.Contains(s, StringComparison.Ordinal))) return true;
        return false;
    }

    // Without a gazetteer answer (a name several units bear and nothing to tell them apart), a place name the title
    // opens with, else the first place name of the opening lines, still names the unit: 白沙镇2019年工作总结.
    private static string? FallbackDistrict(string? title, List<string> matching)
    {
        var gazetteer = Gazetteer.Default;
        if (title is not null)
        {
            var name = UnitNames.ParseChain(title).Select(u => u.Name).LastOrDefault(gazetteer.IsPlaceName);
            if (name is not null) return name;
        }
        var opening = string.Join('\n', matching.Take(OpeningLines));
        return UnitNames.FindInText(opening).Select(u => u.Name).FirstOrDefault(gazetteer.IsPlaceName);
    }

    // ——在中国共产党第十九次全国代表大会上的报告: the kind the subtitle names.
    private static string? SubtitleKind(List<string> matching) =>
        matching.Take(6).Where(TitleFinder.IsSubtitle).Select(DocumentKind.FromTitle).FirstOrDefault(k => k is not null);

    // A speech at a people's congress session without a heading line is the government's work report.
    private static string? SpeechTitle(DocumentDates.Found dates, List<string> matching) =>
        dates.Venue?.Contains("人民代表大会", StringComparison.Ordinal) == true && matching.Take(6).Any(l => l.StartsWith("各位代表", StringComparison.Ordinal))
            ? "政府工作报告" : null;

    private static string? OrgOf(string? title, DocumentDates.Found dates)
    {
        if (title is not null)
        {
            var m = IssuerInTitle().Match(title);
            if (m.Success) return m.Groups["org"].Value.Trim();
        }
        if (dates.PassedBy is { } body)
        {
            var org = OrderNumber().Replace(SessionNumbers().Replace(body, ""), "").Replace("中华人民共和国", "").Trim();
            if (org.Length >= 2) return org;
        }
        return null;
    }

    // The year by kind: a year in the title first (2026年政府工作报告, 西园街道2021年工作总结); for a summary or plan
    // without one, the year the opening speaks of; otherwise the document's own date (a policy's 成文 date, the
    // day a work report was delivered), the congress session, and last the first year of the opening that is
    // not a target.
    private static (int?, MetadataOrigin) YearOf(string? title, string? kind, DocumentDates.Found dates, List<string> matching)
    {
        var fromTitle = YearInTitleOf(title);
        // A policy, reply or law is of the year it was written or passed; a year in its title is its subject
        // (关于同意…申办2009年…运动会的复函).
        if (kind is not (null or "报告" or "总结" or "计划" or "要点" or "规划" or "方案" or "新闻") && dates.Date is not null)
            return (int.Parse(dates.Date[..4]), MetadataOrigin.Document);
        if (fromTitle is not null) return (fromTitle, MetadataOrigin.Title);
        var opening = string.Join('\n', matching.Take(40));
        if (kind is "总结" or "计划" or "要点")
        {
            var y = YearOfOpening(opening);
            if (y is not null) return (y, MetadataOrigin.Body);
        }
        if (dates.Date is not null) return (int.Parse(dates.Date[..4]), MetadataOrigin.Document);
        var session = CongressSession.YearIn(opening);
        if (session is not null) return (session, MetadataOrigin.Document);
        var fromOpening = YearOfOpening(opening.Length > 2000 ? opening[..2000] : opening);
        return (fromOpening, MetadataOrigin.Body);
    }

    private static int? YearInTitleOf(string? title)
    {
        if (title is null) return null;
        foreach (Match m in YearInTitle().Matches(title))
        {
            int year = int.Parse(m.Groups["year"].Value);
            if (year < 1949 || year > DateTime.UtcNow.Year + 1) continue;
            if (TargetBefore().IsMatch(title.AsSpan(0, m.Index).ToString())) continue;
            if (NotOwnYearAfter().IsMatch(title.AsSpan(m.Index + m.Length).ToString())) continue;
            // 2021—2025年规划: a span names its first year.
            return year;
        }
        return null;
    }

    // A review published at the start of 2024 looks ahead to 2024 (部署2024年各项工作, 展望2024年) but is about 2023.
    [GeneratedRegex(@"(?:部署|谋划|安排|展望|规划)\s*$")]
    private static partial Regex LooksAhead();

    private static int? YearOfOpening(string opening)
    {
        foreach (Match m in YearInText().Matches(opening))
        {
            int year = int.Parse(m.Groups["year"].Value);
            if (year < 1949 || year > DateTime.UtcNow.Year + 1) continue;
            var before = opening.AsSpan(Math.Max(0, m.Index - 4), Math.Min(4, m.Index)).ToString();
            if (TargetBefore().IsMatch(before)) continue;
            // The match ends after 年: look at what follows the year itself.
            int yearEnd = m.Groups["year"].Index + m.Groups["year"].Length;
            if (NotOwnYearAfter().IsMatch(opening.AsSpan(yearEnd, Math.Min(8, opening.Length - yearEnd)).ToString())) continue;
            return LooksAhead().IsMatch(before) ? year - 1 : year;
        }
        return null;
    }

    // A report without a title line is named by where it was filed: the deepest unit step of its breadcrumb and
    // the steps below it (… > 常泰街道 > 规划计划 → 常泰街道 · 规划计划), else the last step.
    private static string? TitleFromCrumbs(IReadOnlyList<string> crumbs)
    {
        if (crumbs.Count == 0) return null;
        for (int i = crumbs.Count - 1; i >= 0; i--)
            if (Gazetteer.Default.IsPlaceName(crumbs[i])) return string.Join(" · ", crumbs.Skip(i));
        return crumbs[^1];
    }
}
