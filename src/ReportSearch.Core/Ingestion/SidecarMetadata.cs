using System.Text.Json;

namespace ReportSearch.Ingestion;

/// <summary>
/// Metadata written by hand next to a report, overriding everything the parser finds. For <c>report.txt</c> the
/// sidecar is <c>report.txt.meta.json</c> or else <c>report.meta.json</c>; sidecars are not reports themselves.
/// Keys (case-insensitive, all optional, unknown keys ignored):
/// <code>
/// { "title": "西区街道2024年工作总结", "district": "西区街道", "region": "中山市", "year": 2024,
///   "date": "2025-02-08", "org": "中山市人民政府西区街道办事处", "docNumber": "中西府〔2025〕3号", "kind": "总结" }
/// </code>
/// "year" may be a number or a string; "date" any form <see cref="DateText"/> reads. A sidecar that is not
/// valid JSON is ignored rather than making the report unreadable.
/// </summary>
public static class SidecarMetadata
{
    public const string Suffix = ".meta.json";

    public static bool IsSidecar(string path) => path.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The sidecar for <paramref name="reportPath"/> if one exists.</summary>
    public static string? Locate(string reportPath) => Locate(reportPath, File.Exists);

    /// <summary>
    /// The one naming rule: <c>NAME.ext.meta.json</c>, else <c>NAME.meta.json</c>, whichever <paramref name="exists"/>
    /// first (the scanner asks its folder listing instead of the disk).
    /// </summary>
    public static string? Locate(string reportPath, Func<string, bool> exists)
    {
        var full = reportPath + Suffix;
        if (exists(full)) return full;
        var dir = Path.GetDirectoryName(reportPath);
        var stem = Path.Combine(dir ?? "", Path.GetFileNameWithoutExtension(reportPath) + Suffix);
        return exists(stem) ? stem : null;
    }

    /// <summary>
    /// Reads the sidecar at <paramref name="path"/> (as located by the scanner) once: its values, the problems
    /// found, and what the content hash covers. Null when there is none, or it vanished since the scan (the next
    /// scan sees the change). A sidecar that cannot be read throws, as the report itself would.
    /// </summary>
    public static Sidecar? Load(string? path)
    {
        if (path is null) return null;
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MetadataLimits.MaxSidecarBytes) return Oversized(length);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { return null; }
        return FromBytes(bytes);
    }

    /// <summary>A sidecar over <see cref="MetadataLimits.MaxSidecarBytes"/>: ignored, its length hashed.</summary>
    public static Sidecar Oversized(long length) =>
        new(null, [$"sidecar ignored: {length} bytes, limit {MetadataLimits.MaxSidecarBytes}"], BitConverter.GetBytes(length));

    /// <summary>A sidecar from its bytes, read by the caller (the pipeline reads it as it reads reports).</summary>
    public static Sidecar FromBytes(byte[] bytes)
    {
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return new Sidecar(null, ["sidecar ignored: not a JSON object"], bytes);
            var problems = new List<string>();
            return new Sidecar(FromJson(doc.RootElement, problems), problems, bytes);
        }
        catch (JsonException) { return new Sidecar(null, ["sidecar ignored: not valid JSON"], bytes); }
    }

    internal static ReportMetadata FromJson(JsonElement root, List<string>? problems = null)
    {
        string? Str(string key)
        {
            foreach (var p in root.EnumerateObject())
            {
                if (!p.Name.Equals(key, StringComparison.OrdinalIgnoreCase)) continue;
                var s = p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.Number => p.Value.GetRawText(),
                    _ => null,
                };
                if (string.IsNullOrWhiteSpace(s)) return null;
                s = s.Trim();
                if (MetadataLimits.Fits(key, s)) return s;
                problems?.Add($"sidecar {key} ignored: {s.Length} characters, limit {MetadataLimits.MaxLength(key)}");
                return null;
            }
            return null;
        }

        var rawYear = Str("year");
        int? year = int.TryParse(rawYear, out var y) && y is >= 1900 and <= 2100 ? y : null;
        if (rawYear is not null && year is null) problems?.Add("sidecar year ignored: not a year between 1900 and 2100");
        var rawDate = Str("date");
        var date = DateText.Normalize(rawDate);
        // A date that is no calendar date (2020-13-45) is refused, never stored as written.
        if (rawDate is not null && date is null) problems?.Add("sidecar date ignored: not a valid calendar date");
        var district = Str("district");
        var region = Str("region");
        return new ReportMetadata
        {
            Title = Str("title"),
            District = district is null ? null : ChineseText.Simplify(district),
            Region = region is null ? null : ChineseText.Simplify(region),
            Year = year,
            Date = date,
            Org = Str("org"),
            DocNumber = Str("docNumber"),
            Category = Str("category"),
            Kind = Str("kind"),
        };
    }
}
