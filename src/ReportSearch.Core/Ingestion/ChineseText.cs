using System.Text;
using ReportSearch.Analysis;

namespace ReportSearch.Ingestion;

/// <summary>
/// Views of a line used for recognising things (clutter, header fields, unit names): a documented subset of
/// <see cref="TextNormalizer"/>, sharing its rules: its traditional→simplified mapping (<see cref="ScriptConverter"/>)
/// and its pinyin rule (<see cref="PinyinAnnotation.EndOfReading"/>). It leaves out width folding, lower case and
/// space removal, because line-structure rules read spaces and full-width punctuation (fields separated by spaces,
/// 〔〕 and ： as written); it is length-preserving for Han text so positions stay meaningful.
/// </summary>
internal static class ChineseText
{
    /// <summary>
    /// Traditional → simplified, character by character (length preserved for BMP Han characters), with the corner
    /// brackets traditional texts quote with (「十大新闻」, 『…』) read as the quotation marks simplified texts use (“”, ‘’).
    /// </summary>
    public static string Simplify(string s)
    {
        StringBuilder? sb = null;
        var oneChar = ScriptConverter.OneCharSimplifiedUnified;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            char quote = c switch { '「' => '“', '」' => '”', '『' => '‘', '』' => '’', _ => c };
            if (quote != c)
            {
                (sb ??= new StringBuilder(s.Length).Append(s, 0, i)).Append(quote);
                continue;
            }
            if (c is < '\u4E00' or > '\u9FFF') { sb?.Append(c); continue; }
            // Nearly every ideograph simplifies to one character, read from a table; the others take the string path.
            char one = oneChar[c - '\u4E00'];
            if (one != '\0')
            {
                if (sb is null)
                {
                    if (one == c) continue;
                    sb = new StringBuilder(s.Length).Append(s, 0, i);
                }
                sb.Append(one);
                continue;
            }
            var simplified = ScriptConverter.ToSimplified(new Rune(c));
            if (sb is null)
            {
                if (simplified.Length == 1 && simplified[0] == c) continue;
                sb = new StringBuilder(s.Length).Append(s, 0, i);
            }
            sb.Append(simplified);
        }
        return sb?.ToString() ?? s;
    }

    /// <summary>
    /// Removes pinyin readings that directly follow a Han character (政務(wù)公開 → 政務公開), by the analysis
    /// normalizer's own rule (<see cref="PinyinAnnotation.EndOfReading"/>), so metadata recognition and search never
    /// disagree about what is a reading.
    /// </summary>
    public static string StripPinyin(string s)
    {
        if (s.IndexOf('(') < 0 && s.IndexOf('（') < 0) return s;
        // Copied only from the first reading on: most brackets hold no reading ((一), （试行）).
        StringBuilder? sb = null;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if ((c is '(' or '（') && i > 0 && CharClass.IsCjk(s[i - 1]))
            {
                int end = PinyinAnnotation.EndOfReading(s, i);
                if (end > 0)
                {
                    sb ??= new StringBuilder(s.Length).Append(s, 0, i);
                    i = end - 1;
                    continue;
                }
            }
            sb?.Append(c);
        }
        return sb?.ToString() ?? s;
    }

    // The title, date and header rules read the same opening lines again and again, each through this view.
    /// <summary>The recognition view of a line: pinyin stripped, simplified, fullwidth digits as ASCII, trimmed.</summary>
    public static string ForMatching(string s) => MatchingViews[s];

    private static readonly LineMemo<string> MatchingViews = new(s => AsciiDigits(Simplify(StripPinyin(s))).Trim());

    /// <summary>
    /// Fullwidth digits (２０２１年３月１日, 〔2017〕３５号) read as ASCII ones, so that every date, year and 文号 rule
    /// sees one form of a number (a line with fullwidth digits was read by some rules and not others).
    /// </summary>
    public static string AsciiDigits(string s)
    {
        if (s.AsSpan().IndexOfAnyInRange('０', '９') < 0) return s;
        return string.Create(s.Length, s, (span, source) =>
        {
            for (int i = 0; i < span.Length; i++)
                span[i] = source[i] is >= '０' and <= '９' ? (char)(source[i] - '０' + '0') : source[i];
        });
    }

    public static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF';

    /// <summary>
    /// Trims ASCII and ideographic spaces (U+3000), common as paragraph indents, and reads a no-break space (&amp;nbsp;,
    /// with which pages align a table's labels: 索&amp;nbsp;&amp;nbsp;引&amp;nbsp;&amp;nbsp;号) as a plain one, so that every
    /// rule sees one form of a space. Character for character: offsets into the line do not move.
    /// </summary>
    public static string TrimLine(string s)
    {
        var trimmed = s.Trim(LineSpaces);
        return trimmed.Contains('\u00A0') ? trimmed.Replace('\u00A0', ' ') : trimmed;
    }

    // Held once: a params list would build its array again for every line.
    private static readonly char[] LineSpaces = [' ', '\t', '\u3000', '\u00A0', '\r', '\uFEFF'];

    /// <summary>
    /// The spaces a page sets inside a line, between the characters of a heading (关于 印发…) or the bodies of a signature
    /// (中共某县委 某县人民政府): ASCII, tab and ideographic, the class <c>[ \t\u3000]</c> of the patterns that read them.
    /// </summary>
    public static readonly System.Buffers.SearchValues<char> InlineSpaces = System.Buffers.SearchValues.Create(" \t\u3000");
}
