using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Indexing;
using ReportSearch.Ingestion;

namespace ReportSearch.Host.Indexing;

/// <summary>
/// Keeps the index in step with the archive from inside the host: one pass at start, then a rescan every
/// Indexing:RescanSeconds. Off with Indexing:InProcess=false, when a separate worker owns the index. Each
/// pass holds the index's write.lock, so it never writes at the same time as the CLI or the worker.
/// </summary>
public sealed partial class InProcessIndexingService(IndexingSettings settings, IndexingStatus status, ILogger<InProcessIndexingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.InProcess)
        {
            LogDisabled(logger, settings.IndexDirectory);
            status.MarkInitialPassFinished();
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            // Indexing is CPU and disk bound: keep it off the thread that starts the host.
            await Task.Run(() => RunPass(stoppingToken), CancellationToken.None);
            status.MarkInitialPassFinished();
            try { await Task.Delay(settings.RescanInterval, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private void RunPass(CancellationToken stoppingToken)
    {
        try
        {
            using var index = ReportIndexes.OpenForWriting(settings.IndexDirectory);
            var indexer = new ArchiveIndexer(index, ReportParsers.Default(options: ParserOptions.ForIndex(settings.IndexDirectory, settings.Ocr)), new IndexerOptions());
            var r = indexer.Run(settings.Archives, cancel: stoppingToken);
            foreach (var (path, reason) in r.Skipped) LogSkipped(logger, path, reason);
            LogPass(logger, r.FilesScanned, r.Added, r.Updated, r.Deleted, r.Unchanged, r.Skipped.Count, r.Elapsed.TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the index stays as after its last committed batch.
        }
        catch (IndexLockedException e)
        {
            LogLocked(logger, e.Message);
        }
        catch (Exception e)
        {
            // A failed pass must not stop the host: searches keep using the index as it is, the next pass retries.
            LogFailed(logger, e, settings.Archives);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "In-process indexing is off; index {IndexDirectory} is kept up to date by another process")]
    private static partial void LogDisabled(ILogger logger, string indexDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexing pass: {FilesScanned} files, {Added} added, {Updated} updated, {Deleted} deleted, {Unchanged} unchanged, {Skipped} skipped in {ElapsedMs:0} ms")]
    private static partial void LogPass(ILogger logger, int filesScanned, int added, int updated, int deleted, int unchanged, int skipped, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {Path}: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Indexing pass skipped: {Reason}")]
    private static partial void LogLocked(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Indexing pass over {Archives} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, IReadOnlyList<string> archives);
}
