using System.Diagnostics;
using System.Text;
using ReportSearch.Ingestion;
using ReportSearch.Platform;

namespace ReportSearch.Pipeline.Extraction;

/// <summary>
/// One child worker as its parent sees it: a process that extracts one file after another, killed (with anything
/// it started) the moment a file takes longer than the time limit or the process holds more than the memory limit.
/// A killed or crashed child is not used again; the pool starts another.
/// </summary>
internal sealed class ExtractionChildProcess : IDisposable
{
    // How often the parent looks at a busy child's clock and memory.
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly Process _process;
    private readonly Stream _input, _output;
    private readonly StringBuilder _lastErrors = new();
    private readonly TimeSpan _timeLimit;
    private readonly int _memoryLimitMegabytes;

    public bool Usable { get; private set; } = true;
    public int ProcessId => _process.Id;

    private ExtractionChildProcess(Process process, TimeSpan timeLimit, int memoryLimitMegabytes)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        _timeLimit = timeLimit;
        _memoryLimitMegabytes = memoryLimitMegabytes;
        process.ErrorDataReceived += (_, e) => KeepLastError(e.Data);
        process.BeginErrorReadLine();
    }

    /// <summary>Starts a child and sends it its settings; throws when the program cannot be started.</summary>
    public static ExtractionChildProcess Start((string FileName, string[] Arguments) command, IndexerSettings settings)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in command.Arguments) start.ArgumentList.Add(a);
        // The managed heap may not grow past the memory budget: an allocation beyond it fails in the child (which
        // reports the file and exits) before the parent's measurement has to kill it. One heap, no background GC:
        // a child does one thing at a time and should hold as little as it can.
        start.Environment["DOTNET_GCHeapHardLimit"] = (settings.ExtractionMemoryMegabytes * 1024L * 1024).ToString("X");
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_gcConcurrent"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command.FileName}");
        var child = new ExtractionChildProcess(process, settings.ExtractionTimeLimit, settings.ExtractionMemoryMegabytes);
        ExtractionProtocol.Write(child._input, ExtractionChildSettings.Of(settings));
        // Ready once it has loaded its parsers (no time limit: a busy machine may take long, and no file is at stake).
        if (ExtractionProtocol.Read<ExtractionResult>(child._output) is null)
        {
            child.Dispose();
            throw new IOException($"the child worker {command.FileName} exited before it was ready");
        }
        return child;
    }

    public ExtractionResult Extract(SourceFile file, string? indexedId, ArchiveBoundary boundary)
    {
        var clock = Stopwatch.StartNew();
        try { ExtractionProtocol.Write(_input, new ExtractionRequest(file, indexedId, boundary.RealRoots)); }
        catch (IOException) { return Failed(); }
        var reply = ExtractionProtocol.ReadAsync<ExtractionResult>(_output);
        long limitBytes = _memoryLimitMegabytes * 1024L * 1024;
        // Waiting on the handle does not throw when the read fails (a child that died mid-answer): that is handled below.
        while (!((IAsyncResult)reply).AsyncWaitHandle.WaitOne(Poll))
        {
            if (clock.Elapsed > _timeLimit) return Kill(ExtractionBudget.ExceededTime(_timeLimit));
            if (ProcessMemory.ResidentBytes(_process.Id) > limitBytes) return Kill(ExtractionBudget.ExceededMemory(_memoryLimitMegabytes));
        }
        if (reply.IsCompletedSuccessfully && reply.Result is { } result)
        {
            // A child that reported running out of memory exits after its answer.
            if (result.Error == ExtractionBudget.ExceededMemory(_memoryLimitMegabytes)) Usable = false;
            return result;
        }
        return Failed();
    }

    private ExtractionResult Kill(string reason)
    {
        Usable = false;
        try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        _process.WaitForExit(5000);
        return new(null, reason);
    }

    // The child closed its output without answering: it crashed (a stack overflow, a native fault) or was killed.
    private ExtractionResult Failed()
    {
        Usable = false;
        _process.WaitForExit(5000);
        string exit = _process.HasExited ? $"exit code {_process.ExitCode}" : "no answer";
        string detail;
        lock (_lastErrors) detail = _lastErrors.ToString().Trim();
        return new(null, $"extraction worker failed ({exit})" + (detail.Length > 0 ? ": " + detail : ""));
    }

    // The last few hundred characters the child wrote to stderr: the cause of a crash, for the skip reason.
    private void KeepLastError(string? line)
    {
        if (string.IsNullOrWhiteSpace(line)) return;
        lock (_lastErrors)
        {
            _lastErrors.AppendLine(line);
            if (_lastErrors.Length > 400) _lastErrors.Remove(0, _lastErrors.Length - 400);
        }
    }

    public void Dispose()
    {
        try { _input.Close(); } catch (IOException) { }
        if (!_process.WaitForExit(2000))
            try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        _process.Dispose();
    }
}
