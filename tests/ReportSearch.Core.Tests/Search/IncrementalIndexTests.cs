namespace ReportSearch.Core.Tests.Search;

public sealed class IncrementalIndexTests : IDisposable
{
    private readonly TestIndex _index = new();
    public void Dispose() => _index.Dispose();

    [Fact]
    public void Unchanged_files_are_skipped_changed_files_replaced_and_deleted_files_removed()
    {
        _index.Write("a.txt", "西园街道2020年工作总结\n推行六个一工作机制。");
        _index.Write("b.txt", "罗山街道2021年工作总结\n打造中央活力区。");
        var first = _index.Build();
        Assert.Equal((2, 0, 0), (first.Added, first.Updated, first.Deleted));

        var second = _index.Build();
        Assert.Equal((0, 0, 0, 2), (second.Added, second.Updated, second.Deleted, second.Unchanged));

        var idBefore = _index.Search("六个一").Hits.Single().Id;
        _index.Write("a.txt", "西园街道2020年工作总结\n推行五个一工作机制。");
        File.SetLastWriteTimeUtc(Path.Combine(_index.Archive, "a.txt"), DateTime.UtcNow.AddMinutes(1));
        File.Delete(Path.Combine(_index.Archive, "b.txt"));
        var third = _index.Build();
        Assert.Equal((0, 1, 1), (third.Added, third.Updated, third.Deleted));

        Assert.Equal(0, _index.Search("六个一").Total);
        Assert.Equal(idBefore, _index.Search("五个一").Hits.Single().Id);
        Assert.Equal(0, _index.Search("中央活力区").Total);
    }

    [Fact]
    public void Identical_content_under_two_paths_is_one_report_with_both_paths()
    {
        _index.Write("x/a.txt", "西园街道2020年工作总结\n推行六个一工作机制。");
        _index.Write("y/a-copy.txt", "西园街道2020年工作总结\n推行六个一工作机制。");
        var run = _index.Build();
        Assert.Equal((1, 1), (run.Added, run.Duplicates));
        Assert.Equal(1, _index.Search("六个一").Total);
    }

    [Fact]
    public void Unreadable_files_are_skipped_with_a_reason_and_the_rest_indexed()
    {
        _index.Write("good.txt", "西园街道2020年工作总结\n推行六个一工作机制。");
        File.WriteAllBytes(Path.Combine(_index.Archive, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(_index.Archive, "binary.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00]);
        _index.Write("notes.xyz", "西园街道");
        var run = _index.Build();
        Assert.Equal(1, run.Added);
        Assert.Equal(["binary.txt", "empty.txt", "notes.xyz"], run.Skipped.Select(s => s.Path).Order());
        Assert.All(run.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        Assert.Equal(1, _index.Search("六个一").Total);
    }

    [Fact]
    public void Editing_a_sidecar_reindexes_its_report()
    {
        _index.Write("r.txt", "西园街道2020年工作总结\n推行六个一工作机制。");
        _index.Build();
        Assert.Equal("西园街道", _index.Search("六个一").Hits.Single().District);

        _index.Write("r.txt.meta.json", "{\"district\": \"罗山街道\", \"year\": 2019}");
        Assert.Equal(1, _index.Build().Updated);
        var hit = _index.Search("六个一").Hits.Single();
        Assert.Equal(("罗山街道", (int?)2019), (hit.District, hit.Year));

        File.Delete(Path.Combine(_index.Archive, "r.txt.meta.json"));
        Assert.Equal(1, _index.Build().Updated);
        Assert.Equal("西园街道", _index.Search("六个一").Hits.Single().District);
    }
}
