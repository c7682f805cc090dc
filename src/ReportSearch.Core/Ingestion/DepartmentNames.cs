using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Names of government departments in running text (人力资源社会保障部门, 市场监督管理局, 发展改革委, 宣传部): a
/// department's field of work followed by what it is (部门, 局, 厅, 委员会 …). Ranking discounts a query's
/// occurrences inside them, since fourteen mentions of 人力资源社会保障部门 make a report no more about 社会保障. Only
/// the fields of work of the government's and the party's standing departments are known, so a word followed by
/// 局 or 部 in any other sense (教育局面, 财政部署) is never taken for one.
/// </summary>
public static partial class DepartmentNames
{
    private const string Pattern =
        "(?:人力资源和?社会保障|人社|发展和?改革|发改|教育|科学技术|科技|工业和?信息化|经济和?信息化|工信|经信|公安|民政|司法|财政" +
        "|自然资源|规划和?自然资源|生态环境|住房和?城乡建设|住房城乡建设|住建|交通运输|水利|水务|农业农村|商务|文化和?旅游|文化广电和?旅游" +
        "|文广旅|卫生健康|卫生和?计划生育|卫健|退役军人事务|应急管理|审计|国有资产监督管理|国资|市场监督管理|市场监管|体育|统计|医疗保障|医保" +
        "|信访|林业和?草原|林业|粮食和?物资储备|税务|城市管理(?:综合)?(?:行政)?执法|城市管理|城管|大数据(?:发展)?(?:管理)?|数据资源(?:管理)?" +
        "|政务服务(?:和?大数据)?(?:管理)?|行政审批(?:服务)?|乡村振兴|民族(?:和?宗教)?事务|民族宗教|人民防空|人防|机关事务(?:管理)?" +
        "|地方金融(?:监督)?(?:管理)?|外事|档案|气象|地震|海洋(?:与|和)?渔业|投资促进|招商|纪律检查|纪检监察|组织|宣传|统一战线工作|统战|政法" +
        "|机构编制|网络安全和信息化|网信|妇女联合|残疾人联合)" +
        "(?:行政)?(?:主管)?(?:部门|委员会|(?:管理)?局(?![面势限])|厅|委(?![托屈婉])|部(?![署分位件长队落]))";

    [GeneratedRegex(Pattern)]
    private static partial Regex Department();

    // Every name ends in what the department is (部门, 委员会, 局, 厅, 委, 部), so it holds one of these characters
    // no further than this from its start (a field of ten characters, 行政主管, 管理 before 局).
    private const string KindChars = "部委局厅";
    private const int KindCharFromStart = 24;
    // …and ends within this after it (委员会), the character a lookahead after 局, 委 or 部 reads included.
    private const int KindCharToEnd = 4;

    /// <summary>The department names <paramref name="text"/> mentions, as written, in order (repeats kept: each mention counts).</summary>
    public static List<string> Find(string text)
    {
        // What Department().Matches finds, without running the pattern over the whole text (人, 发, 工, 市 … start a
        // field, so it is tried at most characters): the first kind character at or after the search position, q, is
        // in the leftmost match if any match starts at or before it (a match ending before q would hold an earlier
        // one), and such a match lies within KindCharFromStart before q and KindCharToEnd after it, lookahead
        // included; a match the window finds after q is cut by it and is looked for again from q + 1.
        var found = new List<string>();
        int position = 0;
        while (position < text.Length)
        {
            int q = text.AsSpan(position).IndexOfAny(KindChars);
            if (q < 0) break;
            q += position;
            int from = Math.Max(position, q - KindCharFromStart), to = Math.Min(text.Length, q + KindCharToEnd);
            var match = Department().Match(text, from, to - from);
            if (!match.Success || match.Index > q) { position = q + 1; continue; }
            found.Add(match.Value);
            position = match.Index + match.Length;
        }
        return found;
    }

    /// <summary>The pattern run at every position: what <see cref="Find"/> must return (its test oracle).</summary>
    internal static List<string> FindByScan(string text) => Department().Matches(text).Select(m => m.Value).ToList();
}
