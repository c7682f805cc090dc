using ReportSearch.Ingestion;

namespace ReportSearch.Mechanisms;

/// <summary>
/// The reports that name a listed mechanism, as a few numbers each: numbered in the order of their ids (so that
/// comparing two numbers compares their ids), with the year, date and year origin that order and filter them and the
/// document whose payload holds their id and title. Those strings stay on disk (see <see cref="MentionReader"/>): at
/// a quarter of a GB of archive they were most of the catalogue's heap, and they grew with every report.
/// </summary>
internal sealed class CatalogReports
{
    private readonly int[] _year;
    private readonly int[] _date;
    private readonly byte[] _origin;
    private readonly int[] _doc;
    /// <summary>The distinct dates (null: none); <see cref="_dateRank"/> orders them as "date, else 9999" does.</summary>
    private readonly string?[] _dates;
    private readonly int[] _dateRank;
    /// <summary>Hashes of the ids (<see cref="IdHash"/>), sorted, with the report of each.</summary>
    private readonly long[] _idHashes;
    private readonly int[] _byIdHash;

    public int Count => _year.Length;

    /// <param name="reports">Each report's id, year (0: unknown), date, year origin and first payload document, in any order.</param>
    /// <returns>The facts, and for each report given its number here.</returns>
    public static (CatalogReports Reports, int[] NumberOf) Of(IReadOnlyList<(string Id, int Year, string? Date, MetadataOrigin? Origin, int Doc)> reports)
    {
        var byId = Enumerable.Range(0, reports.Count).OrderBy(i => reports[i].Id, StringComparer.Ordinal).ToArray();
        var numberOf = new int[reports.Count];
        for (int n = 0; n < byId.Length; n++) numberOf[byId[n]] = n;
        var dates = reports.Select(r => r.Date).Distinct().ToArray();
        var dateIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int noDate = -1;
        for (int i = 0; i < dates.Length; i++)
            if (dates[i] is { } d) dateIndex[d] = i; else noDate = i;
        var dateOrder = Enumerable.Range(0, dates.Length).OrderBy(i => dates[i] ?? "9999", StringComparer.Ordinal).ToArray();
        var dateRank = new int[dates.Length];
        for (int k = 0; k < dateOrder.Length; k++)
            // Equal keys ("9999" written and no date) share a rank, as they compared equal before.
            dateRank[dateOrder[k]] = k > 0 && string.Equals(dates[dateOrder[k]] ?? "9999", dates[dateOrder[k - 1]] ?? "9999", StringComparison.Ordinal) ? dateRank[dateOrder[k - 1]] : k;
        var facts = new CatalogReports(byId.Length, dates, dateRank);
        for (int n = 0; n < byId.Length; n++)
        {
            var r = reports[byId[n]];
            facts._year[n] = r.Year;
            facts._date[n] = r.Date is null ? noDate : dateIndex[r.Date];
            facts._origin[n] = r.Origin is { } o ? (byte)(o + 1) : (byte)0;
            facts._doc[n] = r.Doc;
            facts._idHashes[n] = IdHash(r.Id);
        }
        for (int n = 0; n < byId.Length; n++) facts._byIdHash[n] = n;
        Array.Sort(facts._idHashes, facts._byIdHash);
        return (facts, numberOf);
    }

    private CatalogReports(int count, string?[] dates, int[] dateRank)
    {
        _year = new int[count];
        _date = new int[count];
        _origin = new byte[count];
        _doc = new int[count];
        _idHashes = new long[count];
        _byIdHash = new int[count];
        _dates = dates;
        _dateRank = dateRank;
    }

    public int? Year(int report) => _year[report] == 0 ? null : _year[report];
    /// <summary>The year, 0 when unknown.</summary>
    public int YearValue(int report) => _year[report];
    public string? Date(int report) => _dates[_date[report]];
    /// <summary>Compares as the dates do when a missing one counts as "9999".</summary>
    public int DateRank(int report) => _dateRank[_date[report]];
    public MetadataOrigin? YearOrigin(int report) => _origin[report] == 0 ? null : (MetadataOrigin)(_origin[report] - 1);
    /// <summary>The year comes from what the document says of itself, not from its body or file name.</summary>
    public bool YearIsStrong(int report) => YearOrigin(report) is { } origin && origin.Confidence() == MetadataConfidence.Strong;
    /// <summary>A document of the report whose payload gives its id and title.</summary>
    public int Doc(int report) => _doc[report];

    /// <summary>The report with this id, or -1 when none names a listed mechanism.</summary>
    public int WithId(string reportId)
    {
        int i = Array.BinarySearch(_idHashes, IdHash(reportId));
        return i < 0 ? -1 : _byIdHash[i];
    }

    // A report is looked up by a 64-bit hash of its id (FNV-1a over its UTF-16 code units, case and all) rather than
    // by the id, which is not kept: two ids of an archive share one with a chance of about n²/2⁶⁵ (below 10⁻⁷ for a
    // million reports). Not the engine's report hash, which is the id itself for 16 hex digits in either case.
    private static long IdHash(string id)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in id)
        {
            hash = (hash ^ (byte)c) * 1099511628211UL;
            hash = (hash ^ (byte)(c >> 8)) * 1099511628211UL;
        }
        return (long)hash;
    }
}
