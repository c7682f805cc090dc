using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Index;

namespace ReportSearch.Engine;

/// <summary>
/// What the collector found for a query that matched many reports — the exact total, the kept reports and the
/// facet counts — kept for the reader (index snapshot) it was computed on, so that the next request for the
/// same query on the same snapshot skips the pass. A refreshed reader starts with an empty cache, so nothing
/// stale is ever served. Only large results are kept (they are the costly ones), and at most a few hundred.
/// </summary>
internal static class CollectedResultCache
{
    public const int MinReports = 1000;
    private const int MaxEntries = 256;

    /// <summary>The pass's result; its facets are only read from now on, so requests share them.</summary>
    public sealed record Result(int Total, int SameTextCopies, List<TopReports.Entry> Kept, ReportFacets Facets);

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, Result>> ByReader = new();

    public static Result? Get(IndexReader reader, string key) =>
        ByReader.TryGetValue(reader, out var cache) && cache.TryGetValue(key, out var result) ? result : null;

    public static void Put(IndexReader reader, string key, Result result)
    {
        if (result.Total < MinReports) return;
        var cache = ByReader.GetOrCreateValue(reader);
        if (cache.Count >= MaxEntries) cache.Clear(); // simple and bounded: popular queries come back at once
        cache[key] = result;
    }

    /// <summary>Everything a collector pass depends on, spelled out.</summary>
    public static string KeyOf(EngineQuery q)
    {
        var sb = new StringBuilder();
        foreach (var group in q.Match.Groups)
        {
            sb.Append('(');
            foreach (var p in group) Phrase(sb, p);
            sb.Append(')');
        }
        sb.Append('-');
        foreach (var p in q.Match.Excluded) Phrase(sb, p);
        var f = q.Filters;
        sb.Append("|p:").AppendJoin(',', f.Places.Order(StringComparer.Ordinal))
          .Append("|y:").AppendJoin(',', f.Years.Order()).Append('|').Append(f.FromYear).Append("..").Append(f.ToYear)
          .Append("|k:").AppendJoin(',', f.Kinds.Order(StringComparer.Ordinal))
          .Append("|o:").AppendJoin(',', f.Orgs.Order(StringComparer.Ordinal))
          .Append("|v:").AppendJoin(',', f.Validities.Order(StringComparer.Ordinal))
          .Append("|n:").AppendJoin(',', f.DocNumbers.Order(StringComparer.Ordinal))
          .Append('|').Append(q.Order).Append('|').Append(q.Offset + q.Limit).Append('|').Append(q.SegmentsPerHit);
        return sb.ToString();
    }

    private static void Phrase(StringBuilder sb, MatchPhrase p) =>
        sb.Append(p.Field).Append(':').AppendJoin('\u0001', p.Phrase.Tokens).Append(p.Phrase.LastIsPrefix ? "*" : "").Append('\u0002');
}
