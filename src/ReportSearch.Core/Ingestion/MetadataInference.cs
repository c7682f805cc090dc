using System.Text;
using System.Text.RegularExpressions;
using ReportSearch.Analysis;
using ReportSearch.Places;

namespace ReportSearch.Ingestion;

/// <summary>
/// Infers what a report does not state outright, from its own text, precision first: each field keeps its
/// evidence (<see cref="ReportMetadata.Origins"/>), facet fields (region, year) are set only on strong evidence and
/// weaker candidates are kept apart as mentioned places and years. Title = the document's own heading with any date,
/// 文号 or speaker split off (<see cref="TitleFinder"/>, <see cref="TitleLine"/>); kind = the title's ending;
/// region = <see cref="ReportRegion"/>; date = the venue, passage, bracket, signature or 印发 date
/// (<see cref="DocumentDates"/>); year = <see cref="ReportYear"/>; org = the header, the title's issuer, the passage
/// line, the signature; 文号 = the header or the line under the title; 时效性 = <see cref="DocumentValidity"/>.
/// </summary>
internal static partial class MetadataInference
{
    // The issuer at the start of a title: 国务院办公厅关于…, 中共中央 国务院关于…, 晋江市财政局关于…, and a congress
    // session resolving on a report (福州市第十三届人民代表大会第三次会议关于政府工作报告的决议).
    // A title opening with 关于 names no issuer before it (关于转发省教育厅关于…的通知).
    [GeneratedRegex(@"^(?!关于)(?<org>\S.{1,40}?(?:院|厅|部|局|委|委员会|政府|办公室|中央|办事处|公司|中心|代表大会第[一二三四五六七八九十\d]+次会议))\s*(?:关于|对|转发|印发)")]
    private static partial Regex IssuerInTitle();

    // A work report's own words when it has no title line, its speaker delivering it: 现在，我代表…人民政府，向大会报告
    // (政府)工作, 向大会报告一年来的工作, 向大会作(政府)工作报告, 我代表县人民政府向大会作报告. The one formula the kind
    // (SpeechKind) and the work report's year rules read.
    [GeneratedRegex(@"向大会报告[^。]{0,12}?工作|向大会作(?:政府)?工作报告|我代表[^。]{1,30}?政府[,，]?\s*向大会作报告")]
    private static partial Regex ReportsToCongress();

    private const int OpeningChars = 600;
    // How far a line may run past the opening's reach and still open the document whole: a long first paragraph does.
    private const int OpeningOverrun = 600;
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。！？；!?;");
    private const int OpeningLines = 8;
    // How far down a news item's lead may stand under the page's frame.
    private const int LeadLines = 30;
    // The body read for place names after the opening: a report names its own units early, and the scan is most of
    // place recognition's cost (30,000 characters and 3,000 gave the same accuracy on the development set).
    private const int BodyChars = 4000;
    private const int SectionSupportChars = 8000;

    /// <summary>What inference reads.</summary>
    /// <param name="Lines">The cleaned body.</param>
    /// <param name="Crumbs">Breadcrumb steps found above the body.</param>
    /// <param name="Header">The catalogue block lifted from above the body (empty when there is none).</param>
    /// <param name="KnownTitle">A title from a stronger source (sidecar, header, format), which then also serves for region, kind and year.</param>
    /// <param name="KnownOrg">The issuing body from a stronger source.</param>
    /// <param name="KnownDate">The date from a stronger source (header 成文日期, sidecar), which then also decides the year.</param>
    /// <param name="SectionDistricts">Districts of the parts of a round-up; empty for an ordinary report.</param>
    /// <param name="Clock">Today, for the latest plausible year and for expiry dates.</param>
    /// <param name="KnownDocNumber">The 文号 from a stronger source (the header), which then also gives a policy's year.</param>
    public sealed record Input(IReadOnlyList<BodyLine> Lines, IReadOnlyList<string> Crumbs, HeaderBlock Header, string? KnownTitle, string? KnownOrg,
        string? KnownDate, IReadOnlyList<string> SectionDistricts, TimeProvider Clock, string? KnownDocNumber = null, string? PostedDate = null);

    /// <summary>The inferred metadata, and the gazetteer place of each round-up part's unit (computed once, reused for the sections).</summary>
    /// <param name="OrgBeatsHeader">The inferred issuing body is the author where a header names only the page's publisher (a work report's government).</param>
    /// <param name="DateBeatsHeader">The inferred date is a work report's session date, which beats a header's 成文 or 生成 date.</param>
    public sealed record Inference(ReportMetadata Metadata, IReadOnlyDictionary<string, Place?> SectionPlaces, bool OrgBeatsHeader = false, bool DateBeatsHeader = false);

