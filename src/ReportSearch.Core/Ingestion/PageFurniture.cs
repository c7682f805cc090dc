using System.Text;
using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Removes what a paged document repeats on every page rather than says: running headers and footers (the same
/// line, digits aside, at the top or bottom of many pages) and page numbers (- 3 -, 第 3 页, 3/10, Page 3 …).
/// </summary>
internal static partial class PageFurniture
{
    // How many lines at each end of a page can be furniture.
    private const int BandLines = 2;
    // A line is a running header/footer when its shape recurs at the same end of at least this share of pages.
    private const double RecurringShare = 0.5;
    private const int MaxFurnitureLength = 80;

    // 第3页, 第3页 共10页: how both forms of a page number below name a page in words.
    private const string PageOfPages = @"第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?";

    [GeneratedRegex(@"^(?:[-—–－_·•\s]*\d{1,4}[-—–－_·•\s]*|" + PageOfPages + @"|\d{1,4}\s*/\s*\d{1,4}|(?:page|p\.)\s*\d{1,4}(?:\s*of\s*\d{1,4})?|[-—]?\s*[ivxlcdm]{1,6}\s*[-—]?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    public static bool IsPageNumber(string line) => line.Length <= 30 && PageNumber().IsMatch(line.Trim());

    // A page number as an official document prints it (— 3 —, - 3 -, 第3页 共10页), kept where a paged document was saved
    // as text or a page: a bare number is not one here, as a table's cell or a list may stand alone on its line.
    [GeneratedRegex(@"^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|" + PageOfPages + @")$")]
    private static partial Regex PrintedPageNumber();

    /// <summary>Whether a line of a text (not laid out in pages) is a printed page number: it breaks a signature from its
    /// date and a paragraph in two, and says nothing.</summary>
    public static bool IsPrintedPageNumber(string matchingLine) => matchingLine.Length <= 20 && PrintedPageNumber().IsMatch(matchingLine.Trim());

    /// <summary>The pages with header, footer and page-number lines removed (the list and its pages are new).</summary>
    public static List<List<PageLine>> Remove(IReadOnlyList<IReadOnlyList<PageLine>> pages)
    {
        var topShapes = CountShapes(pages, top: true);
        var bottomShapes = CountShapes(pages, top: false);
        int needed = Math.Max(2, (int)Math.Ceiling(pages.Count * RecurringShare));
        var result = new List<List<PageLine>>(pages.Count);
        foreach (var page in pages)
        {
            var kept = new List<PageLine>(page);
            // Peel from each end while the outermost line is furniture.
            for (int i = 0; i < BandLines && kept.Count > 0 && IsFurniture(kept[0].Text, topShapes, needed); i++) kept.RemoveAt(0);
            for (int i = 0; i < BandLines && kept.Count > 0 && IsFurniture(kept[^1].Text, bottomShapes, needed); i++) kept.RemoveAt(kept.Count - 1);
            result.Add(kept);
        }
        return result;
    }

    private static bool IsFurniture(string text, Dictionary<string, int> shapes, int needed) =>
        IsPageNumber(text) || (text.Length <= MaxFurnitureLength && shapes.TryGetValue(Shape(text), out int n) && n >= needed);

    // Each page counts a shape once, among the lines of its top (or bottom) band.
    private static Dictionary<string, int> CountShapes(IReadOnlyList<IReadOnlyList<PageLine>> pages, bool top)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var band = top ? page.Take(BandLines) : page.Skip(Math.Max(0, page.Count - BandLines));
            foreach (var shape in band.Where(l => l.Text.Length <= MaxFurnitureLength).Select(l => Shape(l.Text)).Distinct())
                counts[shape] = counts.GetValueOrDefault(shape) + 1;
        }
        return counts;
    }

    // Numbers vary from page to page (page numbers, 9 → 10, dates in a footer); spaces vary with justification.
    private static string Shape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            if (char.IsDigit(c)) { if (sb.Length == 0 || sb[^1] != '#') sb.Append('#'); }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
