using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Signatures as county notices and news print them when posted to WeChat and collected into web corpora (issue 19,
/// round rpN's tune part: WanJuan's and SkyPile's samples): a long name broken over two lines, its first half perhaps
/// run on after the last sentence; the post's credits run on after the date; a closing credit naming the posting body.
/// Snippets keep the shapes, reworded.
/// </summary>
public class PostedSignatureTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/post.md", Encoding.UTF8.GetBytes(text)).Metadata;

    private const string Notice = "# 某县关于调整核酸检测频次的通告\n根据我县疫情形势变化，经专家组研判，决定调整检测频次。解除时间另行通知。衷心感谢广大群众的理解和配合。";

    [Theory]
    [InlineData("\n")]  // the first half on a line of its own
    [InlineData("")]    // the first half run on after the last sentence
    public void A_name_broken_over_two_lines_signs_as_one(string breakAfterSentence)
    {
        var m = Meta(Notice + breakAfterSentence + "晋中市榆社县新冠肺炎疫情防控\n领导组办公室\n二〇二二年十月十日\n");
        Assert.Equal("晋中市榆社县新冠肺炎疫情防控领导组办公室", m.Org);
        Assert.Equal("2022-10-10", m.Date);
    }

    // A line above that is a whole body's name is a joint signature's first body, not a first half.
    [Fact]
    public void A_whole_name_above_is_no_first_half()
    {
        var m = Meta(Notice + "\n榆社县卫生健康局\n疫情防控指挥部\n2022年10月10日\n");
        Assert.DoesNotContain("卫生健康局疫情防控指挥部", m.Org ?? "");
    }

    [Theory]
    [InlineData("【来源：价格监督管理股|审核：某某|编辑：某某】")]
    [InlineData("编辑/张某、李某 责编/王某 校对/赵某 审核/钱某")]
    public void Credits_after_the_signatures_date_leave_the_date_and_the_body(string credits)
    {
        var m = Meta("# 关于规范煤炭市场价格行为的提醒告诫函\n全区各煤炭经营者：为维护市场价格秩序，现将有关事项提醒告诫如下：\n一、严格遵守价格法律法规。\n二、做到明码标价。\n我局将加大价格监管力度。\n某市某区新型冠状病毒肺炎疫情防控指挥部2022年11月28日" + credits + "\n");
        Assert.Equal("2022-11-28", m.Date);
        Assert.Equal("某市某区新型冠状病毒肺炎疫情防控指挥部", m.Org);
    }

    [Theory]
    [InlineData("发布：靖远县公安局", "靖远县公安局")]
    [InlineData("来源：某县融媒体网", null)]  // a site, no body
    public void A_closing_credit_names_the_posting_body_only_when_it_is_one(string credit, string? org)
    {
        var m = Meta("# 【基层动态】派出所救助一只受伤的雕枭\n近年来，县公安局持续开展野生动物保护宣传。\n12月5日，派出所接到村民求助电话称，一只大鸟受伤被困。民警迅速赶往现场，将其送往野生动物管护站救治。\n目前该雕枭已被放生。\n" + credit + "\n");
        Assert.Equal(org, m.Org);
    }
}