    public static Inference Infer(Input input)
    {
        var (lines, crumbs, header, knownTitle, knownOrg, knownDate, sectionDistricts, clock, knownDocNumber, postedDate) = input;
        int latestYear = ReportYear.LatestPlausible(clock);
        var nonEmpty = lines.Where(l => l.Text.Length > 0).SelectMany(IndentedParagraphs.Split).ToList();
        // Attachments after the signature are other documents: the metadata is read from the text above them.
        int ownLines = AttachedDocuments.MainTextLength(nonEmpty);
        nonEmpty.RemoveRange(ownLines, nonEmpty.Count - ownLines);
        // The recognition view of the first lines, made once: the rules read it with dates as digits, the place zones without.
        var recognized = nonEmpty.Take(200).Select(l => ChineseText.ForMatching(l.Text)).ToList();
        // The rules that read the first lines read them under the page's frame (menus, prompts, banners), as a reader does.
        var matching = recognized.Skip(SiteFrameLines.Leading(recognized)).Select(ChineseNumerals.DatesToDigits).ToList();
        var tailMatching = nonEmpty.Skip(Math.Max(200, nonEmpty.Count - 6)).Select(l => ChineseNumerals.DatesToDigits(ChineseText.ForMatching(l.Text))).ToList();
        // When the page was posted: its header's 发布日期, else the stamp its format declares (an HTML page's PubDate).
        var published = DateText.Normalize(header.Get(HeaderField.PublishedDate)) ?? postedDate;
        // The lines the date, signature and interpretation rules read, first and last together.
        List<string> headAndTail = [.. matching, .. tailMatching];
        var dates = DocumentDates.Find(headAndTail, knownDate ?? published);

        // The column a page is filed under, repeated as a line under the breadcrumb (首页 > 专题材料 > 政府报告 / 政府报告),
        // names the column, not the document. A unit's bare name is left to the title rules: a column of a county's towns
        // (首页 > 乡镇概况 > 安口镇) holds each town's profile headed by its name, and a town's news under the name of its
        // column is told apart there (a unit's name over a headline is the page's column).
        var titleLines = crumbs.Count > 0 && !TitleFinder.IsUnitNameOnly(crumbs[^1]) ? nonEmpty.Where(l => l.Text.Trim() != crumbs[^1]).ToList() : nonEmpty;
        var (foundTitle, isHeadline) = TitleFinder.FindWithShape(titleLines);
        var titleLine = foundTitle is null ? null : TitleLine.Split(foundTitle);
        var inferredTitle = titleLine?.Title;
        var title = knownTitle ?? inferredTitle;
        var titleMatching = title is null ? null : ChineseNumerals.DatesToDigits(ChineseText.ForMatching(title));
        var tail = tailMatching.Count > 0 ? tailMatching : matching.TakeLast(TailLines).ToList();
        var kind = DocumentKind.FromTitle(title) ?? SubtitleKind(matching) ?? SpeechKind(dates, matching)
            ?? (title is null || IsShortName(titleMatching!) ? BodyKind.OfProfile(matching) : null) ?? BodyKind.OfHeadingLine(matching)
            ?? (isHeadline && title is not null && title == inferredTitle && !IsDebris(title) && !IsBodyName(titleMatching!) ? "新闻" : null) ?? BodyKind.OfHeadline(titleMatching) ?? (title is not null && title == inferredTitle ? BodyKind.OfCoupletHeadline(TitleLineOf(matching, titleMatching)) : null)
            ?? BodyKind.OfOpeningFormula(matching, tail) ?? BodyKind.Of(matching) ?? BodyKind.Of(BelowTitle(matching, titleMatching)) ?? BodyKind.OfLaterFormula(matching, tail) ?? BodyKind.OfClosingByline(tail)
            ?? (title is not null && title == inferredTitle && IsShortName(titleMatching!) ? BodyKind.OfTopicProfile(matching) : null)
            ?? (title is not null && title == inferredTitle ? BodyKind.OfProjectProfile(titleMatching, BelowTitle(matching, titleMatching)) : null)
            ?? (dates.Reply ? "答复" : null);

        // The document's own date beats a posting date: a header's 成文日期, then what the text states, then a date
        // printed with the title, then the header's 发布日期.
        // A session line's date stays for the year (a work report is of its session's year, whatever day its page
        // was generated); the stronger source's date is still the one shown.
        if (knownDate is not null && !dates.DateFromVenue) dates = dates with { Date = knownDate, DateFromVenue = false, DateIsPosting = false };
        else if (titleLine is { SessionDate: true, Date: { } sessionDate } && !dates.DateFromVenue) dates = dates with { Date = sessionDate, DateFromVenue = true, DateIsPosting = false, Venue = dates.Venue ?? ChineseText.ForMatching(titleLine.Venue ?? "") };
        else if (titleLine?.Date is { } titleDate && (dates.Date is null || dates.DateIsPosting)) dates = dates with { Date = titleDate, DateIsPosting = true };
        if (dates.Date is null && published is not null) dates = dates with { Date = published, DateIsPosting = true };
        bool workReport = kind == "报告" && (titleMatching?.Contains("政府工作报告") == true || dates.Venue?.Contains("人民代表大会") == true
            || matching.Take(8).Any(l => ReportsToCongress().IsMatch(l) || l.StartsWith("各位代表", StringComparison.Ordinal) || BodyKind.CongressSupervision().IsMatch(l)));

        // A work report is of its session: the session line's date beats a 印发 note above it and a header's 成文 or
        // 生成 date (the day the page was made), as it already does for the year.
        bool sessionDateBeatsHeader = workReport && dates.VenueDate is not null;
        if (sessionDateBeatsHeader) dates = dates with { Date = dates.VenueDate, DateFromVenue = true, DateIsPosting = false, DateFromIssuedLine = false };
        var (org, orgOrigin) = OrgOf(titleMatching, dates, matching);
        var orgForRegion = knownOrg ?? org;
        var strongZones = StrongZones(titleMatching, knownOrg ?? org, dates, crumbs).ToList();
        var allZones = strongZones.Concat(TextZones(nonEmpty, recognized)).ToList();
        var sectionPlaces = sectionDistricts.Count == 0 ? new Dictionary<string, Place?>() : SectionPlaces(sectionDistricts, allZones);
        bool roundUp = sectionDistricts.Distinct().Count() > 1;
        var regionResult = roundUp ? new ReportRegion.Result(RoundUpRegion(sectionPlaces, allZones), MetadataOrigin.Gazetteer, [])
            : ReportRegion.Of(allZones);
        var region = regionResult.Region;
        var path = region.Path;
        string? district = roundUp ? null : path?[^1] ?? FallbackDistrict(titleMatching, knownOrg ?? org);
        MetadataOrigin? regionOrigin = path is null ? null : regionResult.Origin;
        // A work report delivered at a people's congress is the government's, as its title, speaker line or speech
        // names it (2022年北京市东城区人民政府工作报告; 东乌旗人民政府代旗长 周玉龙; 我代表番禺区人民政府), else 国务院 or
        // the place's 人民政府. That beats a header's publisher (发布机构: 乌镇镇, 来源: …人民政府办公室): the page's
        // poster is not the report's author.
        bool orgBeatsHeader = false;
        // A notice issuing or forwarding a work report (关于印发2021年区政府工作报告目标任务分解方案的通知) is not one.
        if (workReport && orgOrigin is not MetadataOrigin.IssuingBody && titleMatching?.Contains("印发") != true && titleMatching?.Contains("转发") != true)
        {
            var session = dates.Venue ?? titleMatching ?? "";
            var delivering = ReportOrg.OfSpeaker(matching) ?? NamedSpeaker(matching) ?? ReportOrg.InTitle(titleMatching)
                ?? (region.National && session.Contains("全国人民代表大会", StringComparison.Ordinal) ? "国务院" : null)
                ?? ReportOrg.OfCongressPlace(dates.Venue, titleMatching)
                ?? GovernmentOf(region.Place, [titleMatching ?? "", dates.Venue ?? "", .. matching.Take(OpeningLines * 3)])
                ?? (region.IsStrong ? GovernmentOfLevelSpeaker(region.Place, matching) : null);
            // A header naming a government (发布机构: 厦门市思明区人民政府) already names the author.
            if (delivering is not null && knownOrg?.EndsWith("人民政府", StringComparison.Ordinal) != true)
                (org, orgOrigin, orgBeatsHeader) = (delivering, MetadataOrigin.SessionLine, true);
        }
        else if (org is null && ReportOrg.AboveTitle(matching, titleMatching) is { } issuers) (org, orgOrigin) = (issuers, MetadataOrigin.IssuingBody);
        else if (org is null && ReportOrg.InTitle(titleMatching) is { } unit) (org, orgOrigin) = (unit, MetadataOrigin.Title);
        else if (org is null && ReportOrg.OfOpening(matching) is { } subject) (org, orgOrigin) = (subject, MetadataOrigin.Body);
        else if (org is null && ReportOrg.OfWorkReportTitle(titleMatching) is { } government) (org, orgOrigin) = (government, MetadataOrigin.Title);
        else if (org is null && (ReportOrg.OfPreamble(matching) ?? IssuerOfPromulgated(matching) ?? ReportOrg.OfTitlePlaceAndLevelBody(titleMatching, matching)) is { } named) (org, orgOrigin) = (named, MetadataOrigin.Body);
        else if (org is null && IssuerOfHeadingLine(matching) is { } issuer) (org, orgOrigin) = (issuer, MetadataOrigin.IssuingBody);
        else if (org is null && SignatureBlock.Contributor(tail) is { } contributor) (org, orgOrigin) = (contributor, MetadataOrigin.Signature);
        else if (org is null && ReportOrg.OfInterpretation(headAndTail) is { } interpreter) (org, orgOrigin) = (interpreter, MetadataOrigin.Body);
        if (!orgBeatsHeader)
        {
            // The document's own issuer against the header's publisher, and all the bodies of a joint signature.
            var signers = SignatureBlock.Find(headAndTail);
            var (decided, beats) = PublisherOrIssuer.Decide(org, orgOrigin, signers, knownOrg);
            if (decided != org) (org, orgOrigin) = (decided, decided is null ? MetadataOrigin.Inferred : MetadataOrigin.Signature);
            orgBeatsHeader = beats;
        }

        // An issuing body found only after the region (the bodies over the heading, a site's greeting, the title's or the
        // opening's unit, the signature) names the author's place as well, where nothing else did.
        // Only a government body or one of its offices is of the place it is named after: 西安市西大街发展服务中心 is a
        // district's, under the city's name.
        if (!roundUp && path is null && org is not null && org != orgForRegion && GovernmentBody().IsMatch(org))
        {
            var again = ReportRegion.Of(allZones.Prepend((DocumentZone.Org, ChineseText.ForMatching(org))));
            if (again.Region.Path is { } found)
                (regionResult, region, path, district, regionOrigin) = (again, again.Region, found, found[^1], again.Origin);
        }

        // A header stating there is none (文号: 无) is believed: a licence's or a permit's number in the text is no 文号.
        var docNumber = knownDocNumber ?? (header.StatesNone(HeaderField.DocNumber) ? null : titleLine?.DocNumber ?? DocNumberLine.Find(matching, titleMatching));
        int? docNumberYear = ReportSearch.Analysis.DocNumberText.YearOf(docNumber);
        var year = ReportYear.Of(titleMatching, kind, workReport, dates, matching, latestYear, docNumberYear);
        if (kind is null && inferredTitle is not null && title == inferredTitle && region.Place is not null && NamesOnly(title, region.Place))
            kind = "简介";
        // No rule names the kind: the model's guess from the opening's character pairs. Weak evidence, taken after
        // the year so that no year rule rests on it. Not for a document with its own 文号 (an official document, never a
        // news item or a profile), nor where the title names a document type the kinds do not list
        // (…应急预案 opening on its area's geography is no profile) or the text is addressed to units (各村（社区）：, a
        // directive however it reads), and a profile only untitled or titled by a name and without a summary's account
        // of its work, as the profile rules read them.
        bool kindGuessed = false;
        if (kind is null && docNumber is null && (title is null || !DocumentTypeEnding().IsMatch(titleMatching!)) && !AddressedToUnits(matching) && KindModel.Shipped.Guess(recognized) is { } guessed
            && (guessed != "简介" || (title is null || IsShortName(titleMatching!)) && !BodyKind.HasWorkAccount(matching)))
            (kind, kindGuessed) = (guessed, true);
        var validity = DocumentValidity.Of(header.Get(HeaderField.Validity), header.Get(HeaderField.RepealDate), header.Get(HeaderField.ValidUntil),
            [.. matching.Take(12), .. tailMatching], clock);

        var metadata = new ReportMetadata
        {
            Title = inferredTitle,
            Category = crumbs.Count > 0 ? string.Join(" > ", crumbs) : null,
            District = district,
            Region = path is null ? null : string.Join(" › ", path),
            RegionPath = path,
            Kind = kind,
            Year = year.Year,
            Date = knownDate is null || sessionDateBeatsHeader ? dates.Date : null,
            Org = org,
            DocNumber = knownDocNumber is null ? docNumber : null,
            Validity = validity,
            MentionedPlaces = regionResult.Mentioned.Count > 0 ? regionResult.Mentioned : null,
            MentionedYears = year.Mentioned.Count > 0 ? year.Mentioned : null,
            Origins = new FieldOrigins
            {
                Title = inferredTitle is null ? null : MetadataOrigin.Title,
                District = district is null ? null : regionOrigin ?? MetadataOrigin.Title,
                Region = regionOrigin,
                RegionPath = regionOrigin,
                Kind = kind is null ? null : kindGuessed ? MetadataOrigin.Inferred : MetadataOrigin.Title,
                Year = year.Year is null ? null : year.Origin,
                Date = dates.Date is null || knownDate is not null && !sessionDateBeatsHeader ? null
                    : sessionDateBeatsHeader && knownDate is not null ? MetadataOrigin.SessionLine
                    : dates.DateIsPosting ? MetadataOrigin.Header : dates.DateFromIssuedLine ? MetadataOrigin.IssuedLine : MetadataOrigin.Document,
                Org = org is null ? null : orgOrigin,
                DocNumber = docNumber is null || knownDocNumber is not null ? null : MetadataOrigin.Document,
                Validity = validity is null ? null : header.IsEmpty ? MetadataOrigin.Document : MetadataOrigin.Header,
            },
        };
        return new Inference(metadata, sectionPlaces, orgBeatsHeader, sessionDateBeatsHeader);
    }

