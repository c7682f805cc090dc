using System.Text;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A record exported from a message board's table keeps the table's header row over it (反映内容,反映时间,反映标题,…):
/// field names apart by commas, never a title. From rounds rqC and rqF's tune part (replies of county, town and street
/// governments as their boards' crawls stored them). Snippets paraphrased.
/// </summary>
public class TableHeaderRowTests
{
    [Theory]
    [InlineData("反映内容,反映时间,反映标题,反馈时间,受理单位,受理编号,处理状态,答复内容,链接\n某小区暖房子工程只加装保温层没有更换窗户，为什么？,2018-10-23 23:48:56,暖房子工程为什么不更换窗户,2018-10-30 13:17:03,某县人民政府,G20181023-0038,已办结,\"网友你好：我局接到你反映的问题后高度重视，立即安排人员调查办理，现答复如下。\",http://example.invalid/1\n")]
    [InlineData("title,agency,date,links,标题,来信日期,信件内容,回复日期,回复单位,回复内容\n房屋漏水,某区某街道办事处,2023-06-29,http://example.invalid/2,房屋漏水,2023-06-19,\"本人反映小区施工造成雨天漏水。\",2023-06-29,某区某街道办事处,\"您好，街道已联系施工方进行修复。\"\n")]
    public void A_tables_header_row_over_an_exported_record_is_no_title(string record) =>
        Assert.DoesNotContain(",", ParseVirtual("p/record.txt", Encoding.UTF8.GetBytes(record)).Metadata.Title ?? "");
}
