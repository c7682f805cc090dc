using ReportSearch.Analysis;

namespace ReportSearch.Index;

/// <summary>
/// Chooses the level of the region hierarchy the place facet shows (省 → 市 → 区县 → 街镇): below the places
/// filtered on (drill-down), else the widest level that tells the results apart — a result set all in one
/// province shows its cities. A filtered place without places below it (a street) shows its level, siblings
/// included, so that another one can be added to the selection (multi-select).
/// </summary>
internal static class PlaceFacet
{
    public static (List<FacetValue> Values, int Level) Choose(Dictionary<string, int> countsByPath, IReadOnlySet<string> filteredPlaces)
    {
        if (countsByPath.Count == 0) return ([], 1);
        var byDepth = countsByPath.GroupBy(kv => Depth(kv.Key)).ToDictionary(g => g.Key, g => g.ToList());
        int level = 1;
        if (filteredPlaces.Count > 0)
        {
            var selected = countsByPath.Keys.Where(p => filteredPlaces.Contains(TextNormalizer.NormalizeToString(Last(p)))).ToList();
            if (selected.Count > 0)
            {
                level = selected.Max(Depth);
                var parents = selected.Where(p => Depth(p) == level).ToHashSet(StringComparer.Ordinal);
                if (byDepth.TryGetValue(level + 1, out var below) && below.Any(kv => parents.Contains(Parent(kv.Key))))
                    return (Values(below.Where(kv => parents.Contains(Parent(kv.Key)))), level + 1);
                return (Values(byDepth[level]), level);
            }
        }
        while (byDepth.TryGetValue(level, out var here) && here.Count == 1 && byDepth.ContainsKey(level + 1)) level++;
        return (Values(byDepth.GetValueOrDefault(level) ?? []), level);
    }

    // Places of the same name under different parents (西园街道 in several cities) show as one value: the
    // filter by name selects all of them.
    private static List<FacetValue> Values(IEnumerable<KeyValuePair<string, int>> counts) =>
        counts.GroupBy(kv => Last(kv.Key)).Select(g => new FacetValue(g.Key, g.Sum(kv => kv.Value)))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList();

    private static int Depth(string path) => path.Count(c => c == IndexFields.PathSeparator) + 1;

    private static string Last(string path) => path[(path.LastIndexOf(IndexFields.PathSeparator) + 1)..];

    private static string Parent(string path)
    {
        int cut = path.LastIndexOf(IndexFields.PathSeparator);
        return cut < 0 ? "" : path[..cut];
    }
}
