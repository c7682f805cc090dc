using System.Text.RegularExpressions;
using ReportSearch.Analysis;

namespace ReportSearch.Ingestion;

/// <summary>The kind of document (报告, 总结, 计划, 要点, 通知, 意见, 办法, 纪要, …) from the ending of its title.</summary>
internal static partial class DocumentKind
{
    // A title joining a review and a plan (2022年工作总结和2023年工作计划, …总结暨…思路): the review is what it mainly is.
    [GeneratedRegex(@"(?:总结|小结|回顾|情况)\s*(?:和|及|与|暨|以及|、)\s*(?:(?:19|20)\d{2}\s*年度?)?.{0,12}?(?:计划|思路|打算|安排|谋划|要点)")]
    private static partial Regex ReviewAndPlan();

    // A headline reporting what someone did with a document (蒙城县城关镇制定秋季秸秆禁烧工作方案, 王某同志作政府工作
    // 报告): news about it, not the document. A document's own title puts the act after 关于 (关于印发…方案的通知) or
    // ends in what the act makes (某县人民政府办公室印发某方案的通知).
    [GeneratedRegex(@"^(?:(?!关于)[^《]){2,30}?(?:制定|出台|印发|发布|启动|部署)(?!的)\S{0,40}(?<!的\S{1,4})$")]
    private static partial Regex ReportedAct();

    // A unit studying, passing on or carrying out a document it names last (某镇组织学习《关于加强基层治理的意见》, 某局传达
    // 《…通知》, 某镇认真贯彻落实《信访工作条例》): news of what it did, not that document. A document's own title ends in
    // what it makes (某县贯彻落实《…》实施方案).
    // So is a meeting examining one (县政府召开常务会议研究《某县城市管理办法》, 县人大常委会审议通过《…条例》).
    [GeneratedRegex(@"^[^《]{2,30}?(?:学习|传达|宣讲|宣传|贯彻|落实|研究|审议|讨论|听取)[^《]{0,6}《[^》]+》$")]
    private static partial Regex StudiesNamedDocument();

    // A visit to a place to look into something (县长某某到某镇调研国土空间规划, 市领导赴某县督导防汛方案落实): news of the
    // visit, whatever word ends it.
    [GeneratedRegex(@"(?:到|赴|深入)[^《，,]{2,20}?(?:调研|视察|督导|检查|考察)(?!报告)")]
    private static partial Regex VisitsToLookInto();

    [GeneratedRegex(@"“[^“”]{1,20}”$")]
    private static partial Regex QuotedEnding();

    // An explainer of a document (图解：2023年某县政府工作报告, 一图读懂…, 政策解读：…办法) names it; it is not that document.
    [GeneratedRegex(@"^[【\[]?(?:图解|一图读懂|一图看懂|图说|图读|政策解读|解读|视频解读)[】\]]?\s*[:：|｜]?")]
    private static partial Regex Explainer();

    [GeneratedRegex(@"(?:发表\S{0,6}|并)讲话$")]
    private static partial Regex ReportedSpeech();

    [GeneratedRegex(@"(?:同志|书记|县长|区长|市长|镇长|乡长|旗长|主任|主席)\s*作")]
    private static partial Regex SpeakerDelivers();

    // A file name kept as the title (镇2023年政府工作要点2.docx): its extension and copy number are no part of the name.
    [GeneratedRegex(@"\s*(?:[(（]?\d{1,2}[)）]?)?\.(?:docx?|wps|pdf|txt|ofd)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileExtension();

    // A session or date note in brackets after the title (政府工作报告(2020年1月16日在…会议上)): no part of its kind.
    [GeneratedRegex(@"\s*[（(](?:19|20)\d{2}\s*年[^（()）]{0,60}[）)]$")]
    private static partial Regex TrailingDateNote();

    // A main title over a subtitle (大塘埠镇2021年政府工作报告——2020年工作回顾和2021年工作计划): the main title's kind.
    private static readonly string[] SubtitleDashes = ["——", "──", "--"];

    public static string? FromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        // 2012年苍山县两会《政府工作报告》: the name in book-title marks ends the title.
        var quoted = FileExtension().Replace(ChineseText.ForMatching(title).TrimEnd('。', ' ', '|', '｜'), "");
        var matching = quoted.TrimEnd('》', '”', '"', ' ');
        matching = TrailingDateNote().Replace(matching, "");
        foreach (var dash in SubtitleDashes)
            if (matching.IndexOf(dash, StringComparison.Ordinal) is > 2 and var at && FromTitle(matching[..at]) is { } main) return main;
        if (Explainer().IsMatch(matching)) return null;
        var m = DocumentKindWords.Ending().Match(matching);
        var kind = m.Success ? m.Groups["kind"].Value : null;
        // A kind word closing a quotation (…分组审议“两个报告”) names what the headline quotes, not the title's kind.
        if (kind is not null && QuotedEnding().IsMatch(quoted.TrimEnd())) return null;
        // 工作总结报告 is a summary's title.
        if (kind == "报告" && matching.EndsWith("总结报告", StringComparison.Ordinal)) kind = "总结";
        // …总结和…计划 is mainly a review; …计划执行情况与…计划的报告 is a report, as its ending says.
        if (ReviewAndPlan().IsMatch(matching) && kind is null or "计划" or "思路" or "打算" or "安排" or "谋划" or "要点" or "规划") return "总结";
        if (kind is null) return null;
        if ((ReportedAct().IsMatch(matching) && SpeakerOrSubjectActs(matching)) || SpeakerDelivers().IsMatch(matching)) return "新闻";
        if ((StudiesNamedDocument().IsMatch(quoted.TrimEnd()) || VisitsToLookInto().IsMatch(matching)) && !matching.StartsWith("关于", StringComparison.Ordinal)) return "新闻";
        return kind switch
        {
            "年报" => "报告",
            // A 统计公报 reports on the year its title names: a report, of that year.
            "公报" => "报告",
            // A 通报 (考核结果的通报, 关于…情况的通报) makes something known to the units it is addressed to: a notice, of
            // the year it was written, as BodyKind reads 现将有关情况通报如下.
            "通报" => "通知",
            "细则" => "办法",
            "汇报" => "报告",
            "小结" => "总结",
            "思路" or "打算" or "安排" or "谋划" => "计划",
            "概况" => "简介",
            // A speech's own title is 在…上的讲话; …座谈并发表重要讲话, 出席…并讲话 is news about one.
            "讲话" => matching.EndsWith("的讲话", StringComparison.Ordinal) ? "讲话" : ReportedSpeech().IsMatch(matching) ? "新闻" : null,
            // A public notice by any of its names: 通告, 公示 (…拟任人选的公示, 评审结果公示).
            "通告" or "公示" => "公告",
            "批复" => "函",
            // 法 only as the name of a law (中华人民共和国国籍法), not a word ending in 法 (办法 is caught above).
            "法" => matching.Contains("中华人民共和国", StringComparison.Ordinal) || matching.EndsWith("组织法", StringComparison.Ordinal) ? "法" : null,
            _ => kind,
        };
    }

    // The act's subject stands before it (a unit or a person: 城关镇制定…, 县政府出台…); 印发 right at the start is a
    // title's own verb without 关于 (印发…的通知 ends in its kind and is caught before).
    private static bool SpeakerOrSubjectActs(string title) => !title.StartsWith("印发", StringComparison.Ordinal) && !title.StartsWith("制定", StringComparison.Ordinal);
}
