using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using F = ReportSearch.Engine.IndexFields;

namespace ReportSearch.Engine;

/// <summary>
/// The index's own vocabulary as one snapshot holds it: the reports' words and short phrases
/// (<see cref="ReportRecord.Vocabulary"/>) and their completions (quoted names, places: <see cref="ReportRecord.Suggestions"/>),
/// each with the number of reports that hold it. Bounded: at most <see cref="MaxEntries"/> entries, the most frequent
/// (a term below the cut-off is left out with every other term of its frequency, so the cut does not depend on
/// the order of the terms). Counts are Lucene's document frequencies, which include reports deleted since the last
/// merge: good for ordering, while a count shown to a user comes from a search. Immutable and thread-safe.
/// </summary>
public sealed class IndexVocabulary
{
    /// <summary>Most entries kept per snapshot (about 60 bytes each).</summary>
    public const int MaxEntries = 200_000;

    /// <summary>A term (normalized), how it is shown (as written for names and places), and how many reports hold it.</summary>
    public readonly record struct Entry(string Text, string Display, int Reports);

    private readonly Entry[] _sorted;
    private readonly Dictionary<int, int[]> _byLength;

    /// <param name="entries">Distinct texts, in any order.</param>
    public IndexVocabulary(IEnumerable<Entry> entries)
    {
        _sorted = entries.OrderBy(e => e.Text, StringComparer.Ordinal).ToArray();
        _byLength = Enumerable.Range(0, _sorted.Length).GroupBy(i => _sorted[i].Text.Length).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public int Count => _sorted.Length;

    /// <summary>Every entry, in ordinal order of the text.</summary>
    public IReadOnlyList<Entry> Entries => _sorted;

    /// <summary>The entries whose text starts with <paramref name="prefix"/> (the prefix itself included when it is one).</summary>
    public IEnumerable<Entry> StartingWith(string prefix)
    {
        for (int i = LowerBound(prefix); i < _sorted.Length && _sorted[i].Text.StartsWith(prefix, StringComparison.Ordinal); i++)
            yield return _sorted[i];
    }

    /// <summary>The entries of exactly <paramref name="length"/> UTF-16 characters.</summary>
    public IEnumerable<Entry> OfLength(int length) =>
        _byLength.TryGetValue(length, out var indexes) ? indexes.Select(i => _sorted[i]) : [];

    private int LowerBound(string text)
    {
        int lo = 0, hi = _sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_sorted[mid].Text, text) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    // ---- Building, once per snapshot.

    private sealed class Build(IndexReader snapshot)
    {
        public readonly Lazy<IndexVocabulary> Value = new(() => Read(snapshot), LazyThreadSafetyMode.ExecutionAndPublication);
        private int _started;
        public bool TryStart() => Interlocked.Exchange(ref _started, 1) == 0;
    }

    private static readonly ConditionalWeakTable<IndexReader, Build> BySnapshot = new();

    /// <summary>
    /// The vocabulary of <paramref name="snapshot"/>. With <paramref name="last"/> (an earlier snapshot's) and this one's
    /// not built yet, the build starts in the background and <paramref name="last"/> answers meanwhile: a completion must
    /// come while the user types, not after the terms of a large index were read.
    /// </summary>
    internal static IndexVocabulary Of(IndexReader snapshot, IndexVocabulary? last, Action<IndexVocabulary> built)
    {
        var build = BySnapshot.GetValue(snapshot, static s => new Build(s));
        if (build.Value.IsValueCreated || last is null)
        {
            var value = build.Value.Value;
            built(value);
            return value;
        }
        if (build.TryStart())
        {
            snapshot.IncRef();
            _ = Task.Run(() =>
            {
                try { built(build.Value.Value); }
                catch (Exception e) when (e is ObjectDisposedException or IOException) { /* the snapshot went away */ }
                finally { try { snapshot.DecRef(); } catch (ObjectDisposedException) { } }
            });
        }
        return last;
    }

    // Two passes over the vocabulary field's terms: how many terms each report count has, then the terms at or above the
    // count that keeps at most MaxEntries; then the completion field for how names are written.
    internal static IndexVocabulary Read(IndexReader snapshot, int maxEntries = MaxEntries)
    {
        var histogram = new SortedDictionary<int, int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        Terms(snapshot, F.Vocabulary, (_, reports) => histogram[reports] = histogram.GetValueOrDefault(reports) + 1);
        int threshold = int.MaxValue, kept = 0;
        foreach (var (reports, terms) in histogram)
        {
            if (kept + terms > maxEntries) break;
            kept += terms;
            threshold = reports;
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        Terms(snapshot, F.Vocabulary, (text, reports) => { if (reports >= threshold) counts[text] = reports; });
        // A name is shown as most of its reports write it ("normalized\u001Fdisplay"); a phrase as it is.
        var displays = new Dictionary<string, (string Display, int Reports)>(StringComparer.Ordinal);
        Terms(snapshot, F.Suggest, (value, reports) =>
        {
            int cut = value.IndexOf(F.SuggestSeparator);
            if (cut <= 0 || !counts.ContainsKey(value[..cut])) return;
            var (text, display) = (value[..cut], value[(cut + 1)..]);
            if (!displays.TryGetValue(text, out var seen) || reports > seen.Reports || reports == seen.Reports && string.CompareOrdinal(display, seen.Display) < 0)
                displays[text] = (display, reports);
        });
        return new IndexVocabulary(counts.Select(kv => new Entry(kv.Key, displays.TryGetValue(kv.Key, out var d) ? d.Display : kv.Key, kv.Value)));
    }

    private static void Terms(IndexReader snapshot, string field, Action<string, int> visit)
    {
        var terms = MultiFields.GetTerms(snapshot, field);
        if (terms is null) return;
        var e = terms.GetEnumerator();
        while (e.MoveNext()) visit(e.Term.Utf8ToString(), e.DocFreq);
    }
}
