using Microsoft.Extensions.Logging;

namespace ReportSearch.Pipeline;

/// <summary>
/// One log line per batch (files done/total, MB/s, ETA) and one per skipped file. A file skipped for the same
/// reason as before is logged at Debug only: periodic rescans try skipped files again and would otherwise
/// repeat the same warning every interval.
/// </summary>
public sealed class BatchProgressLog(ILogger log, HashSet<(string, string)> alreadyReported) : IProgress<IndexProgress>
{
    public void Report(IndexProgress p)
    {
        foreach (var (path, reason) in p.SkippedInBatch)
        {
            var level = alreadyReported.Add((path, reason)) ? LogLevel.Warning : LogLevel.Debug;
            log.Log(level, "Skipped {Path}: {Reason}", path, reason);
        }
        double percent = p.FilesTotal > 0 ? 100.0 * p.FilesDone / p.FilesTotal : 100;
        log.LogInformation(
            "Batch indexed: {FilesDone}/{FilesTotal} files ({Percent:F0}%), {MegabytesDone:F1}/{MegabytesTotal:F1} MB, {MegabytesPerSecond:F2} MB/s, ETA {Eta}",
            p.FilesDone, p.FilesTotal, percent, p.BytesDone / 1048576.0, p.BytesTotal / 1048576.0, p.MegabytesPerSecond,
            p.Remaining is { } eta ? eta.ToString(@"hh\:mm\:ss") : "-");
    }
}
