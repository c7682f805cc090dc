using System.Diagnostics;
using System.Reflection;
using System.Runtime;
using System.Runtime.CompilerServices;
using ReportSearch.Ingestion;

namespace ReportSearch.Pipeline.Extraction;

/// <summary>
/// The child worker's side of extraction under budgets, and how a parent starts one. Every program that indexes
/// (the CLI, the worker, the host) calls <see cref="RunIfRequested"/> first thing in its Main: started with the
/// hidden <see cref="Argument"/>, the program is a child worker; otherwise the call records that this program can
/// start children of itself, so no extra executable has to be found or shipped (single-file publishing included).
/// </summary>
public static class ExtractionChild
{
    /// <summary>The hidden argument that makes a program a child worker.</summary>
    public const string Argument = "--extract-worker";

    private static volatile bool _hostedByThisProgram;

    /// <summary>The exit code of a child that ran out of memory (after it reported the file it was extracting).</summary>
    public const int ExitOutOfMemory = 3;

    /// <summary>Runs the child loop when <paramref name="args"/> ask for it and returns its exit code; otherwise null.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // the calling assembly must be the program's
    public static int? RunIfRequested(string[] args)
    {
        if (args.Length != 1 || args[0] != Argument)
        {
            // Only the program's own Main: a test runner that calls a program's Main (WebApplicationFactory) cannot
            // start itself as a child worker.
            if (Assembly.GetCallingAssembly() == Assembly.GetEntryAssembly()) _hostedByThisProgram = true;
            return null;
        }
        return Run(Console.OpenStandardInput(), Console.OpenStandardOutput());
    }

    /// <summary>
    /// How to start a child worker of this program: its executable and arguments; null when this program has no
    /// child mode (a test runner) or the platform cannot measure a child's memory.
    /// </summary>
    public static (string FileName, string[] Arguments)? Command()
    {
        if (!_hostedByThisProgram || !(OperatingSystem.IsLinux() || OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())) return null;
        if (Environment.ProcessPath is not { } self) return null;
        // Started as `dotnet Program.dll`: the child is started the same way. A single-file or apphost program is its own executable.
        bool viaMuxer = Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        if (!viaMuxer) return (self, [Argument]);
        var entry = Assembly.GetEntryAssembly()?.Location;
        return string.IsNullOrEmpty(entry) ? null : (self, [entry, Argument]);
    }

    /// <summary>
    /// The loop of a child: settings first, an empty result once it is ready, then one result for each request,
    /// until the parent closes the input.
    /// </summary>
    public static int Run(Stream input, Stream output)
    {
        // Nothing a library prints may corrupt the frames on standard output.
        Console.SetOut(Console.Error);
        var settings = ExtractionProtocol.Read<ExtractionChildSettings>(input);
        if (settings is null) return 0;
        WatchParent(settings.ParentProcessId);
        var parsers = settings.ToIndexerSettings().Parsers();
        WarmUp(parsers);
        ExtractionProtocol.Write(output, new ExtractionResult(null, null));
        while (ExtractionProtocol.Read<ExtractionRequest>(input) is { } request)
        {
            ExtractionResult result;
            bool outOfMemory = false;
            try
            {
                result = FileExtraction.Extract(request.File, request.IndexedId, new ArchiveBoundary(request.RealRoots), parsers);
            }
            catch (OutOfMemoryException)
            {
                // The heap limit the parent set (the memory budget) was reached: report it, then exit, since a
                // process that ran out of memory may be left in any state. The parent starts another.
                result = new(null, ExtractionBudget.ExceededMemory(settings.MemoryLimitMegabytes));
                outOfMemory = true;
            }
            ExtractionProtocol.Write(output, result);
            if (outOfMemory) return ExitOutOfMemory;
            ReturnMemoryAfterLargeFile(settings.MemoryLimitMegabytes);
        }
        return 0;
    }

    // A new child loads its parsers' code and the gazetteer on its first report: that happens here, before it
    // says it is ready, so that a file's time limit counts the file's work and not the child's start.
    private static void WarmUp(ReportParsers parsers)
    {
        const string Sample = "<html><body><h1>西园街道2020年工作总结</h1><p>福建省泉州市晋江市西园街道推进“六个一”工作机制。</p></body></html>";
        var file = new SourceFile("warm-up.html", "warm-up.html", Sample.Length, DateTime.UtcNow);
        var report = parsers.Parse(file, System.Text.Encoding.UTF8.GetBytes(Sample));
        ReportRecordBuilder.Build(report, [new Engine.IndexSource(file.RelativePath, file.Size, 0)], "warm-up");
    }

    // The parent measures the child's resident memory per file: memory a large file left behind would count
    // against the next one, so it is given back once it is more than a quarter of the budget.
    private static void ReturnMemoryAfterLargeFile(int limitMegabytes)
    {
        if (GC.GetGCMemoryInfo().TotalCommittedBytes < limitMegabytes * 1024L * 1024 / 4) return;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    // A child whose parent died (SIGKILL) would otherwise finish a runaway file before it noticed its closed input.
    private static void WatchParent(int parentId)
    {
        var thread = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(TimeSpan.FromSeconds(2));
                if (!IsAlive(parentId)) Environment.Exit(0);
            }
        }) { IsBackground = true, Name = "parent watch" };
        thread.Start();
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var p = Process.GetProcessById(processId);
            return !p.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }
}
