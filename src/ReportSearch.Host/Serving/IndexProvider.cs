using System.Runtime;
using Microsoft.Extensions.Options;
using ReportSearch.Engine;
using ReportSearch.Hosting;
using ReportSearch.Mechanisms;
using ReportSearch.Pipeline;
using ReportSearch.Search;

namespace ReportSearch.Host.Serving;

/// <summary>
/// The read side of the index for all requests. The index may appear after the host starts (first in-process
/// pass, or a separate worker), so it is opened on first use and kept; the reader itself follows new commits,
/// a rebuilt index and a deleted one.
/// </summary>
/// <param name="indexer">The in-process indexer; null when another process indexes.</param>
public sealed class IndexProvider(IOptions<IndexerSettings> settings, IndexerService? indexer = null) : IDisposable
{
    /// <summary>Resolved once, against the current directory at start, like the indexer's.</summary>
    public string IndexDirectory { get; } = Path.GetFullPath(settings.Value.Index);

    private readonly Lock _gate = new();
    private IReportIndexReader? _index;
    private SearchService? _search;
    // Opened while the archive's first indexing ran (statistics, the readiness check): its snapshot may lag the end
    // of that indexing by a refresh interval, and the first searches after it must see the whole archive.
    private bool _openedDuringFirstIndexing;

    /// <exception cref="IndexNotFoundException">No index has been written yet, or it was deleted.</exception>
    public SearchService Search => Open().Search;

    /// <exception cref="IndexNotFoundException">No index has been written yet, or it was deleted.</exception>
    public IReportIndexReader Index => Open().Index;

    /// <summary>
    /// Changes with every commit the host sees (and with a rebuilt index): part of the ETag of API responses,
    /// so caches revalidate cheaply and never serve results of an older index.
    /// </summary>
    public string Version()
    {
        try { return Index.Version; }
        catch (IndexNotFoundException) { return "none"; }
    }

    private volatile Failure? _lastFailure;

    private sealed record Failure(string Version, string Description);

    /// <summary>An engine error a request met (<see cref="Http.EngineFailureHandler"/>): reported as damage until the index changes.</summary>
    public void ReportFailure(Exception e)
    {
        string version;
        try { version = Version(); }
        catch (Exception) { version = "unreadable"; } // the index may not even open: Damage() then fails on its own
        _lastFailure = new Failure(version, $"{e.GetType().Name}: {e.Message}");
    }

    /// <summary>
    /// Damage of the index served now: an engine error a request met on this version of the index, or what
    /// <see cref="IReportIndexReader.FindDamage"/> finds (checksums of segments not verified yet, an unreadable
    /// newest commit). Null when none is known.
    /// </summary>
    public string? Damage()
    {
        var version = Version();
        if (_lastFailure is { } failure && failure.Version == version) return "a search failed on this index: " + failure.Description;
        return Index.FindDamage();
    }

    private (IReportIndexReader Index, SearchService Search) Open()
    {
        lock (_gate)
        {
            if (_index is null)
            {
                _index = ReportIndexes.OpenForReading(IndexDirectory);
                _search = new SearchService(_index);
                _openedDuringFirstIndexing = indexer?.FirstIndexing is not null;
                WarmUp(_index, _search);
            }
            else if (_openedDuringFirstIndexing && indexer?.FirstIndexing is null)
            {
                _openedDuringFirstIndexing = false;
                _index.Refresh();
            }
            return (_index, _search!);
        }
    }

    // The first mechanism catalogue of a large archive takes seconds to build, the vocabulary and SmartCn's
    // dictionaries a second or so: started now, in the background, so that neither the first search's precedent card,
    // the first mechanism page nor the first query finding nothing waits for all of it.
    private static void WarmUp(IReportIndexReader index, SearchService search) => _ = Task.Run(() =>
    {
        try { ServingWarmUp.Run(index, search); }
        catch (Exception e) when (e is IndexNotFoundException or ObjectDisposedException or IOException) { /* served again once the index is back */ }
        ReturnBuildMemory();
    });

    // Those builds leave garbage of their own size (a 10 GB archive's catalogue peaks near 550 MB to keep 130), and the
    // server GC keeps what it has committed until a later collection needs it: the host started at 590–630 MB of
    // working set and dropped to 420–480 MB only once load had made it collect. One compacting collection that
    // returns free memory to the system, once, when the builds are done (a pause of tens of ms, in the first seconds).
    private static void ReturnBuildMemory()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    public void Dispose()
    {
        lock (_gate) _index?.Dispose();
    }
}
