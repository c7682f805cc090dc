namespace ReportSearch.Ingestion;

/// <summary>
/// An issuing body named relative to the document's own place, as a department's header block or signature prints it
/// (省住房公积金管理局, 市人民政府办公室, 县教育局, 自治区财政厅, 镇人民政府), takes the name of that place
/// (海南省住房公积金管理局) where the document's region path holds a unit of that level, the nearest one above its
/// region: the issuing-body facet then counts one body per province, not one 省财政厅 for all of them. Without such a
/// unit the name stays as printed.
/// </summary>
internal static class RelativeOrgNames
{
    // The level word a relative name opens with, longest first: also how the names of the units it refers to end.
    private static readonly string[] Levels = ["自治区", "街道", "省", "市", "县", "区", "镇", "乡"];

    // Names that open with a level's character without being relative: 市场监督管理局, 区域合作办, 县级…, 乡村振兴局.
    private static readonly string[] Words =
        ["市场", "市民", "市级", "市域", "市内", "市直", "市属", "市县", "省级", "省域", "省内", "省直", "省属",
         "县级", "县域", "县直", "县属", "县区", "区级", "区域", "区县", "区直", "区属", "乡镇", "乡村", "乡级", "镇级", "镇村"];

    // What a body's name ends with (局, 厅, 委员会, 人民政府, 办公室, 中心 …): nothing else is taken for a body.
    private static readonly string[] BodyEndings =
        ["局", "厅", "委", "委员会", "政府", "办公室", "办公厅", "办", "中心", "院", "所", "站", "队", "处", "会", "部", "室", "办事处"];

    /// <summary><paramref name="org"/> with each relative body qualified by its place on <paramref name="regionPath"/>.</summary>
    public static string? Qualified(string? org, IReadOnlyList<string>? regionPath)
    {
        if (org is null || regionPath is not { Count: > 0 }) return org;
        // Joint issuers (省财政厅、省教育厅) are qualified one by one.
        var bodies = org.Split('、');
        bool changed = false;
        for (int i = 0; i < bodies.Length; i++)
        {
            var qualified = QualifiedBody(bodies[i], regionPath);
            if (qualified is null) continue;
            bodies[i] = qualified;
            changed = true;
        }
        return changed ? string.Join('、', bodies) : org;
    }

    private static string? QualifiedBody(string body, IReadOnlyList<string> path)
    {
        // Read on the simplified view (縣政府辦 is 县政府办), which keeps Han positions; the rest stays as printed.
        var view = ChineseText.Simplify(body);
        if (!BodyEndings.Any(e => view.EndsWith(e, StringComparison.Ordinal))) return null;
        if (Words.Any(w => view.StartsWith(w, StringComparison.Ordinal))) return null;
        foreach (var level in Levels)
        {
            if (!view.StartsWith(level, StringComparison.Ordinal) || view.Length <= level.Length + 1) continue;
            for (int i = path.Count - 1; i >= 0; i--)
            {
                var unit = path[i];
                // A bare 区 is a district, never an autonomous region (广西壮族自治区 writes 自治区 in full).
                if (!unit.EndsWith(level, StringComparison.Ordinal) || level == "区" && unit.EndsWith("自治区", StringComparison.Ordinal)) continue;
                return unit + body[level.Length..];
            }
            return null;
        }
        return null;
    }
}
