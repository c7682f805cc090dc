using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace ReportSearch.Engine;

/// <summary>
/// Values computed from one Lucene segment, kept as long as the segment lives: segments never change (deletions
/// are applied by the scorers and from live docs, never here), so every reader that still contains a segment shares
/// them. Each value is built by exactly one caller; concurrent callers wait for that build.
/// </summary>
internal static class CoreCache
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<object, Lazy<object>>> ByCore = new();

    /// <param name="key">What is computed: equal keys share one value per segment.</param>
    public static T Get<T>(AtomicReader reader, object key, Func<AtomicReader, T> build) where T : class
    {
        var values = ByCore.GetValue(reader.CoreCacheKey, static _ => new ConcurrentDictionary<object, Lazy<object>>());
        // Searches look values up per segment: the common case (already there) allocates nothing.
        if (!values.TryGetValue(key, out var value))
            value = values.GetOrAdd(key, static (_, a) => new Lazy<object>(() => a.build(a.reader), LazyThreadSafetyMode.ExecutionAndPublication), (reader, build));
        try { return (T)value.Value; }
        catch
        {
            // A Lazy keeps its exception: forget this one, so that a later caller builds again.
            values.TryRemove(KeyValuePair.Create(key, value));
            throw;
        }
    }
}
