using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A small OFD writer for tests: lays paragraphs out on A4 pages like a word processor (millimetres, 4 mm type,
/// 160 mm lines, Han characters 4 mm wide and Latin ones 2 mm, breaks at spaces or before Han characters, closing
/// punctuation kept with the character before, first lines indented by two characters as Chinese documents are),
/// with a running header and a page number on every page.
/// </summary>
internal static class OfdWriter
{
    public sealed record Options
    {
        public string? Title { get; init; }
        public string? CreationDate { get; init; }
        public string Header { get; init; } = "政务信息公开专栏　内部资料";
        public double LineWidth { get; init; } = 160;
        /// <summary>When set, text objects use their own units (millimetres / Scale) and a CTM that scales them back.</summary>
        public double? Scale { get; init; }
        /// <summary>A diagonal watermark on every page (a rotated text object).</summary>
        public string? Watermark { get; init; }
    }

    private const double Left = 25, FontSize = 4, Indent = 2 * FontSize, LineHeight = 6, FirstBaseline = 30, LastBaseline = 268;
    private const string NoLineStart = "，。、；：？！）》」』”’】,.;:?!)%";

    /// <summary>The package, and how many pages it has.</summary>
    public static (byte[] Bytes, int Pages) Write(IEnumerable<string> paragraphs, Options? options = null)
    {
        options ??= new Options();
        var pages = new List<List<(double Baseline, double Indent, string Text)>> { new() };
        double baseline = FirstBaseline;
        foreach (var paragraph in paragraphs)
        {
            var lines = paragraph.Trim().Length == 0 ? [""] : Wrap(paragraph.Trim(), options.LineWidth);
            for (int i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (baseline > LastBaseline) { pages.Add([]); baseline = FirstBaseline; }
                if (line.Length > 0) pages[^1].Add((baseline, i == 0 ? Indent : 0, line));
                baseline += LineHeight;
            }
        }

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "OFD.xml", $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID>{Element("Title", options.Title)}{Element("CreationDate", options.CreationDate)}</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>
                """);
            var pageList = string.Concat(pages.Select((_, i) => $"""<ofd:Page ID="{i + 10}" BaseLoc="Pages/Page_{i}/Content.xml"/>"""));
            Add(zip, "Doc_0/Document.xml", $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>{pageList}</ofd:Pages></ofd:Document>
                """);
            for (int i = 0; i < pages.Count; i++)
            {
                var objects = new StringBuilder();
                if (options.Header.Length > 0) objects.Append(TextObject(15, 0, options.Header, options.Scale));
                foreach (var (b, indent, text) in pages[i]) objects.Append(TextObject(b, indent, text, options.Scale));
                objects.Append(TextObject(285, 0, $"- {i + 1} -", options.Scale));
                if (options.Watermark is not null)
                    objects.Append($"""<ofd:TextObject ID="2" Boundary="40 120 150 150" CTM="0.7071 0.7071 -0.7071 0.7071 0 0" Font="1" Size="12"><ofd:TextCode X="0" Y="12">{SecurityElement.Escape(options.Watermark)}</ofd:TextCode></ofd:TextObject>""");
                Add(zip, $"Doc_0/Pages/Page_{i}/Content.xml", $"""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1">{objects}</ofd:Layer></ofd:Content></ofd:Page>
                    """);
            }
        }
        return (stream.ToArray(), pages.Count);
    }

    private static string Element(string name, string? value) => value is null ? "" : $"<ofd:{name}>{SecurityElement.Escape(value)}</ofd:{name}>";

    private static double Advance(char c) => c < 0x2E80 ? FontSize / 2 : FontSize;

    /// <summary>Breaks a paragraph into lines no wider than <paramref name="width"/>.</summary>
    private static List<string> Wrap(string paragraph, double width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        double x = Indent;
        foreach (var unit in Units(paragraph))
        {
            double w = unit.Sum(Advance);
            if (line.Length > 0 && x + w > width && unit != " ")
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                x = 0;
            }
            if (line.Length == 0 && unit == " ") continue;
            line.Append(unit);
            x += w;
        }
        if (line.Length > 0) lines.Add(line.ToString().TrimEnd());
        return lines;
    }

    // Unbreakable units: a Han character (with closing punctuation after it), a Latin word, a space.
    private static IEnumerable<string> Units(string text)
    {
        var unit = new StringBuilder();
        foreach (char c in text)
        {
            bool joins = unit.Length > 0 && (NoLineStart.Contains(c) || (c != ' ' && c < 0x2E80 && unit[^1] != ' ' && unit[^1] < 0x2E80));
            if (!joins && unit.Length > 0) { yield return unit.ToString(); unit.Clear(); }
            unit.Append(c);
            if (c == ' ') { yield return unit.ToString(); unit.Clear(); }
        }
        if (unit.Length > 0) yield return unit.ToString();
    }

    // One TextObject per line, in two TextCodes: the second leaves X out, so it continues where the first ended.
    private static string TextObject(double baseline, double indent, string text, double? scale)
    {
        double k = scale ?? 1; // object units per millimetre are 1 / k
        string N(double v) => (v / k).ToString(CultureInfo.InvariantCulture);
        int half = text.Length / 2;
        if (half > 0 && char.IsLowSurrogate(text[half])) half++;
        var first = text[..half];
        var second = text[half..];
        var sb = new StringBuilder();
        var ctm = scale is null ? "" : FormattableString.Invariant($" CTM=\"{k} 0 0 {k} 0 0\"");
        sb.Append(CultureInfo.InvariantCulture, $"""<ofd:TextObject ID="1" Boundary="{Left + indent} {baseline - FontSize} 160 {LineHeight}"{ctm} Font="1" Size="{N(FontSize)}">""");
        if (first.Length > 0) sb.Append(CultureInfo.InvariantCulture, $"""<ofd:TextCode X="0" Y="{N(FontSize)}" DeltaX="{Deltas(first, k)}">{SecurityElement.Escape(first)}</ofd:TextCode>""");
        if (second.Length > 0) sb.Append(CultureInfo.InvariantCulture, $"""<ofd:TextCode{(first.Length > 0 ? "" : " X=\"0\"")} Y="{N(FontSize)}" DeltaX="{Deltas(second, k)}">{SecurityElement.Escape(second)}</ofd:TextCode>""");
        return sb.Append("</ofd:TextObject>").ToString();
    }

    // Advances after every character but the last, with runs of one value written as "g N d".
    private static string Deltas(string text, double k)
    {
        var advances = text.Select(c => Advance(c) / k).Take(Math.Max(0, text.Length - 1)).ToList();
        var parts = new List<string>();
        for (int i = 0; i < advances.Count;)
        {
            int j = i;
            while (j < advances.Count && advances[j] == advances[i]) j++;
            var d = advances[i].ToString(CultureInfo.InvariantCulture);
            parts.Add(j - i >= 3 ? $"g {j - i} {d}" : string.Join(' ', Enumerable.Repeat(d, j - i)));
            i = j;
        }
        return string.Join(' ', parts);
    }

    private static void Add(ZipArchive zip, string path, string content)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Fastest);
        using var s = entry.Open();
        s.Write(Encoding.UTF8.GetBytes(content));
    }
}
