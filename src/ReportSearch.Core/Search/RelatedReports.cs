using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Mechanisms;

namespace ReportSearch.Search;

/// <summary>A report like the one asked about, from another place, with what makes it alike.</summary>
/// <param name="Score">How alike (the word query's score, raised by shared mechanisms); only the order means something.</param>
/// <param name="SharedTerms">Words of the asked report's strongest that this one has too, strongest first.</param>
/// <param name="SharedMechanisms">Listed mechanisms both reports name.</param>
public sealed record RelatedReport(double Score, IReadOnlyList<string> SharedTerms, IReadOnlyList<string> SharedMechanisms) : ReportLabel;

/// <param name="Level">"same": only places at the report's own level; "any": every other place.</param>
public sealed record RelatedReports(string Id, string Level, IReadOnlyList<RelatedReport> Reports);

/// <summary>
/// "其他地区怎么做的": the reports most like one report from other places. The engine finds them by the word signal
/// (MoreLikeThis over the ICU word field, with the report's mechanism names added to its words); here they get
/// their labels and the mechanisms they share, and sharing mechanisms moves a report up.
/// </summary>
/// <param name="store">Where the report's title and headings are read, which name its subject; null: the engine takes the
/// report's opening line for its title.</param>
public sealed class RelatedReportFinder(IReportSearcher searcher, IReportStore? store, IMechanismSource? mechanisms)
{
    public const int DefaultSize = 10;
    public const int MaxSize = 50;
    public const string AnyLevel = "any";
    public const string SameLevel = "same";

    // A shared mechanism counts like this share of the score: a named practice both reports adopt says more about
    // the topic than any one word.
    private const double MechanismBonus = 0.25;
    // A report of the same kind (a work report for a work report, a regulation for a regulation) counts like this
    // share of the score more: of two reports that share as many words, the one of the same kind is nearer the topic.
    private const double KindBonus = 0.5;
    // Candidates read per result, so that the mechanism and kind bonuses can reorder more than the first few.
    private const int CandidatesPerResult = 3;

    /// <summary>Null when no report has this id.</summary>
    public RelatedReports? Find(string id, int size = DefaultSize, bool sameLevel = false)
    {
        if (size is < 1 or > MaxSize) throw new ArgumentOutOfRangeException(nameof(size));
        var catalog = mechanisms?.Mechanisms(current: false);
        var own = catalog?.NamedIn(id) ?? [];
        var meta = store?.LoadReport(id) is { } stored ? MetadataJson.Read(stored.Metadata) : null;
        var similar = searcher.Similar(new SimilarQuery(id, size * CandidatesPerResult, sameLevel, own, meta is null ? [] : SubjectLines(id, meta),
            meta is null ? null : StrongTitle(meta)));
        if (similar is null) return null;
        var ranked = similar.Select(s =>
        {
            var shared = own.Count == 0 ? [] : catalog!.NamedIn(s.Report.Id).Intersect(own, StringComparer.Ordinal).ToList();
            var theirs = MetadataJson.Read(s.Report.Metadata);
            bool sameKind = meta?.Kind is { Length: > 0 } kind && theirs.Kind == kind;
            var score = s.Score * (1 + MechanismBonus * shared.Count + (sameKind ? KindBonus : 0));
            var related = new RelatedReport(Math.Round(score, 4), s.SharedTerms, shared);
            var labelled = SearchService.Labelled(related, s.Report, theirs);
            // The place it was found as another place by: the metadata's region, or its district's when the
            // gazetteer does not know the district.
            return labelled.Region is null ? labelled with { Region = s.RegionPath } : labelled;
        }).OrderByDescending(r => r.Score).ThenBy(r => r.Id, StringComparer.Ordinal).Take(size).ToList();
        return new RelatedReports(id, sameLevel ? SameLevel : AnyLevel, ranked);
    }

    private static string? StrongTitle(ReportMetadata meta) =>
        meta.Title is { Length: > 0 } title && meta.Origins.Title?.Confidence() != MetadataConfidence.Weak ? title : null;

    // The lines that name the report's subject: its title from the metadata (not when it was only guessed from a file
    // name, which often says nothing: 新建文本文档) and its section headings.
    private List<string> SubjectLines(string id, ReportMetadata meta)
    {
        var lines = new List<string>();
        if (StrongTitle(meta) is { } title) lines.Add(title);
        foreach (var segment in store!.LoadSegments(id))
            foreach (var section in segment.Sections)
                if (section.Heading is { Length: > 0 } heading && !lines.Contains(heading)) lines.Add(heading);
        return lines;
    }
}
