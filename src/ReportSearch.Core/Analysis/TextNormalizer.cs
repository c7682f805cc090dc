using System.Globalization;
using System.Text;

namespace ReportSearch.Analysis;

/// <summary>
/// The one normalization shared by documents, queries, highlighting and the test oracle:
/// NFKC width folding, lower case, traditional→simplified, pinyin annotations removed, zero-width
/// characters removed, and whitespace kept only where it separates two words of a spaced script
/// (so 工 作 平 台, wrapped lines and 工作 abc all read as written without spaces). Quotation and book-title
/// marks count as whitespace (<see cref="QuotationMarks"/>), and the brackets of a 文号's year are folded to 〔〕
/// (<see cref="DocNumberText.FoldYearBrackets"/>), so 国发[2017]35号 reads as 国发〔2017〕35号.
/// </summary>
public static partial class TextNormalizer
{
    // The folded form of each BMP code point outside ASCII, filled lazily ("" = the character is dropped).
    private static readonly string?[] FoldBmp = new string?[0x10000];
    // The same for code points that fold to one character, as that character ('\0' = not known yet or not one):
    // nearly every Han character, read without going through its string.
    private static readonly char[] FoldBmpChar = new char[0x10000];

    public static NormalizedText Normalize(string original)
    {
        var folded = Fold(original);
        int length = Compose(folded);
        return new NormalizedText(original, new string(folded.Chars, 0, length), folded.Starts, folded.Ends);
    }

    /// <summary>Normalized text only, for callers that do not need offsets: the same two stages in a per-thread
    /// buffer, so that only the text is allocated (the metadata rules and mechanisms normalize many short texts).</summary>
    public static string NormalizeToString(string original)
    {
        var f = t_textBuffer ??= new FoldedText(BufferChars);
        f.Count = 0;
        FoldInto(original, 0, original.Length, f);
        var text = new string(f.Chars, 0, Compose(f));
        // A buffer grown for a long text is not kept for the thread's lifetime.
        if (f.Chars.Length > BufferChars * 16) t_textBuffer = null;
        return text;
    }

    [ThreadStatic] private static FoldedText? t_textBuffer;

    /// <summary>
    /// Appends the letters and digits (<see cref="char.IsLetterOrDigit(char)"/>) of the normalized text of
    /// <paramref name="original"/>[<paramref name="start"/>..<paramref name="end"/>) to <paramref name="into"/>: what
    /// <see cref="Normalize"/> would give, for callers that compare texts by their letters alone (the text fingerprint).
    /// Folding is the same; of composition only the rule that drops letters runs (a pinyin reading after a Han
    /// character): whitespace, quotation marks and brackets are no letters whatever composition makes of them. No
    /// offsets are kept and no text is composed, which made a whole-text normalization most of the fingerprint's cost.
    /// </summary>
    public static void AppendLettersAndDigits(string original, int start, int end, StringBuilder into)
    {
        var f = t_lettersBuffer ??= new FoldedText(BufferChars);
        f.Count = 0;
        FoldInto(original, start, end, f);
        var chars = f.Chars;
        // As in Compose: a reading is dropped after a Han character, or after a reading dropped there (汉(hàn)(wù)).
        bool afterCjk = false;
        int k = 0;
        while (k < f.Count)
        {
            char c = chars[k];
            if (c == '(' && afterCjk && TrySkipPinyin(f, k, out int after))
            {
                k = after;
                continue;
            }
            CharKind kind = KindAt(f, k, out int width);
            if (width == 1 && char.IsLetterOrDigit(c)) into.Append(c); // a surrogate is never a letter of its own
            afterCjk = kind == CharKind.Cjk;
            k += width;
        }
        // A buffer grown for a very long line is not kept for the thread's lifetime.
        if (f.Chars.Length > BufferChars * 16) t_lettersBuffer = null;
    }

    private const int BufferChars = 4096;
    [ThreadStatic] private static FoldedText? t_lettersBuffer;

    /// <summary>
    /// A normalization in buffers that are used again: the analyzers' char filter normalizes every field value of
    /// every document, and a fresh text, offset arrays and a copy of the input for each value were a tenth of what
    /// indexing allocated. Taken with <see cref="Rent"/> by one reader at a time and given back with
    /// <see cref="Return"/> once its offsets are no longer asked for; the same text and offsets as <see cref="Normalize"/>.
    /// </summary>
    internal sealed class Reusable
    {
        private readonly FoldedText _folded = new(BufferChars);
        private char[] _input = new char[BufferChars];

        /// <summary>The original text's length.</summary>
        public int OriginalLength { get; private set; }

        /// <summary>The normalized text's length.</summary>
        public int Length { get; private set; }

