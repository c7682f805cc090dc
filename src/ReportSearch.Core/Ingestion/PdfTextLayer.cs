using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportSearch.Ingestion;

/// <summary>
/// The text layer of a PDF as lines per page, with the document's own title and creation date.
/// <see cref="ScannedPages"/> counts pages that are images with (almost) no text on them: scans inside a PDF that otherwise has text.
/// </summary>
internal sealed record PdfTextLayer(IReadOnlyList<IReadOnlyList<PageLine>> Pages, string? Title, DateTimeOffset? Created, int ScannedPages)
{
    public static PdfTextLayer Read(byte[] content)
    {
        using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var pages = new List<IReadOnlyList<PageLine>>(document.NumberOfPages);
        int scanned = 0;
        foreach (var page in document.GetPages())
        {
            var lines = TextLines.Build(Fragments(page));
            pages.Add(lines);
            if (TextLayerQuality.Judge(lines.Select(l => l.Text), 1) == TextLayerQuality.Verdict.NoText && page.GetImages().Any()) scanned++;
        }
        var info = document.Information;
        DateTimeOffset? created = null;
        try { created = info.GetCreatedDateTimeOffset(); } catch (Exception e) when (e is FormatException or ArgumentException) { }
        return new PdfTextLayer(pages, info.Title, created, scanned);
    }

    // PDF space has y growing upwards; lines are built top-down. Only upright text is read: rotated or diagonal
    // letters (watermarks, stamps, margin notes) would otherwise be spliced into the body lines they cross.
    private static IEnumerable<TextFragment> Fragments(Page page)
    {
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal) continue;
            double x = letter.StartBaseLine.X;
            double width = Math.Max(0, letter.EndBaseLine.X - letter.StartBaseLine.X);
            if (width == 0) width = letter.Width;
            yield return new TextFragment(x, page.Height - letter.StartBaseLine.Y, width, letter.PointSize > 0 ? letter.PointSize : letter.FontSize, letter.Value);
        }
    }

    /// <summary>All text of the layer, for judging whether it is real text.</summary>
    public IEnumerable<string> AllLines => Pages.SelectMany(p => p).Select(l => l.Text);
}
