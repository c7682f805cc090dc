namespace ReportSearch.Ingestion;

/// <summary>
/// Combines metadata from several sources, strongest first (sidecar, header, inference, path): each field takes
/// the first value any source knows and records that source in <see cref="ReportMetadata.Origins"/>.
/// </summary>
internal static class MetadataMerger
{
    public static ReportMetadata Merge(params (MetadataOrigin Origin, ReportMetadata? Values)[] layers)
    {
        // The first layer's value, and where it came from: the layer itself, or what the layer knows more precisely
        // (title, body, gazetteer).
        (T? Value, MetadataOrigin? Origin) Pick<T>(string field, Func<ReportMetadata, T?> get, Func<FieldOrigins, MetadataOrigin?> originOf)
        {
            foreach (var (origin, values) in layers)
            {
                if (values is null) continue;
                var value = get(values);
                if (value is null || value is string { Length: 0 }) continue;
                if (value is string text && !MetadataLimits.Fits(field, text)) continue;
                return (value, originOf(values.Origins) ?? origin);
            }
            return (default, null);
        }

        // District, region path and region describe one place: they come from the first source naming a district,
        // and a weaker source's path only where it ends in that same district.
        var district = Pick("district", m => m.District, o => o.District);
        var regionPath = Pick("regionPath", m => m.RegionPath is { Count: > 0 } p && (district.Value is null || p[^1] == district.Value) ? p : null, o => o.RegionPath);
        var region = Pick("region", m => m.Region is not null && (district.Value is null || m.District is null || m.District == district.Value) ? m.Region : null, o => o.Region);
        var title = Pick("title", m => m.Title, o => o.Title);
        var kind = Pick("kind", m => m.Kind, o => o.Kind);
        var textSource = Pick("textSource", m => m.TextSource, o => o.TextSource);
        var year = Pick("year", m => m.Year, o => o.Year);
        var date = Pick("date", m => m.Date, o => o.Date);
        var org = Pick("org", m => m.Org, o => o.Org);
        var docNumber = Pick("docNumber", m => m.DocNumber, o => o.DocNumber);
        var validity = Pick("validity", m => m.Validity, o => o.Validity);
        var mentionedPlaces = Pick("mentionedPlaces", m => m.MentionedPlaces is { Count: > 0 } p ? p : null, o => o.MentionedPlaces);
        var mentionedYears = Pick("mentionedYears", m => m.MentionedYears is { Count: > 0 } y ? y : null, o => o.MentionedYears);
        var category = Pick("category", m => m.Category, o => o.Category);

        return new ReportMetadata
        {
            Title = title.Value,
            District = district.Value,
            Region = region.Value,
            RegionPath = regionPath.Value,
            Kind = kind.Value,
            TextSource = textSource.Value,
            Year = year.Value,
            Date = date.Value,
            // A body named relative to the place (省财政厅) takes the place's name, unless a sidecar gave it as it is.
            Org = org.Origin == MetadataOrigin.Sidecar ? org.Value : RelativeOrgNames.Qualified(org.Value, regionPath.Value),
            DocNumber = docNumber.Value,
            Validity = validity.Value,
            MentionedPlaces = mentionedPlaces.Value,
            MentionedYears = mentionedYears.Value,
            Category = category.Value,
            Origins = new FieldOrigins
            {
                Title = title.Origin, District = district.Origin, Region = region.Origin, RegionPath = regionPath.Origin,
                Kind = kind.Origin, TextSource = textSource.Origin, Year = year.Origin, Date = date.Origin, Org = org.Origin,
                DocNumber = docNumber.Origin, Validity = validity.Origin, MentionedPlaces = mentionedPlaces.Origin,
                MentionedYears = mentionedYears.Origin, Category = category.Origin,
            },
        };
    }
}
