using ReportSearch.Engine;
using ReportSearch.Pipeline;
using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>Writes hand-made reports straight into an index, for tests of ranking, facets and the index's life cycle.</summary>
internal static class IndexTestSupport
{
    public static ReportRecord Document(string path, string title, string body, ReportMetadata? metadata = null)
    {
        var meta = (metadata ?? new ReportMetadata()) with { Title = title };
        var report = new ParsedReport { Metadata = meta, Sections = [new ReportSection(null, null, body)] };
        return ReportRecordBuilder.Build(report, [new IndexSource(path, body.Length, 0)], ReportRecordBuilder.ContentHash(System.Text.Encoding.UTF8.GetBytes(title + "\n" + body)));
    }

    public static void Write(string indexDir, params ReportRecord[] documents)
    {
        using var writer = ReportIndexes.OpenForWriting(indexDir);
        var batch = new IndexBatch();
        batch.Upserts.AddRange(documents);
        writer.Apply(batch);
    }
}
