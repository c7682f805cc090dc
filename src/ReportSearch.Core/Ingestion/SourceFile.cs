namespace ReportSearch.Ingestion;

/// <summary>A file of the archive as the scanner sees it, before it is read.</summary>
/// <param name="RelativePath">Path below the archive root with '/' separators: the file's identity in the index.</param>
public sealed record SourceFile(string FullPath, string RelativePath, long Size, DateTime LastWriteUtc)
{
    /// <summary>The report's metadata sidecar the scanner found next to it (<see cref="SidecarMetadata.Locate(string)"/>), or null.
    /// For a sidecar that is a link in the archive, its checked target.</summary>
    public string? SidecarPath { get; init; }

    /// <summary>The path to open: <see cref="FullPath"/>, or for a link in the archive its target as the scanner checked it.</summary>
    public string OpenPath { get => _openPath ?? FullPath; init => _openPath = value; }

    private readonly string? _openPath;
}
