using ReportSearch.Places;

namespace ReportSearch.Ingestion;

/// <summary>
/// The report's region, precision first, as the Places layer decides it (<see cref="RegionRecognizer"/>: a national
/// body or addressee line, the issuer, the title, the document speaking of itself, a work report's speaker or the
/// opening's subject are strong evidence; the weight of places named in passing is not). Metadata only maps that
/// answer: a strong region is the report's region (its facet and filter); a weak one and every other place the text
/// names are mentioned places, searchable but never the report's region.
/// </summary>
internal static class ReportRegion
{
    /// <param name="Region">The report's region, <see cref="RegionResult.Unknown"/> unless strong.</param>
    /// <param name="Origin">Where the region came from.</param>
    /// <param name="Mentioned">Region paths (广东省 › 广州市) of the other places the text names, deepest only.</param>
    public sealed record Result(RegionResult Region, MetadataOrigin Origin, IReadOnlyList<string> Mentioned);

    public static Result Of(IEnumerable<(DocumentZone Zone, string Text)> zones)
    {
        var found = RegionRecognizer.Recognize(zones);
        var region = found.IsStrong ? found : RegionResult.Unknown;
        IEnumerable<Place> named = found.IsStrong || found.Place is null ? found.Mentioned : found.Mentioned.Prepend(found.Place);
        return new Result(region, OriginOf(found.Evidence), MentionedPaths(named.ToList(), region.Place));
    }

    private static MetadataOrigin OriginOf(RegionEvidence evidence) => evidence switch
    {
        RegionEvidence.NationalBody or RegionEvidence.Issuer => MetadataOrigin.IssuingBody,
        RegionEvidence.NationalAddress => MetadataOrigin.Addressee,
        RegionEvidence.Title => MetadataOrigin.Title,
        RegionEvidence.SelfReference => MetadataOrigin.SelfReference,
        _ => MetadataOrigin.Body,
    };

    // The places other than the report's own region and its ancestors, each only where no deeper one lies below it
    // (番禺区 says 广东省 and 广州市 already).
    private static List<string> MentionedPaths(List<Place> places, Place? own)
    {
        var others = places.Where(p => own is null || !own.IsWithin(p)).Distinct().ToList();
        return others.Where(p => !others.Any(q => q != p && q.IsWithin(p))).Select(p => string.Join(" › ", p.Path)).ToList();
    }
}
