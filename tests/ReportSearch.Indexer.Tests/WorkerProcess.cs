using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace ReportSearch.Indexer.Tests;

/// <summary>The worker as a separate process (`dotnet ReportSearch.Indexer.dll`), started from the test's output folder.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Func<string, bool>? _signalWhen;
    private readonly int _signal;
    private string? _signalledAfter;

    public DateTime StartedUtc { get; } = DateTime.UtcNow;

    private WorkerProcess(Process process, Func<string, bool>? signalWhen, int signal)
    {
        _process = process;
        _signalWhen = signalWhen;
        _signal = signal;
    }

    public static WorkerProcess Start(TempArchive archive, params string[] extra) => StartWorker(archive, null, 0, extra);

    /// <summary>
    /// Starts the worker and kills it (SIGKILL) on the first output line that <paramref name="when"/> accepts. The
    /// kill is sent by the thread that reads the output, as the line arrives: no polling delay lets the worker run on.
    /// </summary>
    public static WorkerProcess StartAndKillAfter(TempArchive archive, Func<string, bool> when, params string[] extra) => StartWorker(archive, when, Sigkill, extra);

    /// <summary>As <see cref="StartAndKillAfter"/>, with SIGTERM: the stop a service manager sends.</summary>
    public static WorkerProcess StartAndTerminateAfter(TempArchive archive, Func<string, bool> when, params string[] extra) => StartWorker(archive, when, Sigterm, extra);

    private const int Sigkill = 9, Sigterm = 15;

    private static WorkerProcess StartWorker(TempArchive archive, Func<string, bool>? signalWhen, int signal, string[] extra) =>
        Start(Path.Combine(AppContext.BaseDirectory, "ReportSearch.Indexer.dll"), archive,
            ["--archive", archive.Archive, "--index", archive.IndexDir, "--Indexer:ScanInterval=00:00:05", "--Indexer:Debounce=00:00:00.300", .. extra], signalWhen, signal);

    /// <summary>Any of our programs (<paramref name="dll"/>) as a separate process, in the archive's root folder.</summary>
    public static WorkerProcess StartProgram(string dll, TempArchive archive, IEnumerable<string> arguments) => Start(dll, archive, arguments, null, 0);

    private static WorkerProcess Start(string dll, TempArchive archive, IEnumerable<string> arguments, Func<string, bool>? signalWhen, int signal)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            // Logs go to logs/ under the working directory, as for a real deployment.
            WorkingDirectory = archive.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])[dll, .. arguments])
            info.ArgumentList.Add(a);
        var process = new Process { StartInfo = info };
        var worker = new WorkerProcess(process, signalWhen, signal);
        process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    // The dotnet CLI tells child processes where it lives; fall back to PATH.
    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } p && File.Exists(p) ? p : "dotnet";

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.AppendLine(line);
            if (_signalWhen is null || _signalledAfter is not null || !_signalWhen(line)) return;
            // Only the signal here (no assertion, no waiting for the exit: that would wait for this very reader).
            _signalledAfter = SendSignal(_process.Id, _signal) == 0 ? line : $"(signal {_signal} failed, errno {Marshal.GetLastPInvokeError()}) {line}";
        }
    }

    /// <summary>The line after which the signal was sent; null if the condition never held.</summary>
    public string? SignalledAfter
    {
        get { lock (_output) return _signalledAfter; }
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    public int Id => _process.Id;

    public int ExitCode => _process.ExitCode;

    /// <summary>kill -9: no chance to finish anything.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        Assert.True(_process.WaitForExit(10_000), "killed worker did not exit");
    }

    /// <summary>SIGTERM, as a service manager stops the service.</summary>
    public void Terminate() => Assert.Equal(0, SendSignal(_process.Id, Sigterm));

    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) return false;
        _process.WaitForExit(); // drains the redirected output
        return true;
    }

    // DllImport rather than LibraryImport: the latter needs unsafe code enabled for one call.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }
}
