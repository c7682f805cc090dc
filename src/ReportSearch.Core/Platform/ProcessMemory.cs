using System.Diagnostics;

namespace ReportSearch.Platform;

/// <summary>
/// A process's memory as the kernel counts it: resident now (VmRSS) and at its peak (VmHWM), from
/// <c>/proc/&lt;pid&gt;/status</c> on Linux; elsewhere .NET's working set (the peak as far as .NET knows it).
/// </summary>
public static class ProcessMemory
{
    /// <summary>Resident bytes of <paramref name="processId"/> now; null when it is gone.</summary>
    public static long? ResidentBytes(int processId) => Read(processId, "VmRSS:", p => p.WorkingSet64);

    /// <summary>The most resident bytes <paramref name="processId"/> ever held; null when it is gone.</summary>
    public static long? PeakResidentBytes(int processId) => Read(processId, "VmHWM:", p => p.PeakWorkingSet64);

    private static long? Read(int processId, string field, Func<Process, long> portable)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                foreach (var line in File.ReadLines($"/proc/{processId}/status"))
                    if (line.StartsWith(field, StringComparison.Ordinal))
                        return long.Parse(line.AsSpan(field.Length).Trim().TrimEnd("kB").Trim()) * 1024;
                return null;
            }
            catch (IOException) { return null; }
            catch (UnauthorizedAccessException) { return null; }
        }
        try
        {
            using var p = Process.GetProcessById(processId);
            p.Refresh();
            return portable(p);
        }
        catch (ArgumentException) { return null; }
        catch (InvalidOperationException) { return null; }
    }
}
