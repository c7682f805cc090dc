using System.IO.Compression;

namespace ReportSearch.Ingestion;

/// <summary>
/// Refuses zip containers (docx) that would unpack to far more than any real document: a few hundred KB of
/// zeros can declare gigabytes of XML, which the OpenXML reader would otherwise load into memory. Judged from
/// the central directory before anything is inflated.
/// </summary>
internal static class ZipBombGuard
{
    /// <summary>The unpacked size of all entries together; real reports stay far below it.</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;
    // Text XML compresses up to about 20:1; past this ratio a large entry is padding, not a document.
    private const long MaxRatio = 200;
    private const long RatioCheckedFromBytes = 10L * 1024 * 1024;
    private const int MaxEntries = 10_000;

    public static void Check(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries) throw new UnreadableFileException($"docx with too many parts ({zip.Entries.Count}): zip bomb?");
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > RatioCheckedFromBytes && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength))
                    throw new UnreadableFileException("docx part compressed beyond any document's ratio: zip bomb?");
            }
            if (total > MaxUnpackedBytes) throw new UnreadableFileException($"docx unpacks to over {MaxUnpackedBytes / 1048576} MB: zip bomb?");
        }
        catch (InvalidDataException e) { throw new UnreadableFileException("invalid docx", e); }
    }
}
