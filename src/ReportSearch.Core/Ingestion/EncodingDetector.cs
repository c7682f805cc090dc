using System.Text;
using ReportSearch.Analysis;

namespace ReportSearch.Ingestion;

/// <summary>
/// Turns the bytes of a text file into a string without trusting the file to say its encoding.
/// Order: byte order mark (UTF-8, UTF-16 LE/BE); strict UTF-8 (legacy Chinese encodings almost never form
/// valid UTF-8 by accident); an optional declared charset (HTML meta) if it decodes strictly; otherwise
/// GB18030 and Big5 are both decoded strictly and the one that reads as common Chinese wins. Both legacy
/// encodings accept most byte pairs, so validity alone cannot decide: garbage decodes into rare characters.
/// </summary>
public static class EncodingDetector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> StrictGb18030 = new(() => Strict(54936));
    private static readonly Lazy<Encoding> StrictBig5 = new(() => Strict(950));

    // Only the first part of a legacy file is scored: enough characters to decide, bounded cost on big files.
    private const int ScoreSampleBytes = 64 * 1024;
    // Below this share of common characters neither legacy decoding reads as Chinese text.
    private const double MinimumCommonShare = 0.25;

    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding Strict(int codePage) =>
        Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>Decodes <paramref name="content"/>; throws <see cref="UnreadableFileException"/> for empty, binary or undecodable bytes.</summary>
    /// <param name="declaredCharset">A charset named by the file itself (HTML meta), used only as a hint.</param>
    public static string Decode(ReadOnlySpan<byte> content, string? declaredCharset = null) =>
        DecodeAtMost(content, int.MaxValue, out _, declaredCharset);

    /// <summary>
    /// As <see cref="Decode"/>, but decodes no more than the first <paramref name="maxChars"/> characters: the rest
    /// of the bytes are never turned into text (<paramref name="trimmed"/> says there was more). Detection and
    /// validity are judged on the part decoded, which is all that is kept.
    /// </summary>
    public static string DecodeAtMost(ReadOnlySpan<byte> content, int maxChars, out bool trimmed, string? declaredCharset = null)
    {
        var text = DecodeBytes(content, declaredCharset, maxChars, out trimmed);
        if (!TextQuality.LooksLikeText(text)) throw new UnreadableFileException("binary content");
        return text;
    }

    private static string DecodeBytes(ReadOnlySpan<byte> content, string? declaredCharset, int maxChars, out bool trimmed)
    {
        trimmed = false;
        if (content.IsEmpty) throw new UnreadableFileException("empty file");
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return DecodeOrThrow(StrictUtf8, content[3..], "invalid UTF-8", maxChars, out trimmed);
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return DecodeOrThrow(StrictUtf16Le, content[2..], "invalid UTF-16", maxChars, out trimmed);
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return DecodeOrThrow(StrictUtf16Be, content[2..], "invalid UTF-16", maxChars, out trimmed);

        if (BinarySniffer.LooksBinary(content)) throw new UnreadableFileException("binary content");
        if (TryDecode(StrictUtf8, content, maxChars, out var utf8, out trimmed)) return utf8;

        var declared = DeclaredEncoding(declaredCharset);
        if (declared is not null && TryDecode(declared, content, maxChars, out var hinted, out trimmed)) return hinted;

        var sample = LegacySample(content);
        bool gbOk = TryDecode(StrictGb18030.Value, sample, out var gbText);
        bool big5Ok = TryDecode(StrictBig5.Value, sample, out var big5Text);
        double gbScore = gbOk ? CommonShare(gbText) : -1, big5Score = big5Ok ? CommonShare(big5Text) : -1;
        if (Math.Max(gbScore, big5Score) < MinimumCommonShare) throw new UnreadableFileException("undecodable text");

        var winner = gbScore >= big5Score ? StrictGb18030.Value : StrictBig5.Value;
        if (sample.Length == content.Length && sample.Length <= maxChars) return gbScore >= big5Score ? gbText : big5Text;
        return DecodeOrThrow(winner, content, "undecodable text", maxChars, out trimmed);
    }

    // Cut the sample at a line break so a multi-byte character is never split.
    private static ReadOnlySpan<byte> LegacySample(ReadOnlySpan<byte> content)
    {
        if (content.Length <= ScoreSampleBytes) return content;
        int cut = content[..ScoreSampleBytes].LastIndexOf((byte)'\n');
        return cut > 0 ? content[..(cut + 1)] : content;
    }

    /// <summary>Share of Han characters that are common ones (traditional counted by their simplified form); private-use characters count against.</summary>
    internal static double CommonShare(string text)
    {
        int han = 0, common = 0, privateUse = 0;
        foreach (var rune in text.EnumerateRunes()) CountForCommonShare(rune.Value, ref han, ref common, ref privateUse);
        return CommonShare(han, common, privateUse);
    }

    /// <summary>Counts one code point towards <see cref="CommonShare(string)"/> (also read in TextQuality's own pass).</summary>
    internal static void CountForCommonShare(int cp, ref int han, ref int common, ref int privateUse)
    {
        if (cp is >= 0xE000 and <= 0xF8FF or >= 0xF0000) { privateUse++; return; }
        if (!CharClass.IsCjk(cp)) return;
        han++;
        if (cp is >= 0x4E00 and <= 0x9FFF ? IsCommonUnified(new Rune(cp)) : cp < 0x10000 && CommonHanzi.Contains((char)cp)) common++;
    }

    internal static double CommonShare(int han, int common, int privateUse) => han + privateUse == 0 ? 0 : (double)common / (han + privateUse);

    // Per unified ideograph: 0 not yet known, 1 common (in its simplified form), 2 not. Every Han character of every
    // file read is asked; the answer never changes, so it is worked out once (a race only repeats the same work).
    private static readonly byte[] CommonUnified = new byte[0x9FFF - 0x4E00 + 1];

    internal static bool IsCommonUnified(Rune rune)
    {
        ref byte known = ref CommonUnified[rune.Value - 0x4E00];
        if (known == 0)
        {
            var simplified = ScriptConverter.ToSimplified(rune);
            known = simplified.Length == 1 && CommonHanzi.Contains(simplified[0]) ? (byte)1 : (byte)2;
        }
        return known == 1;
    }

    private static Encoding? DeclaredEncoding(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset)) return null;
        var name = charset.Trim().ToLowerInvariant();
        // GB2312 and GBK are subsets of GB18030; pages often declare the smaller set and use the larger one.
        if (name is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936") return StrictGb18030.Value;
        if (name is "big5" or "big5-hkscs" or "cp950") return StrictBig5.Value;
        try { return Strict(Encoding.GetEncoding(name).CodePage); }
        catch (ArgumentException) { return null; }
    }

    private static string DecodeOrThrow(Encoding encoding, ReadOnlySpan<byte> bytes, string reason, int maxChars, out bool trimmed)
    {
        if (bytes.IsEmpty) throw new UnreadableFileException("empty file");
        if (TryDecode(encoding, bytes, maxChars, out var text, out trimmed)) return text;
        throw new UnreadableFileException(reason);
    }

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text) =>
        TryDecode(encoding, bytes, int.MaxValue, out text, out _);

    // Every encoding here gives at most one character per byte, so bytes no longer than the limit decode whole.
    // Longer ones are decoded into a buffer of the limit's size: a character cut by the end of the buffer is held
    // back by the decoder (no flush), never counted as invalid.
    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, int maxChars, out string text, out bool trimmed)
    {
        trimmed = false;
        try
        {
            if (bytes.Length <= maxChars)
            {
                text = encoding.GetString(bytes);
                return true;
            }
            // Room for one surrogate pair at least: a decoder refuses a buffer too small for the first character.
            var chars = new char[Math.Max(maxChars, 2)];
            encoding.GetDecoder().Convert(bytes, chars, flush: false, out int bytesUsed, out int charsUsed, out _);
            trimmed = bytesUsed < bytes.Length || charsUsed > maxChars;
            if (charsUsed > maxChars) charsUsed = char.IsHighSurrogate(chars[maxChars - 1]) ? maxChars - 1 : maxChars;
            text = new string(chars, 0, charsUsed);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
