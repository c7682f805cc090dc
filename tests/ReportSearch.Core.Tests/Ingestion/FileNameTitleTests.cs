using System.Text;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A file name is a title only when it is a real name (issue 19): a body-only document keeps the name its file was
/// given by a person, never a hash, a number, a generic page name or a catalogue key.
/// </summary>
public class FileNameTitleTests
{
    // A body without a heading of its own: the title can only come from the file name.
    private const string Body = "第一条 为了规范管理，根据有关法律法规，结合本省实际，制定本办法。\n第二条 本办法适用于本省行政区域内的有关活动。\n第三条 县级以上人民政府应当加强领导。";

    [Theory]
    [InlineData("河北省旅游投诉处理办法", "河北省旅游投诉处理办法")]
    [InlineData("2019年政府工作报告", "2019年政府工作报告")]
    [InlineData("关于印发管理办法的通知(1)", "关于印发管理办法的通知(1)")]
    // A crawler's catalogue key: the list's name and a row number (hebei-scan: 河北 portal rules filed as their keys).
    [InlineData("HB_人民政府_政府规章_0203", null)]
    [InlineData("人民政府_政府规章_0203", null)]
    [InlineData("西园街道_2021_03", null)]
    [InlineData("000_e28e3db9f9a1f121", null)]
    [InlineData("t20240313_1102928", null)]
    [InlineData("index", null)]
    [InlineData("附件1", null)]
    public void Only_a_real_name_is_a_title(string stem, string? title) =>
        Assert.Equal(title, ParseVirtual($"archive/{stem}.txt", Encoding.UTF8.GetBytes(Body)).Metadata.Title);
}
