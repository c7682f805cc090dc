namespace ReportSearch.Engine;

/// <summary>A report as read back: its id, the metadata bytes it was written with (see <see cref="ReportRecord.Metadata"/>),
/// and its source paths (in path order).</summary>
public sealed record StoredReport(string Id, byte[] Metadata, IReadOnlyList<string> Sources);

/// <summary>A stored segment: its original text and section headings.</summary>
public sealed record StoredSegment(string ReportId, int Ord, string? District, string Text, IReadOnlyList<IndexSection> Sections);

/// <summary>What is indexed for one archive path, so that unchanged files are not read again.</summary>
public sealed record SourceState(string Path, string ReportId, long Size, long LastWriteTicks, string ContentHash);

/// <summary>Counts and sizes for `reportsearch stats` and the HTTP host.</summary>
public sealed record IndexStatistics(
    int Reports,
    int Segments,
    int Sources,
    long SizeBytes,
    string? LastIndexedAt,
    string? AnalyzerVersion,
    IReadOnlyList<SkippedFile> Skipped,
    IReadOnlyList<MissingMetadata> MissingMetadata)
{
    /// <summary>The last indexing run (null before the first): when, what it changed, the last error.</summary>
    public IndexStatus? Status { get; init; }

    /// <summary>The Lucene commit generation served (grows with every commit; 0 when unknown).</summary>
    public long CommitGeneration { get; init; }
}

/// <summary>A report without a district or a year.</summary>
public sealed record MissingMetadata(string Id, string? Path, bool MissingDistrict, bool MissingYear);
