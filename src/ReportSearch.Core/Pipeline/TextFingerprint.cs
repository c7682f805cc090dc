using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ReportSearch.Analysis;
using ReportSearch.Ingestion;

namespace ReportSearch.Pipeline;

/// <summary>
/// What makes two reports the same text for the search list: the letters and digits of their sections, normalized
/// (script, width, case), so that another layout (line breaks, spacing, punctuation, a PDF's wrapping) or another
/// site's chrome around the same text (its 发布时间 and 来源 lines, a re-posting date) leaves the fingerprint
/// unchanged, while any other word or figure changes it. The search shows one report of each fingerprint and links
/// the others. A text too short to tell reports apart (an empty scan, a one-line notice) has none.
/// </summary>
public static partial class TextFingerprint
{
    /// <summary>Fewer letters and digits than this: no fingerprint (short notices of one template are not the same report).</summary>
    public const int MinChars = 80;

    // A line of a site's page rather than of the report: a posting or source line, a counter, a page tool.
    [GeneratedRegex(@"^.{0,40}(?:发布时间|发布日期|发文日期|更新时间|信息来源|来源[:：]|浏览次数|浏览量|点击数|阅读量|访问量|责任编辑|【字体|字号[:：]|打印本页|关闭窗口|分享到).{0,80}$")]
    private static partial Regex PageLine();

    /// <summary>The fingerprint (never 0), or 0 when the text is too short to have one.</summary>
    public static long Of(IEnumerable<ReportSection> sections)
    {
        // The UTF-8 of the kept letters is hashed as it comes, a line at a time, rather than held whole (a text's
        // letters, their string and their bytes were a tenth of what indexing allocated). Letters are never
        // surrogates, so no character is split between two pieces.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var kept = new StringBuilder();
        var bytes = new byte[1024];
        long count = 0;
        foreach (var section in sections)
        {
            var text = section.Text;
            // Line by line: a page line is told on the text as written, and each line counts the letters its own
            // normalization gives.
            for (int start = 0; start <= text.Length;)
            {
                int end = text.IndexOf('\n', start);
                if (end < 0) end = text.Length;
                if (!PageLine().IsMatch(text.AsSpan(start, end - start)))
                {
                    TextNormalizer.AppendLettersAndDigits(text, start, end, kept);
                    count += kept.Length;
                    foreach (var chunk in kept.GetChunks())
                    {
                        int most = Encoding.UTF8.GetMaxByteCount(chunk.Length);
                        if (bytes.Length < most) bytes = new byte[most];
                        hash.AppendData(bytes, 0, Encoding.UTF8.GetBytes(chunk.Span, bytes));
                    }
                    kept.Clear();
                }
                start = end + 1;
            }
        }
        if (count < MinChars) return 0;
        long key = BitConverter.ToInt64(hash.GetHashAndReset());
        return key == 0 ? 1 : key;
    }
}