    // The places of the author: title, issuing body, session line, signature, and the site column filed under.
    private static IEnumerable<(DocumentZone, string)> StrongZones(string? title, string? org, DocumentDates.Found dates, IReadOnlyList<string> crumbs)
    {
        if (title is not null) yield return (DocumentZone.Title, title);
        if (org is not null) yield return (DocumentZone.Org, ChineseText.ForMatching(org));
        if (dates.Venue is not null) yield return (DocumentZone.Org, dates.Venue);
        if (dates.Signer is not null) yield return (DocumentZone.Org, dates.Signer);
        // The column a page is filed under (首页 > 政务公开 > 台江区 > 规划计划) names its unit.
        if (crumbs.Count > 0) yield return (DocumentZone.Org, string.Join(" > ", crumbs.Select(ChineseText.ForMatching)));
    }

    private static IEnumerable<(DocumentZone, string)> TextZones(List<BodyLine> lines, List<string> recognized)
    {
        string View(int at) => at < recognized.Count ? recognized[at] : ChineseText.ForMatching(lines[at].Text);
        var opening = new StringBuilder();
        // The page's frame above the document (menus, prompts, banners) is not its opening: the opening's lines start
        // under it, and the frame's names weigh as the body's. They open the body's text, written into its builder: a
        // builder of their own copied in front of the body's was about a fifth of this method's time (its allocations).
        var body = new StringBuilder();
        int i = 0;
        for (int frameLines = SiteFrameLines.Leading(recognized); i < frameLines; i++) body.Append(View(i)).Append('\n');
        int frameLength = body.Length;
        int openingStart = i;
        // A line running past the opening's reach (a page flattened into one line) opens the document with its first
        // sentences only: its rest is body, or every name in the text would weigh as the opening's.
        string? restOfLine = null;
        for (; i < lines.Count && i - openingStart < OpeningLines && opening.Length < OpeningChars; i++)
        {
            var view = View(i);
            int room = OpeningChars - opening.Length;
            if (view.Length > room + OpeningOverrun)
            {
                int cut = view.AsSpan(0, room).LastIndexOfAny(SentenceEnds) + 1;
                if (cut == 0) cut = room;
                opening.Append(view.AsSpan(0, cut)).Append('\n');
                restOfLine = view[cut..];
                i++;
                break;
            }
            opening.Append(view).Append('\n');
        }
        // A page's frame (banners, slogans, a login prompt, the breadcrumb) may fill the opening lines: a news item's lead
        // (3月5日至6日,某苏木召开…) a few lines further down still opens the document.
        var openingText = opening.ToString();
        if (!MayHoldNewsLead(openingText) || !RegionRecognizer.NewsLead().IsMatch(openingText))
            for (int j = i; j < lines.Count && j < LeadLines; j++)
                if (MayOpenWithNewsLead(View(j)) && RegionRecognizer.NewsLead().Match(View(j)) is { Success: true, Index: 0 })
                {
                    openingText = opening.Append(View(j)).Append('\n').ToString();
                    break;
                }
        yield return (DocumentZone.Opening, openingText);
        if (restOfLine is not null) body.Append(restOfLine.AsSpan(0, Math.Min(restOfLine.Length, BodyChars))).Append('\n');
        for (; i < lines.Count && body.Length - frameLength < BodyChars; i++) body.Append(View(i)).Append('\n');
        // The signature (the issuing body above the date at the end) names the author too.
        int tailFrom = Math.Max(i, lines.Count - 3);
        var tail = string.Join('\n', Enumerable.Range(tailFrom, lines.Count - tailFrom).Select(View));
        yield return (DocumentZone.Body, body.ToString());
        if (tail.Length < 200) yield return (DocumentZone.Opening, tail);
    }

