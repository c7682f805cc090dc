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
                // A layer may know more precisely where its value came from (title, body, gazetteer).
                origins[field] = values.Origins.TryGetValue(field, out var precise) ? precise : origin;
                return value;
            }
            return default;
        }

        // District, region path and region describe one place: they come from the first source naming a district,
        // and a weaker source's path only where it ends in that same district.
        var district = Pick("district", m => m.District);
        var regionPath = Pick("regionPath", m => m.RegionPath is { Count: > 0 } p && (district is null || p[^1] == district) ? p : null);
        var region = Pick("region", m => m.Region is not null && (district is null || m.District is null || m.District == district) ? m.Region : null);

        return new ReportMetadata
        {
            Title = Pick("title", m => m.Title),
            District = district,
            Region = region,
            RegionPath = regionPath,
            Kind = Pick("kind", m => m.Kind),
            TextSource = Pick("textSource", m => m.TextSource),
            Year = Pick("year", m => m.Year),
            Date = Pick("date", m => m.Date),
            Org = Pick("org", m => m.Org),
            DocNumber = Pick("docNumber", m => m.DocNumber),
            Validity = Pick("validity", m => m.Validity),
            MentionedPlaces = Pick("mentionedPlaces", m => m.MentionedPlaces is { Count: > 0 } p ? p : null),
            MentionedYears = Pick("mentionedYears", m => m.MentionedYears is { Count: > 0 } y ? y : null),
            Category = Pick("category", m => m.Category),
            Origins = origins,
        };
    }
}
