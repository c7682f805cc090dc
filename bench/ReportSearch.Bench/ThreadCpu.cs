using System.Runtime.InteropServices;

namespace ReportSearch.Bench;

/// <summary>
/// CPU time of the calling thread (getrusage RUSAGE_THREAD, Linux): unlike wall time it does not grow while
/// other processes hold the cores, so it stays comparable on a busy machine. NaN where unavailable.
/// </summary>
internal static partial class ThreadCpu
{
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSec, UserUsec, SysSec, SysUsec;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVcsw, NIvcsw;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int getrusage(int who, out RUsage usage);

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux()) return double.NaN;
        try
        {
            if (getrusage(1, out var u) != 0) return double.NaN;
            return (u.UserSec + u.SysSec) * 1000.0 + (u.UserUsec + u.SysUsec) / 1000.0;
        }
        catch (DllNotFoundException) { return double.NaN; }
        catch (EntryPointNotFoundException) { return double.NaN; }
    }
}