    // Cheap tests that RegionRecognizer.NewsLead cannot match, run before it: its scan tries every space and comma of a
    // text, and the search for a lead under the frame ran it over 20-odd whole lines of nearly every document to keep
    // only a match at the line's start (with the copy below, 10 % of parsing's time on the 50 MB bench archive; 3 %
    // after). Every lead holds 日 (…日, 近日, 日前), and one at a line's start has its day's digit, 近 or 日 first or
    // after the one character it may open with.
    private static bool MayHoldNewsLead(string text) => text.Contains('日');

    private static bool MayOpenWithNewsLead(string line) =>
        line.Length > 0 && (OpensNewsLead(line[0]) || line.Length > 1 && OpensNewsLead(line[1])) && MayHoldNewsLead(line);

    private static bool OpensNewsLead(char c) => char.IsDigit(c) || c is '近' or '日';

    // A round-up's place is what its parts share: the lowest unit above all the parts' units (晋江市 above its
    // streets, towns and bureaus).
    private static RegionResult RoundUpRegion(IReadOnlyDictionary<string, Place?> sectionPlaces, List<(DocumentZone Zone, string Text)> zones)
    {
        var places = sectionPlaces.Values.OfType<Place>().ToList();
        if (places.Count == 0) return RegionRecognizer.Recognize(zones);
        // One part's unit alone, against a unit the title or issuer names that is none of the parts' (a part's heading
        // read as the title is), is no round-up's place: the "parts" are a page's list of other sites' headlines
        // (华安县：支持… beside a 西安 item's title).
        if (places.Count == 1 && RegionRecognizer.Recognize(zones) is { Evidence: RegionEvidence.Title or RegionEvidence.Issuer, Place: { } named } own
            && !named.IsWithin(places[0]) && !places[0].IsWithin(named) && !sectionPlaces.Keys.Any(part => part.Contains(named.Name, StringComparison.Ordinal))) return own;
        var shared = places[0];
        foreach (var p in places.Skip(1))
            while (shared is not null && !p.IsWithin(shared)) shared = shared.Parent;
        return shared is null ? RegionResult.Unknown : new RegionResult(shared, false);
    }

