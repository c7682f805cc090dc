namespace ReportSearch.Ingestion;

/// <summary>
/// Whether a text layer holds readable text. Scans have none (or only a stamp or page number); PDFs whose fonts
/// lack a Unicode map yield glyph codes read as Latin-1 letters, private-use or control characters, or rare Han
/// characters in random order, where real Chinese text is mostly made of <see cref="CommonHanzi"/>.
/// </summary>
internal static class TextLayerQuality
{
    public enum Verdict { Text, NoText, Garbled }

    // Fewer visible characters per page than this: a scan with at most a stamp or page number on it.
    private const int MinCharsPerPage = 20;
    private const double MaxSuspiciousShare = 0.3;
    private const int MinHanForCommonShare = 30;
    private const double MinCommonHanShare = 0.4;

    public static Verdict Judge(IEnumerable<string> lines, int pageCount)
    {
        long visible = 0, suspicious = 0, han = 0, common = 0;
        foreach (var line in lines)
            foreach (char c in line)
            {
                if (char.IsWhiteSpace(c)) continue;
                visible++;
                if (IsSuspicious(c)) suspicious++;
                else if (ChineseText.IsHan(c)) { han++; if (CommonHanzi.Contains(c)) common++; }
            }
        if (visible < MinCharsPerPage * (long)Math.Max(1, pageCount)) return Verdict.NoText;
        if (suspicious > visible * MaxSuspiciousShare) return Verdict.Garbled;
        if (han >= MinHanForCommonShare && common < han * MinCommonHanShare) return Verdict.Garbled;
        return Verdict.Text;
    }

    private static bool IsSuspicious(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u00FF' || c is >= '\uE000' and <= '\uF8FF' || c == '\uFFFD';
}
