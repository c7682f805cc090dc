using System.Text.Json;
using ReportSearch.Ingestion;

namespace ReportSearch.Mechanisms;

/// <summary>
/// How a first appearance's year is known, as the API names it (the origin, camelCase) and as the pages and the CLI
/// say it (依据：会议届次). The one place for these words.
/// </summary>
public static class YearBasis
{
    public static string? Name(MetadataOrigin? origin) => origin is { } o ? JsonNamingPolicy.CamelCase.ConvertName(o.ToString()) : null;

    /// <summary>The Chinese words for the origin of a year; 未记录 when the index does not say.</summary>
    public static string Label(MetadataOrigin? origin) => origin switch
    {
        MetadataOrigin.Header => "成文日期（文件头）",
        MetadataOrigin.SessionLine => "会议届次",
        MetadataOrigin.IssuedLine => "印发日期",
        MetadataOrigin.Signature => "落款日期",
        MetadataOrigin.Document => "文中所署日期",
        MetadataOrigin.Title => "标题中的年份",
        MetadataOrigin.Sidecar => "元数据文件",
        MetadataOrigin.Body => "正文中的年份（推断）",
        MetadataOrigin.Path => "文件名（推断）",
        MetadataOrigin.Inferred => "推断",
        null => "未记录（推断）",
        _ => "其他",
    };
}
