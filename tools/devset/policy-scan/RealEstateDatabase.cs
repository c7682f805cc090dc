using System.Globalization;
using Parquet.Serialization;
using ReportSearch.Places;

/// <summary>
/// 中金's real-estate policy database as imported by ljz060707-lang/China-Real-Estate-Policy-Database
/// (data/curated/records.parquet): each policy's place as analysts recorded it (geography_original), its issuance date
/// and title, beside the page text a crawler fetched.
/// </summary>
sealed class RealEstateDatabase(string parquetPath, Gazetteer gazetteer) : ScanSource
{
    public const string ScanName = "policy-scan";
    private int _notPolicy;

    public override string Name => ScanName;

    public override string LeftOut => $"{_notPolicy} not a policy or work report, ";

    public override async Task<IReadOnlyList<ScanRecord>> ReadAsync()
    {
        IList<Dictionary<string, object>> rows;
        await using (var stream = File.OpenRead(parquetPath)) rows = (await ParquetSerializer.DeserializeUntypedAsync(stream)).Data;
        var records = new List<ScanRecord>();
        foreach (var row in rows)
        {
            string? Get(string key) => row.TryGetValue(key, out var v) ? v?.ToString() : null;
            if (Get("record_type") is not ("policy_document" or "government_report")) { _notPolicy++; continue; }
            // The database heads many titles with the place in 【】 (【浙江省绍兴市】…): its label, not the document's.
            var title = System.Text.RegularExpressions.Regex.Replace(Get("title_normalized") ?? Get("title") ?? "", @"^\s*【[^】]*】", "").Trim('《', '》', ' ');
            DateOnly? date = DateTime.TryParseExact(Get("issuance_date") ?? Get("record_date"), "MM/dd/yyyy HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? DateOnly.FromDateTime(d) : null;
            records.Add(new ScanRecord(Get("record_id")!, Get("full_text") ?? "", title, LabelledPath(Get("geography_original")), date, Get("record_date")));
        }
        return records;
    }

    // The database's place as a path of the gazetteer: its names read from the left, each the longest name that lies
    // within the one before (浙江省杭州市余杭区 → 浙江省›杭州市›余杭区; 北京 → 北京市). Several places (、) or a name the
    // gazetteer does not hold (a new area, 高新区) leave the record out.
    private List<string>? LabelledPath(string? geography)
    {
        if (geography is null) return null;
        var g = geography.Trim();
        if (g == "全国") return ["全国"];
        if (g.Contains('、') || g.Contains('，') || g.Contains(',')) return null;
        Place? at = null;
        int i = 0;
        while (i < g.Length)
        {
            Place? next = null;
            int nextEnd = 0;
            for (int j = g.Length; j >= i + 2 && next is null; j--)
            {
                foreach (var name in new[] { g[i..j], g[i..j] + "市", g[i..j] + "省" })
                {
                    var found = gazetteer.Named(name).Where(p => at is null ? p.Parent is null || p.Level == PlaceLevel.City : p.IsWithin(at) && !ReferenceEquals(p, at)).ToList();
                    if (found.Count == 1) { next = found[0]; nextEnd = j; break; }
                }
            }
            if (next is null) return null;
            at = next;
            i = nextEnd;
        }
        return at is null ? null : [.. at.Path];
    }
}
