using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace ReportSearch.Ingestion;

/// <summary>
/// OFD (GB/T 33190, the national electronic document format): a ZIP of XML files. OFD.xml names the document
/// (DocBody/DocRoot) and its DocInfo; Document.xml lists the pages in order; each page's content holds TextObjects
/// whose TextCodes place text in millimetres (y downwards). The text goes through the same line, header/footer and
/// paragraph rebuilding as PDF, page breaks included. Template pages (letterheads, running headers) are not read.
/// </summary>
public sealed class OfdReportParser : IReportParser
{
    public IReadOnlyCollection<string> Extensions { get; } = [".ofd"];

    public ParsedReport Parse(SourceFile file, byte[] content, Sidecar? sidecar)
    {
        var guard = new ZipGuard("ofd");
        using var zip = guard.Open(content);
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries) entries.TryAdd(entry.FullName.TrimStart('/').Replace('\\', '/'), entry);

        try
        {
            var root = ReadOfdXml(guard.ReadEntry(Entry(entries, "OFD.xml")));
            var docRoot = root.DocRoot ?? throw new UnreadableFileException("invalid ofd: OFD.xml names no DocRoot");
            var pageLocations = ReadPageLocations(guard.ReadEntry(Entry(entries, docRoot)), Folder(docRoot));
            if (pageLocations.Count == 0) throw new UnreadableFileException("invalid ofd: the document has no pages");
            var pages = pageLocations.Select(loc => (IReadOnlyList<PageLine>)TextLines.Build(ReadPage(guard.ReadEntry(Entry(entries, loc))))).ToList();

            var lines = PageParagraphs.Join(PageFurniture.Remove(pages));
            var weak = new ReportMetadata { Title = DocumentTitle.Usable(root.Title), Date = DateText.Normalize(root.CreationDate) };
            return ReportAssembler.Assemble(file, sidecar, lines, formatMetadata: null, mayBeHardWrapped: false, weak);
        }
        catch (Exception e) when (e is not (UnreadableFileException or OutOfMemoryException or OperationCanceledException))
        {
            throw new UnreadableFileException("invalid ofd: " + e.Message, e);
        }
    }

    private static ZipArchiveEntry Entry(Dictionary<string, ZipArchiveEntry> entries, string path) =>
        entries.TryGetValue(path, out var entry) ? entry : throw new UnreadableFileException($"invalid ofd: {path} is missing");

    private static string Folder(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..(slash + 1)];
    }

    // BaseLoc is relative to the file that names it, or absolute from the package root when it starts with '/'.
    private static string Resolve(string folder, string location)
    {
        var path = location.StartsWith('/') ? location.TrimStart('/') : folder + location;
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".") continue;
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
            parts.Add(part);
        }
        return string.Join('/', parts);
    }

    private static XmlReader Reader(byte[] xml) => XmlReader.Create(new MemoryStream(xml, writable: false),
        new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });

    private sealed record OfdRoot(string? DocRoot, string? Title, string? CreationDate);

    // Only the first DocBody: a package may hold several documents, but one file is one report.
    private static OfdRoot ReadOfdXml(byte[] xml)
    {
        string? docRoot = null, title = null, created = null;
        using var reader = Reader(xml);
        reader.Read();
        // ReadElementContentAsString moves to the next node itself, so the loop only reads on after other nodes.
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "DocBody") break;
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "DocRoot" or "Title" or "CreationDate")
            {
                var name = reader.LocalName;
                var value = reader.ReadElementContentAsString().Trim();
                if (name == "DocRoot") docRoot ??= value;
                else if (name == "Title") title ??= value;
                else created ??= value;
                continue;
            }
            reader.Read();
        }
        return new OfdRoot(string.IsNullOrEmpty(docRoot) ? null : docRoot.TrimStart('/'), title, created);
    }

    private static List<string> ReadPageLocations(byte[] xml, string folder)
    {
        var pages = new List<string>();
        using var reader = Reader(xml);
        bool inPages = false;
        while (reader.Read())
        {
            if (reader.LocalName == "Pages") inPages = reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement;
            else if (inPages && reader.NodeType == XmlNodeType.Element && reader.LocalName == "Page" && reader.GetAttribute("BaseLoc") is { Length: > 0 } loc)
                pages.Add(Resolve(folder, loc));
        }
        return pages;
    }

    /// <summary>Where a TextObject's own coordinates land on the page: its CTM (scale and shift only), then its Boundary origin.</summary>
    private readonly record struct Placement(double OriginX, double OriginY, double ScaleX, double ScaleY, double ShiftX, double ShiftY)
    {
        public static readonly Placement None = new(0, 0, 1, 1, 0, 0);

        public double PageX(double x) => OriginX + ScaleX * x + ShiftX;
        public double PageY(double y) => OriginY + ScaleY * y + ShiftY;
    }

    private static List<TextFragment> ReadPage(byte[] xml)
    {
        var fragments = new List<TextFragment>();
        using var reader = Reader(xml);
        var placement = Placement.None;
        bool upright = true;
        double size = 0, x = 0, y = 0;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element) { reader.Read(); continue; }
            if (reader.LocalName == "TextObject")
            {
                var box = Numbers(reader.GetAttribute("Boundary"));
                var ctm = Numbers(reader.GetAttribute("CTM"));
                bool hasCtm = ctm.Count == 6;
                // Rotated or sheared text (stamps, watermarks) is left out, as in PDFs.
                upright = !hasCtm || (ctm[1] == 0 && ctm[2] == 0 && ctm[0] > 0 && ctm[3] > 0);
                placement = new Placement(box.Count > 0 ? box[0] : 0, box.Count > 1 ? box[1] : 0,
                    hasCtm ? ctm[0] : 1, hasCtm ? ctm[3] : 1, hasCtm ? ctm[4] : 0, hasCtm ? ctm[5] : 0);
                size = Number(reader.GetAttribute("Size")) ?? 3.5;
                x = y = 0;
            }
            else if (reader.LocalName == "TextCode")
            {
                // X and Y may be left out: the text then continues where the previous TextCode ended.
                x = Number(reader.GetAttribute("X")) ?? x;
                y = Number(reader.GetAttribute("Y")) ?? y;
                var deltas = Deltas(reader.GetAttribute("DeltaX"));
                var text = reader.ReadElementContentAsString();
                x = AddCharacters(upright ? fragments : [], text, x, y, size, deltas, placement);
                continue; // already on the next node
            }
            reader.Read();
        }
        return fragments;
    }

    // One fragment per character, placed by DeltaX (the advance after each character) or, without it, by a guess.
    // Returns where the text ends, in the TextObject's own coordinates.
    private static double AddCharacters(List<TextFragment> fragments, string text, double x, double y, double size, List<double> deltas, Placement placement)
    {
        int index = 0;
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1, index++)
        {
            var ch = char.IsSurrogatePair(text, i) ? text.Substring(i, 2) : text[i].ToString();
            double advance = index < deltas.Count ? deltas[index] : ChineseText.IsHan(ch[0]) || ch[0] > '\u2E80' ? size : size * 0.5;
            double width = index < deltas.Count ? Math.Min(advance, size) : advance;
            fragments.Add(new TextFragment(placement.PageX(x), placement.PageY(y), width * placement.ScaleX, size * placement.ScaleY, ch));
            x += advance;
        }
        return x;
    }

    /// <summary>DeltaX: numbers, where "g N d" stands for N times d.</summary>
    internal static List<double> Deltas(string? value)
    {
        var result = new List<double>();
        if (string.IsNullOrWhiteSpace(value)) return result;
        var tokens = value.Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i] == "g" && i + 2 < tokens.Length && int.TryParse(tokens[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int count) && Parse(tokens[i + 2]) is double d)
            {
                for (int k = 0; k < Math.Min(count, 100_000); k++) result.Add(d);
                i += 2;
            }
            else if (Parse(tokens[i]) is double v) result.Add(v);
        }
        return result;
    }

    private static List<double> Numbers(string? value) =>
        (value ?? "").Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries).Select(Parse).OfType<double>().ToList();

    private static double? Number(string? value) => value is null ? null : Parse(value.Trim());

    private static double? Parse(string token) =>
        double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
}
