using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Mechanisms;

namespace ReportSearch.Pipeline;

/// <summary>
/// Turns a parsed report into what the index stores: segments (one per district run) with their original
/// text, title and section offsets, and the completions the report offers. The engine's analyzers tokenize
/// those texts. Pure and thread-safe, so the indexer runs it on all cores while a single writer commits.
/// </summary>
public static partial class ReportRecordBuilder
{
    [GeneratedRegex(@"[“「『]([^“”「」『』\s，。、；：！？,.;:!?]{2,12})[”」』]")]
    private static partial Regex QuotedPhrase();

    /// <param name="id">The report's id; null derives it from the first source's path (<see cref="IdFor"/>).</param>
    public static ReportRecord Build(ParsedReport report, IReadOnlyList<IndexSource> sources, string contentHash, string? id = null)
    {
        var meta = report.Metadata;
        var segments = new List<SegmentRecord>();
        foreach (var run in DistrictRuns(report.Sections, meta.District))
        {
            var sections = new List<IndexSection>(run.Sections.Count);
            int length = 0;
            foreach (var section in run.Sections)
            {
                if (length > 0) length++; // the line break after the text so far
                sections.Add(new IndexSection(length, section.Heading, section.District ?? meta.District));
                length += section.Text.Length;
            }
            // The report's title belongs to its first segment; the other parts of a round-up are titled by
            // their own headline, so a word in the round-up's title does not match every district's part.
            var title = segments.Count == 0 ? meta.Title ?? "" : run.Sections.FirstOrDefault(s => s.Heading is not null)?.Heading ?? "";
            var segmentText = Joined(run.Sections, length);
            var regionPath = RegionPathOf(run, meta);
            var mechanisms = MechanismExtractor.Extract(segmentText, sections.Select(s => (s.Start, s.Heading)).ToList());
            var payloads = mechanisms.Count == 0 ? null : new Dictionary<string, byte[]>
            {
                [MechanismPayload.PayloadName] = MechanismPayload.Encode(meta.Title, meta.Year, meta.Date, regionPath, mechanisms, meta.Origins.Year),
            };
            // A round-up part's headline is its own heading; the report's title is as strong as where it came from.
            bool weakTitle = segments.Count == 0 && meta.Origins.Title?.Confidence() == MetadataConfidence.Weak;
            segments.Add(new SegmentRecord(run.District, regionPath, title, segmentText, sections, meta.Category ?? "", payloads,
                weakTitle, DepartmentNames.Find(segmentText)));
        }
        var suggestions = Suggestions(report);
        return new ReportRecord(id ?? IdFor(sources[0].Path), contentHash, FieldsOf(meta), MetadataJson.Write(meta), sources, segments, suggestions)
        {
            // The completions' names and places belong to the vocabulary too, so that it counts every term once per report.
            TextFingerprint = TextFingerprint.Of(report.Sections),
            Vocabulary = VocabularyPhrases.Of(report).Union(suggestions.Select(s => s.Normalized), StringComparer.Ordinal).ToList(),
        };
    }

    // The sections' texts, a line break between two when text came before: written once at its length (a growing
    // builder and its copy were a sixth of what building a record allocated); a single section's text is its own.
    private static string Joined(List<ReportSection> sections, int length)
    {
        if (sections.Count == 1) return sections[0].Text;
        if (length == 0) return "";
        return string.Create(length, sections, static (chars, parts) =>
        {
            int at = 0;
            foreach (var part in parts)
            {
                if (at > 0) chars[at++] = '\n';
                part.Text.CopyTo(chars[at..]);
                at += part.Text.Length;
            }
        });
    }

    // What the engine orders, filters and counts by. 时效性 is always filed (未知 when the text says nothing); the
    // document number by the key every bracket form folds to.
    private static ReportFields FieldsOf(ReportMetadata meta) => new(meta.Year, meta.Date, meta.Kind, meta.Org,
        ValidityText.Of(meta.Validity), meta.DocNumber is { Length: > 0 } number ? DocNumberText.Key(number) : null);

    // The report's own district sits at the end of its region path; a round-up part of another unit has the path
    // ingestion gave its section, else its name alone.
    private static IReadOnlyList<string> RegionPathOf(DistrictRun run, ReportMetadata meta)
    {
        var district = run.District;
        if (district is null) return meta.RegionPath is { Count: > 0 } p && meta.District is null ? p : [];
        if (district == meta.District && meta.RegionPath is { Count: > 0 } path) return path;
        return run.Sections.Select(s => s.RegionPath).FirstOrDefault(p => p is { Count: > 0 } && p[^1] == district) ?? [district];
    }

    /// <summary>The stable report id: derived from its archive path, so links survive re-indexing.</summary>
    public static string IdFor(string relativePath) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(relativePath)))[..16];

    /// <summary>
    /// What a report's index entry depends on: the file's bytes and, when it has one, its metadata sidecar's.
    /// Two paths with the same hash are the same report.
    /// </summary>
    public static string ContentHash(byte[] content, byte[]? sidecar = null)
    {
        if (sidecar is null) return Convert.ToHexStringLower(SHA256.HashData(content));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(content);
        hash.AppendData("\0sidecar\0"u8);
        hash.AppendData(sidecar);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private sealed record DistrictRun(string? District, List<ReportSection> Sections);

    // Consecutive sections of the same district form one segment; a section without its own district
    // belongs to the report's.
    private static List<DistrictRun> DistrictRuns(IReadOnlyList<ReportSection> sections, string? reportDistrict)
    {
        var runs = new List<DistrictRun>();
        foreach (var section in sections)
        {
            var district = section.District ?? reportDistrict;
            if (runs.Count > 0 && runs[^1].District == district) runs[^1].Sections.Add(section);
            else runs.Add(new DistrictRun(district, [section]));
        }
        if (runs.Count == 0) runs.Add(new DistrictRun(reportDistrict, []));
        return runs;
    }

    // Completions offered while typing: quoted names of mechanisms and slogans (“六个一”), and place names.
    private static List<SuggestionTerm> Suggestions(ParsedReport report)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string? display)
        {
            if (string.IsNullOrWhiteSpace(display)) return;
            var normalized = TextNormalizer.NormalizeToString(display);
            if (normalized.Length >= 2) seen.TryAdd(normalized, display.Trim());
        }
        Add(report.Metadata.District);
        foreach (var place in report.Metadata.RegionPath ?? []) Add(place);
        foreach (var section in report.Sections)
        {
            Add(section.District);
            foreach (Match m in QuotedPhrase().Matches(section.Text)) Add(m.Groups[1].Value);
        }
        return seen.Select(kv => new SuggestionTerm(kv.Key, kv.Value)).ToList();
    }
}
