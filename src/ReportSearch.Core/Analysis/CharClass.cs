using System.Globalization;
using System.Text;

namespace ReportSearch.Analysis;

/// <summary>How the tokenizer treats one (already normalized) code point.</summary>
public enum CharKind
{
    /// <summary>Whitespace: separates words, otherwise dropped by normalization.</summary>
    Space,
    /// <summary>Han, kana, hangul, bopomofo: indexed character by character as overlapping bigrams.</summary>
    Cjk,
    /// <summary>Letters and digits of other scripts: grouped into whole words.</summary>
    Word,
    /// <summary>Punctuation, symbols and anything else: one token per character, so phrases never cross it silently.</summary>
    Punct,
}

public static class CharClass
{
    // Every BMP code point's kind, computed once: the analyzer asks for each character of every document.
    private static readonly CharKind[] Bmp = BuildBmpTable();

    private static CharKind[] BuildBmpTable()
    {
        var table = new CharKind[0x10000];
        for (int cp = 0; cp < table.Length; cp++)
            table[cp] = cp is >= 0xD800 and <= 0xDFFF ? CharKind.Punct : Classify(new Rune(cp));
        return table;
    }

    public static CharKind Of(Rune r) => r.Value < 0x10000 ? Bmp[r.Value] : Classify(r);

    /// <summary>The kind of a BMP character that is not a surrogate.</summary>
    public static CharKind Of(char c) => Bmp[c];

    private static CharKind Classify(Rune r)
    {
        int cp = r.Value;
        if (cp < 0x80)
        {
            if (cp is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9') return CharKind.Word;
            return cp is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' ? CharKind.Space : CharKind.Punct;
        }
        if (IsCjk(cp)) return CharKind.Cjk;
        if (Rune.IsWhiteSpace(r)) return CharKind.Space;
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                return CharKind.Word;
            default:
                return CharKind.Punct;
        }
    }

    /// <summary>Scripts written without spaces between words, where any character sequence may be a word.</summary>
    public static bool IsCjk(int cp) =>
        cp is >= 0x4E00 and <= 0x9FFF        // CJK unified ideographs
            or >= 0x3400 and <= 0x4DBF       // extension A
            or >= 0x20000 and <= 0x323AF     // extensions B–H (SIP, TIP), e.g. 𨨏 in place names
            or >= 0xF900 and <= 0xFAFF       // compatibility ideographs
            or >= 0x2F800 and <= 0x2FA1F     // compatibility supplement
            or 0x3005 or 0x3006 or 0x3007     // 々 〆 〇
            or >= 0x3021 and <= 0x3029       // Hangzhou numerals
            or >= 0x3041 and <= 0x309F       // hiragana
            or >= 0x30A1 and <= 0x30FA or >= 0x30FC and <= 0x30FF // katakana, not the ・ middle dot
            or >= 0x31F0 and <= 0x31FF
            or >= 0x3105 and <= 0x312F       // bopomofo
            or >= 0x31A0 and <= 0x31BF
            or >= 0xAC00 and <= 0xD7AF       // hangul syllables
            or >= 0x1100 and <= 0x11FF
            or >= 0x3131 and <= 0x318E;
}