    // Each round-up part's unit in the gazetteer, resolved with the whole text as support. A town or street counts
    // only when the text also names a unit above it: a made-up or mistyped unit name that happens to be a real place
    // elsewhere says nothing.
    private static Dictionary<string, Place?> SectionPlaces(IEnumerable<string> sectionDistricts, List<(DocumentZone Zone, string Text)> zones)
    {
        // The support for resolving part names: the first few thousand characters, read once for all parts.
        var text = string.Join('\n', zones.Where(z => z.Zone is DocumentZone.Opening or DocumentZone.Body).Select(z => z.Text));
        if (text.Length > SectionSupportChars) text = text[..SectionSupportChars];
        (DocumentZone, string)[] body = [(DocumentZone.Body, text)];
        return sectionDistricts.Distinct().ToDictionary(d => d, d =>
        {
            // Only what the part's own name says: a guess from the text's mentions is not the part's unit.
            var found = RegionRecognizer.Recognize(body.Prepend((DocumentZone.Title, d)));
            var place = found.IsStrong ? found.Place : null;
            return place is not null && (place.Level < PlaceLevel.Town || AncestorNamed(place, text)) ? place : null;
        });
    }

    /// <summary>
    /// The region path of each round-up part's unit: its gazetteer place (<paramref name="sectionPlaces"/>, found once by
    /// <see cref="Infer"/>), or below the round-up's place (<paramref name="reportPath"/>) when the gazetteer does not
    /// know it, so that all parts sit at comparable depth.
    /// </summary>
    public static IReadOnlyList<ReportSection> WithSectionPaths(IReadOnlyList<ReportSection> sections, IReadOnlyDictionary<string, Place?> sectionPlaces, IReadOnlyList<string>? reportPath) =>
        sections.Select(s => s.District is null ? s
            // The unit written with the places above it (四川筠连县, 宜宾市筠连县): the unit itself, by its name.
            : sectionPlaces.GetValueOrDefault(s.District) is { } named && s.District.EndsWith(named.Name, StringComparison.Ordinal)
                ? s with { District = named.Name, RegionPath = named.Path }
            : s with
            {
                // A bureau (临江市交通运输局) sits below its place.
                RegionPath = sectionPlaces.GetValueOrDefault(s.District) is { } place ? [.. place.Path, s.District]
                    : reportPath is { Count: > 0 } p && p[0] != RegionResult.NationalName && p[^1] != s.District ? [.. p, s.District] : [s.District],
            }).ToList();

