using System.Text;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A county's short form that is also a word (惠民 of 惠民县, in 便民惠民; 新兴 of 新兴县, in 新兴产业) in a text that names
/// another city of the county's province without doubt: the word, not the county. Found with altered-forms places run
/// on policy-scan's tune part: a 江门 notice of 便民惠民新政策 is filed right, the same notice about 菏泽 (山东, whose
/// 滨州 holds 惠民县) was left unfiled. Snippets paraphrased from a housing fund centre's notice.
/// </summary>
public class WordShortFormTests
{
    [Theory]
    [InlineData("山东省", "菏泽市", "菏泽")]
    [InlineData("广东省", "江门市", "江门")]
    public void A_word_that_is_a_countys_short_form_does_not_weigh_against_the_city_the_text_names(string province, string city, string shortForm)
    {
        var m = ParseVirtual("p/notice.txt", Encoding.UTF8.GetBytes(
            $"2月23日，{province}{city}住房公积金管理中心实施4项公积金便民惠民新政策。\n" +
            $"{shortForm}优化了住房公积金贷款套数认定标准，申请贷款时在{city}行政区域内没有成套住房的，执行首套房贷款标准。\n" +
            $"{shortForm}提高了全装修新建商品住房贷款额度。\n")).Metadata;
        Assert.Equal([province, city], m.RegionPath);
    }
}
