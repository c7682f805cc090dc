namespace ReportSearch.Ingestion;

/// <summary>
/// Converts legacy word-processor files (.doc, .wps) to .docx with LibreOffice headless. Starting soffice costs
/// about a second warm and 4–5 s cold, so: files that arrive while a conversion runs are converted together in
/// the next soffice run (one start for many files, up to <see cref="MaxBatch"/>); every run of this converter
/// reuses one private user profile (warm starts, and no clash with other soffice instances or parallel test runs);
/// results are cached by content hash, so a rescan never converts again. soffice runs one at a time per converter.
/// </summary>
internal sealed class LibreOfficeConverter
{
    public const int MaxBatch = 32;
    // How long the converting thread waits for more files before it starts soffice.
    private static readonly TimeSpan GatherWindow = TimeSpan.FromMilliseconds(30);

    private readonly ParserOptions _options;
    private readonly ContentCache _cache;
    private readonly object _gate = new();
    private readonly List<Pending> _queue = [];
    private Lazy<string> _profile;
    private bool _converting;
    private int _runs;

    public LibreOfficeConverter(ParserOptions options)
    {
        _options = options;
        _cache = new ContentCache(Path.Combine(options.CacheFolder, "libreoffice"));
        _profile = new Lazy<string>(CreateProfile);
    }

    /// <summary>How many times soffice was started (cache hits and batched files do not add runs).</summary>
    public int Runs => _runs;

    public string? Program => ExternalProcess.Find(_options.LibreOfficePath, "soffice");

    /// <summary>The document as .docx; throws <see cref="UnreadableFileException"/> when LibreOffice is missing or fails.</summary>
    public byte[] ConvertToDocx(byte[] content, string extension)
    {
        var hash = ContentCache.Hash(content);
        var cached = _cache.TryRead(hash, ".docx");
        if (cached is not null) return cached;
        if (_cache.TryReadFailure(hash, ".docx") is { } failed) throw new UnreadableFileException(failed + " (remembered; delete the cache folder to retry)");
        var program = Program ?? throw new UnreadableFileException(MissingReason(extension));

        var pending = new Pending(hash, content, extension.ToLowerInvariant());
        bool lead;
        lock (_gate)
        {
            _queue.Add(pending);
            lead = !_converting;
            _converting = true;
        }
        // The caller that finds soffice idle converts what is queued, batch after batch, until the queue is empty;
        // the others wait for their result.
        if (lead) ConvertQueued(program);
        return pending.Result.Task.GetAwaiter().GetResult();
    }

    public static string MissingReason(string extension) =>
        $"LibreOffice not installed: {extension.ToLowerInvariant()} needs libreoffice-writer-nogui (apt-get install libreoffice-writer-nogui)";

    private void ConvertQueued(string program)
    {
        while (true)
        {
            Thread.Sleep(GatherWindow);
            List<Pending> batch;
            lock (_gate)
            {
                if (_queue.Count == 0) { _converting = false; return; }
                batch = _queue.Take(MaxBatch).ToList();
                _queue.RemoveRange(0, batch.Count);
            }
            try { ConvertBatch(program, batch); }
            catch (Exception e)
            {
                foreach (var p in batch) p.Result.TrySetException(e as UnreadableFileException ?? new UnreadableFileException("LibreOffice conversion failed: " + e.Message, e));
            }
        }
    }

    private void ConvertBatch(string program, List<Pending> batch)
    {
        var work = Directory.CreateTempSubdirectory("reportsearch-lo-").FullName;
        try
        {
            var outDir = Path.Combine(work, "out");
            Directory.CreateDirectory(outDir);
            var inputs = new List<string>();
            foreach (var group in batch.GroupBy(p => p.Hash))
            {
                var input = Path.Combine(work, group.Key + group.First().Extension);
                File.WriteAllBytes(input, group.First().Content);
                inputs.Add(input);
            }
            Interlocked.Increment(ref _runs);
            try
            {
                var timeout = _options.ConversionTimeout * Math.Max(1, inputs.Count);
                ExternalProcess.Run(program,
                    [$"-env:UserInstallation={new Uri(_profile.Value).AbsoluteUri}", "--headless", "--norestore", "--nolockcheck",
                     "--convert-to", "docx:MS Word 2007 XML", "--outdir", outDir, .. inputs],
                    timeout, work);
            }
            catch (TimeoutException) when (batch.Count > 1)
            {
                FreshProfile();
                // One bad file must not fail the others: convert them one by one.
                foreach (var p in batch) ConvertSafely(program, p);
                return;
            }
            catch (TimeoutException e)
            {
                FreshProfile();
                Fail(batch[0], "LibreOffice timed out converting the file", e);
                return;
            }
            foreach (var p in batch)
            {
                var output = Path.Combine(outDir, p.Hash + ".docx");
                if (!File.Exists(output))
                {
                    Fail(p, $"LibreOffice could not convert the {p.Extension} file");
                    continue;
                }
                var docx = File.ReadAllBytes(output);
                _cache.Write(p.Hash, ".docx", docx);
                p.Result.TrySetResult(docx);
            }
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private void Fail(Pending p, string reason, Exception? inner = null)
    {
        _cache.WriteFailure(p.Hash, ".docx", reason);
        p.Result.TrySetException(new UnreadableFileException(reason, inner));
    }

    private void ConvertSafely(string program, Pending p)
    {
        try { ConvertBatch(program, [p]); }
        catch (Exception e) { p.Result.TrySetException(new UnreadableFileException("LibreOffice conversion failed: " + e.Message, e)); }
    }

    // A killed soffice may leave its profile locked or half written: the next run starts from a new one.
    private void FreshProfile() => _profile = new Lazy<string>(CreateProfile);

    // A private profile per converter: removed when the process exits.
    private static string CreateProfile()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"reportsearch-lo-profile-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(dir, recursive: true); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        };
        return dir;
    }

    private sealed record Pending(string Hash, byte[] Content, string Extension)
    {
        public TaskCompletionSource<byte[]> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
