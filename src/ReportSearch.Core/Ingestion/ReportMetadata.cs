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
    /// <summary>The session line of a speech or work report (——2020年1月15日在…人民代表大会…会议上) or the congress's numbers.</summary>
    SessionLine,
    /// <summary>The body signing the document above its date at the end.</summary>
    Signature,
    /// <summary>The issuing line at the end of a policy: …办公厅2020年12月10日印发.</summary>
    IssuedLine,
    /// <summary>The issuing body at the start of the title (…人民政府关于…).</summary>
    IssuingBody,
    /// <summary>The document speaking of itself at the level of a place it names (我街道, 本镇, 全县).</summary>
    SelfReference,
    /// <summary>A national addressee line (各省、自治区、直辖市人民政府，国务院各部委、各直属机构).</summary>
    Addressee,
}

/// <summary>How far a metadata value can be trusted, from where it came.</summary>
public enum MetadataConfidence { Weak, Strong }

public static class MetadataOrigins
{
    /// <summary>
    /// The confidence of a value of that origin. Facet fields (region, year) are set only from strong origins;
    /// what only the running text or a file path suggests is weak.
    /// </summary>
    public static MetadataConfidence Confidence(this MetadataOrigin origin) => origin switch
    {
        MetadataOrigin.Body or MetadataOrigin.Inferred or MetadataOrigin.Path => MetadataConfidence.Weak,
        _ => MetadataConfidence.Strong,
    };
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
    /// <summary>文号 in its standard form (国发〔2017〕35号, see <see cref="ReportSearch.Analysis.DocNumberText"/>); never the 索引号.</summary>
    public string? DocNumber { get; init; }
    /// <summary>时效性 where the text or its catalogue block says it: 现行有效, 已废止 or 已修订; null when unknown.</summary>
    public string? Validity { get; init; }
    /// <summary>
    /// Places the text names without strong evidence that they are the report's own (region paths, 广东省 › 广州市):
    /// searchable and shown as mentioned, never the report's region.
    /// </summary>
    public IReadOnlyList<string>? MentionedPlaces { get; init; }
    /// <summary>Years the opening names that are not the report's own year (nor targets): searchable, never the year facet.</summary>
    public IReadOnlyList<int>? MentionedYears { get; init; }
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

    /// <summary>Where each field's value came from.</summary>
    public FieldOrigins Origins { get; init; } = new();
}
