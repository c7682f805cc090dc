using Microsoft.Extensions.Logging;

namespace ReportSearch.Pipeline;

/// <summary>
/// Watches the archive folders (with subfolders) and reports "something changed" through a debouncer. It does
/// not say what changed: the scan that follows compares the whole archive with the index, which is cheap for
/// unchanged files (size and time only) and also catches events the watcher dropped.
/// </summary>
public sealed class ArchiveWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Debouncer _debouncer;
    private readonly ILogger _log;

    public ArchiveWatcher(IEnumerable<string> roots, TimeSpan debounce, Action onChange, ILogger log)
    {
        _log = log;
        _debouncer = new Debouncer(debounce, onChange);
        foreach (var root in roots)
        {
            var full = Path.GetFullPath(root);
            try
            {
                var w = new FileSystemWatcher(full)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                    // The largest buffer the OS allows without extra cost; an overflow still triggers a full scan.
                    InternalBufferSize = 64 * 1024,
                };
                w.Created += OnEvent;
                w.Changed += OnEvent;
                w.Deleted += OnEvent;
                w.Renamed += OnEvent;
                w.Error += OnError;
                w.EnableRaisingEvents = true;
                _watchers.Add(w);
            }
            catch (Exception e) when (e is ArgumentException or IOException or PlatformNotSupportedException or UnauthorizedAccessException)
            {
                _log.LogWarning("Cannot watch archive folder {Folder} ({Error}); relying on periodic rescans", full, e.Message);
            }
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        _log.LogDebug("File event {Change} {Path}", e.ChangeType, e.FullPath);
        _debouncer.Poke();
    }

    private void OnError(object sender, ErrorEventArgs e)
    {
        // Usually a buffer overflow: events were lost, so scan everything.
        _log.LogWarning("File watcher error ({Error}); scanning the whole archive", e.GetException().Message);
        _debouncer.Poke();
    }

    public void Dispose()
    {
        foreach (var w in _watchers)
        {
            w.EnableRaisingEvents = false;
            w.Dispose();
        }
        _debouncer.Dispose();
    }
}
