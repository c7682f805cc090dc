using Lucene.Net.Index;
using ReportSearch.Core.Tests.Engine;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Mechanisms;

namespace ReportSearch.Core.Tests.Mechanisms;

/// <summary>
/// Issue 24: a commit costs the catalogue the payloads of its new segments only. Each Lucene segment's mention tables
/// are kept in a file beside it (<see cref="SegmentFile"/>, <see cref="MentionTableFile"/>), written the first time a
/// catalogue meets the segment and read by every later snapshot, deletions applied from live documents. The catalogue
/// so built must be the one built from scratch from the payloads of the same snapshot, whatever the commits did
/// before: checked across random commits that add, replace and delete reports, with the merges Lucene makes of them.
/// </summary>
public sealed class SegmentTableCatalogTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    /// <summary>The catalogue from the snapshot's payloads alone, as before the files (what "from scratch" means here).</summary>
    private sealed class FromPayloads : PayloadView<object, MechanismCatalog>
    {
        public override string Field => MechanismPayload.PayloadName;
        public override object ReadPart(IEnumerable<StoredPayload> payloads) => new();
        public override MechanismCatalog Combine(IReadOnlyList<(object Part, Func<int, bool>? IsLive)> parts) => throw new NotSupportedException();
        public override MechanismCatalog Combine(IReadOnlyList<PayloadPart<object>> parts, IStoredPayloads stored) =>
            MechanismCatalog.Build(MechanismPayload.Tables(parts, MechanismPayload.PayloadsPerTable), stored);
    }

    /// <summary>The ids of the reports whose segments carry mechanism payloads (deleted ones too: they name nothing).</summary>
    private sealed class ReportIds : PayloadView<List<string>, List<string>>
    {
        public override string Field => MechanismPayload.PayloadName;
        public override List<string> ReadPart(IEnumerable<StoredPayload> payloads) => payloads.Select(p => p.ReportId).Distinct().ToList();
        public override List<string> Combine(IReadOnlyList<(List<string> Part, Func<int, bool>? IsLive)> parts) => parts.SelectMany(p => p.Part).Distinct().ToList();
    }

    private string LuceneFolder => IndexFolder.Current(_index.IndexDir) ?? throw new InvalidOperationException("no index yet");

    /// <summary>The names of the segments of the newest commit.</summary>
    private List<string> Segments() => SegmentInfos().Select(s => s.Info.Name).ToList();

    private SegmentInfos SegmentInfos()
    {
        var infos = new SegmentInfos();
        using var folder = Lucene.Net.Store.FSDirectory.Open(LuceneFolder);
        infos.Read(folder);
        return infos;
    }

    /// <summary>Merges the index into one segment, deleted documents dropped, as Lucene's own merges do by and by (the
    /// index writer's merges run in the background, and when is not the test's to decide).</summary>
    private void MergeIntoOne()
    {
        using var folder = Lucene.Net.Store.FSDirectory.Open(LuceneFolder);
        using var writer = new IndexWriter(folder, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())
        {
            OpenMode = OpenMode.APPEND,
        });
        writer.ForceMerge(1);
        writer.Commit();
    }

    /// <summary>Whether a segment of the newest commit was made by a merge.</summary>
    private bool HasMergedSegment() => SegmentInfos().Segments.Any(s => s.Info.Diagnostics.TryGetValue("source", out var source) && source == "merge");

    /// <summary>The catalogue's file of each segment that has one, with the time it was written.</summary>
    private Dictionary<string, DateTime> Files()
    {
        var folder = Path.Combine(LuceneFolder, SegmentFile.Folder);
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.GetLastWriteTimeUtc)
            : [];
    }

    private static string FileOf(string segment) => $"{segment}.{MechanismPayload.PayloadName}";

    private static string Answers(IReportIndexReader reader, MechanismCatalog catalog) =>
        BoundedCatalogTests.Answers(catalog, reader.View(new ReportIds()));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_catalogue_from_the_segments_files_is_the_one_from_scratch_across_commits_that_add_replace_delete_and_merge(int seed)
    {
        var r = new Random(seed);
        var bodies = new Dictionary<string, string>();
        var keys = BoundedCatalogTests.Keys;
        var regions = BoundedCatalogTests.Regions;
        string Body() => string.Join("", Enumerable.Range(0, 2 + r.Next(4)).Select(_ => r.Next(5) switch
        {
            0 => $"我们深化“{keys[r.Next(keys.Length)]}”改革，成效明显。\n",
            1 => $"推行“{keys[r.Next(keys.Length)]}”工作机制，即一窗受理、一网通办、一次办结。\n",
            2 => $"坚持{keys[r.Next(keys.Length)]}，群众满意度提升。\n",
            3 => $"不搞“{keys[r.Next(keys.Length)]}”。\n",
            _ => "全年完成各项目标任务。\n",
        }));
        // Each report's year, date and place as its header would give them (a year unknown for some), so that first
        // appearances, timelines and regions differ between reports.
        ReportRecord Report(string path)
        {
            var region = regions[1 + r.Next(regions.Length - 1)];
            int? year = r.Next(5) == 0 ? null : 2015 + r.Next(8);
            var metadata = new ReportMetadata { Year = year, Date = year is null || r.Next(2) == 0 ? null : $"{year}-0{1 + r.Next(9)}-1{r.Next(10)}", RegionPath = region };
            return IndexTestSupport.Document(path, $"{region[^1]}{year}年工作报告", bodies[path] = Body(), metadata);
        }

        IReportIndexReader? reader = null;
        bool merged = false, deletedInOldSegment = false;
        try
        {
            for (int commit = 0; commit < 14; commit++)
            {
                var before = reader is null ? [] : Files();
                using (var writer = ReportIndexes.OpenForWriting(_index.IndexDir))
                {
                    var batch = new IndexBatch();
                    for (int i = 0, n = 1 + r.Next(4); i < n; i++) batch.Upserts.Add(Report($"c{commit}/new{i}.txt"));   // added
                    var older = bodies.Keys.Where(p => !p.StartsWith($"c{commit}/")).ToList();
                    foreach (var path in older.Where(_ => r.Next(6) == 0).ToList()) batch.Upserts.Add(Report(path));    // replaced
                    deletedInOldSegment |= batch.Upserts.Any(u => older.Contains(u.Sources[0].Path));
                    foreach (var path in older.Where(_ => r.Next(8) == 0).ToList())
                    {
                        if (batch.Upserts.Any(u => u.Sources.Any(s => s.Path == path))) continue;
                        batch.RemovedSources.Add(path);                                                              // deleted
                        bodies.Remove(path);
                    }
                    deletedInOldSegment |= batch.RemovedSources.Count > 0;
                    writer.Apply(batch);
                }
                if (commit % 5 == 4) MergeIntoOne();
                reader ??= ReportIndexes.OpenForReading(_index.IndexDir);
                reader.Refresh();

                var fromFiles = reader.Mechanisms();
                var fromScratch = reader.View(new FromPayloads());
                Assert.True(fromScratch.Count > 0, $"commit {commit}: nothing listed, the comparison would prove nothing");
                Assert.Equal(Answers(reader, fromScratch), Answers(reader, fromFiles));

                // Every segment has its file; a segment seen before kept the file it had (its payloads were not read again).
                var segments = Segments();
                var files = Files();
                foreach (var segment in segments)
                {
                    Assert.True(files.ContainsKey(FileOf(segment)), $"commit {commit}: segment {segment} has no file");
                    if (before.TryGetValue(FileOf(segment), out var then)) Assert.Equal(then, files[FileOf(segment)]);
                }
                merged |= HasMergedSegment();
            }
        }
        finally { reader?.Dispose(); }
        Assert.True(merged, "Lucene merged no segments: the test would not cover a merged segment's file");
        Assert.True(deletedInOldSegment, "no commit deleted from an older segment");

        // A process opening the index afresh reads the files the first one wrote.
        using var fresh = ReportIndexes.OpenForReading(_index.IndexDir);
        var written = Files();
        Assert.Equal(Answers(fresh, fresh.View(new FromPayloads())), Answers(fresh, fresh.Mechanisms()));
        Assert.Equal(written, Files());
    }

    [Fact]
    public void A_damaged_file_or_one_of_another_segment_is_not_read_but_written_anew()
    {
        var r = new Random(5);
        using (var writer = ReportIndexes.OpenForWriting(_index.IndexDir))
        {
            for (int commit = 0; commit < 2; commit++)
            {
                var batch = new IndexBatch();
                for (int i = 0; i < 8; i++)
                    batch.Upserts.Add(IndexTestSupport.Document($"c{commit}/r{i}.txt", $"西湖区{2016 + i}年工作报告",
                        $"推行“{BoundedCatalogTests.Keys[r.Next(BoundedCatalogTests.Keys.Length)]}”工作机制，即一窗受理、一网通办、一次办结。\n"));
                writer.Apply(batch);
            }
        }
        string expected;
        using (var reader = ReportIndexes.OpenForReading(_index.IndexDir)) expected = Answers(reader, reader.View(new FromPayloads()));
        using (var reader = ReportIndexes.OpenForReading(_index.IndexDir)) Assert.Equal(expected, Answers(reader, reader.Mechanisms()));

        var segments = Segments();
        Assert.True(segments.Count >= 2, "one segment: no file of another segment to put in its place");
        var folder = Path.Combine(LuceneFolder, SegmentFile.Folder);
        var (first, second) = (Path.Combine(folder, FileOf(segments[0])), Path.Combine(folder, FileOf(segments[1])));
        var (firstWhole, secondWhole) = (File.ReadAllBytes(first), File.ReadAllBytes(second));
        // The first segment's file cut short; the second's replaced by the first's (another segment's tables).
        File.WriteAllBytes(first, firstWhole[..^7]);
        File.WriteAllBytes(second, firstWhole);

        using (var reader = ReportIndexes.OpenForReading(_index.IndexDir)) Assert.Equal(expected, Answers(reader, reader.Mechanisms()));
        Assert.Equal(firstWhole, File.ReadAllBytes(first));
        Assert.Equal(secondWhole, File.ReadAllBytes(second));
    }
}
