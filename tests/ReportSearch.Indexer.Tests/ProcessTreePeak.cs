using ReportSearch.Platform;

namespace ReportSearch.Indexer.Tests;

/// <summary>
/// The peak resident memory (VmHWM from /proc) of a process and of every child it starts, sampled until disposed: a
/// child killed between two samples keeps the peak last seen, which its own budget bounds anyway.
/// </summary>
public sealed class ProcessTreePeak : IDisposable
{
    private readonly int _root;
    private readonly Dictionary<int, long> _peaks = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _sampler;

    public ProcessTreePeak(int rootProcessId)
    {
        _root = rootProcessId;
        _sampler = new Thread(Sample) { IsBackground = true, Name = "peak memory" };
        _sampler.Start();
    }

    /// <summary>The root process's peak, in bytes.</summary>
    public long Root { get { lock (_peaks) return _peaks.GetValueOrDefault(_root); } }

    /// <summary>Each child's peak, in bytes (the children of the children included).</summary>
    public IReadOnlyList<long> Children { get { lock (_peaks) return [.. _peaks.Where(p => p.Key != _root).Select(p => p.Value)]; } }

    private void Sample()
    {
        while (!_stop.IsCancellationRequested)
        {
            foreach (var pid in Tree(_root))
                if (ProcessMemory.PeakResidentBytes(pid) is { } peak)
                    lock (_peaks) _peaks[pid] = Math.Max(peak, _peaks.GetValueOrDefault(pid));
            _stop.Token.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(25));
        }
    }

    private static IEnumerable<int> Tree(int pid)
    {
        yield return pid;
        // Each thread lists the children it started.
        var children = new List<int>();
        try
        {
            foreach (var task in Directory.GetDirectories($"/proc/{pid}/task"))
                children.AddRange(File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        foreach (var child in children)
            foreach (var p in Tree(child)) yield return p;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _sampler.Join();
    }
}
