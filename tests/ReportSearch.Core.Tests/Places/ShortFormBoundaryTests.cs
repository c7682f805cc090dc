using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A city's or province's short form that a word of the text runs across names no place, as a county's already did
/// (迁安 in 征迁|安置): 美丽|江苏 holds 丽江, 隆重|庆祝 重庆, 均衡|水平 衡水, 最新|余额 新余, 以上|海事 上海. Found in the
/// development set's tune part and policy-scan's, where each stood as a mentioned place (shown in the report view and
/// searchable) on another branch; so had fixed phrases whose boundaries hold (真金白银). The same short form as a word
/// of its own still names its city. Snippets of my own.
/// </summary>
public class ShortFormBoundaryTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    private static string Places(ReportMetadata m) => string.Join("|", (m.MentionedPlaces ?? []).Append(m.Region ?? ""));

    [Theory]
    [InlineData("持续加强生态环境保护，美丽江苏建设取得新成效。", "丽江")]
    [InlineData("我们隆重庆祝建党一百周年，广泛开展党史学习教育。", "重庆")]
    [InlineData("保持人民币汇率在合理均衡水平上的基本稳定。", "衡水")]
    [InlineData("贷款额度按借款人缴存账户最新余额的15倍计算。", "新余")]
    [InlineData("同一船舶有两个以上海事请求的，按先后顺序受偿。", "上海")]
    // Fixed phrases holding a short form whose boundaries hold (PlaceNames' fixed phrases).
    [InlineData("我市拿出真金白银支持刚性住房需求。", "白银")]
    [InlineData("全面完成保障性安居工程年度建设任务，让群众安居乐业。", "安居")]
    [InlineData("在满足日照、通风要求并对相邻建筑日照时间影响不大的前提下，可适当调整间距。", "日照")]
    public void A_short_form_a_word_runs_across_names_no_place(string text, string shortForm) =>
        Assert.DoesNotContain(shortForm, Places(Meta(text)));

    [Theory]
    [InlineData("今年暑期，前往丽江古城的游客明显增多。", "丽江")]
    [InlineData("重庆出台支持刚性住房需求的若干措施。", "重庆")]
    [InlineData("山东省出台日照港转型发展的支持政策。", "日照")]
    public void The_short_form_as_a_word_of_its_own_still_names_its_city(string text, string shortForm) =>
        Assert.Contains(shortForm, Places(Meta(text)));
}
