using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// A person's native place in a profile (张某，男，1970年3月生，江苏沭阳人，现任…) is of the person, never evidence of the
/// document's place; the same place named otherwise still is.
/// </summary>
public class BirthplaceTests
{
    private static RegionResult Of(string text) =>
        RegionRecognizer.Recognize([(DocumentZone.Opening, text), (DocumentZone.Body, text)]);

    [Theory]
    [InlineData("张某，男，汉族，1970年3月生，江苏沭阳人，现任某市发展和改革委员会主任。主持委全面工作。")]
    [InlineData("李某，女，1975年生，沭阳县人，大学学历，现任某局局长。")]
    public void A_native_place_in_a_profile_is_no_evidence(string text) => Assert.Null(Of(text).Place);

    [Fact]
    public void The_same_place_as_the_texts_subject_still_counts() =>
        Assert.Equal(["江苏省", "宿迁市", "沭阳县"], Of("沭阳县人民政府关于做好春耕生产的通知。沭阳县各乡镇要抓好春耕。").Place?.Path);
}

