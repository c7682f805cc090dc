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

    // A city government office's cover note signed over the measures it issues (昆明, 运城, 2024, policy-scan): flattened,
    // its signature stands mid-line, between its last sentence and the measures' heading; the first signature is the
    // document's, as with its lines.
    [Fact]
    public void A_flattened_cover_note_is_signed_by_the_body_over_the_document_it_issues()
    {
        const string note = "各县（市）、区人民政府，市政府各委办局：\n《关于进一步推动房地产市场平稳健康发展的若干措施》已经市人民政府同意，现印发给你们，请认真贯彻执行。\n某市人民政府办公室\n2024年12月31日\n（此件公开发布）\n关于进一步推动房地产市场平稳健康发展的若干措施\n为进一步推动房地产市场平稳健康发展，结合我市实际，制定以下措施。\n一、优化住房公积金政策。提高贷款额度，支持缴存职工购买首套住房。\n二、本文件自印发之日起施行，由相关责任单位负责解释。";
        var lined = Meta(note);
        var flat = Meta(note.Replace('\n', ' '));
        Assert.Equal("某市人民政府办公室", lined.Org);
        Assert.Equal((lined.Org, lined.Date), (flat.Org, flat.Date));
    }

    // A signature is looked for after every sentence of a flattened text: only the few pieces after each are read. A
    // first version copied the rest of the text at each sentence end, which made a 1.5-million-character line take 43 s.
    // Counted in bytes, not time: a text four times as long allocates about four times as much, not sixteen.
    [Fact]
    public void Looking_for_a_flattened_signature_allocates_in_proportion_to_the_text()
    {
        static long Allocated(int sentences)
        {
            var text = "关于加强住房保障工作的通知 各有关单位: " + string.Concat(Enumerable.Repeat("本市加强住房保障工作，推进城市更新，完善公共服务。", sentences));
            var bytes = Encoding.UTF8.GetBytes(text);
            long before = GC.GetAllocatedBytesForCurrentThread();
            Assert.Null(ParseVirtual("p/notice.txt", bytes).Metadata.Org);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Allocated(100); // compiled and warmed
        long small = Allocated(2_000), large = Allocated(8_000);
        Assert.True(large < 3 * 4 * small, $"allocated {small:N0} bytes for 2,000 sentences, {large:N0} for 8,000");
    }
    // A district's epidemic group signs its 通告 (rpJ, a QA competition's corpus): flattened, its long name keeps the
    // space where it broke over two lines, and a note follows the date, so the text does not end on it.
    [Fact]
    public void A_working_groups_name_broken_over_two_lines_signs_a_flattened_notice()
    {
        var m = Meta("某区关于疫情防控期间企业复工工作的通告 为切实加强疫情防控工作，现将企业复工有关事项通告如下： 一、企业复工须提前报备。 二、视疫情防控情况适时调整，如有调整，另行通知。       某市某区应对新型冠状病毒感染 肺炎疫情工作领导小组      2020年2月9日             注：此前已发布通告四则，目录如下：");
        Assert.Equal("2020-02-09", m.Date);
        Assert.Equal("某市某区应对新型冠状病毒感染肺炎疫情工作领导小组", m.Org);
    }

    // The part before the break is a body's first line, never a closing formula: 特此公告请相互转告 then the body is no
    // body's name.
    [Fact]
    public void A_closing_formula_before_the_signature_is_no_part_of_the_name()
    {
        var m = Meta("某区关于暂停办理婚姻登记业务的公告 为减少人员聚集，自即日起暂停办理婚姻登记业务，恢复时间另行通知。 特此公告请相互转告 某市某区应对疫情工作领导小组 2020年2月3日 注：咨询电话另行公布。");
        Assert.NotEqual("特此公告请相互转告某市某区应对疫情工作领导小组", m.Org);
    }
}
