using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportSearch.Ingestion;

/// <summary>
/// Word documents (.docx): one body line per paragraph (table cells included), line breaks inside a paragraph
/// kept; paragraphs in a heading style (Heading 1–4, 标题 1–4, Title, or outline level 1–4) start sections.
/// The document's core Title property is used as metadata.
/// </summary>
public sealed class DocxReportParser : IReportParser
{
    private const int MaxHeadingOutlineLevel = 3; // outline levels are 0-based: 0..3 = Heading 1..4

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public ParsedReport Parse(SourceFile file, byte[] content, Sidecar? sidecar) => Parse(file, content, sidecar, titleIsWeak: false);

    /// <param name="titleIsWeak">True for documents converted from .doc/.wps, whose title property is often a file name.</param>
    internal ParsedReport Parse(SourceFile file, byte[] content, Sidecar? sidecar, bool titleIsWeak)
    {
        // The ZIP limits shared with OFD (not a zip, entry count, declared and actual inflated size) come first.
        new ZipGuard("docx").CheckAll(content);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var main = document.MainDocumentPart ?? throw new UnreadableFileException("docx without document body");
            var headingStyles = HeadingStyleIds(main);
            var lines = new List<BodyLine>();
            foreach (var paragraph in main.Document?.Body?.Descendants<Paragraph>() ?? [])
            {
                if (IsFallbackCopy(paragraph)) continue;
                bool heading = IsHeading(paragraph, headingStyles);
                foreach (var line in ParagraphLines(paragraph)) lines.Add(new BodyLine(line, heading));
                lines.Add(new BodyLine(""));
            }
            var title = document.PackageProperties.Title;
            var format = string.IsNullOrWhiteSpace(title) ? null : new ReportMetadata { Title = title.Trim() };
            return titleIsWeak
                ? ReportAssembler.Assemble(file, sidecar, lines, formatMetadata: null, mayBeHardWrapped: false, new ReportMetadata { Title = DocumentTitle.Usable(title) })
                : ReportAssembler.Assemble(file, sidecar, lines, format, mayBeHardWrapped: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException or InvalidOperationException)
        {
            throw new UnreadableFileException("invalid docx", e);
        }
    }

    // Text boxes are stored twice (drawing and VML fallback); read only the first copy.
    private static bool IsFallbackCopy(OpenXmlElement element) =>
        element.Ancestors().Any(a => a.LocalName == "Fallback");

    private static IEnumerable<string> ParagraphLines(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break or CarriageReturn:
                    yield return sb.ToString();
                    sb.Clear();
                    break;
            }
        }
        yield return sb.ToString();
    }

    private static bool IsHeading(Paragraph paragraph, HashSet<string> headingStyles)
    {
        var props = paragraph.ParagraphProperties;
        if (props?.OutlineLevel?.Val?.Value is int level && level <= MaxHeadingOutlineLevel) return true;
        var styleId = props?.ParagraphStyleId?.Val?.Value;
        return styleId is not null && headingStyles.Contains(styleId);
    }

    // Style ids differ by language (Heading1, 1, a1…); the style's name or outline level tells what it is.
    private static HashSet<string> HeadingStyleIds(MainDocumentPart main)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Heading1", "Heading2", "Heading3", "Heading4", "Title" };
        var styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [];
        foreach (var style in styles)
        {
            var id = style.StyleId?.Value;
            if (id is null) continue;
            var name = (style.StyleName?.Val?.Value ?? "").Trim().ToLowerInvariant();
            bool named = name is "title" or "标题" || IsNumberedHeadingName(name, "heading ") || IsNumberedHeadingName(name, "标题 ") || IsNumberedHeadingName(name, "标题");
            bool outlined = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is int level && level <= MaxHeadingOutlineLevel;
            if (named || outlined) ids.Add(id);
        }
        return ids;
    }

    private static bool IsNumberedHeadingName(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) && name.Length == prefix.Length + 1 && name[^1] is >= '1' and <= '4';
}
