using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace ReportSearch.Indexer.Tests;

/// <summary>The worker as a separate process (`dotnet ReportSearch.Indexer.dll`), started from the test's output folder.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public DateTime StartedUtc { get; } = DateTime.UtcNow;

    private WorkerProcess(Process process) => _process = process;

    public static WorkerProcess Start(TempArchive archive, params string[] extra) =>
        StartProgram(Path.Combine(AppContext.BaseDirectory, "ReportSearch.Indexer.dll"), archive,
            ["--archive", archive.Archive, "--index", archive.IndexDir, "--Indexer:ScanInterval=00:00:05", "--Indexer:Debounce=00:00:00.300", .. extra]);

    /// <summary>Any of our programs (<paramref name="dll"/>) as a separate process, in the archive's root folder.</summary>
    public static WorkerProcess StartProgram(string dll, TempArchive archive, IEnumerable<string> arguments)
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
        var worker = new WorkerProcess(process);
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
        lock (_output) _output.AppendLine(line);
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>kill -9: no chance to finish anything.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        Assert.True(_process.WaitForExit(10_000), "killed worker did not exit");
    }

    /// <summary>SIGTERM, as a service manager stops the service.</summary>
    public void Terminate() => Assert.Equal(0, SendSignal(_process.Id, 15));

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
