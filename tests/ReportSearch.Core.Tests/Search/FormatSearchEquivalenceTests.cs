using System.Text;
using ReportSearch.Core.Tests.Ingestion;

namespace ReportSearch.Core.Tests.Search;

/// <summary>
/// Through the whole pipeline (scan, parse, analyze, index, search): the seeds re-encoded as GB18030 and
/// UTF-16, wrapped in a cluttered web page, and written into a Word document are found by exactly the same
/// searches as their UTF-8 originals.
/// </summary>
public sealed class FormatSearchEquivalenceTests : IDisposable
{
    private readonly TestIndex _index = new();
    public void Dispose() => _index.Dispose();

    private static readonly string[] Variants = ["utf8", "gb18030", "utf16le", "utf16be", "html", "docx"];

    private void WriteVariants(string seedName, string text)
    {
        var stem = Path.GetFileNameWithoutExtension(seedName);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        void Put(string variant, string ext, byte[] bytes)
        {
            var path = Path.Combine(_index.Archive, variant, stem + ext);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
        Put("utf8", ".txt", Encoding.UTF8.GetBytes(text));
        Put("gb18030", ".txt", Encoding.GetEncoding(54936).GetBytes(text));
        Put("utf16le", ".txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]);
        Put("utf16be", ".txt", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)]);
        Put("html", ".html", Encoding.UTF8.GetBytes(HtmlParserTests.Page(lines)));
        Put("docx", ".docx", DocxParserTests.Docx(lines.Select(l => (l, (string?)null))));
    }

    [Fact]
    public void Every_format_and_encoding_finds_the_same_reports_as_the_utf8_original()
    {
        var texts = new List<string>();
        foreach (var seed in Directory.GetFiles(TestIndex.SeedsDir).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(seed);
            texts.Add(text);
            WriteVariants(Path.GetFileName(seed), text);
        }
        var run = _index.Build();
        Assert.Empty(run.Skipped);

        var random = new Random(42);
        int queries = 0;
        while (queries < 120)
        {
            var term = SyntheticCorpus.Substring(random, texts[random.Next(texts.Count)]);
            if (term.Contains('"') || term.Contains('“') || term.Contains('”') || ReportSearch.Analysis.TextNormalizer.NormalizeToString(term).Length == 0) continue;
            var hits = TestIndex.Found(_index.Search($"\"{term}\"", size: 50));
            var byVariant = Variants.ToDictionary(v => v, v => hits
                .Where(h => h.StartsWith(v + "/", StringComparison.Ordinal))
                .Select(h => Path.GetFileNameWithoutExtension(h)).Order().ToList());
            foreach (var variant in Variants.Skip(1))
                Assert.True(byVariant["utf8"].SequenceEqual(byVariant[variant]),
                    $"«{term}»: utf8 found [{string.Join(",", byVariant["utf8"])}], {variant} found [{string.Join(",", byVariant[variant])}]");
            queries++;
        }
    }
}