    private static bool AncestorNamed(Place place, string text)
    {
        for (var p = place.Parent; p is not null; p = p.Parent)
            if (text.Contains(p.Name, StringComparison.Ordinal) || PlaceNames.ShortForms(p).Any(s => text.Contains(s, StringComparison.Ordinal))) return true;
        return false;
    }

    // Without a gazetteer answer (a name several units bear and nothing to tell them apart), a place name the title
    // or the issuing body opens with still names the unit (白沙镇2019年工作总结): a district without a path.
    private static string? FallbackDistrict(string? title, string? org)
    {
        var gazetteer = Gazetteer.Default;
        foreach (var text in new[] { title, org is null ? null : ChineseText.ForMatching(org) })
        {
            if (text is null) continue;
            var name = UnitNames.ParseChain(text).Select(u => u.Name).LastOrDefault(gazetteer.IsPlaceName);
            if (name is not null) return name;
        }
        return null;
    }

    // A place's government by its name (沙沟镇人民政府, 华庄街道办事处), where the text names the place so: under a
    // former name (嫩江县 for today's 嫩江市) today's name would put words in the report's mouth.
    private static string? GovernmentOf(Place? place, IEnumerable<string> text) =>
        place is null || !text.Any(t => t.Contains(place.Name, StringComparison.Ordinal)) ? null : GovernmentName(place);

    // 沙沟镇人民政府, 华庄街道办事处: a street's government is its office.
    private static string GovernmentName(Place place) => GovernmentName(place.Name);

    private static string GovernmentName(string unit) => unit + (unit.EndsWith("街道", StringComparison.Ordinal) ? "办事处" : "人民政府");

    // A speaker naming the government by its level only (我代表县人民政府, 我代表镇政府; OwnShortForm.LevelSpeaker): the
    // government of the report's region where that region is a unit of the level (新安县 for 县); the level decides
    // nothing else.
    internal static string? GovernmentOfLevelSpeaker(Place? place, List<string> matching)
    {
        if (place is null || place.Level < PlaceLevel.County) return null;
        foreach (var line in matching.Take(OpeningLines * 3))
            if (OwnShortForm.LevelSpeaker().Match(line) is { Success: true } m)
            {
                var level = m.Groups["s"].Value;
                if (place.Level != (level is "县" or "区" ? PlaceLevel.County : PlaceLevel.Town)) return null;
                if (place.Name.EndsWith(level, StringComparison.Ordinal)) return GovernmentName(place);
                // A unit since made another of its level (清苑县 → 清苑区, 某乡 → 某镇): the report speaks of it as it
                // was then, and is its government where the text writes that name (清苑县), never a name built alone.
                var then = FormerName(place.Name, level);
                return then is not null && matching.Any(l => l.Contains(then, StringComparison.Ordinal)) ? GovernmentName(then) : null;
            }
        return null;
    }

