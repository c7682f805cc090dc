using ReportSearch.Engine;
using ReportSearch.Pipeline;
using ReportSearch.Pipeline.Extraction;

namespace ReportSearch.Cli;

/// <summary>`reportsearch index`: one incremental pass over the archive.</summary>
internal static class IndexCommand
{
    public static int Run(IndexerSettings settings, TextWriter stdout, TextWriter stderr)
    {
        if (settings.Problems() is { Count: > 0 } problems)
        {
            foreach (var problem in problems) stderr.WriteLine($"error: {problem}");
            return 2;
        }
        using var index = ReportIndexes.OpenForWriting(settings.Index);
        using var extractor = FileExtractors.For(settings, warning => stderr.WriteLine($"warning: {warning}"));
        var indexer = new ArchiveIndexer(index, extractor, settings);
        var progress = new SynchronousProgress<IndexProgress>(p =>
            stderr.WriteLine($"indexed {p.FilesDone}/{p.FilesTotal} files, {p.BytesDone / 1048576.0:F1} MB, {p.MegabytesPerSecond:F1} MB/s"));
        var r = indexer.Run(settings.ArchiveFolders, progress);

        foreach (var (path, reason) in r.Skipped) stderr.WriteLine($"skipped {path}: {reason}");
        stdout.WriteLine(
            $"{r.FilesScanned} files: {r.Added} added, {r.Updated} updated, {r.Deleted} deleted, {r.Unchanged} unchanged, " +
            $"{r.Duplicates} duplicates, {r.Skipped.Count} skipped; {r.BytesRead / 1048576.0:F2} MB read in {r.Elapsed.TotalSeconds:F2} s ({r.MegabytesPerSecond:F1} MB/s)");
        return 0;
    }

    // Progress<T> posts to the thread pool; on a console we want lines in order, right away.
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
