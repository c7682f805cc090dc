using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.FormatEquivalence;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// PDFs that LibreOffice made from seeds (Fixtures/formats/regenerate.py: one paragraph per seed line, a running
/// header and a "第 N 页" footer on every page) read back like the UTF-8 seed.
/// </summary>
public class PdfParserTests
{
    public static TheoryData<string> PdfFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(FixturePath(""), "*.pdf").Order()) data.Add(Path.GetFileName(path));
        return data;
    }

    private static string SeedOf(string fixture) => SeedName(fixture[..4]);

    private static ParsedReport ParseFixture(string fixture) =>
        ParseVirtual("archive/" + fixture, File.ReadAllBytes(FixturePath(fixture)));

    [Theory]
    [MemberData(nameof(PdfFixtures))]
    public void SeedPdf_ParsesLikeTheOriginal(string fixture)
    {
        var original = ParseSeed(SeedOf(fixture));
        var pdf = ParseFixture(fixture);
        AssertSameText(original, pdf);
        AssertSameMetadata(original.Metadata, pdf.Metadata);
        Assert.Null(pdf.Metadata.TextSource);
    }

    [Theory]
    [MemberData(nameof(PdfFixtures))]
    public void SeedPdf_KeepsPageBreaks_AndDropsHeadersFootersAndPageNumbers(string fixture)
    {
        var pdf = ParseFixture(fixture);
        int pages;
        using (var document = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(FixturePath(fixture)))) pages = document.NumberOfPages;
        Assert.True(pages >= 3, $"fixture has {pages} pages");
        Assert.Equal(pages, PageBreaks.PageCount(pdf.Sections));
        var all = string.Join("\n", pdf.Sections.Select(s => s.Text));
        Assert.DoesNotContain("内部资料", all);
        Assert.DoesNotMatch(@"第\s*\d+\s*页", all);
    }

    /// <summary>Each page's text (between page breaks) is a contiguous run of the original text, in order.</summary>
    [Theory]
    [MemberData(nameof(PdfFixtures))]
    public void SeedPdf_PagesFollowTheOriginalInOrder(string fixture)
    {
        var original = Comparable(string.Join("\n", ParseSeed(SeedOf(fixture)).Sections.Select(s => s.Text)));
        var pdf = ParseFixture(fixture);
        var pageTexts = string.Join("\n", pdf.Sections.Select(s => s.Text)).Split(PageBreaks.Marker).Select(Comparable).ToList();
        int at = 0;
        foreach (var page in pageTexts)
        {
            int found = original.IndexOf(page, at, StringComparison.Ordinal);
            Assert.Equal(at, found);
            at += page.Length;
        }
        Assert.Equal(original.Length, at);
    }
}