    // The name with another level word in place of its own (清苑区 → 清苑县); null where the stem is a single character or
    // the name ends in no level word.
    private static string? FormerName(string name, string level)
    {
        int suffix = name.EndsWith("街道", StringComparison.Ordinal) ? 2 : name.Length > 0 && "县区市镇乡".Contains(name[^1]) ? 1 : 0;
        return suffix == 0 || name.Length - suffix < 2 ? null : name[..^suffix] + level;
    }

    // The government a work report's speaker names as it names itself (我代表广州市番禺区人民政府), unless only by its
    // level (我代表区人民政府, 我代表本届政府).
    private static string? NamedSpeaker(List<string> matching)
    {
        foreach (var line in matching.Take(OpeningLines * 3))
            if (RegionRecognizer.SpeakerFor().Match(line) is { Success: true } m && !ReportOrg.GenericGovernment().IsMatch(m.Groups["org"].Value))
                return m.Groups["org"].Value;
        return null;
    }


    // A page titled with nothing but its unit's name (三源浦朝鲜镇 for 三源浦朝鲜族镇, 安口镇) is the unit's profile.
    private static bool NamesOnly(string title, Place place)
    {
        var matching = ChineseText.ForMatching(title);
        return PlaceNames.Default.Find(matching) is [var only] && only.Start == 0 && only.Length == matching.Length && only.Candidates.Contains(place);
    }

    // Also a department's party group (中共某省某局党组): of the department's place.
    [GeneratedRegex(@"(?:" + BodyNameEndings.Common + @"|党委|党工委|党组|管委会)$")]
    private static partial Regex GovernmentBody();

    private const int TitleSearchLines = 25;
    private const int TailLines = 6;
    private const int BelowTitleLines = 16;

    /// <summary>
    /// The lines from the one holding the title on, without the page's frame (contacts, menus, image names) around it:
    /// the text's opening as a reader takes it, under the headline. The opening may already start at the headline
    /// (<see cref="SiteFrameLines"/> cut the frame above it) with frame still between the headline and the lead
    /// (10.jpg某某新闻网). Empty when no line holds the title.
    /// </summary>
    private static List<string> BelowTitle(List<string> matching, string? titleMatching) =>
        TitleIndex(matching, titleMatching) is >= 0 and var i ? matching.Skip(i).Take(BelowTitleLines).Where(l => !TitleFinder.IsFrame(l)).ToList() : [];

    /// <summary>The line holding the title as printed (with its spacing), or null.</summary>
    private static string? TitleLineOf(List<string> matching, string? titleMatching) =>
        TitleIndex(matching, titleMatching) is >= 0 and var i ? matching[i] : null;

    private static int TitleIndex(List<string> matching, string? titleMatching)
    {
        if (titleMatching is null) return -1;
        var title = WithoutSpaces(titleMatching);
        if (title.Length == 0) return -1;
        for (int i = 0; i < Math.Min(TitleSearchLines, matching.Count); i++)
            if (WithoutSpaces(matching[i]).Contains(title, StringComparison.Ordinal)) return i;
        return -1;
    }

    private static string WithoutSpaces(string s) => s.Contains(' ') || s.Contains('\u3000') ? s.Replace(" ", "").Replace("\u3000", "") : s;

    // A date (二OO九年一月九日) or a table's cells (公开目录 | 法定主动公开内容 |) taken for the title: no headline.
    private static bool IsDebris(string title) =>
        title.Contains('|') || title.Length <= MaxDateTitle && DateText.Normalize(ChineseNumerals.DatesToDigits(ChineseText.ForMatching(title))) is not null;

    private const int MaxDateTitle = 20;

    // A body's name taken for the title (中共某局党组, a signature's line): it reports no event.
    private static bool IsBodyName(string title) => SignatureBlock.BodiesOf(title).Count > 0;

    // A profile's title is a short name (灵川镇全景, 化隆县:查甫藏族乡, 特色农业); a longer one, or one with a year, names a
    // document of its own (葛公镇防汛抗旱应急预案 opening with the town's geography).
    private const int MaxProfileTitle = 12;

    // An addressee line among the first lines (under a heading, or opening the text).
    private static bool AddressedToUnits(List<string> matching) => matching.Take(AddresseeLines).Any(l => AddresseeLine.StartOf(l.Trim()).Success);

    private const int AddresseeLines = 4;

    private static bool IsShortName(string title) => title.Length <= MaxProfileTitle && !title.Any(char.IsAsciiDigit) && !DocumentTypeEnding().IsMatch(title);

