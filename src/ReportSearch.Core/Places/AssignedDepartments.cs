using System.Text.RegularExpressions;

namespace ReportSearch.Places;

/// <summary>
/// The level a plan's own departments are named at where it assigns its tasks: a county's plan writes
/// （责任单位：县金融事务中心、县公积金中心）, never 长沙县金融事务中心, as it calls itself 本县; a city's writes
/// 牵头单位：市住房城乡建设局. The first department after the label names the level: the leading unit is the author's own
/// (the others may be of the level above, 县农业农村局 in a town's plan). Read as the document speaking of itself, where
/// it names one unit of that level in full (<see cref="RegionRecognizer"/>'s SoleUnitOfOwnLevel).
/// </summary>
internal static partial class AssignedDepartments
{
    // 责任单位：县发展改革局, 牵头部门：市财政局, 配合单位: 镇党政办. Not a list of the units below (县（市、区）人民政府,
    // 各县市区), nor a level word (县级, 市直, 县域), nor a unit named in full (长沙县财政局 opens with 长沙, not with 县).
    [GeneratedRegex(@"(?:责任|牵头|配合|主责|落实)(?:单位|部门)\s*[：:]\s*(?<level>省|市|县|镇|乡|街道)(?![（(、级直属域区县市镇乡村])\p{IsCJKUnifiedIdeographs}{1,12}?(?:局|委员会|委|办公室|办|中心|所|站|院|部|队|厅)")]
    private static partial Regex Assignment();

    // How often the tasks must be assigned so: once is as often a quoted line of a higher unit's plan.
    private const int MinAssignments = 2;

    /// <summary>The level characters (省, 市, 县, 镇, 乡, 街道) the text's own departments are named at, each assigned often enough.</summary>
    public static IReadOnlySet<string> Levels(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (!text.Contains("单位", StringComparison.Ordinal) && !text.Contains("部门", StringComparison.Ordinal)) continue;
            foreach (Match m in Assignment().Matches(text))
                counts[m.Groups["level"].Value] = counts.GetValueOrDefault(m.Groups["level"].Value) + 1;
        }
        return counts.Where(kv => kv.Value >= MinAssignments).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }
}
