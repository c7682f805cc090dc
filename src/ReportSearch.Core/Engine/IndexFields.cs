namespace ReportSearch.Engine;

/// <summary>
/// The Lucene fields of the index. A report is a block of segment documents (added and replaced together,
/// so they stay adjacent); each archive path that holds it is a small source document of its own.
/// </summary>
internal static class IndexFields
{
    // Both kinds of document.
    public const string Type = "type";
    public const string SegmentType = "seg";
    public const string SourceType = "src";

    // Segment documents: matching (analyzed by ExactAnalyzer).
    /// <summary>Title, category and body of a segment, as values kept apart by a position gap: what every term must match.</summary>
    public const string Text = "text";
    /// <summary>The segment's title alone: for title: terms and the title boost.</summary>
    public const string Title = "title";
    /// <summary>Section headings, for the heading boost.</summary>
    public const string Headings = "headings";
    /// <summary>The names of issuing bodies and departments the segment's text mentions (人力资源社会保障部门), one value
    /// each: occurrences of a term inside them are discounted in ranking, never matched on.</summary>
    public const string OrgNames = "orgnames";
    /// <summary>"1" on a segment whose title is weak (taken from a file name or guessed): it gets no title factor.</summary>
    public const string WeakTitle = "wtitle";
    /// <summary>ICU words of title and body opening (IcuWordAnalyzer): related reports only, never matching.</summary>
    public const string Words = "words";
    /// <summary>Completions ("normalized\u001Fdisplay"), indexed as single terms on a report's first segment.</summary>
    public const string Suggest = "suggest";
    /// <summary>The report's words and short phrases (<see cref="ReportRecord.Vocabulary"/>), single terms on its first segment.</summary>
    public const string Vocabulary = "vocab";
    /// <summary>"1" on a report's first segment: reports are counted by it.</summary>
    public const string First = "first";

    // Segment documents: doc values read by the collector.
    /// <summary>The report id, hashed to a long: adjacent segments with the same value are one report.</summary>
    public const string ReportHash = "rh";
    /// <summary>The segment's place in its report (0 = first): a new report block starts at 0.</summary>
    public const string OrdValue = "ordv";
    public const string Year = "year";
    /// <summary>The report's text fingerprint (ReportRecord.TextFingerprint), on its first segment; 0 or absent: none.</summary>
    public const string TextFingerprint = "textfp";
    /// <summary>yyyyMMdd, 0 when unknown.</summary>
    public const string Date = "date";
    /// <summary>Every prefix of the region path, joined by <see cref="PathSeparator"/>: 福建省, 福建省›泉州市, ….</summary>
    public const string Region = "region";
    public const string Kind = "kind";
    public const string Org = "org";
    public const string Validity = "validity";
    /// <summary>The document number's key (ReportFields.DocNumber): filtered by, never counted or shown.</summary>
    public const string DocNumber = "docnum";

    // Segment documents: what a hit shows (binary doc values, see SegmentPayload), and the id as a term.
    public const string Id = "id";
    /// <summary>Every segment: its id, place, district, sections and text, deflated.</summary>
    public const string SegmentData = "segdata";
    /// <summary>A report's first segment: id, segment count, the path it was indexed from and its metadata.</summary>
    public const string ReportData = "repdata";
    public const string ContentHash = "hash";
    // Besides these, a segment's payloads (SegmentRecord.Payloads) are binary doc values under the names the layers
    // above give them ("mechs": the mechanisms it names); such a name may not be one of the fields here.

    // Source documents.
    public const string SourcePath = "spath";
    public const string SourceOf = "src_of";
    public const string SourceSize = "size";
    public const string SourceTime = "mtime";

    public const char PathSeparator = '›';
    public const char SuggestSeparator = '\u001F';

    /// <summary>Every field name above.</summary>
    public static readonly IReadOnlySet<string> All = typeof(IndexFields).GetFields()
        .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
}
