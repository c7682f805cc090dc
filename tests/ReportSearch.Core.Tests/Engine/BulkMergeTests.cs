using Lucene.Net.Index;
using ReportSearch.Engine;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>
/// After a bulk of new reports the index is merged into at most two segments (two halves merged side by side; fewer
/// when background merging already got there); every report must still be found, and found once; the commit
/// kept before the newest holds the merged segments, not the unmerged ones; and the source documents, gathered
/// behind the reports' segment documents in every Lucene segment, still say which file holds which unchanged report.
/// </summary>
public class BulkMergeTests
{
    [Fact]
    public void A_bulk_build_ends_in_at_most_two_segments_that_hold_every_report_once()
    {
        using var t = new TestIndex();
        const int reports = 1200;
        for (int seed = 0; seed < reports; seed++)
        {
            var (path, text) = SyntheticCorpus.Report(seed);
            // A marker per report, in Latin letters so that it is one token: the oracle for "found once".
            t.Write(path, text + $"\nmarker{seed}x");
        }
        var result = t.Build(); // batches of 7 growing to 4,000: well over a dozen Lucene segments before the merge
        Assert.Equal(reports, result.Added);

        using (var directory = IndexDirectories.Open(IndexFolder.Current(t.IndexDir)!))
        using (var reader = DirectoryReader.Open(directory))
        {
            Assert.InRange(reader.Leaves.Count, 1, 2);
            Assert.Equal(0, reader.NumDeletedDocs);

            // The commit kept for recovery is a merged one too: no unmerged segment stays on disk beside the merged
            // ones (it would double the index's size until the next scan).
            var commits = DirectoryReader.ListCommits(directory);
            Assert.Equal(KeepRecentCommitsPolicy.Count, commits.Count);
            static IEnumerable<string> SegmentFiles(IndexCommit c) => c.FileNames.Where(f => !f.StartsWith("segments", StringComparison.Ordinal));
            Assert.Equal(SegmentFiles(commits[^1]).Order(), commits.SelectMany(SegmentFiles).Distinct().Order());

            int sourceDocs = 0;
            foreach (var leaf in reader.Leaves)
            {
                var sources = DocsOf(leaf.AtomicReader, IndexFields.SourceType);
                var segments = DocsOf(leaf.AtomicReader, IndexFields.SegmentType);
                sourceDocs += sources.Count;
                if (sources.Count > 0 && segments.Count > 0) Assert.True(segments.Max() < sources.Min(), "a source document before a segment document");
            }
            Assert.Equal(reports, sourceDocs);
        }
        // Nothing is read again: every file's source document came through the merge as it was.
        var again = t.Build();
        Assert.Equal((0, 0, 0, reports), (again.Added, again.Updated, again.Deleted, again.Unchanged));
        var random = new Random(7);
        for (int i = 0; i < 40; i++)
        {
            int seed = random.Next(reports);
            var response = t.Search($"marker{seed}x");
            Assert.Equal(1, response.Total);
        }
        Assert.Equal(reports, t.Search("年工作总结", size: 1).Total);
    }

    private static List<int> DocsOf(AtomicReader reader, string type)
    {
        var docs = new List<int>();
        var e = reader.GetTermDocsEnum(new Term(IndexFields.Type, type));
        while (e is not null && e.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
            if (reader.LiveDocs is null || reader.LiveDocs.Get(e.DocID)) docs.Add(e.DocID);
        return docs;
    }
}
