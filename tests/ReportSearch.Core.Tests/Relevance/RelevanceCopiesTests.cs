using ReportSearch.Bench;

namespace ReportSearch.Core.Tests.Relevance;

/// <summary>`bench relevance` counts byte-identical corpus files as one document (bench/ReportSearch.Bench/RelevanceCopies.cs, linked).</summary>
public sealed class RelevanceCopiesTests : IDisposable
{
    private readonly string _corpus = Directory.CreateTempSubdirectory("relevance-copies-").FullName;

    public void Dispose() => Directory.Delete(_corpus, recursive: true);

    private RelevanceCopies Corpus(params (string File, string Text)[] files)
    {
        foreach (var (file, text) in files)
        {
            var path = Path.Combine(_corpus, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        return RelevanceCopies.Of(_corpus, files.Select(f => f.File));
    }

    [Fact]
    public void CopiesTakeTheNameFirstByOrdinalOrderAndOthersKeepTheirs()
    {
        var copies = Corpus(("sh/a.md", "同一文本"), ("repo/b.md", "同一文本"), ("c.md", "另一文本"));
        Assert.Equal("repo/b.md", copies.Canonical("sh/a.md"));
        Assert.Equal("repo/b.md", copies.Canonical("repo/b.md"));
        Assert.Equal("c.md", copies.Canonical("c.md"));
        Assert.Equal(1, copies.Folded);
    }

    [Fact]
    public void ARankingCountsATextOnceAtItsFirstPlace()
    {
        var copies = Corpus(("x/1.md", "甲"), ("y/2.md", "甲"), ("z.md", "乙"));
        Assert.Equal(["x/1.md", "z.md"], copies.Canonical(["y/2.md", "z.md", "x/1.md"]));
    }

    [Fact]
    public void GradesMoveToTheKeptNameAndTheHigherGradeWins()
    {
        var copies = Corpus(("x/1.md", "甲"), ("y/2.md", "甲"), ("z.md", "乙"));
        var grades = copies.Canonical(new Dictionary<string, int> { ["y/2.md"] = 2, ["x/1.md"] = 1, ["z.md"] = 0 });
        Assert.Equal(new Dictionary<string, int> { ["x/1.md"] = 2, ["z.md"] = 0 }, grades);
    }
}
