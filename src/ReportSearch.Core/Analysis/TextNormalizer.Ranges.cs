using System.Buffers;
using System.Collections.Concurrent;

namespace ReportSearch.Analysis;

// Normalizing part of a text, for highlighting: a snippet needs the matches of a few terms in a segment of thousands of
// characters, and normalizing the whole segment to find them was a fifth of the host's CPU under load.
public static partial class TextNormalizer
{
    /// <summary>
    /// True when the normalization of <paramref name="original"/> splits at <paramref name="at"/>: normalizing
    /// [from, at) and [at, to) apart gives, unit for unit and offset for offset, what normalizing the whole text gives
    /// there, for any <c>from</c> and <c>to</c> that are split points too. The text's ends are; so is a place between two
    /// characters that each fold to one CJK character, in a text without surrogates whose folding holds no &lt;
    /// (<see cref="SplitsCleanly"/>). After a CJK character Compose holds no pending whitespace and nothing it decided
    /// earlier matters (the state is what the first character of a text leaves), and none of its look-aheads reaches
    /// past a CJK character to a different answer: a pinyin reading holds none, the year of a 文号 has no two in a row,
    /// and an apostrophe is never last. Angle-bracket titles (&lt;预算法&gt;) do span CJK characters, hence no &lt;.
    /// </summary>
    internal static bool IsSplitPoint(string original, int at) =>
        at <= 0 || at >= original.Length || IsOneCjkUnit(original[at - 1]) && IsOneCjkUnit(original[at]);

    /// <summary>
    /// True when <see cref="IsSplitPoint"/> may split <paramref name="original"/> between CJK characters: it holds no
    /// surrogate (a code point beyond the BMP, whose folding is not tabled) and no character whose folding holds a
    /// &lt; (which may open an angle-bracket title).
    /// </summary>
    internal static bool SplitsCleanly(string original) =>
        !original.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !original.AsSpan().ContainsAny(FoldSources('<'));

    /// <summary>
    /// The normalization of <paramref name="original"/>[<paramref name="from"/>..<paramref name="to"/>) between two split
    /// points (<see cref="IsSplitPoint"/>): the slice of <see cref="Normalize"/>'s text that those characters make, its
    /// offsets into the whole original text.
    /// </summary>
    internal static NormalizedText NormalizeRange(string original, int from, int to)
    {
        var folded = new FoldedText(to - from);
        FoldInto(original, from, to, folded);
        int length = Compose(folded);
        return new NormalizedText(original, new string(folded.Chars, 0, length), folded.Starts, folded.Ends);
    }

    /// <summary>
    /// True when every <paramref name="c"/> in normalized text is a character of the folding of the original character it
    /// maps to (so it comes from one of <see cref="FoldSources"/>): false for what composition writes itself, the space
    /// between two words and the 〔〕 of a 文号's year.
    /// </summary>
    internal static bool IsCopiedFromFolding(char c) => c != ' ' && !DocNumberText.IsYearBracket(c) && !char.IsSurrogate(c);

    /// <summary>The characters of the BMP, surrogates aside, whose folding holds <paramref name="target"/>.</summary>
    internal static SearchValues<char> FoldSources(char target) => SourcesByTarget.GetOrAdd(target, static t =>
    {
        var sources = OtherFoldSources.Value.TryGetValue(t, out var others) ? others : "";
        return SearchValues.Create(FoldOf(t).Contains(t) ? t + sources : sources);
    });

    private static readonly ConcurrentDictionary<char, SearchValues<char>> SourcesByTarget = new();

    // For each character, the other characters whose folding holds it (發 and 髮 for 发, A, Ａ and ａ for a): built once,
    // by folding every BMP character (0.3 s once per process, in the host's warm-up; 1.5 MB of folding cache), so that a term's first character can be looked for in the original.
    private static readonly Lazy<Dictionary<char, string>> OtherFoldSources = new(() =>
    {
        var others = new Dictionary<char, System.Text.StringBuilder>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c)) continue;
            foreach (char target in FoldOf((char)c).Distinct())
                if (target != c) (others.TryGetValue(target, out var sb) ? sb : others[target] = new()).Append((char)c);
        }
        return others.ToDictionary(kv => kv.Key, kv => kv.Value.ToString());
    });

    // What Fold makes of one BMP character that is not a surrogate.
    private static string FoldOf(char c)
    {
        var folded = new FoldedText(4);
        FoldInto([c], 0, 1, folded);
        return new string(folded.Chars, 0, folded.Count);
    }

    /// <summary>True when <paramref name="c"/> folds to one CJK character, which composition always keeps, as one unit:
    /// so many of them in a row make at least as many units of normalized text.</summary>
    internal static bool IsOneCjkUnit(char c)
    {
        if (c < 0x80 || char.IsSurrogate(c)) return false;
        char one = FoldBmpChar[c];
        if (one == '\0')
        {
            // Not folded yet (or not to one character): the folding's own cache fills it.
            var fold = FoldBmp[c] ??= FoldCodePoint(new System.Text.Rune(c));
            if (fold.Length != 1 || fold[0] == '\0' || char.IsSurrogate(fold[0])) return false;
            one = fold[0];
        }
        return CharClass.Of(one) == CharKind.Cjk;
    }
}
