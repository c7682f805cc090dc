using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A central body heading a title or signing is national; its local office, which names its place right after the
/// central body's name (国家税务总局安吉县税务局), is that place's, or unknown, never national. Snippets of my own.
/// </summary>
public class CentralBodyOfficeTests
{
    private static RegionResult Of(DocumentZone zone, string text) =>
        RegionRecognizer.Recognize([(zone, text), (DocumentZone.Opening, "为做好有关工作，现将有关事项通知如下：")]);

    [Theory]
    [InlineData(DocumentZone.Title, "国家税务总局关于个人所得税综合所得汇算清缴事项的公告")]
    [InlineData(DocumentZone.Title, "国家统计局关于开展第五次全国经济普查的通知")]
    [InlineData(DocumentZone.Org, "国家发展改革委")]
    public void A_central_body_is_national(DocumentZone zone, string text) => Assert.True(Of(zone, text).National);

    // The supreme court and procuratorate, and ministries under their former names, are central bodies too, whatever
    // court or place their title names (LawRefBook/Laws: 司法解释 and 行政法规 files).
    [Theory]
    [InlineData(DocumentZone.Title, "最高人民法院关于上海金融法院案件管辖的规定")]
    [InlineData(DocumentZone.Title, "最高人民检察院关于广州市人民检察院办理案件有关问题的批复")]
    [InlineData(DocumentZone.Org, "交通部")]
    [InlineData(DocumentZone.Title, "卫生部关于北京市医疗机构管理有关问题的批复")]
    public void A_court_or_ministry_of_the_whole_country_is_national(DocumentZone zone, string text) => Assert.True(Of(zone, text).National);

    [Theory]
    [InlineData(DocumentZone.Title, "国家税务总局安吉县税务局关于开展2023年度个人所得税综合所得汇算清缴的公告", "安吉县")]
    [InlineData(DocumentZone.Org, "国家税务总局安吉县税务局", "安吉县")]
    [InlineData(DocumentZone.Org, "国家统计局安吉调查队", null)]
    [InlineData(DocumentZone.Title, "国家统计局浙江调查总队关于开展2023年住户调查的通知", null)]
    [InlineData(DocumentZone.Title, "国家金融监督管理总局湖州监管分局关于规范保险销售行为的通知", null)]
    public void A_central_bodys_local_office_is_its_places_or_unknown(DocumentZone zone, string text, string? place)
    {
        var found = Of(zone, text);
        Assert.False(found.National);
        if (place is not null) Assert.Equal(place, found.Place?.Name);
    }
}
