using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>Word documents built at test time with OpenXml.</summary>
public class DocxParserTests
{
    /// <summary>A .docx with one paragraph per line; lines given with a style id get that paragraph style.</summary>
    internal static byte[] Docx(IEnumerable<(string Text, string? Style)> paragraphs, string? coreTitle = null, bool chineseStyleNames = false)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                Enumerable.Range(1, 4).Select(level => new Style(
                    new StyleName { Val = chineseStyleNames ? $"标题 {level}" : $"heading {level}" },
                    new StyleParagraphProperties(new OutlineLevel { Val = level - 1 }))
                { Type = StyleValues.Paragraph, StyleId = chineseStyleNames ? level.ToString() : $"Heading{level}" }));
            var body = new Body();
            foreach (var (text, style) in paragraphs)
            {
                var paragraph = new Paragraph();
                if (style is not null) paragraph.ParagraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = style });
                paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                body.Append(paragraph);
            }
            main.Document = new Document(body);
            if (coreTitle is not null) doc.PackageProperties.Title = coreTitle;
        }
        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(Seeds), MemberType = typeof(IngestionTestSupport))]
    public void SeedWrittenIntoADocx_ParsesLikeTheOriginal(string seed)
    {
        var lines = SeedText(seed).ReplaceLineEndings("\n").Split('\n').Select(l => (l, (string?)null));
        var parsed = ParseVirtual(Path.ChangeExtension(seed, ".docx"), Docx(lines));
        AssertSameReport(ParseSeed(seed), parsed);
    }

    [Theory]
    [InlineData(false, "Heading1", "Heading2")]
    [InlineData(true, "1", "2")]
    public void WordHeadingStyles_StartSections(bool chineseStyleNames, string h1, string h2)
    {
        var bytes = Docx(
        [
            ("白沙镇2019年工作总结", h1),
            ("今年以来，白沙镇围绕中心工作。", null),
            ("项目建设", h2),
            ("新开工项目8个。", null),
            ("民生保障", h2),
            ("新增就业岗位300个。", null),
        ], coreTitle: "白沙镇2019年工作总结", chineseStyleNames: chineseStyleNames);
        var report = ParseVirtual("docs/总结.docx", bytes);
        Assert.Equal(["白沙镇2019年工作总结", "项目建设", "民生保障"], report.Sections.Select(s => s.Heading));
        Assert.Equal("项目建设\n新开工项目8个。", report.Sections[1].Text);
        Assert.Equal("白沙镇", report.Metadata.District);
        Assert.Equal(2019, report.Metadata.Year);
        Assert.Equal(MetadataOrigin.Header, report.Metadata.Origins.Title);
    }

    [Fact]
    public void CorruptZip_IsUnreadable()
    {
        var bytes = Docx([("正文", null)]);
        var truncated = bytes[..(bytes.Length / 2)];
        var e = Assert.Throws<UnreadableFileException>(() => ParseVirtual("broken.docx", truncated));
        Assert.Contains("docx", e.Message);
    }
}
