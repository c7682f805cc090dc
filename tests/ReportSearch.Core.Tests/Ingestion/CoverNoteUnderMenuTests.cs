using System.Text;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A county portal's page keeps its menus above the document (eighteen lines of columns), then the heading, the posting line, the 文号,
/// the addressees, a cover note and its date, then what it issues (measures, a list of names). The note's date under its
/// addressees is the document's wherever the menus push it, not only within the first lines; so is the date of a short
/// notice under its list of attachments (附：…名单). It had taken the page's posting date, or none. From round rpZ's tune part (a
/// county portal of 2011–2012). Snippets paraphrased.
/// </summary>
public class CoverNoteUnderMenuTests
{
    private const string Menus = "县　委\n县人大\n县政府\n县政协\n设为首页 | 加入收藏 | 返回首页\n首页\n某县县情\n某县政务\n党务公开\n招商引资\n游在某县\n纪委举报网\n政务贴吧\n"
        + "| 某县概览 | 县域经济 | 某县文化 |\n| 领导信息 | 组织机构 | 领导讲话 | 政务动态 | 政府文件 | 政府公告 | 政府工作报告 |\n| 基本情况 | 县委工作 | 工作动态 | 基层党务 | 廉政文化 | 建言献策 |\n"
        + "| 招商动态 | 投资成本 | 招商项目 | 招商服务 | 投资环境 | 投资政策 | 园区建设 |\n| 旅游资源 | 旅游规划 | 旅游景点 | 旅游管理 | 旅游经济 | 旅游保险 | 特色美食 |\n";

    private static string? DateOf(string document) =>
        ParseVirtual("p/page.txt", Encoding.UTF8.GetBytes(Menus + document)).Metadata.Date;

    [Fact]
    public void A_cover_notes_date_under_its_addressees_is_the_documents_below_the_menus() =>
        Assert.Equal("2011-04-12", DateOf("县人民政府办公室关于印发某县公务用车司机管理办法（试行）的通知\n某政办发[2011]30号\n各镇人民政府，县政府各部门：\n经县人民政府同意，现将《某县公务用车司机管理办法（试行）》印发给你们，请认真遵照执行。\n二0一一年四月十二日\n某县机关和县直事业单位\n聘用公务用车司机管理办法(试行)\n第一条 为规范公务用车司机聘用工作，制定本办法。\n第二条 聘用人员应遵纪守法，品行端正。\n第三条 聘用人员实行合同管理。\n第四条 本办法由县人事局负责解释。\n第五条 本办法自2011年5月1日起施行。\n"));

    [Fact]
    public void A_short_notices_date_under_its_attachments_is_the_documents_below_the_menus() =>
        Assert.Equal("2011-03-11", DateOf("县人民政府办公室关于表彰2010年度保险工作先进单位的通报\n2011-03-13 来源：某县政务网 责任编辑：县政府办\n某政办发[2011]16号\n各镇人民政府，县政府各部门：\n2010年，全县各级各部门高度重视政策性保险工作，取得了显著成效。为表彰先进，县人民政府决定对先进单位予以通报表彰。\n附：2010年度全县保险工作先进单位名单\n二0一一年三月十一日\n2010年度全县保险工作先进单位名单\n先进单位\n某某镇人民政府\n某甲镇人民政府\n县财政局\n县民政局\n"));
}
