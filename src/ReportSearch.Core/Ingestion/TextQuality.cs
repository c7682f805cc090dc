using System.Globalization;
using System.Text;
using ReportSearch.Analysis;

namespace ReportSearch.Ingestion;

/// <summary>
/// Judges decoded text, not bytes: random data can decode without error (UTF-16 accepts almost any byte pair,
/// valid UTF-8 can be generated), so after decoding the characters themselves must look like writing.
/// Two signs of data that is not text: many characters that no document contains (controls, replacement
/// characters, private-use, unassigned code points, lone surrogates), or Han characters that are almost
/// never common ones (random code points in the CJK blocks).
/// </summary>
internal static class TextQuality
{
    private const int SampleChars = 64 * 1024;
    // A document may carry a stray control or private-use character; random data carries 10% and more.
    private const double MaxImpossibleShare = 0.02;
    // Judge Han characters only with enough of them to count.
    private const int MinHanToJudge = 100;
    // Real Chinese prose is 60–90% common characters; random CJK code points about 5%.
    private const double MinCommonHanShare = 0.2;

    public static bool LooksLikeText(string text)
    {
        var sample = text.Length > SampleChars ? text[..SampleChars] : text;
        int total = 0, impossible = 0, han = 0;
        // EncodingDetector.CommonShare's counts of the sample, taken in the same pass (a second pass over every file's
        // text was more than half of this method's time): its Han characters (private-use ones count against) and the
        // common ones.
        int shareHan = 0, common = 0, privateUse = 0;
        // A plain loop (no iterator of nullable runes): every file read passes through here.
        for (int i = 0; i < sample.Length;)
        {
            total++;
            char c = sample[i];
            // The common case first: a BMP ideograph is neither impossible nor anything but Han.
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
                shareHan++;
                if (EncodingDetector.IsCommonUnified(new Rune(c))) common++;
                i++;
                continue;
            }
            // A lone surrogate counts as impossible (string.EnumerateRunes would make it U+FFFD silently).
            if (!Rune.TryGetRuneAt(sample, i, out var r)) { impossible++; i++; continue; }
            i += r.Utf16SequenceLength;
            if (IsImpossible(r)) impossible++;
            else if (CharClass.IsCjk(r.Value)) han++;
            EncodingDetector.CountForCommonShare(r.Value, ref shareHan, ref common, ref privateUse);
        }
        if (total == 0) return true;
        if (impossible > total * MaxImpossibleShare) return false;
        return han < MinHanToJudge || EncodingDetector.CommonShare(shareHan, common, privateUse) >= MinCommonHanShare;
    }

    private static bool IsImpossible(Rune r)
    {
        int cp = r.Value;
        if (cp is '\n' or '\r' or '\t' or '\f') return false;
        if (cp == 0xFFFD || cp is 0xFFFE or 0xFFFF) return true;
        return Rune.GetUnicodeCategory(r) is UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate;
    }
}
