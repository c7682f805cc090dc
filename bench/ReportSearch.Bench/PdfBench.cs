using System.Diagnostics;
using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Pipeline;
using ReportSearch.Ingestion;

namespace ReportSearch.Bench;

/// <summary>
/// `pdf --pdfs DIR [--from ARCHIVE --count N]`: PDF extraction speed and its share of indexing. With --from, first
/// converts N generated reports (.txt) to PDF with LibreOffice (one soffice run). Then, on one thread, times
/// reading and parsing every PDF (PdfPig, reading order, headers and footers, paragraphs) against analyzing the
/// result, and indexes the folder from empty to set those against the whole build.
/// </summary>
public static class PdfBench
{
    public static int Run(BenchArgs a)
    {
        var pdfs = a.Required("--pdfs");
        if (a.Optional("--from") is { } from) Convert(from, pdfs, a.Int("--count", 200));
        var files = ArchiveScanner.Scan([pdfs]).Where(f => f.FullPath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).ToList();
        if (files.Count == 0) throw new BenchUsageException($"no .pdf files under '{pdfs}'");

        var parsers = ReportParsers.Default();
        double parseMs = 0, analyzeMs = 0;
        long pdfBytes = 0, textChars = 0;
        int skipped = 0;
        foreach (var file in files)
        {
            var t0 = ThreadCpu.Milliseconds();
            var content = File.ReadAllBytes(file.FullPath);
            ParsedReport report;
            try { report = parsers.Parse(file, content); }
            catch (UnreadableFileException) { skipped++; continue; }
            var t1 = ThreadCpu.Milliseconds();
            ReportRecordBuilder.Build(report, [new IndexSource(file.RelativePath, file.Size, 0)], ReportRecordBuilder.ContentHash(content));
            var t2 = ThreadCpu.Milliseconds();
            parseMs += t1 - t0;
            analyzeMs += t2 - t1;
            pdfBytes += content.Length;
            textChars += report.Sections.Sum(s => (long)s.Text.Length);
        }

        var indexDir = Path.Combine(Path.GetTempPath(), "reportsearch-pdf-bench-" + Guid.NewGuid().ToString("N"));
        var clock = Stopwatch.StartNew();
        using (var index = ReportIndexes.OpenForWriting(indexDir))
            new ArchiveIndexer(index, ReportParsers.Default(), new IndexerSettings()).Run([pdfs]);
        var indexSeconds = clock.Elapsed.TotalSeconds;
        try { Directory.Delete(indexDir, recursive: true); } catch (IOException) { }

        var f = new Figures();
        f.Add("pdf_files", files.Count - skipped, "files");
        f.Add("pdf_skipped", skipped, "files");
        f.Add("pdf_mb", Figures.Mb(pdfBytes), "MB");
        f.Add("pdf_text_mb_utf8_est", textChars * 3 / 1048576.0, "MB");
        f.Add("pdf_parse_cpu_s", parseMs / 1000, "s");
        f.Add("pdf_parse_mb_per_s", Figures.Mb(pdfBytes) / (parseMs / 1000), "MB/s");
        f.Add("pdf_parse_ms_per_file", parseMs / Math.Max(1, files.Count - skipped), "ms");
        f.Add("pdf_analyze_cpu_s", analyzeMs / 1000, "s");
        f.Add("pdf_index_wall_s", indexSeconds, "s");
        f.Add("pdf_parse_share_of_index_cpu", parseMs / 1000 / (indexSeconds * Environment.ProcessorCount), "share");
        f.Add("pdf_parse_share_of_one_thread", parseMs / (parseMs + analyzeMs), "share");
        f.Print(Console.Out);
        return 0;
    }

    private static void Convert(string archive, string outDir, int count)
    {
        var sources = Directory.GetFiles(archive, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(count).ToList();
        Directory.CreateDirectory(outDir);
        var profile = Path.Combine(Path.GetTempPath(), "reportsearch-bench-lo-" + Environment.ProcessId);
        var start = new ProcessStartInfo("soffice") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[$"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "pdf", "--outdir", outDir, .. sources])
            start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new BenchUsageException("soffice not found: apt-get install libreoffice-writer-nogui");
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Console.Error.WriteLine($"converted {sources.Count} reports to PDF in {clock.Elapsed.TotalSeconds:F1} s (LibreOffice)");
    }
}
