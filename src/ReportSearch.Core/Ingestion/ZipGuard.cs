using System.IO.Compression;

namespace ReportSearch.Ingestion;

/// <summary>
/// Limits for ZIP-based formats (.docx, .ofd), so a hostile file cannot exhaust memory or time: at most
/// <see cref="MaxEntries"/> entries, at most <see cref="MaxInflatedBytes"/> inflated in all, and no entry that
/// inflates to more than the size it declares. Entries are always read through <see cref="ReadEntry"/>, which counts.
/// </summary>
internal sealed class ZipGuard(string format, int maxEntries = ZipGuard.MaxEntries, long maxInflatedBytes = ZipGuard.MaxInflatedBytes)
{
    public const int MaxEntries = 10_000;
    public const long MaxInflatedBytes = 256L * 1024 * 1024;

    private long _inflated;

    /// <summary>Opens the archive and checks its entry count and declared sizes; throws <see cref="UnreadableFileException"/>.</summary>
    public ZipArchive Open(byte[] content)
    {
        if (content.Length < 4 || content[0] != 'P' || content[1] != 'K') throw new UnreadableFileException($"not a {format} (zip) file");
        ZipArchive? zip = null;
        try
        {
            // The central directory is read lazily: damage shows up when the entries are first listed.
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            int count = zip.Entries.Count;
            if (count > maxEntries)
                throw new UnreadableFileException($"invalid {format}: {count} zip entries (at most {maxEntries} allowed)");
            long declared = 0;
            foreach (var entry in zip.Entries) declared += entry.Length;
            if (declared > maxInflatedBytes)
                throw new UnreadableFileException($"invalid {format}: inflates to {declared} bytes (a zip bomb? at most {maxInflatedBytes} allowed)");
        }
        catch (Exception e) when (e is InvalidDataException or UnreadableFileException)
        {
            zip?.Dispose();
            if (e is UnreadableFileException) throw;
            throw new UnreadableFileException($"invalid {format}: {e.Message}", e);
        }
        return zip;
    }

    /// <summary>An entry's bytes; throws when it inflates beyond its declared size or the archive's budget.</summary>
    public byte[] ReadEntry(ZipArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            var buffer = new MemoryStream((int)Math.Min(entry.Length, 1 << 20));
            var chunk = new byte[81920];
            long read = 0;
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                read += n;
                _inflated += n;
                if (read > entry.Length) throw new UnreadableFileException($"invalid {format}: entry {entry.FullName} is larger than it claims");
                if (_inflated > maxInflatedBytes) throw new UnreadableFileException($"invalid {format}: inflates to more than {maxInflatedBytes} bytes (a zip bomb?)");
                buffer.Write(chunk, 0, n);
            }
            return buffer.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new UnreadableFileException($"invalid {format}: {e.Message}", e);
        }
    }

    /// <summary>Reads every entry once, for formats whose library reads the archive itself (.docx through OpenXml).</summary>
    public void CheckAll(byte[] content)
    {
        using var zip = Open(content);
        foreach (var entry in zip.Entries) ReadEntry(entry);
    }
}
