namespace ReportSearch.Ingestion;

/// <summary>
/// Longest value each metadata field may have, in characters. Every response that shows a report carries its
/// metadata, so one oversized value (a 5 MB sidecar title, a page whose &lt;title&gt; is its whole text) would
/// inflate every answer it appears in. A value over the limit is not truncated but refused: the next source
/// (header, inference, path) gets its turn.
/// </summary>
public static class MetadataLimits
{
    /// <summary>A sidecar file larger than this is not read (real ones are a few hundred bytes).</summary>
    public const int MaxSidecarBytes = 64 * 1024;

    public static int MaxLength(string field) => field switch
    {
        "title" => 200,
        "district" or "region" or "org" or "docNumber" or "kind" => 100,
        "category" => 300,
        "date" => 40,
        _ => 200,
    };

    public static bool Fits(string field, string? value) => value is null || value.Length <= MaxLength(field);
}
