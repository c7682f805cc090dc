using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A text is written no earlier than the newest document it cites by number: a 成都 rule of 2022 without a date of its
/// own, citing 成委发〔2022〕41号 and 成办发〔2017〕10号, names 1992年7月 only as the start of the city's social insurance
/// records, and had been dated 1992 (policy-scan's tune part: 6 years off by one or more, 3 of them two or more, left
/// unknown or right). Random years and codes.
/// </summary>
public class CitedNumberYearTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("x/policy.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    private static string Rule(int cited, int older, int passing) =>
        $"根据《某市人民政府办公厅关于完善住房政策的通知》(某办发〔{older}〕10号)、《某市人才计划实施办法》(某委发〔{cited}〕41号)等文件精神，结合我市实际，制定本细则。\n" +
        $"一、申请条件\n申请人应在本市连续缴纳社会保险满12个月，且连续缴纳社保时间根据其参加工作后社保缴纳时间确定（社保起算时间不得超过本市社保最早缴纳时间即{passing}年7月）。\n" +
        "二、其他事项\n各区（市）县可结合属地实际，给予人才购房补贴，补贴资金由区（市）县承担。\n";

    [Fact]
    public void A_year_older_than_a_cited_number_is_not_the_texts_own()
    {
        var random = new Random(19);
        for (int i = 0; i < 30; i++)
        {
            int cited = random.Next(2005, 2025), older = cited - random.Next(1, 6), passing = random.Next(1985, older);
            var m = Meta(Rule(cited, older, passing));
            Assert.NotEqual(passing, m.Year);
            Assert.True(m.Year is null || m.Year >= cited, $"year {m.Year} before the cited 〔{cited}〕");
        }
    }

    [Fact]
    public void The_texts_own_year_after_the_cited_numbers_still_stands()
    {
        var random = new Random(24);
        for (int i = 0; i < 30; i++)
        {
            int cited = random.Next(2005, 2022), own = cited + random.Next(0, 3);
            var text = Rule(cited, cited - 1, 1992) + $"三、本细则适用于{own}年1月1日后提出的申请，{own}年度补贴资金于{own}年12月前拨付。\n";
            Assert.Equal(own, Meta(text).Year);
        }
    }
}
