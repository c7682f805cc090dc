using System.IO.Compression;
using System.Text;
using AngleSharp.Html.Parser;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;
using ReportSearch.Core.Tests.Attack;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Files built to exhaust the indexer: a PDF whose stream inflates to 1 GiB, and an HTML element with 100,000
/// attributes. Work is counted (bytes inflated, characters scanned, attributes handed to the parser), never timed.
/// </summary>
public class ExtractionLimitTests
{
    [Fact]
    public void A_pdf_flate_bomb_is_skipped_after_inflating_no_more_than_the_limit()
    {
        var bomb = HostileFiles.FlatePdf(1L << 30);
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"{bomb.Length} bytes");

        var e = Assert.Throws<UnreadableFileException>(() => ParseVirtual("bomb.pdf", bomb));
        Assert.Equal($"PDF streams exceeded {PdfInflationGuard.MaxInflatedBytes / (1024 * 1024)} MB decompressed (a decompression bomb?)", e.Message);
        // Counting stops one buffer past the limit: the other 768 MB are never inflated.
        long counted = PdfInflationGuard.Inflated(bomb, PdfInflationGuard.MaxInflatedBytes);
        Assert.InRange(counted, PdfInflationGuard.MaxInflatedBytes + 1, PdfInflationGuard.MaxInflatedBytes + 81920);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(70_000)]
    public void The_guard_counts_exactly_what_the_streams_inflate_to(int size)
    {
        // Oracle: the size the stream was made from.
        Assert.Equal(size, PdfInflationGuard.Inflated(HostileFiles.FlatePdf(size), long.MaxValue));
    }

    [Fact]
    public void Html_attribute_bombs_cost_linear_work_and_keep_at_most_the_limit()
    {
        var counts = new[] { 5_000, 20_000, 100_000 };
        var steps = new List<double>();
        foreach (var n in counts)
        {
            var html = "<html><body><p " + string.Concat(Enumerable.Range(0, n).Select(i => $"a{i}=\"{i}\" ")) + ">属性很多的段落，六个一。</p></body></html>";
            var limited = HtmlAttributeLimiter.Limit(html, out var work);
            steps.Add((double)work / html.Length);
            var element = new HtmlParser().ParseDocument(limited).QuerySelector("p")!;
            Assert.Equal(HtmlAttributeLimiter.MaxAttributes, element.Attributes.Length);
            Assert.Equal(["a0", $"a{HtmlAttributeLimiter.MaxAttributes - 1}"], new[] { element.Attributes[0]!.Name, element.Attributes[^1]!.Name });
            Assert.Contains("六个一", ParseVirtual("bomb.html", Encoding.UTF8.GetBytes(html)).Sections.Select(s => s.Text).First(t => t.Contains("六个一")));
        }
        // Work per input character is the same at every size (one pass), so 20 times the attributes is 20 times the work.
        Assert.All(steps, s => Assert.InRange(s, 0.9, 1.1));
    }

    [Fact]
    public void Ordinary_pages_pass_the_attribute_limiter_unchanged()
    {
        const string page = "<html><head><script>if (a<b && c>d) x();</script></head><body><div class=\"a\" id='b' hidden data-x=1>正文</div><!-- <p a b c> --></body></html>";
        Assert.Same(page, HtmlAttributeLimiter.Limit(page));
    }

    [Fact]
    public void Text_longer_than_the_limit_is_skipped_with_the_reason()
    {
        var parsers = new ReportParsers([new PlainTextParser()], maxTextChars: 1000);
        var body = "西园街道实行六个一工作机制。";
        SourceFile File(int length) => new("/a/r.txt", "r.txt", length, DateTime.UtcNow);
        var fits = Encoding.UTF8.GetBytes("报告\n\n" + string.Concat(Enumerable.Repeat(body, 900 / body.Length)));
        Assert.Contains("六个一", parsers.Parse(File(fits.Length), fits).Sections[0].Text);
        var over = Encoding.UTF8.GetBytes("报告\n\n" + string.Concat(Enumerable.Repeat(body, 2000 / body.Length)));
        var e = Assert.Throws<UnreadableFileException>(() => parsers.Parse(File(over.Length), over));
        Assert.StartsWith("text exceeded 1000 characters", e.Message);
    }
}
