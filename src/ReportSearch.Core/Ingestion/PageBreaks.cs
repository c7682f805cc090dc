namespace ReportSearch.Ingestion;

/// <summary>
/// Page breaks inside section text. Paged formats (PDF, OFD) mark the start of each new page with a form feed
/// (U+000C) in the text; normalization treats it as whitespace, so it never changes what a phrase matches.
/// Page numbers count from 1 across the whole report, sections in order.
/// </summary>
public static class PageBreaks
{
    public const char Marker = '\f';

    /// <summary>The page (1-based) that the character at <paramref name="offset"/> of <paramref name="text"/> is on, counting from <paramref name="firstPage"/>.</summary>
    public static int PageAt(string text, int offset, int firstPage = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        int end = Math.Min(offset, text.Length);
        return firstPage + text.AsSpan(0, end).Count(Marker);
    }

    /// <summary>The page of a character of section <paramref name="sectionIndex"/> of a report.</summary>
    public static int PageAt(IReadOnlyList<ReportSection> sections, int sectionIndex, int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sectionIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sectionIndex, sections.Count);
        return PageAt(sections[sectionIndex].Text, offset, FirstPageOf(sections, sectionIndex));
    }

    /// <summary>The page a section starts on.</summary>
    public static int FirstPageOf(IReadOnlyList<ReportSection> sections, int sectionIndex)
    {
        int page = 1;
        for (int i = 0; i < sectionIndex; i++) page += sections[i].Text.AsSpan().Count(Marker);
        return page;
    }

    /// <summary>Pages in a report: 1 for a report without page breaks (every unpaged format).</summary>
    public static int PageCount(IReadOnlyList<ReportSection> sections) => FirstPageOf(sections, sections.Count);

    /// <summary>True when the report came from a paged format (it has at least one page break).</summary>
    public static bool HasPages(IReadOnlyList<ReportSection> sections) => sections.Any(s => s.Text.Contains(Marker));
}
