using System.Runtime.InteropServices;
using ReportSearch.Index;

namespace ReportSearch.Search;

/// <summary>
/// Turns the engine's segment matches into what a search response needs, in one pass without per-report
/// objects: matching reports (best score, year, date, their segments), the facet counts, and the page in
/// the requested order by partial selection instead of a full sort. Same results as grouping by report,
/// counting distinct reports per facet value and sorting everything.
/// </summary>
internal static class MatchAggregator
{
    /// <summary>A matching report: its segments are <c>Segments[Start..End)</c> of the aggregation.</summary>
    public readonly record struct Ranked(long Key, int? Year, string? Date, double BestScore, int Start, int End);

    public sealed class Result
    {
        public required List<Ranked> Reports { get; init; }
        /// <summary>Segments that pass the filters, grouped by report (see <see cref="Ranked.Start"/>).</summary>
        public required List<(long Segment, double Score)> Segments { get; init; }
        public required Dictionary<string, int> DistrictFacet { get; init; }
        public required Dictionary<int, int> YearFacet { get; init; }
    }

    public static Result Aggregate(IReadOnlyList<SegmentMatch> matches, ReportFilter filter, Func<string?, string?> normalizeDistrict)
    {
        var ordered = GroupedByReport(matches);
        var reports = new List<Ranked>();
        var segments = new List<(long, double)>();
        // District names come from the engine's segment table, one string instance per name, so the facet is
        // counted by reference (no string hashing per row) and merged by value at the end.
        var districtCounts = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
        var yearFacet = new Dictionary<int, int>();
        var groupDistricts = new List<string>(4);

        int i = 0;
        while (i < ordered.Count)
        {
            long report = ordered[i].ReportKey;
            int end = i;
            while (end < ordered.Count && ordered[end].ReportKey == report) end++;

            int start = segments.Count;
            bool yearCounted = false;
            int? year = null;
            string? date = null;
            bool found = false;
            double best = double.MaxValue;
            groupDistricts.Clear();
            for (int j = i; j < end; j++)
            {
                var m = ordered[j];
                bool districtOk = !filter.FiltersDistricts || filter.DistrictMatches(normalizeDistrict(m.District));
                bool yearOk = filter.YearMatches(m.Year);
                if (yearOk && m.District is not null && !ContainsReference(groupDistricts, m.District))
                {
                    groupDistricts.Add(m.District);
                    ref int count = ref CollectionsMarshal.GetValueRefOrAddDefault(districtCounts, m.District, out _);
                    count++;
                }
                if (districtOk && m.Year is not null && !yearCounted)
                {
                    yearCounted = true;
                    yearFacet[m.Year.Value] = yearFacet.GetValueOrDefault(m.Year.Value) + 1;
                }
                if (!districtOk || !yearOk) continue;
                if (!found)
                {
                    found = true;
                    year = m.Year;
                    date = m.Date;
                }
                segments.Add((m.SegmentKey, m.Score));
                best = Math.Min(best, m.Score);
            }
            if (found) reports.Add(new Ranked(report, year, date, best, start, segments.Count));
            i = end;
        }
        var districtFacet = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (district, count) in districtCounts)
            districtFacet[district] = districtFacet.GetValueOrDefault(district) + count;
        return new Result { Reports = reports, Segments = segments, DistrictFacet = districtFacet, YearFacet = yearFacet };
    }

    private static bool ContainsReference(List<string> list, string value)
    {
        foreach (var s in list)
            if (ReferenceEquals(s, value) || string.Equals(s, value, StringComparison.Ordinal)) return true;
        return false;
    }

    // Matches arrive in segment key order, and a report's segments are written together, so they are usually
    // already grouped; otherwise group them (stably, keeping the engine's order inside a report).
    private static IReadOnlyList<SegmentMatch> GroupedByReport(IReadOnlyList<SegmentMatch> matches)
    {
        for (int i = 1; i < matches.Count; i++)
            if (matches[i].ReportKey < matches[i - 1].ReportKey)
                return matches.Select((m, n) => (m, n)).OrderBy(x => x.m.ReportKey).ThenBy(x => x.n).Select(x => x.m).ToList();
        return matches;
    }

    /// <summary>Reports <c>[skip, skip + take)</c> in the sort order: the same as sorting all and paging.</summary>
    public static List<Ranked> Page(List<Ranked> reports, SortOrder sort, int skip, int take)
    {
        var comparer = Comparer(sort);
        int k = skip + take;
        if (skip >= reports.Count) return [];
        if (k >= reports.Count / 4)
        {
            var all = reports.ToArray();
            Array.Sort(all, comparer);
            return all.Skip(skip).Take(take).ToList();
        }
        // Keep the k first in a max-heap (the worst of the k on top), then sort those.
        var heap = new PriorityQueue<Ranked, Ranked>(k + 1, Comparer<Ranked>.Create((a, b) => comparer.Compare(b, a)));
        foreach (var r in reports)
        {
            if (heap.Count < k) heap.Enqueue(r, r);
            else if (comparer.Compare(r, heap.Peek()) < 0) heap.EnqueueDequeue(r, r);
        }
        var first = new Ranked[heap.Count];
        for (int n = first.Length - 1; n >= 0; n--) first[n] = heap.Dequeue();
        return first.Skip(skip).Take(take).ToList();
    }

    // Keys are unique, so each order is total and any sort gives the same sequence.
    private static IComparer<Ranked> Comparer(SortOrder sort) => sort switch
    {
        SortOrder.Newest => Comparer<Ranked>.Create(static (a, b) =>
        {
            int c = (a.Year is null).CompareTo(b.Year is null);
            if (c == 0) c = Nullable.Compare(b.Year, a.Year);
            if (c == 0) c = string.CompareOrdinal(b.Date, a.Date);
            if (c == 0) c = a.BestScore.CompareTo(b.BestScore);
            return c != 0 ? c : a.Key.CompareTo(b.Key);
        }),
        SortOrder.Oldest => Comparer<Ranked>.Create(static (a, b) =>
        {
            int c = (a.Year is null).CompareTo(b.Year is null);
            if (c == 0) c = Nullable.Compare(a.Year, b.Year);
            if (c == 0) c = string.CompareOrdinal(a.Date, b.Date);
            if (c == 0) c = a.BestScore.CompareTo(b.BestScore);
            return c != 0 ? c : a.Key.CompareTo(b.Key);
        }),
        _ => Comparer<Ranked>.Create(static (a, b) =>
        {
            int c = a.BestScore.CompareTo(b.BestScore);
            if (c == 0) c = Nullable.Compare(b.Year, a.Year);
            return c != 0 ? c : a.Key.CompareTo(b.Key);
        }),
    };
}
