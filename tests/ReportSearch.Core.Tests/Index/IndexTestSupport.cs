using ReportSearch.Index;
using ReportSearch.Pipeline;
using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Index;

/// <summary>Writes hand-made reports straight into an index, for tests of ranking, facets and the index's life cycle.</summary>
internal static class IndexTestSupport
{
    public static IndexDocument Document(string path, string title, string body, ReportMetadata? metadata = null)
    {
        var meta = (metadata ?? new ReportMetadata()) with { Title = title };
        var report = new ParsedReport { Metadata = meta, Sections = [new ReportSection(null, null, body)] };
        return ReportDocumentBuilder.Build(report, [new IndexSource(path, body.Length, 0)], ReportDocumentBuilder.ContentHash(System.Text.Encoding.UTF8.GetBytes(title + "\n" + body)));
    }

    public static void Write(string indexDir, params IndexDocument[] documents)
    {
        using var writer = ReportIndexes.OpenForWriting(indexDir);
        var batch = new IndexBatch();
        batch.Upserts.AddRange(documents);
        writer.Apply(batch);
    }
}
