namespace ReportSearch.Ingestion;

/// <summary>
/// The part of parsing shared by every format: from body lines to a <see cref="ParsedReport"/>. It lifts the
/// header block into metadata, drops breadcrumbs and page clutter, re-joins hard-wrapped text, splits
/// sections and merges metadata from sidecar, header (and format metadata), inference and path.
/// </summary>
internal static class ReportAssembler
{
    // Lines longer than these cannot be clutter or a breadcrumb: skip the matching view for them (speed).
    private const int MaxFurnitureLength = 160;

    /// <param name="formatMetadata">What the format itself declares (HTML title/meta, Word core properties); counts as header.</param>
    /// <param name="mayBeHardWrapped">True for plain text, where fixed-width wrapping is common.</param>
    /// <param name="weakFormatMetadata">What the format declares but often gets wrong (a PDF's Title and CreationDate): used only where inference finds nothing.</param>
    /// <param name="sidecarFile">The report's sidecar as the pipeline read it (null: none).</param>
    /// <param name="clock">Today for metadata rules (latest plausible year, expiry dates); the system clock when null.</param>
    /// <param name="postedDate">When the format says the page was posted (an HTML page's PubDate): like a header's 发布日期, it dates the report only where the text states no date of its own.</param>
    public static ParsedReport Assemble(SourceFile file, Sidecar? sidecarFile, IEnumerable<BodyLine> rawLines, ReportMetadata? formatMetadata, bool mayBeHardWrapped, ReportMetadata? weakFormatMetadata = null, TimeProvider? clock = null, string? postedDate = null)
    {
        var header = new HeaderBlock();
        var crumbs = new List<string>();
        var body = new List<BodyLine>();
        var headerWindow = new TopLinesWindow(HeaderBlock.ScanLines);
        string? bylineDate = null;

        foreach (var raw in Relined(rawLines))
        {
            var text = ChineseText.TrimLine(raw.Text);
            if (text.Length == 0)
            {
                if (body.Count > 0 && body[^1].Text.Length > 0) body.Add(new BodyLine(""));
                continue;
            }
            // The matching view of a short line, made once: the header window, the block, breadcrumbs and clutter read it.
            var matching = text.Length <= MaxFurnitureLength ? ChineseText.ForMatching(text) : null;
            bool inHeaderWindow = headerWindow.Admit(matching ?? text);
            if (matching is not null)
            {
                if (inHeaderWindow && header.TryAddLine(matching))
                {
                    MarkAboveMetadata(body);
                    continue;
                }
                if (PageFurniture.IsPrintedPageNumber(matching)) continue;
                var steps = Breadcrumbs.TryParse(matching);
                if (steps is not null) { crumbs.AddRange(steps); continue; }
                if (ClutterFilter.IsClutter(matching))
                {
                    // A byline of fields only (2023-07-12 来源：某镇) leaves the text, but its date is the page's posting date.
                    if (inHeaderWindow) bylineDate = DateText.FirstPosting(bylineDate, ClutterFilter.DateIn(matching));
                    continue;
                }
            }
            body.Add(raw with { Text = text });
        }

        body = SiteFooter.Without(body);
        IReadOnlyList<BodyLine> lines = mayBeHardWrapped ? HardWrapJoiner.Join(body) : body;
        var sections = SectionSplitter.Split(lines);
        if (sections.Count == 0) throw new UnreadableFileException("no text");

        var sectionDistricts = sections.Select(s => s.District).OfType<string>().ToList();
        var headerMetadata = MetadataMerger.Merge((MetadataOrigin.Header, header.ToMetadata()), (MetadataOrigin.Header, formatMetadata));
        var (sidecar, sidecarProblems) = (sidecarFile?.Metadata, sidecarFile?.Problems ?? []);
        var inference = MetadataInference.Infer(new MetadataInference.Input(lines, crumbs, header, sidecar?.Title ?? headerMetadata.Title,
            sidecar?.Org ?? headerMetadata.Org, sidecar?.Date ?? headerMetadata.Date, sectionDistricts, clock ?? TimeProvider.System, sidecar?.DocNumber ?? headerMetadata.DocNumber, postedDate ?? bylineDate));
        var inferred = PlaceConsistency.Align(inference.Metadata, sidecar?.District ?? headerMetadata.District);

        var metadata = MetadataMerger.Merge(
            (MetadataOrigin.Sidecar, sidecar),
            (MetadataOrigin.Header, headerMetadata with { Org = inference.OrgBeatsHeader ? null : headerMetadata.Org, Date = inference.DateBeatsHeader ? null : headerMetadata.Date }),
            (MetadataOrigin.Inferred, inferred),
            (MetadataOrigin.Inferred, weakFormatMetadata),
            (MetadataOrigin.Path, PathMetadata.FromPath(file.RelativePath, ReportYear.LatestPlausible(clock ?? TimeProvider.System))));
        return new ParsedReport { Metadata = metadata, Sections = MetadataInference.WithSectionPaths(sections, inference.SectionPlaces, metadata.RegionPath), MetadataProblems = sidecarProblems };
    }

    // How many lines may stand above a flattened page's one line (a site's name, a menu).
    private const int FlattenedReach = 3;

    // A page stored with its line breaks as spaces is read in the lines its opening stood in (its frame, header fields,
    // heading, posting fields, session line and byline; TitleFinder.FlattenedOpening), as the page with its lines is:
    // by the header reader, the breadcrumb and clutter filters and every metadata rule.
    private static IEnumerable<BodyLine> Relined(IEnumerable<BodyLine> rawLines)
    {
        int nonEmpty = 0;
        bool done = false;
        foreach (var raw in rawLines)
        {
            if (done || raw.Text.Length == 0) { yield return raw; continue; }
            nonEmpty++;
            var text = ChineseText.TrimLine(raw.Text);
            if (text.Length >= TitleFinder.FlattenedLineMin)
            {
                done = true;
                if (TitleFinder.FlattenedOpening(text) is { } opening)
                {
                    foreach (var line in opening) yield return line;
                    continue;
                }
            }
            else if (nonEmpty >= FlattenedReach) done = true;
            yield return raw;
        }
    }

    // The last non-empty body line before a header field (发布时间：…, 来源：…) is most likely a headline.
    private static void MarkAboveMetadata(List<BodyLine> body)
    {
        int last = body.Count - 1;
        if (last >= 0 && body[last].Text.Length == 0) last--;
        if (last >= 0) body[last] = body[last] with { AboveMetadata = true };
    }
}