        public ReadOnlySpan<char> Text => _folded.Chars.AsSpan(0, Length);

        /// <summary>Where normalized unit <paramref name="index"/> starts in the original text.</summary>
        public int SourceStart(int index) => _folded.Starts[index];

        /// <summary>Reads <paramref name="reader"/> to its end and normalizes what it read.</summary>
        public void Fill(TextReader reader)
        {
            int length = 0;
            while (true)
            {
                if (length == _input.Length) Array.Resize(ref _input, _input.Length * 2);
                int n = reader.Read(_input, length, _input.Length - length);
                if (n <= 0) break;
                length += n;
            }
            OriginalLength = length;
            _folded.Count = 0;
            FoldInto(_input.AsSpan(0, length), 0, length, _folded);
            Length = Compose(_folded);
        }

        [ThreadStatic] private static Reusable? t_free;

        /// <summary>The calling thread's spare buffers, or new ones when another reader holds them.</summary>
        public static Reusable Rent()
        {
            var spare = t_free;
            if (spare is null) return new Reusable();
            t_free = null;
            return spare;
        }

        /// <summary>Gives the buffers back (kept unless a very long text grew them).</summary>
        public void Return()
        {
            if (_input.Length <= BufferChars * 16 && _folded.Chars.Length <= BufferChars * 16) t_free = this;
        }
    }

    // Stage 1: per code point folding, each output unit remembering its source range.
    private static FoldedText Fold(string s)
    {
        var folded = new FoldedText(s.Length);
        FoldInto(s, 0, s.Length, folded);
        return folded;
    }

    private static void FoldInto(ReadOnlySpan<char> s, int from, int to, FoldedText folded)
    {
        int i = from;
        while (i < to)
        {
            // One UTF-16 unit is one code point unless it is a surrogate: the common case skips decoding.
            char c = s[i];
            if (c < 0x80)
            {
                folded.Add(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c, i, i + 1);
                i++;
                continue;
            }
            if (!char.IsSurrogate(c))
            {
                char one = FoldBmpChar[c];
                if (one == '\0')
                {
                    var fold = FoldBmp[c] ??= FoldCodePoint(new Rune(c));
                    if (fold.Length != 1 || fold[0] == '\0')
                    {
                        folded.Add(fold, i, i + 1);
                        i++;
                        continue;
                    }
                    FoldBmpChar[c] = one = fold[0];
                }
                folded.Add(one, i, i + 1);
                i++;
                continue;
            }
            // A surrogate pair is one code point beyond the BMP; a lone surrogate keeps its position, never half a pair.
            if (Rune.DecodeFromUtf16(s[i..to], out var rune, out int used) != System.Buffers.OperationStatus.Done)
            {
                rune = Rune.ReplacementChar;
                used = 1;
            }
            folded.Add(rune.IsBmp ? FoldBmp[rune.Value] ??= FoldCodePoint(rune) : FoldCodePoint(rune), i, i + used);
            i += used;
        }
    }

