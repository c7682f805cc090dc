namespace ReportSearch.Ingestion;

/// <summary>
/// A report's metadata sidecar as read once by the pipeline (<see cref="SidecarMetadata.Load"/>) and handed to
/// the parser: its values, why any of them (or the whole file) was refused, and what of it the report's content
/// hash covers.
/// </summary>
/// <param name="HashInput">The sidecar's bytes; for an oversized sidecar, which is ignored, its length: enough
/// to notice when it changes.</param>
public sealed record Sidecar(ReportMetadata? Metadata, IReadOnlyList<string> Problems, byte[] HashInput);
