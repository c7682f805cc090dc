using System.Text;
using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// The text kept of one file (<see cref="ReportParsers.MaxTextChars"/>): plain text is decoded no further than the
/// limit, in every encoding it is detected in, and a report cut to it is indexed with a note. Checked against the
/// oracle of decoding everything and cutting afterwards.
/// </summary>
public class TextLimitTests
{
    private static readonly Encoding Gb18030 = Encoding.GetEncoding(54936);

    public static TheoryData<string> Encodings() => ["utf-8", "utf-8-bom", "gb18030", "big5", "utf-16le-bom", "utf-16be-bom"];

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "gb18030" => Gb18030.GetBytes(text),
        "big5" => Encoding.GetEncoding(950).GetBytes(text),
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => throw new ArgumentException(encoding),
    };

    // Common characters, some ASCII, and (outside Big5, which has only traditional characters of the BMP) a
    // character beyond the BMP, so that a limit can fall inside a multi-byte character or a surrogate pair.
    private static string RandomText(Random random, int length, bool big5)
    {
        string[] pieces = big5 ? ["工作", "機制", "成效", "明顯", "2021", "。", "ab", "中國"] : ["工作", "机制", "成效", "明显", "2021", "。", "ab", "𠀋"];
        var text = new StringBuilder();
        while (text.Length < length) text.Append(pieces[random.Next(pieces.Length)]);
        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decoding_at_most_n_characters_is_the_full_decoding_cut_at_n(string encoding)
    {
        var random = new Random(encoding.GetHashCode(StringComparison.Ordinal) & 0xFFFF);
        for (int round = 0; round < 200; round++)
        {
            var text = RandomText(random, random.Next(40, 400), big5: encoding == "big5");
            var bytes = Encode(text, encoding);
            // Small limits too: one character, which a surrogate pair does not fit.
            int limit = round < 20 ? 1 + round % 2 : random.Next(1, 500);
            var kept = EncodingDetector.DecodeAtMost(bytes, limit, out bool trimmed);

            var full = EncodingDetector.Decode(bytes);
            Assert.Equal(text, full);
            Assert.True(kept.Length <= limit, $"{kept.Length} > {limit}");
            Assert.StartsWith(kept, full, StringComparison.Ordinal);
            Assert.Equal(full.Length > kept.Length, trimmed);
            // Cut only where the limit is: one character short at most, when a surrogate pair would not fit.
            if (trimmed) Assert.True(kept.Length == limit || (kept.Length == limit - 1 && char.IsHighSurrogate(full[limit - 1])), $"{kept.Length} of {limit}");
        }
    }

    [Fact]
    public void A_plain_text_file_over_the_limit_is_indexed_with_its_beginning_and_noted()
    {
        var parsers = new ReportParsers([new PlainTextParser(1000)], maxTextChars: 1000);
        var body = "西园街道实行六个一工作机制。";
        SourceFile File(int length) => new("/a/r.txt", "r.txt", length, DateTime.UtcNow);

        var fits = Encoding.UTF8.GetBytes("报告\n\n" + string.Concat(Enumerable.Repeat(body, 900 / body.Length)));
        var whole = parsers.Parse(File(fits.Length), fits);
        Assert.Null(whole.TrimmedBecause);

        // One line of 28,000 characters: the parser itself decodes only the first thousand (no cut afterwards).
        var over = Encoding.UTF8.GetBytes("报告\n\n" + string.Concat(Enumerable.Repeat(body, 2000)));
        var cut = new PlainTextParser(1000).Parse(File(over.Length), over, sidecar: null);
        Assert.Equal(ReportParsers.TrimmedText(1000), cut.TrimmedBecause);
        long kept = cut.Sections.Sum(s => (long)s.Text.Length);
        Assert.InRange(kept, 900, 1000);
        Assert.Contains("六个一", cut.Sections[^1].Text);
    }

    [Fact]
    public void Text_another_parser_yields_past_the_limit_is_cut_after_parsing_and_noted()
    {
        var parsers = new ReportParsers([new HtmlReportParser()], maxTextChars: 1000);
        var paragraphs = string.Concat(Enumerable.Range(0, 300).Select(i => $"<p>第{i}段：西园街道实行六个一工作机制。</p>"));
        var page = Encoding.UTF8.GetBytes($"<html><body><h1>西园街道工作总结</h1>{paragraphs}</body></html>");
        var report = parsers.Parse(new SourceFile("/a/r.html", "r.html", page.Length, DateTime.UtcNow), page);

        Assert.Equal(ReportParsers.TrimmedText(1000), report.TrimmedBecause);
        Assert.Equal(1000, report.Sections.Sum(s => (long)s.Text.Length));
        var unlimited = new ReportParsers([new HtmlReportParser()]).Parse(new SourceFile("/a/r.html", "r.html", page.Length, DateTime.UtcNow), page);
        Assert.StartsWith(string.Concat(report.Sections.Select(s => s.Text)), string.Concat(unlimited.Sections.Select(s => s.Text)), StringComparison.Ordinal);
    }
}