    // NFKC, lower case, traditional→simplified, and nothing at all for invisible format characters and
    // noncharacters.
    private static string FoldCodePoint(Rune rune)
    {
        int cp = rune.Value;
        if (cp is >= 0x4E00 and <= 0x9FFF) return ScriptConverter.ToSimplified(rune);
        if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format) return ""; // zero-width and other invisible marks
        if ((cp & 0xFFFE) == 0xFFFE || cp is >= 0xFDD0 and <= 0xFDEF) return ""; // noncharacters carry no text
        var sb = new StringBuilder(2);
        foreach (var r in Nfkc(rune).EnumerateRunes())
        {
            var lower = Rune.ToLowerInvariant(r);
            sb.Append(CharClass.IsCjk(lower.Value) ? ScriptConverter.ToSimplified(lower) : lower.ToString());
        }
        return sb.ToString();
    }

    private static string Nfkc(Rune r)
    {
        var s = r.ToString();
        try { return s.Normalize(NormalizationForm.FormKC); }
        catch (ArgumentException) { return s; } // unassigned or invalid code points stay as they are
    }

    // Stage 2: pinyin annotations and whitespace, decided with the neighbours in view. Written in place over
    // the folded text: every output unit stands for at least one input unit already read (a run of whitespace
    // becomes at most one space), so the write position never passes the read position.
    // Returns the length of the normalized text, written over the start of f's arrays.
    private static int Compose(FoldedText f)
    {
        var chars = f.Chars;
        var starts = f.Starts;
        var ends = f.Ends;
        int n = 0;
        CharKind lastKind = CharKind.Space;
        int pendingSpace = -1; // index in f of the first whitespace unit since the last emitted unit
        int angleCloseAt = -1, angleRun = 0; // where the open angle-bracket title closes, and with how many >

        int k = 0;
        while (k < f.Count)
        {
            char c = chars[k];
            CharKind kind = KindAt(f, k, out int width);

            if (kind == CharKind.Punct) // every quotation mark is punctuation: other text skips these checks
            {
                if (k == angleCloseAt)
                {
                    // The closing run of an angle-bracket title (<预算法>): read as whitespace, like its opening.
                    width = angleRun;
                    kind = CharKind.Space;
                    angleCloseAt = -1;
                }
                else if (c == '<' && QuotationMarks.AngleTitleAt(chars.AsSpan(0, f.Count), k, out int closeAt) is > 0 and var run)
                {
                    angleCloseAt = closeAt;
                    angleRun = run;
                    kind = CharKind.Space;
                    width = run;
                }
                else if (QuotationMarks.IsAlwaysQuote(c)
                    || QuotationMarks.IsApostropheLike(c) && !(lastKind == CharKind.Word && pendingSpace < 0 && IsWordAt(f, k + 1)))
                {
                    kind = CharKind.Space; // a quotation mark does not break a phrase (QuotationMarks)
                }
            }
            if (kind == CharKind.Space)
            {
                if (pendingSpace < 0) pendingSpace = k;
                k += width;
                continue;
            }
            if (c == '(' && lastKind == CharKind.Cjk && pendingSpace < 0 && TrySkipPinyin(f, k, out int after))
            {
                k = after;
                continue;
            }
            if (pendingSpace >= 0 && lastKind == CharKind.Word && kind == CharKind.Word)
            {
                int spaceStart = starts[pendingSpace], spaceEnd = ends[pendingSpace];
                chars[n] = ' ';
                starts[n] = spaceStart;
                ends[n] = spaceEnd;
                n++;
            }
            pendingSpace = -1;
            for (int j = 0; j < width; j++)
            {
                chars[n] = chars[k + j];
                starts[n] = starts[k + j];
                ends[n] = ends[k + j];
                n++;
            }
            lastKind = kind;
            k += width;
        }
        DocNumberText.FoldYearBrackets(chars.AsSpan(0, n));
        return n;
    }

    /// <summary>The class of the code point at <paramref name="k"/> and its width in UTF-16 units (2 for a surrogate
    /// pair). A lone surrogate counts as punctuation; Fold never produces one, but the rule lives here once.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // the per-character loop of every normalization
    private static CharKind KindAt(FoldedText f, int k, out int width)
    {
        char c = f.Chars[k];
        width = 1;
        if (!char.IsSurrogate(c)) return CharClass.Of(c);
        if (char.IsHighSurrogate(c) && k + 1 < f.Count && char.IsLowSurrogate(f.Chars[k + 1]))
        {
            width = 2;
            return CharClass.Of(new Rune(c, f.Chars[k + 1]));
        }
        return CharKind.Punct;
    }

    private static bool IsWordAt(FoldedText f, int k)
    {
        if (k >= f.Count) return false;
        char c = f.Chars[k];
        if (!char.IsHighSurrogate(c)) return CharClass.Of(c) == CharKind.Word;
        return k + 1 < f.Count && char.IsLowSurrogate(f.Chars[k + 1]) && CharClass.Of(new Rune(c, f.Chars[k + 1])) == CharKind.Word;
    }

    private static bool TrySkipPinyin(FoldedText f, int open, out int after)
    {
        after = PinyinAnnotation.EndOfReading(f.Chars.AsSpan(0, f.Count), open);
        return after > 0;
    }

    private sealed class FoldedText(int capacity)
    {
        public char[] Chars = new char[capacity + 8];
        public int[] Starts = new int[capacity + 8];
        public int[] Ends = new int[capacity + 8];
        public int Count;

        public void Add(char c, int start, int end)
        {
            if (Count == Chars.Length) Grow();
            Chars[Count] = c;
            Starts[Count] = start;
            Ends[Count] = end;
            Count++;
        }

        public void Add(Rune r, int start, int end)
        {
            if (r.IsBmp) { Add((char)r.Value, start, end); return; }
            Span<char> pair = stackalloc char[2];
            r.EncodeToUtf16(pair);
            Add(pair[0], start, end);
            Add(pair[1], start, end);
        }

        public void Add(string s, int start, int end)
        {
            foreach (var c in s) Add(c, start, end);
        }

        private void Grow()
        {
            Array.Resize(ref Chars, Chars.Length * 2);
            Array.Resize(ref Starts, Starts.Length * 2);
            Array.Resize(ref Ends, Ends.Length * 2);
        }
    }
}
