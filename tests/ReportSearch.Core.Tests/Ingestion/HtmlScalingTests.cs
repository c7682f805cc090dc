using System.Diagnostics;
using System.Runtime;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportSearch.Ingestion;
using Xunit.Abstractions;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// HTML extraction does work linear in the input and keeps no stack proportional to its nesting. No clock decides
/// alone: the nesting the tree builder is handed is counted, the bytes a parse allocates are counted, and where only
/// time can show quadratic work, two sizes are timed in the same run and compared by a generous ratio.
/// </summary>
public class HtmlScalingTests(ITestOutputHelper output)
{
    private const string Sentence = "西园街道实行六个一工作机制。";

    private static string Nested(int depth, string tag = "div") =>
        $"<html><head><title>嵌套测试报告</title></head><body>{string.Concat(Enumerable.Repeat($"<{tag}>", depth))}{Sentence}{string.Concat(Enumerable.Repeat($"</{tag}>", depth))}</body></html>";

    private static string Wide(int paragraphs) =>
        "<html><head><title>宽页测试报告</title></head><body>" +
        string.Concat(Enumerable.Range(0, paragraphs).Select(i => $"<div class=\"c{i % 7}\"><p>{Sentence}第{i}段。<span>附注</span></p></div>\n")) + "</body></html>";

    private static ParsedReport Parse(string html) => ParseVirtual("page.html", Encoding.UTF8.GetBytes(html));

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("b")]
    public void TwentyThousandNestedElements_AreRead_AndTheTreeBuilderNeverHoldsMoreThanTheDepthLimit(string tag)
    {
        var html = Nested(20_000, tag);
        Assert.Contains(Parse(html).Sections, s => s.Text.Contains("六个一工作机制"));
        // The tree builder's cost per start tag grows with its stack of open elements (the "p in button scope"
        // check; for <b>, the list of active formatting elements): with the stack bounded, its work is linear.
        // Unlimited, this document is 20,002 elements deep.
        var document = new HtmlParser().ParseDocument(HtmlDepthLimiter.Limit(html));
        // + html, body, and a <br> where dropped block tags were
        Assert.InRange(Depth(document.DocumentElement), HtmlDepthLimiter.MaxDepth, HtmlDepthLimiter.MaxDepth + 3);
    }

    [Fact]
    public void EightTimesTheNesting_CostsAboutEightTimesTheWork()
    {
        // Linear gives time ratios near 8 (measured: 3 to 9 alone, 11 beside a build and a busy loop), quadratic far
        // above 64 (with the depth limit switched off: 38 ms for 5,000 and 3,218 ms for 40,000, a ratio of 85). The
        // time bound, 32, is four times the linear ratio and still fails quadratic work by half.
        AssertLinear(() => Parse(Nested(5_000)), () => Parse(Nested(40_000)), sizeRatio: 8, timeToo: true);
    }

    [Fact]
    public void OneMegabytePage_IsReadToTheEnd_WithWorkLinearInItsSize()
    {
        var html = Wide(12_000);
        Assert.True(Encoding.UTF8.GetByteCount(html) > 1_000_000);
        Assert.Contains(Parse(html).Sections, s => s.Text.Contains("第11999段"));
        // Bytes only: the time of a page this wide grows faster than its size once it no longer fits the processor's
        // caches (ratios up to 19 were measured on a loaded machine), so no time ratio both holds and catches much.
        AssertLinear(() => Parse(Wide(1_500)), () => Parse(html), sizeRatio: 8, timeToo: false);
    }

    [Fact]
    public void PagesWithinTheDepthLimit_AreLeftExactlyAsWritten()
    {
        foreach (var html in new[] { Wide(2_000), Nested(HtmlDepthLimiter.MaxDepth - 5), Nested(HtmlDepthLimiter.MaxDepth - 5, "span") + "<script>if (a<b) x('<div>');</script>" })
            Assert.Equal(html, HtmlDepthLimiter.Limit(html));
    }

    [Fact]
    public void FlattenedNesting_KeepsTextAndLineBreaks_AndScriptsStayOut()
    {
        var deep = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"<div>第{i}层<script>leak{i}()</script>"));
        var html = $"<html><body>{deep}{string.Concat(Enumerable.Repeat("</div>", 2_000))}</body></html>";
        var lines = ParseVirtual("deep.html", Encoding.UTF8.GetBytes(html)).Sections.SelectMany(s => s.Text.Split('\n')).ToList();
        Assert.DoesNotContain(lines, l => l.Contains("leak"));
        foreach (var i in new[] { 0, 255, 256, 1999 }) Assert.Contains($"第{i}层", lines);
    }

    /// <summary>
    /// Large costs at most three times <paramref name="sizeRatio"/> what small costs in bytes allocated on this
    /// thread (exact: the parse is single-threaded) and, if <paramref name="timeToo"/>, four times in time. Time is taken
    /// without garbage collection (the collector's cost depends on what else the process holds, not on the parse)
    /// as the fastest of five runs of each, the two sizes interleaved, so that a pause of a shared machine or a
    /// change in its load falls on both alike.
    /// </summary>
    private void AssertLinear(Action small, Action large, int sizeRatio, bool timeToo)
    {
        small(); large(); // warm-up: JIT and static tables are not part of either cost
        var smallBytes = AllocatedBy(small);
        var largeBytes = AllocatedBy(large);
        Assert.True(largeBytes < 3 * sizeRatio * smallBytes, $"allocated {smallBytes:N0} bytes for the small input, {largeBytes:N0} for the {sizeRatio}× larger");
        output.WriteLine($"{smallBytes:N0} and {largeBytes:N0} bytes allocated");
        if (!timeToo) return;
        TimeSpan smallTime = TimeSpan.MaxValue, largeTime = TimeSpan.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            smallTime = Min(smallTime, TimeWithoutCollection(small, smallBytes));
            largeTime = Min(largeTime, TimeWithoutCollection(large, largeBytes));
        }
        output.WriteLine($"{smallTime.TotalMilliseconds:F1} and {largeTime.TotalMilliseconds:F1} ms");
        Assert.True(largeTime < 4 * sizeRatio * smallTime, $"{smallTime.TotalMilliseconds:F0} ms for the small input, {largeTime.TotalMilliseconds:F0} ms for the {sizeRatio}× larger");
    }

    private static long AllocatedBy(Action run)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        run();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static TimeSpan TimeWithoutCollection(Action run, long allocates)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        bool noCollection = GC.TryStartNoGCRegion(2 * allocates + (16 << 20));
        try
        {
            var clock = Stopwatch.StartNew();
            run();
            return clock.Elapsed;
        }
        finally
        {
            if (noCollection && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    // Without recursion: an unlimited document would be deeper than the stack allows.
    private static int Depth(IElement root)
    {
        int deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>([(root, 1)]);
        while (pending.Count > 0)
        {
            var (element, depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children) pending.Push((child, depth + 1));
        }
        return deepest;
    }
}
