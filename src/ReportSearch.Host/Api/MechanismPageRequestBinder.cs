using Microsoft.AspNetCore.Http.HttpResults;
using ReportSearch.Host.Http;
using ReportSearch.Mechanisms;
using static ReportSearch.Host.Api.ParameterText;

namespace ReportSearch.Host.Api;

/// <summary>
/// The parameters of a mechanism's paged lists: /mechanisms/{name}/regions (page, size) and /mechanisms/{name}/reports
/// (region, page, size). Limits are <see cref="MechanismPaging"/>'s; anything else is a 400 with a Chinese message.
/// </summary>
public static class MechanismPageRequestBinder
{
    public sealed record RegionsRequest(int Page, int Size);

    /// <param name="Region">The region's path joined by › (<see cref="MechanismPaging.RegionKey"/>); empty: reports without a known place.</param>
    public sealed record ReportsRequest(string Region, int Page, int Size);

    public static Bound<RegionsRequest> Bind(MechanismRegionsParameters p)
    {
        if (!TryPage(p.Page, out int page)) return BadPage();
        if (!TrySize(p.Size, MechanismPaging.RegionsShown, out int size)) return BadSize();
        return Bound<RegionsRequest>.Ok(new RegionsRequest(page, size));
    }

    public static Bound<ReportsRequest> Bind(MechanismReportsParameters p)
    {
        if (p.Region is null or []) return Bound<ReportsRequest>.Fail("missing_region",
            "缺少地区 region：写该地区的各级名称（即 regionPath），以 › 连接，如 浙江省›杭州市›西湖区；地区不详的报告写 region=（空值）。");
        if (p.Region.Length > 1) return Bound<ReportsRequest>.Fail("repeated_parameter", "region、page 和 size 各只能给一个。");
        var region = p.Region[0]?.Trim() ?? "";
        if (region.Length > RequestLimits.MaxRegionPathChars)
            return Bound<ReportsRequest>.Fail("region_too_long", $"地区 region 过长：最多 {RequestLimits.MaxRegionPathChars} 个字符。");
        if (!TryPage(p.Page, out int page)) return BadPage();
        if (!TrySize(p.Size, MechanismPaging.DefaultReportsSize, out int size)) return BadSize();
        return Bound<ReportsRequest>.Ok(new ReportsRequest(region, page, size));
    }

    private static bool TryPage(string[]? values, out int page) =>
        TryOptionalInt(values, 1, out page) && page is >= 1 and <= MechanismPaging.MaxPage;

    private static bool TrySize(string[]? values, int fallback, out int size) =>
        TryOptionalInt(values, fallback, out size) && size is >= 1 and <= MechanismPaging.MaxSize;

    private static ProblemHttpResult BadPage() =>
        ApiProblems.BadRequest("bad_page", $"页码 page 必须是 1 到 {MechanismPaging.MaxPage} 之间的整数。");

    private static ProblemHttpResult BadSize() =>
        ApiProblems.BadRequest("bad_size", $"每页条数 size 必须是 1 到 {MechanismPaging.MaxSize} 之间的整数。");
}
