using System.Diagnostics;

namespace ReportSearch.Ingestion;

/// <summary>Runs a helper program (ocrmypdf, LibreOffice) with arguments passed as a list, never through a shell, and a time limit.</summary>
internal static class ExternalProcess
{
    public sealed record Result(int ExitCode, string StandardError);

    /// <summary>Runs the program to its end; kills it and its children and throws <see cref="TimeoutException"/> when it overruns.</summary>
    /// <param name="environment">Variables set for the program only, on top of this process's environment.</param>
    public static Result Run(string program, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync(); // drained so the program never blocks on a full pipe
        if (!process.WaitForExit(timeout))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.WaitForExit(5000);
            throw new TimeoutException($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:0} s");
        }
        process.WaitForExit();
        stdout.Wait();
        return new Result(process.ExitCode, stderr.Result);
    }

    /// <summary>The full path of a program: <paramref name="configured"/> if given, else the first <paramref name="name"/> on the PATH; null when absent.</summary>
    public static string? Find(string? configured, string name)
    {
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
