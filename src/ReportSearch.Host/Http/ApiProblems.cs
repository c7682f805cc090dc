using Microsoft.AspNetCore.Http.HttpResults;

namespace ReportSearch.Host.Http;

/// <summary>
/// The host's errors as application/problem+json (RFC 9457): a Chinese title and detail for the person
/// reading them, and a stable <c>code</c> extension for programs. It lives in Http, below Api and Pages, because
/// the rate limiter and the fallback route answer with these problems too.
/// </summary>
public static class ApiProblems
{
    public static ProblemHttpResult BadRequest(string code, string detail) =>
        Problem(StatusCodes.Status400BadRequest, "请求参数无效", code, detail);

    public static ProblemHttpResult ReportNotFound() =>
        Problem(StatusCodes.Status404NotFound, "未找到报告", "report_not_found", "没有这个编号的报告：可能已从档案中删除，或链接有误。");

    public static ProblemHttpResult MechanismNotFound() =>
        Problem(StatusCodes.Status404NotFound, "未找到机制", "mechanism_not_found", "档案中没有以这个名称提到的机制或做法。");

    public static ProblemHttpResult MechanismRegionNotFound() =>
        Problem(StatusCodes.Status404NotFound, "未找到地区", "mechanism_region_not_found", "这个地区没有提到该机制或做法的报告：地区 region 应为该地区的 regionPath 以 › 连接。");

    public static ProblemHttpResult NotFound() =>
        Problem(StatusCodes.Status404NotFound, "未找到", "not_found", "请求的地址不存在。");

    public static ProblemHttpResult IndexNotReady() =>
        Problem(StatusCodes.Status503ServiceUnavailable, "索引尚未就绪", "index_not_ready", "检索索引尚未建立，请稍后再试。");

    /// <summary>The archive's first indexing is under way: <c>indexedPercent</c> says how far it has come.</summary>
    public static ProblemHttpResult IndexBuilding(int indexedPercent) =>
        Problem(StatusCodes.Status503ServiceUnavailable, "正在建立索引", "index_building", $"正在建立索引（已完成 {indexedPercent}%），完成后即可检索，请稍后再试。",
            new() { ["indexedPercent"] = indexedPercent });

    public static ProblemHttpResult IndexUnavailable() =>
        Problem(StatusCodes.Status503ServiceUnavailable, "索引暂时不可用", "index_unavailable", "检索索引读取出错（可能已损坏），正在恢复，请稍后再试。");

    public static ProblemHttpResult OperatorsOnly() =>
        Problem(StatusCodes.Status403Forbidden, "仅限运维人员", "operators_only", "此地址仅对运维人员开放：请求须带 X-Admin-Key 管理密钥。");

    public static ProblemHttpResult TooManyRequests() =>
        Problem(StatusCodes.Status429TooManyRequests, "请求过于频繁", "rate_limited", "请求过于频繁，请稍后再试。");

    private static ProblemHttpResult Problem(int status, string title, string code, string detail, Dictionary<string, object?>? extensions = null)
    {
        extensions ??= [];
        extensions["code"] = code;
        return TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
    }
}
