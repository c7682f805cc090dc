using System.Globalization;
using System.Text;

namespace ReportSearch.Analysis;

/// <summary>
/// The one normalization shared by documents, queries, highlighting and the test oracle:
/// NFKC width folding, lower case, traditional→simplified, pinyin annotations removed, zero-width
/// characters removed, and whitespace kept only where it separates two words of a spaced script
/// (so 工 作 平 台, wrapped lines and 工作 abc all read as written without spaces).
/// </summary>
public static class TextNormalizer
{
    // NFKC results for BMP code points outside the fast paths, filled lazily.
    private static readonly string?[] NfkcCache = new string?[0x10000];

    public static NormalizedText Normalize(string original)
    {
        var folded = Fold(original);
        return Compose(original, folded);
    }

    /// <summary>Normalized text only, for callers that do not need offsets.</summary>
    public static string NormalizeToString(string original) => Normalize(original).Text;

    // Stage 1: per code point folding, each output unit remembering its source range.
    private static FoldedText Fold(string s)
    {
        var folded = new FoldedText(s.Length);
        int i = 0;
        while (i < s.Length)
        {
            if (Rune.DecodeFromUtf16(s.AsSpan(i), out var rune, out int used) != System.Buffers.OperationStatus.Done)
            {
                rune = Rune.ReplacementChar; // a lone surrogate: keep the position, never half a pair
                used = 1;
            }
            int start = i, end = i + used;
            i = end;
            int cp = rune.Value;

            if (cp < 0x80)
            {
                folded.Add(cp is >= 'A' and <= 'Z' ? (char)(cp + 32) : (char)cp, start, end);
                continue;
            }
            if (cp is >= 0x4E00 and <= 0x9FFF)
            {
                folded.Add(ScriptConverter.ToSimplified(rune), start, end);
                continue;
            }
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format) continue; // zero-width and other invisible marks
            if ((cp & 0xFFFE) == 0xFFFE || cp is >= 0xFDD0 and <= 0xFDEF) continue; // noncharacters carry no text

            foreach (var r in CompatibilityForm(rune).EnumerateRunes())
            {
                var lower = Rune.ToLowerInvariant(r);
                if (CharClass.IsCjk(lower.Value)) folded.Add(ScriptConverter.ToSimplified(lower), start, end);
                else folded.Add(lower, start, end);
            }
        }
        return folded;
    }

    private static string CompatibilityForm(Rune r)
    {
        if (r.Value < 0x10000)
        {
            return NfkcCache[r.Value] ??= Nfkc(r);
        }
        return Nfkc(r);
    }

    private static string Nfkc(Rune r)
    {
        var s = r.ToString();
        try { return s.Normalize(NormalizationForm.FormKC); }
        catch (ArgumentException) { return s; } // unassigned or invalid code points stay as they are
    }

    // Stage 2: pinyin annotations and whitespace, decided with the neighbours in view.
    private static NormalizedText Compose(string original, FoldedText f)
    {
        var text = new StringBuilder(f.Count);
        var starts = new List<int>(f.Count);
        var ends = new List<int>(f.Count);
        CharKind lastKind = CharKind.Space;
        int pendingSpace = -1; // index in f of the first whitespace unit since the last emitted unit

        int k = 0;
        while (k < f.Count)
        {
            int width = char.IsHighSurrogate(f.Chars[k]) && k + 1 < f.Count && char.IsLowSurrogate(f.Chars[k + 1]) ? 2 : 1;
            var rune = width == 2 ? new Rune(f.Chars[k], f.Chars[k + 1]) : new Rune(char.IsSurrogate(f.Chars[k]) ? '\uFFFD' : f.Chars[k]);
            var kind = CharClass.Of(rune);

            if (kind == CharKind.Space)
            {
                if (pendingSpace < 0) pendingSpace = k;
                k += width;
                continue;
            }
            if (rune.Value == '(' && lastKind == CharKind.Cjk && pendingSpace < 0 && TrySkipPinyin(f, k, out int after))
            {
                k = after;
                continue;
            }
            if (pendingSpace >= 0 && lastKind == CharKind.Word && kind == CharKind.Word)
            {
                text.Append(' ');
                starts.Add(f.Starts[pendingSpace]);
                ends.Add(f.Ends[pendingSpace]);
            }
            pendingSpace = -1;
            for (int j = 0; j < width; j++)
            {
                text.Append(f.Chars[k + j]);
                starts.Add(f.Starts[k + j]);
                ends.Add(f.Ends[k + j]);
            }
            lastKind = kind;
            k += width;
        }
        return new NormalizedText(original, text.ToString(), starts.ToArray(), ends.ToArray());
    }

    private static bool TrySkipPinyin(FoldedText f, int open, out int after)
    {
        after = open;
        int limit = Math.Min(f.Count, open + 9);
        for (int j = open + 1; j < limit; j++)
        {
            if (f.Chars[j] != ')') continue;
            if (!PinyinAnnotation.IsSyllable(f.Chars.AsSpan(open + 1, j - open - 1))) return false;
            after = j + 1;
            return true;
        }
        return false;
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
