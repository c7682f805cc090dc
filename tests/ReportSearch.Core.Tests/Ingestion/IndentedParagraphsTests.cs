using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Texts whose line breaks a crawler or a table cell dropped, each paragraph still opening with its indent of two
/// ideographic spaces (paraphrased from policy-text datasets): the signature's date is found as on a printed page,
/// and a short line spaced for alignment stays whole.
/// </summary>
public class IndentedParagraphsTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/reply.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Fact]
    public void A_signature_date_between_indents_of_a_flattened_text_is_its_date()
    {
        var m = Meta("某市人民政府：　　你市《关于某县环路收费站重新立项的请示》收悉。经研究，现函复如下：　　一、同意保留该收费项目。" +
            "　　二、收费单位要落实有关规定，文明收费，热情服务。　　二〇〇四年四月三十日　　公开程序：本单位审核后公开　　责任部门：省政府办公厅秘书一处");
        Assert.Equal("2004-04-30", m.Date);
        Assert.Equal(2004, m.Year);
    }

    [Fact]
    public void The_same_text_with_its_line_breaks_gives_the_same_date()
    {
        var m = Meta("某市人民政府：\n　　你市《关于某县环路收费站重新立项的请示》收悉。经研究，现函复如下：\n　　一、同意保留该收费项目。\n" +
            "　　二、收费单位要落实有关规定，文明收费，热情服务。\n　　二〇〇四年四月三十日\n　　公开程序：本单位审核后公开");
        Assert.Equal("2004-04-30", m.Date);
    }

    [Theory]
    [InlineData("姓　　名", 1)] // a table's cell spaced for alignment
    [InlineData("第一段的文字足够长，说明了有关事项的背景、依据和目的，并提出了具体的要求和措施。　　第二段的文字也足够长，继续说明有关事项。", 2)]
    [InlineData("一段不带缩进的文字足够长，说明了有关事项的背景、依据和目的，并提出了具体的要求和措施，继续说明有关事项的安排。", 1)]
    public void Only_a_long_line_with_inner_indents_is_split(string line, int parts) =>
        Assert.Equal(parts, IndentedParagraphs.Split(new BodyLine(line)).Count());
}

/// <summary>
/// A signature run into the text where a dataset flattened a document (body and date right after a sentence's end,
/// then the text again or the document it issues): the document's date and issuing body, as a signature on its own line
/// would give them (paraphrased from provincial 复函 and 通知 of a policy dataset).
/// </summary>
public class SignatureInTextTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("p/flat.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Fact]
    public void A_signature_after_the_last_sentence_gives_date_and_issuer()
    {
        var m = Meta("某市人民政府，省政府有关部门：《某城墙保护规划》已经省政府批准，现予公布。要正确处理文物保护与经济建设之间的关系，" +
            "最大限度保护文物本体及环境的完整性和真实性。某省人民政府办公厅2024年1月29日某市人民政府，省政府有关部门：《某城墙保护规划》已经省政府批准，现予公布。");
        Assert.Equal("2024-01-29", m.Date);
        Assert.Equal("某省人民政府办公厅", m.Org);
    }

    // A signature and its date set flush right run into one line of their own.
    [Theory]
    [InlineData("安吉县农业农村局办公室 2023年3月1日", "安吉县农业农村局办公室")]
    [InlineData("安吉县人民政府\u30002023年3月1日", "安吉县人民政府")]
    public void A_signature_and_its_date_on_one_line_give_date_and_issuer(string line, string org)
    {
        var m = Meta($"关于开展2023年春季动物防疫工作的通知\n各乡镇（街道）农业服务中心：\n为做好春季动物防疫工作，现将有关事项通知如下：\n一、工作目标\n{line}\n");
        Assert.Equal("2023-03-01", m.Date);
        Assert.Equal(org, m.Org);
    }

    [Fact]
    public void A_date_inside_a_sentence_is_no_signature()
    {
        var m = Meta("各有关部门：根据工作安排，某省人民政府办公厅2024年1月29日召开会议，研究部署有关工作。请各部门按要求落实。");
        Assert.Null(m.Date);
    }

    [Theory]
    [InlineData("某市人民政府：你市某政呈〔2005〕4号文收悉。经省政府研究，同意建立某省级自然保护区，保护区管理机构按有关程序报批。二〇〇六年二月五日公开程序：本单位审核后公开责任部门：省政府办公厅秘书一处", "2006-02-05")]
    [InlineData("省交通运输厅：某交公〔2011〕241号文收悉。省政府同意该公路建成后在某镇附近设置收费站，收取机动车辆通行费，以偿还建设债务。二O一一年五月二十日", "2011-05-20")] // 〇 typed as the letter O
    public void A_closing_date_run_in_after_the_last_sentence_is_the_texts_date(string text, string date) =>
        Assert.Equal(date, Meta(text).Date);

    [Fact]
    public void A_date_opening_a_sentence_is_not_split_off() =>
        Assert.Single(IndentedParagraphs.Split(new BodyLine("会议要求各单位认真落实有关要求，切实做好各项工作，确保取得实效。2020年3月5日，全县召开了安全生产工作会议，部署下一阶段工作。")));
}
