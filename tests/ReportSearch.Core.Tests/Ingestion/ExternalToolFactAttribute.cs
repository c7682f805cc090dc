namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A test that needs external programs (LibreOffice, ocrmypdf, poppler). Without them it is reported as skipped,
/// with the command that installs them, except under CI=true, where it runs and fails.
/// </summary>
public sealed class ExternalToolFactAttribute : FactAttribute
{
    public ExternalToolFactAttribute(params string[] programs)
    {
        var skip = ExternalTools.SkipReason(programs);
        if (skip is not null) Skip = skip;
    }
}

/// <summary>The theory form of <see cref="ExternalToolFactAttribute"/>.</summary>
public sealed class ExternalToolTheoryAttribute : TheoryAttribute
{
    public ExternalToolTheoryAttribute(params string[] programs)
    {
        var skip = ExternalTools.SkipReason(programs);
        if (skip is not null) Skip = skip;
    }
}

internal static class ExternalTools
{
    private static readonly Dictionary<string, string> Packages = new()
    {
        ["soffice"] = "libreoffice-writer-nogui",
        ["ocrmypdf"] = "ocrmypdf tesseract-ocr-chi-sim tesseract-ocr-chi-tra",
        ["tesseract"] = "tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra",
        ["pdftoppm"] = "poppler-utils",
        ["img2pdf"] = "img2pdf",
    };

    public static bool RunningInCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    public static string? SkipReason(string[] programs)
    {
        var missing = programs.Where(p => Find(p) is null).ToList();
        if (missing.Count == 0 || RunningInCi) return null;
        return $"needs {string.Join(", ", missing)}: apt-get install -y --no-install-recommends {string.Join(' ', missing.Select(p => Packages.GetValueOrDefault(p, p)))}";
    }

    /// <summary>Fails the test (under CI=true) with the install command when a program is missing.</summary>
    public static string Require(string program) =>
        Find(program) ?? throw new InvalidOperationException($"{program} is missing: apt-get install -y --no-install-recommends {Packages.GetValueOrDefault(program, program)}");
}
