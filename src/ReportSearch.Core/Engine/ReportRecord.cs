namespace ReportSearch.Engine;

/// <summary>A file path of the archive that holds a report, with what the scanner saw of it.</summary>
public sealed record IndexSource(string Path, long Size, long LastWriteTicks);

/// <summary>A heading inside a segment: <see cref="Start"/> is its offset in the segment text.</summary>
public sealed record IndexSection(int Start, string? Heading, string? District);

/// <summary>
/// The unit the engine matches: a run of a report that belongs to one district. An ordinary report is one
/// segment; a round-up has one per district section, so that district filters and facets see the section.
/// Texts are original (not normalized): the engine's analyzers normalize them, and snippets are cut from them.
/// </summary>
/// <param name="RegionPath">The segment's place from the widest unit down (福建省, 泉州市, 晋江市, 西园街道), or just its
/// district when the gazetteer does not know it; empty when the segment has no district.</param>
/// <param name="Title">The report's title for its first segment, a round-up part's own headline for the others.</param>
/// <param name="Payloads">Bytes the layers above keep with the segment, by name (the mechanisms it names): the engine
/// stores them as they are and reads them back through a <see cref="PayloadView{TPart, TView}"/>.</param>
/// <param name="TitleIsWeak">The title came from a file name or a guess: it matches title: terms but earns no title factor in ranking.</param>
/// <param name="OrgNames">Names of issuing bodies and departments in the text, as written there: ranking discounts a term's occurrences inside them.</param>
public sealed record SegmentRecord(
    string? District,
    IReadOnlyList<string> RegionPath,
    string Title,
    string Text,
    IReadOnlyList<IndexSection> Sections,
    string Category,
    IReadOnlyDictionary<string, byte[]>? Payloads = null,
    bool TitleIsWeak = false,
    IReadOnlyList<string>? OrgNames = null);

/// <summary>The report fields the engine orders, filters and counts by (the facets besides places).</summary>
/// <param name="Date">yyyy-MM-dd; anything else counts as no date.</param>
/// <param name="Validity">A keyword filtered and counted like the kind (the layer above decides its values).</param>
/// <param name="DocNumber">The key a document number is filtered by (the layer above folds it; the engine compares as given).</param>
public sealed record ReportFields(int? Year = null, string? Date = null, string? Kind = null, string? Org = null, string? Validity = null, string? DocNumber = null);

/// <summary>
/// An analyzed report, ready to be written. <paramref name="Metadata"/> is what the layer above keeps of the report
/// (its metadata, serialized): stored as it is and given back by <see cref="IReportStore.LoadReport"/>, so a new
/// metadata field needs no change here.
/// </summary>
public sealed record ReportRecord(
    string Id,
    string ContentHash,
    ReportFields Fields,
    byte[] Metadata,
    IReadOnlyList<IndexSource> Sources,
    IReadOnlyList<SegmentRecord> Segments,
    IReadOnlyList<SuggestionTerm> Suggestions)
{
    /// <summary>
    /// Reports with the same fingerprint (not 0) hold the same text in another layout, site or posting: the search
    /// lists the best of them once and links the others. 0: none (the report always stands alone).
    /// </summary>
    public long TextFingerprint { get; init; }
    /// <summary>The report's words and short phrases, normalized: what autocomplete and "did you mean" offer, counted by
    /// the reports that hold them (<see cref="IReportSearcher.Vocabulary"/>).</summary>
    public IReadOnlyCollection<string> Vocabulary { get; init; } = [];
}

/// <summary>A phrase offered as a completion: its normalized form (for prefix lookup) and as written.</summary>
public sealed record SuggestionTerm(string Normalized, string Display);

/// <summary>A file that could not be indexed.</summary>
public sealed record SkippedFile(string Path, string Reason, DateTime AtUtc);

/// <summary>
/// Changes applied together in one commit: readers see all of them or none.
/// </summary>
public sealed class IndexBatch
{
    /// <summary>Reports to add or replace (matched by id, and by source path).</summary>
    public List<ReportRecord> Upserts { get; } = [];
    /// <summary>Extra paths whose content is identical to an indexed report: path → report id.</summary>
    public List<(IndexSource Source, string ReportId)> DuplicateSources { get; } = [];
    /// <summary>Paths gone from the archive (or now unreadable); a report with no path left is deleted.</summary>
    public List<string> RemovedSources { get; } = [];
    public List<SkippedFile> Skipped { get; } = [];
    /// <summary>Paths no longer skipped (read fine now, or deleted).</summary>
    public List<string> ClearedSkips { get; } = [];
    /// <summary>Cores the writer may use to analyze the upserts (the indexer's setting); 0 means all.</summary>
    public int Parallelism { get; init; }

    public bool IsEmpty => Upserts.Count == 0 && DuplicateSources.Count == 0 && RemovedSources.Count == 0 && Skipped.Count == 0 && ClearedSkips.Count == 0;
}
