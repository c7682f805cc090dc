using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>Running headers, footers and page numbers on generated pages: removed exactly, body lines kept.</summary>
public class PageFurnitureTests
{
    private static PageLine Line(string text) => new(text, 0, 100, 0, 10, 10);

    private static string Body(Random random) =>
        new(Enumerable.Range(0, random.Next(3, 30)).Select(_ => (char)random.Next('一', '龥')).ToArray());

    private static readonly Func<int, int, string>[] Headers =
    [
        (_, _) => "某某区人民政府文件",
        (p, n) => $"第 {p} 页 共 {n} 页",
        (p, _) => $"第{p}页",
        (p, _) => $"- {p} -",
        (p, n) => $"{p}/{n}",
        (p, _) => p.ToString(),
        (p, _) => $"— {p} —",
        (p, _) => $"Page {p}",
        (p, _) => $"2021年工作总结（第{p}期）",
    ];

    [Fact]
    public void GeneratedHeadersAndFooters_AreRemoved_BodyIsKept()
    {
        var random = new Random(7);
        for (int round = 0; round < 200; round++)
        {
            int pageCount = random.Next(2, 12);
            var header = random.Next(3) == 0 ? null : Headers[random.Next(Headers.Length)];
            var footer = random.Next(3) == 0 ? null : Headers[random.Next(Headers.Length)];
            var bodies = new List<List<string>>();
            var pages = new List<IReadOnlyList<PageLine>>();
            for (int p = 1; p <= pageCount; p++)
            {
                var body = Enumerable.Range(0, random.Next(1, 20)).Select(_ => Body(random)).ToList();
                bodies.Add(body);
                var lines = new List<PageLine>();
                if (header is not null) lines.Add(Line(header(p, pageCount)));
                lines.AddRange(body.Select(Line));
                if (footer is not null) lines.Add(Line(footer(p, pageCount)));
                pages.Add(lines);
            }
            var kept = PageFurniture.Remove(pages);
            for (int p = 0; p < pageCount; p++) Assert.Equal(bodies[p], kept[p].Select(l => l.Text));
        }
    }

    [Fact]
    public void SinglePage_LosesOnlyItsPageNumber()
    {
        var page = new List<PageLine> { Line("白沙镇2019年工作总结"), Line("今年以来，白沙镇围绕中心工作。"), Line("- 1 -") };
        Assert.Equal(["白沙镇2019年工作总结", "今年以来，白沙镇围绕中心工作。"], PageFurniture.Remove([page])[0].Select(l => l.Text));
    }

    /// <summary>A line repeated inside pages (a refrain, a table header), even the second or second-last one, is body text.</summary>
    [Fact]
    public void RepeatedLinesInsideThePage_AreKept()
    {
        var random = new Random(5);
        var pages = Enumerable.Range(1, 5).Select(p => (IReadOnlyList<PageLine>)new List<PageLine>
        {
            Line(Body(random)), Line("不忘初心、牢记使命"), Line(Body(random)), Line("正文内容继续"), Line(Body(random)),
        }).ToList();
        var kept = PageFurniture.Remove(pages);
        Assert.All(kept, page => Assert.Contains("不忘初心、牢记使命", page.Select(l => l.Text)));
        Assert.All(kept, page => Assert.Contains("正文内容继续", page.Select(l => l.Text)));
        Assert.All(kept, page => Assert.Equal(5, page.Count));
    }

    [Theory]
    [InlineData("12", true)]
    [InlineData("- 3 -", true)]
    [InlineData("第 3 页", true)]
    [InlineData("第3页 共10页", true)]
    [InlineData("3 / 10", true)]
    [InlineData("iv", true)]
    [InlineData("2021", true)]
    [InlineData("第三章", false)]
    [InlineData("2021年", false)]
    [InlineData("一、工作成效", false)]
    public void PageNumbers_AreRecognised(string line, bool isPageNumber) => Assert.Equal(isPageNumber, PageFurniture.IsPageNumber(line));
}
