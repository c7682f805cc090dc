using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A unit opening the sentence after the first is the document's subject (日前，笔者获悉，…。某区是我市…), except where it
/// is an example: after a text speaking of a wider scope (今天召开全市…会议。…安吉县被评为…), or among provinces named
/// about equally (浙江省桐乡市…，广东省深圳市…，四川省成都市…). Snippets of my own.
/// </summary>
public class ExampleUnitTests
{
    private static RegionResult Of(string text) =>
        RegionRecognizer.Recognize([(DocumentZone.Opening, text), (DocumentZone.Body, text)]);

    [Theory]
    [InlineData("今天召开全市乡村振兴工作会议。去年，全市农业总产值增长5%，安吉县被评为全国乡村振兴示范县。", "安吉县")]
    [InlineData("同志们：\n今天召开全市乡村振兴工作会议，主要任务是总结去年工作。去年，安吉县、德清县被评为全国乡村振兴示范县。安吉县的经验值得全市推广。", "安吉县")]
    [InlineData("今年以来，全县上下齐心协力推进项目建设。城关镇完成投资12亿元，桥头镇完成投资8亿元。", "城关镇")]
    public void A_unit_below_the_scope_spoken_before_it_is_an_example(string text, string example)
    {
        var region = Of(text);
        Assert.NotEqual(example, region.IsStrong ? region.Place?.Name : null);
    }

    [Fact]
    public void Units_of_provinces_named_about_equally_after_the_first_sentence_are_examples() =>
        Assert.False(Of("近年来，各地积极探索基层治理新模式，涌现出一批好经验好做法。浙江省桐乡市探索“三治融合”，广东省深圳市推行“街道吹哨、部门报到”，四川省成都市开展社区营造。").IsStrong);

    [Theory]
    [InlineData("关于学习推广浙江省安吉县经验的通知", "安吉县")]
    [InlineData("关于学习借鉴青田县侨乡发展经验的报告", "青田县")]
    [InlineData("关于赴浙江省湖州市安吉县考察学习情况的报告", "安吉县")]
    public void A_unit_a_title_learns_from_or_goes_to_is_not_the_author(string title, string example)
    {
        var region = RegionRecognizer.Recognize([(DocumentZone.Title, title), (DocumentZone.Opening, "各乡镇人民政府：\n为学习先进经验，县委、县政府决定在全县开展学习活动。")]);
        Assert.NotEqual(example, region.IsStrong ? region.Place?.Name : null);
    }

    [Fact]
    public void A_unit_opening_a_title_is_still_its_author() =>
        Assert.Equal("安吉县", RegionRecognizer.Recognize([(DocumentZone.Title, "安吉县关于学习推广余村经验的通知"), (DocumentZone.Opening, "各乡镇人民政府：")]).Place?.Name);

    [Fact]
    public void A_unit_opening_the_second_sentence_of_a_news_item_is_its_subject() =>
        Assert.Equal(["福建省", "莆田市", "秀屿区"], Of("日前，笔者获悉，落户某工业园区的某食品公司成功引进一台冻结机。秀屿区是我市海洋水产养殖的核心区域，养殖业产值比重逐年加大。").Place?.Path);
}
