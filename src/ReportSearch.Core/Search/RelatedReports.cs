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
public sealed class RelatedReportFinder(IReportSearcher searcher, IMechanismSource? mechanisms)
{
    public const int DefaultSize = 10;
    public const int MaxSize = 50;
    public const string AnyLevel = "any";
    public const string SameLevel = "same";

    // A shared mechanism counts like this share of the score: a named practice both reports adopt says more about
    // the topic than any one word.
    private const double MechanismBonus = 0.25;
    // Candidates read per result, so that the mechanism bonus can reorder more than the first few.
    private const int CandidatesPerResult = 2;

    /// <summary>Null when no report has this id.</summary>
    public RelatedReports? Find(string id, int size = DefaultSize, bool sameLevel = false)
    {
        if (size is < 1 or > MaxSize) throw new ArgumentOutOfRangeException(nameof(size));
        var catalog = mechanisms?.Mechanisms(current: false);
        var own = catalog?.NamedIn(id) ?? [];
        var similar = searcher.Similar(new SimilarQuery(id, size * CandidatesPerResult, sameLevel, own));
        if (similar is null) return null;
        var ranked = similar.Select(s =>
        {
            var shared = own.Count == 0 ? [] : catalog!.NamedIn(s.Report.Id).Intersect(own, StringComparer.Ordinal).ToList();
            var related = new RelatedReport(Math.Round(s.Score * (1 + MechanismBonus * shared.Count), 4), s.SharedTerms, shared);
            var labelled = SearchService.Labelled(related, s.Report, MetadataJson.Read(s.Report.Metadata));
            // The place it was found as another place by: the metadata's region, or its district's when the
            // gazetteer does not know the district.
            return labelled.Region is null ? labelled with { Region = s.RegionPath } : labelled;
        }).OrderByDescending(r => r.Score).ThenBy(r => r.Id, StringComparer.Ordinal).Take(size).ToList();
        return new RelatedReports(id, sameLevel ? SameLevel : AnyLevel, ranked);
    }
}
