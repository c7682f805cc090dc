using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Ingestion;

public sealed class DepartmentNamesTests
{
    [Theory]
    [InlineData("会同人力资源社会保障部门开展培训", "人力资源社会保障部门")]
    [InlineData("由市人力资源和社会保障局牵头", "人力资源和社会保障局")]
    [InlineData("县发展改革委、财政局联合印发", "发展改革委|财政局")]
    [InlineData("市场监督管理局加强抽检", "市场监督管理局")]
    [InlineData("区委宣传部组织开展", "宣传部")]
    [InlineData("教育主管部门要加强指导", "教育主管部门")]
    [InlineData("卫生健康委员会发布通知", "卫生健康委员会")]
    public void Finds_department_names(string text, string expected) =>
        Assert.Equal(expected.Split('|'), DepartmentNames.Find(text));

    [Theory]
    [InlineData("教育局面焕然一新")]
    [InlineData("统筹财政部署安排")]
    [InlineData("完善社会保障体系")]
    [InlineData("委托第三方开展审计委托评估")]
    [InlineData("教育部分内容已完成")]
    public void Takes_no_other_word_for_a_department(string text) => Assert.Empty(DepartmentNames.Find(text));
}
