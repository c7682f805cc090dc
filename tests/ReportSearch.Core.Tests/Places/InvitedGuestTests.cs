using System.Text;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A headline naming an invited party first (重庆市某医院专家团受邀到某县指导交流) is the host's news: the party that
/// 受邀到 or 应邀赴 a place is the guest, whatever the host is called. A county's re-posted news had been filed under
/// 重庆市, the guest hospital's city. From round rpV's tune part. Snippets paraphrased.
/// </summary>
public class InvitedGuestTests
{
    [Theory]
    [InlineData("受邀到")]
    [InlineData("应邀赴")]
    public void An_invited_party_named_first_is_the_guest_not_the_author(string invited) =>
        Assert.Equal(["四川省", "广安市", "武胜县"], ParseVirtual("p/news.txt", Encoding.UTF8.GetBytes(
            $"2023-08-19 09:32，正文：原标题：重庆市中医院专家讲解团{invited}武胜指导交流近日，武胜县邀请重庆市中医院专家讲解团，到武胜县中医医院开展指导交流活动，进一步推进川渝医疗合作和医联体建设，健全武胜县医疗卫生服务体系。在专题讲座上，专家们结合自身丰富的临床经验，围绕肿瘤防治等主题开讲。")).Metadata.RegionPath);
}
