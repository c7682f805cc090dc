using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A page saved with its footer (版权所有, 技术支持, 备案号, the contractor's address) and its rows of links keeps only the
/// document: the contractor's place or a linked site is never read as the document's. Snippets of my own.
/// </summary>
public class SiteFooterTests
{
    private static ParsedReport Parse(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text));

    private static string Body(ParsedReport report) => string.Join("\n", report.Sections.Select(s => s.Text));

    private const string News = "某镇开展春季森林防火宣传活动\n发布时间：2023-03-15\n3月14日，某镇组织干部职工深入各村开展森林防火宣传活动，发放宣传资料2000余份。";

    [Theory]
    [InlineData("主办单位：某县人民政府办公室\n技术支持：北京市海淀区某某网络科技有限公司\n地址：北京市海淀区中关村大街100号")]
    [InlineData("版权所有：某县人民政府 技术支持：云南省昆明市某某科技有限公司 备案号：滇ICP备12345678号")]
    [InlineData("Copyright © 2023 某县人民政府\n浙ICP备12345678号-1 浙公网安备33010602000001号\n网站标识码：3301000001")]
    public void A_footer_is_dropped_and_its_places_are_no_evidence(string footer)
    {
        var report = Parse(News + "\n" + footer);
        Assert.Null(report.Metadata.RegionPath);
        Assert.Contains("发放宣传资料2000余份", Body(report));
        Assert.DoesNotContain("科技有限公司", Body(report));
        Assert.DoesNotContain("ICP", Body(report));
    }

    // Found by re-running the development set's tune part with its last lines dropped: without the row of the site's own
    // links under it, a county page's list of other governments' sites gave its last name (宜丰县人民政府) as the issuer and
    // its place as the page's.
    [Theory]
    [InlineData("上级政府网站\n中国政府网 江西省人民政府 宜春市人民政府\n县市区政府网站\n袁州区人民政府\n上高县人民政府\n铜鼓县人民政府\n靖安县人民政府")]
    [InlineData("友情链接\n袁州区人民政府\n上高县人民政府\n铜鼓县人民政府\n靖安县人民政府\n网站地图 网站帮助 隐私声明 关于我们")]
    [InlineData("县市区政府网站\n袁州区人民政府\n上高县人民政府\n铜鼓县人民政府\n靖安县人民政府\n网站地图 网站帮助 隐私声明 关于我们\n主办：某县人民政府  承办：某县人民政府办公室")]
    public void A_list_of_other_governments_sites_ending_the_page_is_no_issuer_and_no_place(string links)
    {
        var report = Parse(News + "\n" + links);
        Assert.Null(report.Metadata.RegionPath);
        Assert.Null(report.Metadata.Org);
        Assert.DoesNotContain("靖安县", Body(report));
        Assert.Contains("发放宣传资料2000余份", Body(report));
    }

    [Fact]
    public void A_documents_own_list_of_units_at_its_end_stays_its_text()
    {
        var report = Parse("关于召开全县安全生产工作会议的通知\n各有关单位：\n请以下单位派员参加会议。\n参会单位：\n袁州区人民政府\n上高县人民政府\n铜鼓县人民政府\n靖安县人民政府");
        Assert.Contains("靖安县人民政府", Body(report));
    }

    [Fact]
    public void Joint_issuers_signing_without_a_date_are_no_list_of_sites()
    {
        var report = Parse("关于做好春季森林防火工作的通知\n各村（社区）：\n请各村切实做好春季森林防火工作。\n袁州区人民政府\n上高县人民政府\n铜鼓县人民政府");
        Assert.Contains("铜鼓县人民政府", Body(report));
    }

    [Fact]
    public void A_notices_own_address_and_telephone_at_its_end_are_kept()
    {
        var body = Body(Parse("各村（社区）：\n现将报名有关事项通知如下：请于3月20日前报名。\n报名地址：某镇人民政府二楼党政办\n联系电话：0570-1234567"));
        Assert.Contains("报名地址：某镇人民政府二楼党政办", body);
        Assert.Contains("联系电话：0570-1234567", body);
    }

    [Fact]
    public void A_row_of_links_is_no_title_and_names_no_place()
    {
        var m = Parse("相关链接：国务院 浙江省人民政府 杭州市人民政府 宁波市人民政府\n某镇开展春季森林防火宣传活动\n3月14日，某镇组织干部职工深入各村开展森林防火宣传活动。").Metadata;
        Assert.Equal("某镇开展春季森林防火宣传活动", m.Title);
        Assert.Null(m.RegionPath);
    }

    // The footer's row of links above its first label is the footer's: the signature over it stays the text's last lines.
    [Fact]
    public void A_row_of_links_above_the_footer_is_the_footer_s()
    {
        var report = Parse("各村（社区）：\n为做好今年扶贫开发工作，现将有关事项通知如下。\n一、认真开展走访调研。\n二、及时报送工作情况。\n"
            + "淮安市淮阴区农业农村局\n2020年3月2日\n网站地图 | 联系我们 | 隐私声明\n技术支持：某某信息技术有限公司");
        Assert.DoesNotContain("网站地图", Body(report));
        Assert.Equal("淮安市淮阴区农业农村局", report.Metadata.Org);
    }

    [Fact]
    public void A_list_of_items_between_bars_in_the_text_is_kept() =>
        Assert.Contains("学前教育 | 义务教育 | 高中教育", Body(Parse(News + "\n学前教育 | 义务教育 | 高中教育\n全镇各类学校均已完成检查。")));
}
