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

    [Fact]
    public void Finds_what_the_pattern_finds_at_every_position()
    {
        // Fields, the words between field and kind, every kind and the words that make a kind no kind, glued in any order.
        string[] pieces = ["人力资源", "和", "社会保障", "发展", "改革", "城市管理", "综合", "行政", "执法", "政务服务", "大数据", "管理", "主管",
            "教育", "财政", "宣传", "组织", "市场监督管理", "部门", "委员会", "局", "厅", "委", "部", "面", "署", "托", "分", "的", "，", "市", "县",
            "国有资产监督", "统一战线工作", "民族", "宗教", "事务", "卫生", "计划生育", "地方金融", "监督", " ", "\n", "工作", "人", "发"];
        var random = new Random(5);
        for (int round = 0; round < 3000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(DepartmentNames.FindByScan(text), DepartmentNames.Find(text));
        }
    }
}
