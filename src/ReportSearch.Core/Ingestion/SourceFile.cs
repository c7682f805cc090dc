namespace ReportSearch.Ingestion;

/// <summary>A file of the archive as the scanner sees it, before it is read.</summary>
/// <param name="RelativePath">Path below the archive root with '/' separators: the file's identity in the index.</param>
public sealed record SourceFile(string FullPath, string RelativePath, long Size, DateTime LastWriteUtc)
{
    /// <summary>The report's metadata sidecar the scanner found next to it (<see cref="SidecarMetadata.Locate(string)"/>), or null.</summary>
    public string? SidecarPath { get; init; }
}
