using ReportSearch.Places;

namespace ReportSearch.Ingestion;

/// <summary>
/// Keeps the region path in step with a district a stronger source gives (a sidecar, a header): the path is that
/// district's place, found in the gazetteer below or above what the text suggests, or no path at all; never the
/// path of another place.
/// </summary>
internal static class PlaceConsistency
{
    public static ReportMetadata Align(ReportMetadata inferred, string? strongerDistrict)
    {
        if (strongerDistrict is null || inferred.RegionPath is not { Count: > 0 } path || path[^1] == strongerDistrict) return inferred;
        var candidates = Gazetteer.Default.Named(strongerDistrict);
        // The unit of that name on the inferred path's branch (above or below it).
        var onBranch = candidates.Where(c => c.Path.Take(path.Count).SequenceEqual(path.Take(c.Path.Count))).ToList();
        var chosen = onBranch.Count == 1 ? onBranch[0] : candidates.Count == 1 ? candidates[0] : null;
        if (chosen is null)
            return inferred with { RegionPath = null, Region = null, Origins = inferred.Origins with { RegionPath = null, Region = null } };
        return inferred with { RegionPath = chosen.Path, Region = string.Join(" › ", chosen.Path), District = chosen.Name };
    }
}
