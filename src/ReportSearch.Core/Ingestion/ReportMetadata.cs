namespace ReportSearch.Ingestion;

/// <summary>Where a metadata value came from, strongest first.</summary>
public enum MetadataOrigin
{
    Sidecar,
    Header,
    /// <summary>The document's title line.</summary>
    Title,
    /// <summary>The running text (opening lines).</summary>
    Body,
    /// <summary>Place names in the text resolved through the national division gazetteer.</summary>
    Gazetteer,
    /// <summary>Lines where the document states something about itself: venue, passage or signature date.</summary>
    Document,
    /// <summary>Other inference, and what a format declares but often gets wrong (a PDF's Title).</summary>
    Inferred,
    Path,
}

/// <summary>Descriptive fields of a report. Unknown values stay null.</summary>
public sealed record ReportMetadata
{
    public string? Title { get; init; }
    /// <summary>
    /// The most specific unit of <see cref="RegionPath"/> (西园街道), or a gazetteer place name the text gives when several
    /// units bear it and nothing tells them apart (then without a path). Never a string that is not a place.
    /// </summary>
    public string? District { get; init; }
    /// <summary>The region path for display: 福建省 › 泉州市 › 晋江市 › 西园街道.</summary>
    public string? Region { get; init; }
    /// <summary>The issuing unit's place from the widest unit down (福建省, 泉州市, 晋江市, 西园街道), or 全国.</summary>
    public IReadOnlyList<string>? RegionPath { get; init; }
    /// <summary>The document kind: 报告, 总结, 计划, 通知, 意见, 办法, …</summary>
    public string? Kind { get; init; }
    /// <summary>The year the report is about (not necessarily the year it was published).</summary>
    public int? Year { get; init; }
    /// <summary>成文日期 or 发布日期 as yyyy-MM-dd.</summary>
    public string? Date { get; init; }
    public string? Org { get; init; }
    public string? DocNumber { get; init; }
    /// <summary>
    /// Where the report was filed on its site: the breadcrumb trail (首页 > 政务公开 > … > 规划计划). Not body text,
    /// but searchable, since staff look for reports by the column they were published under.
    /// </summary>
    public string? Category { get; init; }

    /// <summary>
    /// How the text was obtained when not read directly from the file: "ocr" (recognised from page images, may
    /// contain recognition errors) or "converted:libreoffice" (.doc, .wps); null for text read as it is.
    /// </summary>
    public string? TextSource { get; init; }

    /// <summary>Field name (camelCase) → where its value came from.</summary>
    public IReadOnlyDictionary<string, MetadataOrigin> Origins { get; init; } = new Dictionary<string, MetadataOrigin>();
}
