using System.IO.Compression;
using System.Text;

namespace ReportSearch.Core.Tests.Attack;

/// <summary>
/// The contents of hostile archive files, built at test time (shared with the worker's tests, which index them with
/// real processes). Each is small on disk and expensive to parse if nothing stops it.
/// </summary>
public static class HostileFiles
{
    /// <summary>A one-page PDF whose content stream is <paramref name="inflatedSize"/> spaces, Flate-compressed (a flate bomb).</summary>
    public static byte[] FlatePdf(long inflatedSize)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 1 << 20));
            for (long left = inflatedSize; left > 0; left -= chunk.Length) zlib.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
        }
        var data = compressed.ToArray();
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Ascii(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Ascii("%PDF-1.4\n");
        string[] objects = ["<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>", "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>"];
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            Ascii($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        offsets.Add(pdf.Position);
        Ascii($"4 0 obj\n<</Length {data.Length}/Filter/FlateDecode>>\nstream\n");
        pdf.Write(data);
        Ascii("\nendstream\nendobj\n");
        long xref = pdf.Position;
        Ascii($"xref\n0 5\n0000000000 65535 f \n{string.Concat(offsets.Select(o => $"{o:D10} 00000 n \n"))}trailer\n<</Size 5/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>A docx whose document part inflates to 300 MB of spaces (a zip bomb).</summary>
    public static byte[] DocxBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text)
            {
                using var w = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                w.Write(text);
            }
            Add("[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add("_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            using var w = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
            w.Write("""<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""");
            var padding = new string(' ', 1 << 20);
            for (int i = 0; i < 300; i++) w.Write(padding);
            w.Write("<w:p><w:r><w:t>六个一</w:t></w:r></w:p></w:body></w:document>");
        }
        return stream.ToArray();
    }

    /// <summary>One paragraph with <paramref name="attributes"/> attributes (super-linear in a parser that checks each against the others).</summary>
    public static string AttributeBomb(int attributes, string text) =>
        "<html><body><p " + string.Concat(Enumerable.Range(0, attributes).Select(i => $"a{i}=\"{i}\" ")) + $">{text}</p></body></html>";

    /// <summary><paramref name="depth"/> nested elements around <paramref name="text"/>.</summary>
    public static string DeepNesting(int depth, string text) =>
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + text + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

    /// <summary>
    /// <paramref name="paragraphs"/> tiny paragraphs: the HTML parser builds an object for each (two million of them
    /// took 1.7 GB and many seconds when measured), more than any budget allows.
    /// </summary>
    public static string ParagraphFlood(int paragraphs) => "<html><body>" + string.Concat(Enumerable.Repeat("<p>六</p>", paragraphs)) + "</body></html>";
}
