namespace ReportSearch.Ingestion;

/// <summary>The fields of a 政府信息公开 catalogue block, whatever each site calls them (<see cref="HeaderLabels"/>).</summary>
internal enum HeaderField
{
    /// <summary>索引号: the catalogue's own number, never the document's 文号.</summary>
    IndexNumber,
    Category,
    Org,
    /// <summary>成文日期, 发文日期, 生成日期: the day the document was written or signed.</summary>
    WrittenDate,
    DocNumber,
    Title,
    /// <summary>发布日期, 发布时间, 公开日期, 时间: the day the page was posted (a re-posting date, weaker than the document's own).</summary>
    PublishedDate,
    Validity,
    RepealDate,
    ValidUntil,
    EffectiveDate,
    /// <summary>来源, 信息来源: the publishing site or body; the issuing body only when it is a government body.</summary>
    Source,
    /// <summary>内容概述: a summary, which many sites fill with the document's name; a title only when it is shaped as one.</summary>
    Summary,
    /// <summary>Keywords, counters: recognised so that they leave the body, but not metadata.</summary>
    Other,
}
