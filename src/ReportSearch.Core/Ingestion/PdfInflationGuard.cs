using System.IO.Compression;

namespace ReportSearch.Ingestion;

/// <summary>
/// A PDF's Flate streams inflated once into nothing, counting, before PdfPig decodes them into memory: PdfPig
/// inflates a stream whole, so a 1 MB file whose content stream inflates to 1 GiB would hold gigabytes. Counting
/// stops at the limit, so a bomb costs at most <see cref="MaxInflatedBytes"/> of inflation work and no memory.
/// Streams are found by their <c>stream</c>/<c>endstream</c> keywords and a zlib header, so object streams and
/// streams with an indirect /Length are counted too; data that does not inflate is left for PdfPig to judge.
/// </summary>
internal static class PdfInflationGuard
{
    /// <summary>The limit of all Flate streams of one PDF together, the same as ZIP-based formats get (<see cref="ZipGuard.MaxInflatedBytes"/>).</summary>
    public const long MaxInflatedBytes = ZipGuard.MaxInflatedBytes;

    /// <exception cref="UnreadableFileException">The streams inflate to more than <paramref name="maxInflatedBytes"/>.</exception>
    public static void Check(byte[] pdf, long maxInflatedBytes = MaxInflatedBytes)
    {
        if (Inflated(pdf, maxInflatedBytes) > maxInflatedBytes)
            throw new UnreadableFileException($"PDF streams exceeded {maxInflatedBytes / (1024 * 1024)} MB decompressed (a decompression bomb?)");
    }

    /// <summary>What the Flate streams inflate to, counted until the total passes <paramref name="maxInflatedBytes"/>
    /// (then by at most one buffer more: the rest is never inflated).</summary>
    public static long Inflated(byte[] pdf, long maxInflatedBytes)
    {
        long total = 0;
        var sink = new byte[81920];
        var span = pdf.AsSpan();
        int at = 0;
        while (at < pdf.Length)
        {
            int keyword = span[at..].IndexOf("stream"u8);
            if (keyword < 0) break;
            int position = at + keyword;
            int start = position + "stream".Length;
            at = start;
            // "endstream" contains "stream"; data starts only after the keyword "stream" and an end of line.
            if (position >= 3 && span.Slice(position - 3, 3).SequenceEqual("end"u8)) continue;
            if (start < pdf.Length && pdf[start] == '\r') start++;
            if (start >= pdf.Length || pdf[start] != '\n') continue;
            start++;
            if (!IsZlibHeader(span[start..])) continue;
            int end = span[start..].IndexOf("endstream"u8);
            int length = end < 0 ? pdf.Length - start : end;
            total += Inflate(pdf, start, length, sink, maxInflatedBytes - total);
            if (total > maxInflatedBytes) break;
            at = start + length;
        }
        return total;
    }

    // Inflates into a discarded buffer; at most one buffer beyond the budget, and nothing kept.
    private static long Inflate(byte[] pdf, int start, int length, byte[] sink, long budget)
    {
        long inflated = 0;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(pdf, start, length, writable: false), CompressionMode.Decompress);
            int read;
            while ((read = zlib.Read(sink)) > 0)
            {
                inflated += read;
                if (inflated > budget) break;
            }
        }
        catch (InvalidDataException) { } // damaged or not Flate after all: counted as far as it went
        return inflated;
    }

    // CMF 0x78 (deflate, 32 KB window) and a check byte that makes CMF·256 + FLG a multiple of 31.
    private static bool IsZlibHeader(ReadOnlySpan<byte> data) => data.Length >= 2 && data[0] == 0x78 && (data[0] * 256 + data[1]) % 31 == 0;
}
