using ReportSearch.Analysis;
using static ReportSearch.Core.Tests.Ingestion.FormatEquivalence;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Through the whole pipeline (scan, parse, analyze, index, search): seeds as OFD, as PDF and as .doc (the
/// committed fixtures) are found by exactly the same phrase searches as their UTF-8 originals.
/// </summary>
public sealed class PagedFormatSearchTests : IDisposable
{
    private readonly TestIndex _index = new();
    public void Dispose() => _index.Dispose();

    private void Put(string variant, string name, byte[] bytes)
    {
        var path = Path.Combine(_index.Archive, variant, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private void AssertSameSearches(Dictionary<string, HashSet<string>> stemsByVariant, List<string> texts)
    {
        var run = _index.Build();
        Assert.Empty(run.Skipped);
        var random = new Random(14);
        int queries = 0;
        while (queries < 100)
        {
            var term = SyntheticCorpus.Substring(random, texts[random.Next(texts.Count)]);
            if (term.Contains('"') || term.Contains('“') || term.Contains('”') || TextNormalizer.NormalizeToString(term).Length == 0) continue;
            var hits = TestIndex.Found(_index.Search($"\"{term}\"", size: 50));
            List<string> Found(string variant) => hits
                .Where(h => h.StartsWith(variant + "/", StringComparison.Ordinal))
                .Select(h => Path.GetFileNameWithoutExtension(h)).Order().ToList();
            var original = Found("utf8");
            foreach (var (variant, stems) in stemsByVariant)
            {
                var expected = original.Where(stems.Contains).ToList();
                Assert.True(expected.SequenceEqual(Found(variant)), $"«{term}»: utf8 found [{string.Join(",", expected)}], {variant} found [{string.Join(",", Found(variant))}]");
            }
            queries++;
        }
    }

    private (List<string> Texts, HashSet<string> Stems) WriteSeeds()
    {
        var texts = new List<string>();
        var stems = new HashSet<string>();
        foreach (var seed in Directory.GetFiles(TestIndex.SeedsDir, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(seed);
            texts.Add(text);
            stems.Add(Path.GetFileNameWithoutExtension(seed));
            Put("utf8", Path.GetFileName(seed), File.ReadAllBytes(seed));
        }
        return (texts, stems);
    }

    private HashSet<string> CopyFixtures(string variant, string extension)
    {
        var stems = new HashSet<string>();
        foreach (var path in Directory.GetFiles(FixturePath(""), "*" + extension))
        {
            Put(variant, Path.GetFileName(path), File.ReadAllBytes(path));
            stems.Add(Path.GetFileNameWithoutExtension(path));
        }
        Assert.NotEmpty(stems);
        return stems;
    }

    [Fact]
    public void OfdAndPdf_FindTheSameReportsAsTheUtf8Original()
    {
        var (texts, stems) = WriteSeeds();
        foreach (var seed in Directory.GetFiles(TestIndex.SeedsDir, "*.txt"))
            Put("ofd", Path.ChangeExtension(Path.GetFileName(seed), ".ofd"), OfdWriter.Write(File.ReadAllText(seed).Split('\n')).Bytes);
        AssertSameSearches(new() { ["ofd"] = stems, ["pdf"] = CopyFixtures("pdf", ".pdf") }, texts);
    }

    [ExternalToolFact("soffice")]
    public void Doc_FindsTheSameReportsAsTheUtf8Original()
    {
        ExternalTools.Require("soffice");
        var (texts, _) = WriteSeeds();
        AssertSameSearches(new() { ["doc"] = CopyFixtures("doc", ".doc") }, texts);
    }
}
