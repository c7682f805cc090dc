using System.Text;

namespace ReportSearch.Analysis;

/// <summary>
/// Turns normalized text into the tokens the index stores. The scheme makes phrase search exact for a
/// query of any length, whatever a word segmenter would have done with the context:
/// <list type="bullet">
/// <item>a run of CJK characters c1…cn gives one token per character: the bigram c(i)c(i+1), and for the
/// last character the unigram c(n). A query c1…cm (m ≥ 2) is then the phrase of its m−1 bigrams; a single
/// character is the prefix query c*, which matches both the bigrams it starts and the closing unigram;</item>
/// <item>letters and digits of other scripts form whole words;</item>
/// <item>every punctuation or symbol character is a token of its own, spelt with supplementary private-use
/// characters so that the FTS tokenizer keeps it, so a phrase never matches across a different punctuation
/// mark (六个，一 is not 六个一).</item>
/// </list>
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string normalized)
    {
        var tokens = new List<Token>(normalized.Length);
        int i = 0;
        while (i < normalized.Length)
        {
            var rune = Rune.GetRuneAt(normalized, i);
            var kind = CharClass.Of(rune);
            switch (kind)
            {
                case CharKind.Space:
                    i += rune.Utf16SequenceLength;
                    break;
                case CharKind.Word:
                    i = ReadWord(normalized, i, tokens);
                    break;
                case CharKind.Cjk:
                    i = ReadCjkRun(normalized, i, tokens);
                    break;
                default:
                    tokens.Add(new Token(EncodePunctuation(rune), i, i + rune.Utf16SequenceLength));
                    i += rune.Utf16SequenceLength;
                    break;
            }
        }
        return tokens;
    }

    /// <summary>The tokens as the space-separated text handed to the FTS table.</summary>
    public static string ToIndexText(IEnumerable<Token> tokens) => string.Join(' ', tokens.Select(t => t.Text));

    /// <summary>
    /// The same text as <c>ToIndexText(Tokenize(normalized))</c>, written directly: indexing calls this for every
    /// document, and skipping the token objects and substrings makes it several times faster.
    /// </summary>
    public static string ToIndexText(string normalized)
    {
        var sb = new StringBuilder(normalized.Length * 4);
        int i = 0;
        while (i < normalized.Length)
        {
            var kind = KindAt(normalized, i, out int width);
            switch (kind)
            {
                case CharKind.Space:
                    i += width;
                    break;
                case CharKind.Word:
                    int start = i;
                    do i += width;
                    while (i < normalized.Length && KindAt(normalized, i, out width) == CharKind.Word);
                    Separate(sb).Append(normalized, start, i - start);
                    break;
                case CharKind.Cjk:
                    // Each character with its successor, or alone at the end of the run.
                    int next = i + width;
                    Separate(sb).Append(normalized, i, width);
                    if (next < normalized.Length && KindAt(normalized, next, out int nextWidth) == CharKind.Cjk)
                        sb.Append(normalized, next, nextWidth);
                    i = next;
                    break;
                default:
                    Separate(sb).Append(EncodePunctuation(Rune.GetRuneAt(normalized, i)));
                    i += width;
                    break;
            }
        }
        return sb.ToString();
    }

    // The kind of the code point at s[i] and its UTF-16 width; normalized text holds no lone surrogates.
    private static CharKind KindAt(string s, int i, out int width)
    {
        char c = s[i];
        if (!char.IsHighSurrogate(c) || i + 1 >= s.Length)
        {
            width = 1;
            return CharClass.Of(c);
        }
        width = 2;
        return CharClass.Of(new Rune(c, s[i + 1]));
    }

    private static StringBuilder Separate(StringBuilder sb) => sb.Length > 0 ? sb.Append(' ') : sb;

    private static int ReadWord(string s, int start, List<Token> tokens)
    {
        int i = start;
        while (i < s.Length)
        {
            var r = Rune.GetRuneAt(s, i);
            if (CharClass.Of(r) != CharKind.Word) break;
            i += r.Utf16SequenceLength;
        }
        tokens.Add(new Token(s[start..i], start, i));
        return i;
    }

    private static int ReadCjkRun(string s, int start, List<Token> tokens)
    {
        int i = start;
        while (i < s.Length)
        {
            var r = Rune.GetRuneAt(s, i);
            if (CharClass.Of(r) != CharKind.Cjk) break;
            int next = i + r.Utf16SequenceLength;
            if (next < s.Length && Rune.TryGetRuneAt(s, next, out var following) && CharClass.Of(following) == CharKind.Cjk)
            {
                int end = next + following.Utf16SequenceLength;
                tokens.Add(new Token(s[i..end], i, end));
            }
            else
            {
                tokens.Add(new Token(s[i..next], i, next, EndsCjkRun: true));
            }
            i = next;
        }
        return i;
    }

    /// <summary>
    /// Spells a punctuation or symbol code point as letters of Unicode's supplementary private-use planes
    /// (category Co), which the FTS tokenizer keeps as token characters; one code point maps to one token.
    /// </summary>
    public static string EncodePunctuation(Rune r)
    {
        int cp = r.Value;
        if (cp < 0x10000) return char.ConvertFromUtf32(0xF0000 + cp);
        return char.ConvertFromUtf32(0x100000 + (cp >> 16)) + char.ConvertFromUtf32(0xF0000 + (cp & 0xFFFF));
    }
}
