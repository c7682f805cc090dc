using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A joint notice stored on one line (a crawler's record, its line breaks as spaces) is signed by all its issuers, as the
/// same notice with its lines is: the bodies after its last sentence, apart by spaces, over the date. Found with
/// altered-forms' flat form on policy-scan's tune part (issuing bodies changed 56 → 36: only the last body had been kept).
/// </summary>
public class FlattenedSignatureTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/notice.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    private const string Text = "为促进房地产市场平稳健康发展，更好满足居民刚性和改善性住房需求，结合我市实际，现就有关事项通知如下。\n一、优化住房公积金贷款政策。提高住房公积金贷款额度，支持缴存职工购买首套住房。\n二、支持以旧换新。对出售自有住房后购买新建商品住房的，给予适当补贴。\n本通知自印发之日起施行，有效期三年。本通知由市住房城乡建设局会同相关部门负责解释。\n";

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void A_flattened_joint_notice_is_signed_by_all_its_issuers(int issuers)
    {
        var bodies = new[] { "某市住房和城乡建设局", "某市自然资源局", "国家税务总局某市税务局", "某市住房公积金管理中心" }.Take(issuers).ToList();
        var lined = Meta(Text + string.Join("\n", bodies) + "\n2026年4月20日\n");
        var flat = Meta(string.Join(" ", (Text + string.Join("\n", bodies) + "\n2026年4月20日").Split('\n')));
        Assert.Equal(string.Join("、", bodies), lined.Org);
        Assert.Equal((lined.Org, lined.Date), (flat.Org, flat.Date));
    }
}
