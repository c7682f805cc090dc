using ReportSearch.Search;
using static ReportSearch.Host.Api.ParameterText;

namespace ReportSearch.Host.Api;

/// <summary>The parameters of /reports/{id}/related: size 1–50 (default 10), level any (default) or same.</summary>
public static class RelatedRequestBinder
{
    public sealed record RelatedRequest(int Size, bool SameLevel);

    private static readonly Dictionary<string, bool> Levels = new(StringComparer.Ordinal)
    {
        [RelatedReportFinder.AnyLevel] = false,
        [RelatedReportFinder.SameLevel] = true,
    };

    public static Bound<RelatedRequest> Bind(RelatedParameters p)
    {
        if (!TryOptionalInt(p.Size, RelatedReportFinder.DefaultSize, out int size) || size is < 1 or > RelatedReportFinder.MaxSize)
            return Bound<RelatedRequest>.Fail("bad_size", $"条数 size 必须是 1 到 {RelatedReportFinder.MaxSize} 之间的整数。");
        if (!TryChoice(p.Level, Levels, false, out bool sameLevel))
            return Bound<RelatedRequest>.Fail("bad_level", "层级 level 只能是 any（所有其他地区）或 same（同级的其他地区）。");
        return Bound<RelatedRequest>.Ok(new RelatedRequest(size, sameLevel));
    }
}
