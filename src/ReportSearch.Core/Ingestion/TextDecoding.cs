using System.Text;

namespace ReportSearch.Ingestion;

/// <summary>Turns file bytes into text. Strict: bytes that are not valid text make the file unreadable.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(byte[] content)
    {
        if (content.Length == 0) throw new UnreadableFileException("empty file");
        var span = content.AsSpan();
        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) span = span[3..];
        if (span.IndexOf((byte)0) >= 0) throw new UnreadableFileException("binary content (NUL bytes)");
        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException e)
        {
            throw new UnreadableFileException("not valid UTF-8 text", e);
        }
    }
}
