namespace ReportSearch.Ingestion;

/// <summary>
/// The title a file declares about itself (PDF Title, Word/OFD document properties). Tools often fill it with the
/// file name ("Microsoft Word - 总结.doc", "000_e28e") or a placeholder; only a title with Chinese text is kept.
/// </summary>
internal static class DocumentTitle
{
    public static string? Usable(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var t = title.Trim();
        if (t.StartsWith("Microsoft Word - ", StringComparison.OrdinalIgnoreCase)) return null;
        var ext = Path.GetExtension(t).ToLowerInvariant();
        if (ext is ".doc" or ".docx" or ".wps" or ".pdf" or ".txt" or ".ofd" or ".rtf" or ".odt") return null;
        return t.Count(ChineseText.IsHan) >= 2 ? t : null;
    }
}