    // Document types the kinds do not list (预案, 制度, 指南 …): a title ending so names a document, not a unit.
    [GeneratedRegex(@"(?:预案|制度|规程|指南|清单|名单|公示|须知|目录|标准)$")]
    private static partial Regex DocumentTypeEnding();

    // ——在中国共产党第十九次全国代表大会上的报告: the kind the subtitle names.
    private static string? SubtitleKind(List<string> matching) =>
        matching.Take(6).Where(TitleFinder.IsSubtitle).Select(DocumentKind.FromTitle).FirstOrDefault(k => k is not null);

    // A speech at a people's congress session, or a text reporting its work to the congress, without a heading
    // line, is a (work) report; it gets no invented title.
    private static string? SpeechKind(DocumentDates.Found dates, List<string> matching) =>
        dates.Venue?.Contains("人民代表大会", StringComparison.Ordinal) == true && matching.Take(6).Any(l => l.StartsWith("各位代表", StringComparison.Ordinal))
        || matching.Take(8).Any(SpeakerDelivers)
            ? "报告" : null;

    // The speaker's own words (现在，我代表县人民政府，向大会作工作报告), not a news item's (市长某某代表市人民政府向大会作政府
    // 工作报告): 我代表 in the same sentence before the formula.
    private static bool SpeakerDelivers(string line) =>
        ReportsToCongress().Match(line) is { Success: true } formula && line.AsSpan(0, formula.Index + formula.Length).LastIndexOf("我代表") is var speaker and >= 0
        && line.AsSpan(speaker, formula.Index + formula.Length - speaker).IndexOf('。') < 0;

    private const int HeadingLines = 5;

    // A document's heading among the first lines where another line was taken for the title (《成都市人民政府关于命名…
    // 的通报》 under a page's own line): a whole line that is an issuer's 关于-title ending in its kind.
    [GeneratedRegex(@"(?:通知|通报|意见|决定|办法|批复|复函|函|报告|方案|规定|公告|通告|决议)》?$")]
    private static partial Regex EndsInKind();

    private static string? IssuerOfHeadingLine(List<string> matching)
    {
        foreach (var line in matching.Take(HeadingLines))
        {
            var heading = ReportOrg.WithoutLeadingTag(line.Trim());
            if (heading.Length <= 80 && EndsInKind().IsMatch(heading) && IssuerInTitle().Match(heading) is { Success: true } m
                && PublisherOrIssuer.IsFullName(m.Groups["org"].Value.Trim()))
                return m.Groups["org"].Value.Trim();
        }
        return null;
    }

    private const int PromulgationLines = 8;

    // An order promulgating its own body's document (《某省人民政府关于废止…的决定》已经…常务会议审议通过，现予公布): that body.
    private static string? IssuerOfPromulgated(List<string> matching)
    {
        foreach (var line in matching.Take(PromulgationLines))
            if (line.Contains("现予", StringComparison.Ordinal) && BodyKind.Promulgated().Match(line.Trim()) is { Success: true } p
                && IssuerInTitle().Match(p.Groups["title"].Value) is { Success: true } m && PublisherOrIssuer.IsFullName(m.Groups["org"].Value.Trim()))
                return m.Groups["org"].Value.Trim();
        return null;
    }

    private static (string?, MetadataOrigin) OrgOf(string? title, DocumentDates.Found dates, List<string> matching)
    {
        if (title is not null)
        {
            var m = IssuerInTitle().Match(ReportOrg.WithoutLeadingTag(title));
            // A body's name is written in Chinese: Latin letters before 关于 are a site's banner (or its spam) glued on.
            if (m.Success && !m.Groups["org"].Value.Any(char.IsAsciiLetter))
            {
                var issuer = m.Groups["org"].Value.Trim();
                // Joint issuers run together in a title joined from their line and the heading (中共某县委 某县人民政府 /
                // 关于…): their own line tells them apart.
                if (ReportOrg.AboveTitle(matching, title) is { } apart && apart.Replace("、", "") == issuer.Replace(" ", "")) issuer = apart;
                return (issuer, MetadataOrigin.IssuingBody);
            }
        }
        // A law amended by another body than the one that first passed it (a merged city's) is that body's.
        if ((CongressBody.OfLatestPassage(matching) ?? dates.PassedBy) is { } body && CongressBody.Name(body, title) is { } org)
            return (org, MetadataOrigin.Document);
        // A standing committee signs with its term (北京市第十五届人民代表大会常务委员会): the body is the committee.
        // A signature with a placeholder for a redacted name ((略) 人民政府办公厅) names no body.
        if (dates.Signer is { } signer && PublisherOrIssuer.IsNameOnly(signer))
            return (signer.EndsWith("常务委员会", StringComparison.Ordinal) ? CongressBody.Name(signer, title) ?? signer : signer,
                dates.DateFromIssuedLine ? MetadataOrigin.IssuedLine : MetadataOrigin.Signature);
        return (null, MetadataOrigin.Inferred);
    }
}
