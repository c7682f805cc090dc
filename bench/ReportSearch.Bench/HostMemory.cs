namespace ReportSearch.Bench;

/// <summary>
/// A running host's resident memory, read from /proc/PID/status (Linux). The kernel's high-water mark (VmHWM) is the
/// process's peak since it started, start-up builds included, so the peak under load is sampled while the load runs.
/// </summary>
internal sealed class HostMemory : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly string _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private double _peakMb;

    private HostMemory(string pid)
    {
        _pid = pid;
        _sampling = Task.Run(Sample);
    }

    /// <summary>Starts sampling, or null when the process's status cannot be read.</summary>
    public static HostMemory? Start(string? pid) => pid is not null && File.Exists($"/proc/{pid}/status") ? new HostMemory(pid) : null;

    /// <summary>Resident MB now and the process's peak since it started; null where the process is gone.</summary>
    public static (double Now, double SinceStart)? Read(string? pid)
    {
        try
        {
            double now = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) now = Kb(line) / 1024.0;
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kb(line) / 1024.0;
            }
            return (now, peak);
        }
        catch (IOException) { return null; }
    }

    /// <summary>The highest resident MB seen since <see cref="Start"/>.</summary>
    public double PeakMb => _peakMb;

    private async Task Sample()
    {
        while (!_stop.IsCancellationRequested)
        {
            if (Read(_pid) is { } m) _peakMb = Math.Max(_peakMb, m.Now);
            try { await Task.Delay(Interval, _stop.Token); } catch (OperationCanceledException) { }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        await _sampling;
        _stop.Dispose();
    }

    private static double Kb(string line) => double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
}
