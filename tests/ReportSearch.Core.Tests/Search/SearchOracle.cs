using System.Text;
using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Search;

/// <summary>
/// The brute-force answer to "which reports contain this term": a linear scan of every report's normalized
/// title and segment texts, with the rule that a term beginning or ending with a letter or digit matches
/// whole words there. Independent of the index, the tokenizer and the query translation under test. Each report's
/// fields (kind, issuing body, 时效性) are those its record is filed under, its sidecar read as the pipeline reads it.
/// </summary>
public sealed class SearchOracle
{
    private readonly List<(string Source, string? District, int? Year, ReportFields Fields, List<(string? District, string Text)> Texts)> _reports = [];
    // Each segment's values as the engine's text field holds them: body, title, category (normalized).
    private readonly Dictionary<string, List<string[]>> _segments = [];

    public SearchOracle(string archive)
    {
        var parsers = ReportParsers.Default();
        foreach (var path in Directory.GetFiles(archive, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (SidecarMetadata.IsSidecar(path)) continue;
            var relative = Path.GetRelativePath(archive, path).Replace('\\', '/');
            var bytes = File.ReadAllBytes(path);
            ParsedReport parsed;
            try { parsed = parsers.Parse(new SourceFile(path, relative, bytes.Length, File.GetLastWriteTimeUtc(path)), bytes, SidecarMetadata.Load(SidecarMetadata.Locate(path))); }
            catch (UnreadableFileException) { continue; }
            var doc = ReportSearch.Pipeline.ReportRecordBuilder.Build(parsed, [new IndexSource(relative, bytes.Length, 0)], "x");
            var texts = doc.Segments.Select(s => (s.District, TextNormalizer.NormalizeToString(s.Text))).ToList();
            // Title and category (breadcrumb) are searchable metadata besides the body.
            texts.Add((null, TextNormalizer.NormalizeToString(parsed.Metadata.Title ?? "")));
            texts.Add((null, TextNormalizer.NormalizeToString(parsed.Metadata.Category ?? "")));
            _reports.Add((relative, parsed.Metadata.District, parsed.Metadata.Year, doc.Fields, texts));
            _segments[relative] = doc.Segments.Select(seg => new[] { seg.Text, seg.Title, seg.Category }.Select(TextNormalizer.NormalizeToString).ToArray()).ToList();
        }
    }

    public IReadOnlyList<string> Sources => _reports.Select(r => r.Source).ToList();

    public HashSet<string> Matching(string term)
    {
        var normalized = TextNormalizer.NormalizeToString(term);
        return _reports.Where(r => r.Texts.Any(t => Contains(t.Text, normalized))).Select(r => r.Source).ToHashSet();
    }

    /// <summary>
    /// Reports where all <paramref name="terms"/> occur together as the engine's AND reads them: in one segment, whose
    /// title (the report's for the first, its own headline for a round-up's other parts) and category count as part of it.
    /// </summary>
    public HashSet<string> MatchingAll(IReadOnlyList<string> terms)
    {
        var normalized = terms.Select(TextNormalizer.NormalizeToString).ToList();
        return _segments.Where(r => r.Value.Any(segment => normalized.All(t => segment.Any(value => Contains(value, t)))))
            .Select(r => r.Key).ToHashSet();
    }

    public (string? District, int? Year) MetadataOf(string source)
    {
        var r = _reports.Single(x => x.Source == source);
        return (r.District, r.Year);
    }

    /// <summary>The kind, issuing body and 时效性 the report is filed under (what the facets count).</summary>
    public ReportFields FieldsOf(string source) => _reports.Single(x => x.Source == source).Fields;

    public static bool Contains(string text, string term)
    {
        if (term.Length == 0) return false;
        for (int at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            if (char.IsLowSurrogate(text[at])) continue;
            int end = at + term.Length;
            bool startOk = !IsWord(Rune.GetRuneAt(term, 0)) || at == 0 || !IsWord(RuneBefore(text, at));
            bool endOk = !IsWord(RuneBefore(term, term.Length)) || end == text.Length || !IsWord(Rune.GetRuneAt(text, end));
            if (startOk && endOk) return true;
        }
        return false;
    }

    private static bool IsWord(Rune r) => CharClass.Of(r) == CharKind.Word;

    private static Rune RuneBefore(string s, int index)
    {
        Rune.DecodeLastFromUtf16(s.AsSpan(0, index), out var r, out _);
        return r;
    }
}
