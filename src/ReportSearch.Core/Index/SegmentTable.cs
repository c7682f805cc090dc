using Microsoft.Data.Sqlite;

namespace ReportSearch.Index;

/// <summary>
/// What filters, facets and ranking need of every segment (its report, district, year and date), held in
/// arrays indexed by segment key, so that a match needs only <c>rowid, bm25</c> from the FTS table instead of
/// a join per matching row. Immutable; <see cref="SqliteReportIndex"/> loads a new one whenever the
/// index's <see cref="Fingerprint"/> changes, inside the same read transaction as the match.
/// </summary>
internal sealed class SegmentTable
{
    private readonly long[] _reportKey;     // 0: no segment with this key
    private readonly int[] _districtIndex;  // -1: no district
    private readonly int[] _year;           // int.MinValue: no year
    private readonly string?[] _date;
    private readonly string[] _districts;

    public string Fingerprint { get; }
    public int Count { get; }

    private SegmentTable(string fingerprint, int count, long[] reportKey, int[] districtIndex, int[] year, string?[] date, string[] districts)
    {
        Fingerprint = fingerprint;
        Count = count;
        _reportKey = reportKey;
        _districtIndex = districtIndex;
        _year = year;
        _date = date;
        _districts = districts;
    }

    /// <summary>
    /// Changes with every committed batch: the writer stamps last_indexed_at in each batch's transaction, and
    /// the key range and count of segments change with any insert or delete.
    /// </summary>
    public const string FingerprintSql =
        "SELECT coalesce((SELECT value FROM meta WHERE key = 'last_indexed_at'), '') || '|' || coalesce((SELECT max(key) FROM segments), 0) || '|' || (SELECT count(*) FROM segments)";

    public static SegmentTable Load(SqliteConnection c, SqliteTransaction tx, string fingerprint)
    {
        long maxKey;
        using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT coalesce(max(key), 0) FROM segments";
            maxKey = (long)cmd.ExecuteScalar()!;
        }
        if (maxKey > int.MaxValue - 1) throw new InvalidOperationException("segment keys out of range");
        int size = (int)maxKey + 1;
        var reportKey = new long[size];
        var districtIndex = new int[size];
        var year = new int[size];
        var date = new string?[size];
        var districts = new List<string>();
        var districtIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var dates = new Dictionary<string, string>(StringComparer.Ordinal);
        int count = 0;
        using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT s.key, s.report_key, s.district, r.year, r.date FROM segments s JOIN reports r ON r.key = s.report_key";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                long key = r.GetInt64(0);
                if (key <= 0 || key >= size) continue;
                int k = (int)key;
                reportKey[k] = r.GetInt64(1);
                if (r.IsDBNull(2)) districtIndex[k] = -1;
                else
                {
                    var d = r.GetString(2);
                    if (!districtIds.TryGetValue(d, out int id))
                    {
                        districtIds[d] = id = districts.Count;
                        districts.Add(d);
                    }
                    districtIndex[k] = id;
                }
                year[k] = r.IsDBNull(3) ? int.MinValue : r.GetInt32(3);
                if (!r.IsDBNull(4))
                {
                    var s = r.GetString(4);
                    if (!dates.TryGetValue(s, out var shared)) dates[s] = shared = s;
                    date[k] = shared;
                }
                count++;
            }
        }
        return new SegmentTable(fingerprint, count, reportKey, districtIndex, year, date, [.. districts]);
    }

    /// <summary>The match for segment <paramref name="key"/>; false when the table holds no such segment.</summary>
    public bool TryMatch(long key, double score, out SegmentMatch match)
    {
        if (key <= 0 || key >= _reportKey.Length || _reportKey[key] == 0)
        {
            match = default;
            return false;
        }
        int d = _districtIndex[key], y = _year[key];
        match = new SegmentMatch(key, _reportKey[key], d < 0 ? null : _districts[d], y == int.MinValue ? null : y, _date[key], score);
        return true;
    }
}
