using ReportSearch.Engine;
using ReportSearch.Ingestion;

namespace ReportSearch.Pipeline.Extraction;

/// <summary>What extracting one file gave: the analyzed record, or the reason it is skipped.</summary>
public sealed record ExtractionResult(ReportRecord? Record, string? Error);

/// <summary>
/// Reads, parses and analyzes one archive file: the work every extractor does, wherever it runs (in this process
/// or in a child worker). Never throws for a bad file: every failure becomes a skip reason.
/// </summary>
public static class FileExtraction
{
    /// <param name="indexedId">The report id the path already has in the index; null for a new path.</param>
    /// <param name="boundary">The scan's roots: what is opened is checked against them again.</param>
    public static ExtractionResult Extract(SourceFile file, string? indexedId, ArchiveBoundary boundary, ReportParsers parsers)
    {
        try
        {
            if (parsers.Refusal(file) is { } refused) return new(null, refused);
            // The report's bytes and its sidecar are read here, once each; the parser gets both and reads nothing itself.
            var bytes = ArchiveFileReader.ReadAll(file.OpenPath, boundary, parsers.MaxBytes);
            var sidecar = ReadSidecar(file.SidecarPath, boundary);
            var report = parsers.Parse(file, bytes, sidecar);
            var hash = ReportRecordBuilder.ContentHash(bytes, sidecar?.HashInput);
            // Analysis is pure and the costliest step after the write: it runs here, on all cores. (A file that
            // turns out to duplicate another is analyzed for nothing; that is rare.) An updated report keeps its id.
            var source = new IndexSource(file.RelativePath, file.Size, file.LastWriteUtc.Ticks);
            return new(ReportRecordBuilder.Build(report, [source], hash, indexedId), null);
        }
        catch (UnreadableFileException e) { return new(null, e.Message); }
        catch (FileNotFoundException) { return new(null, "file vanished before it could be read"); }
        catch (DirectoryNotFoundException) { return new(null, "file vanished before it could be read"); }
        catch (UnauthorizedAccessException e) { return new(null, "access denied: " + e.Message); }
        catch (IOException e) { return new(null, "read error: " + e.Message); }
        catch (Exception e) when (e is not OutOfMemoryException) { return new(null, $"parser failed: {e.GetType().Name}: {e.Message}"); }
    }

    // A sidecar is read as its report is (a regular file inside the archive); one that vanished since the scan
    // is no sidecar, one that is no longer a regular file inside the archive is ignored with the reason.
    private static Sidecar? ReadSidecar(string? path, ArchiveBoundary boundary)
    {
        if (path is null) return null;
        try
        {
            var bytes = ArchiveFileReader.ReadAtMost(path, boundary, MetadataLimits.MaxSidecarBytes, out var length);
            return bytes is null ? SidecarMetadata.Oversized(length) : SidecarMetadata.FromBytes(bytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { return null; }
        catch (UnreadableFileException e) { return new Sidecar(null, ["sidecar ignored: " + e.Message], []); }
    }
}
