using System.Diagnostics;

namespace ReportSearch.Bench;

/// <summary>
/// CPU time used by a process (the host under load, or this bench process generating it), as the OS accounts it. On
/// a machine whose cores serve both the host and the load generator, requests per second alone cannot tell what the
/// host would answer with the cores to itself; the host's CPU per request can.
/// </summary>
internal static class ProcessCpu
{
    /// <summary>The process's user and system CPU so far; null where it cannot be read (no such process).</summary>
    public static TimeSpan? Of(string? pid)
    {
        if (pid is null || !int.TryParse(pid, out var id)) return null;
        try
        {
            using var process = Process.GetProcessById(id);
            return process.TotalProcessorTime;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException) { return null; }
    }

    /// <summary>This process's CPU so far.</summary>
    public static TimeSpan Own()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
