using Lucene.Net.Index;
using ReportSearch.Index;

namespace ReportSearch.Core.Tests.Index;

/// <summary>
/// After a bulk of new reports the index is merged into two segments of about equal size, merged side by side;
/// every report must still be found, and found once.
/// </summary>
public class BulkMergeTests
{
    [Fact]
    public void A_bulk_build_ends_in_two_balanced_segments_that_hold_every_report_once()
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
            Assert.Equal(2, reader.Leaves.Count);
            var sizes = reader.Leaves.Select(l => (double)l.Reader.MaxDoc).OrderBy(n => n).ToList();
            Assert.True(sizes[0] >= sizes[1] / 3, $"unbalanced halves: {sizes[0]} and {sizes[1]} documents");
        }
        var random = new Random(7);
        for (int i = 0; i < 40; i++)
        {
            int seed = random.Next(reports);
            var response = t.Search($"marker{seed}x");
            Assert.Equal(1, response.Total);
        }
        Assert.Equal(reports, t.Search("年工作总结", size: 1).Total);
    }
}
