namespace ReportSearch.Ingestion;

/// <summary>
/// Combines metadata from several sources, strongest first (sidecar, header, inference, path): each field takes
/// the first value any source knows and records that source in <see cref="ReportMetadata.Origins"/>.
/// </summary>
internal static class MetadataMerger
{
    public static ReportMetadata Merge(params (MetadataOrigin Origin, ReportMetadata? Values)[] layers)
    {
        var origins = new Dictionary<string, MetadataOrigin>();

        T? Pick<T>(string field, Func<ReportMetadata, T?> get)
        {
            foreach (var (origin, values) in layers)
            {
                if (values is null) continue;
                var value = get(values);
                if (value is null || value is string { Length: 0 }) continue;
                if (value is string text && !MetadataLimits.Fits(field, text)) continue;
                origins[field] = origin;
                return value;
            }
            return default;
        }

        return new ReportMetadata
        {
            Title = Pick("title", m => m.Title),
            District = Pick("district", m => m.District),
            Region = Pick("region", m => m.Region),
            Year = Pick("year", m => m.Year),
            Date = Pick("date", m => m.Date),
            Org = Pick("org", m => m.Org),
            DocNumber = Pick("docNumber", m => m.DocNumber),
            Category = Pick("category", m => m.Category),
            Origins = origins,
        };
    }
}
