using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using ReportSearch.Analysis;
using F = ReportSearch.Engine.IndexFields;

namespace ReportSearch.Engine;

/// <summary>Maps an <see cref="ReportRecord"/> to Lucene documents and stored fields back to reports and segments.</summary>
internal static class LuceneDocuments
{
    // Matching fields: positions for phrases, no term vectors.
    private static readonly FieldType Analyzed = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS };
    // The ranking-only word field is queried one word at a time (a term query): frequencies, no positions.
    private static readonly FieldType Words = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS };

    /// <summary>The report id as the long that groups a report's segments in the collector.</summary>
    public static long HashOf(string reportId) =>
        reportId.Length == 16 && long.TryParse(reportId, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out long v)
            ? v
            : BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(reportId)));

    private static readonly Dictionary<string, byte[]> EmptyPayloads = [];

    // The untokenized fields whose value is always the same, one set per thread. Lucene keeps the token stream a
    // field made and gives it its next value, while a new field makes a new one (an attribute source and its
    // attributes) for each document. The documents are added on the thread that made them, one after another
    // (LuceneIndexWriter.Apply), so a field is never read by two at once.
    [ThreadStatic] private static ConstantFields? t_constant;

    private sealed class ConstantFields
    {
        public readonly StringField SegmentType = new(F.Type, F.SegmentType, Field.Store.NO);
        public readonly StringField WeakTitle = new(F.WeakTitle, "1", Field.Store.NO);
        public readonly StringField First = new(F.First, "1", Field.Store.NO);
    }

    /// <summary>The documents of a report's segments: to be added on the calling thread (they share fields with the
    /// next call's).</summary>
    public static List<Document> Segments(ReportRecord doc)
    {
        var m = doc.Fields;
        long hash = HashOf(doc.Id);
        var constant = t_constant ??= new ConstantFields();
        var id = new StringField(F.Id, doc.Id, Field.Store.NO); // the same in each of the report's documents
        var docs = new List<Document>(doc.Segments.Count);
        for (int ord = 0; ord < doc.Segments.Count; ord++)
        {
            var seg = doc.Segments[ord];
            var d = new Document
            {
                constant.SegmentType,
                id,
                new NumericDocValuesField(F.OrdValue, ord),
                new NumericDocValuesField(F.ReportHash, hash),
                new NumericDocValuesField(F.Year, m.Year ?? 0),
                new NumericDocValuesField(F.Date, DateKey(m.Date)),
                new Field(F.Text, seg.Title, Analyzed),
                new Field(F.Text, seg.Category, Analyzed),
                new Field(F.Text, seg.Text, Analyzed),
                new Field(F.Title, seg.Title, Analyzed),
                new Field(F.Words, seg.Title, Words),
                new Field(F.Words, WordSample(seg.Text), Words),
                new BinaryDocValuesField(F.SegmentData, new BytesRef(SegmentPayload.EncodeSegment(doc.Id, ord, seg.District, seg.Sections, seg.Text))),
            };
            if (seg.TitleIsWeak) d.Add(constant.WeakTitle);
            foreach (var name in seg.OrgNames ?? []) d.Add(new Field(F.OrgNames, name, Analyzed));
            foreach (var section in seg.Sections)
                if (section.Heading is { Length: > 0 } heading) d.Add(new Field(F.Headings, heading, Analyzed));
            for (int depth = 1; depth <= seg.RegionPath.Count; depth++)
                d.Add(new SortedSetDocValuesField(F.Region, new BytesRef(string.Join(F.PathSeparator, seg.RegionPath.Take(depth)))));
            foreach (var (name, bytes) in seg.Payloads ?? EmptyPayloads)
            {
                if (F.All.Contains(name)) throw new ArgumentException($"a segment payload may not be named like the engine's field '{name}'");
                d.Add(new BinaryDocValuesField(name, new BytesRef(bytes)));
            }
            if (!string.IsNullOrEmpty(m.Kind)) d.Add(new SortedDocValuesField(F.Kind, new BytesRef(m.Kind)));
            if (!string.IsNullOrEmpty(m.Org)) d.Add(new SortedDocValuesField(F.Org, new BytesRef(m.Org)));
            if (!string.IsNullOrEmpty(m.Validity)) d.Add(new SortedDocValuesField(F.Validity, new BytesRef(m.Validity)));
            if (!string.IsNullOrEmpty(m.DocNumber)) d.Add(new SortedDocValuesField(F.DocNumber, new BytesRef(m.DocNumber)));
            if (ord == 0)
            {
                d.Add(constant.First);
                if (doc.TextFingerprint != 0) d.Add(new NumericDocValuesField(F.TextFingerprint, doc.TextFingerprint));
                d.Add(new BinaryDocValuesField(F.ReportData, new BytesRef(SegmentPayload.EncodeReport(doc.Id, doc.Metadata, doc.Segments.Count, doc.Sources[0].Path))));
                foreach (var s in doc.Suggestions)
                    d.Add(new StringField(F.Suggest, s.Normalized + F.SuggestSeparator + s.Display, Field.Store.NO));
                if (doc.Vocabulary.Count > 0) d.Add(new Field(F.Vocabulary, new TermsTokenStream(doc.Vocabulary), TermsTokenStream.Type));
            }
            docs.Add(d);
        }
        return docs;
    }

    /// <summary>
    /// The part of a body that ICU segments into the word field: its opening, where a report states what it is
    /// about. Related reports read it (their like-query and shared terms); search ranking no longer does (issue 21's
    /// ablation: the whole-word factor changed no judged query). ICU's dictionary segmentation costs about as much per
    /// character as everything else in indexing; on the whole body it would halve indexing speed (1,000 characters: a
    /// report's opening paragraphs; 2,000 cost a tenth more CPU per build).
    /// </summary>
    public const int WordSampleChars = 1000;

    internal static string WordSample(string text) => text.Length <= WordSampleChars ? text : text[..WordSampleChars];

    public static Document Source(IndexSource source, string reportId, string contentHash) =>
    [
        new StringField(F.Type, F.SourceType, Field.Store.NO),
        new StringField(F.SourcePath, source.Path, Field.Store.YES),
        new StringField(F.SourceOf, reportId, Field.Store.YES),
        new StoredField(F.SourceSize, source.Size),
        new StoredField(F.SourceTime, source.LastWriteTicks),
        new StoredField(F.ContentHash, contentHash),
    ];

    public static SourceState ReadSource(Document d) => new(
        d.Get(F.SourcePath), d.Get(F.SourceOf),
        d.GetField(F.SourceSize).GetInt64Value() ?? 0, d.GetField(F.SourceTime).GetInt64Value() ?? 0, d.Get(F.ContentHash));

    /// <summary>yyyy-MM-dd as the number yyyyMMdd (sorts like the date); 0 when absent or malformed.</summary>
    public static long DateKey(string? date) =>
        date is { Length: 10 } && long.TryParse(date.Replace("-", ""), NumberStyles.None, CultureInfo.InvariantCulture, out long v) ? v : 0;
}
