using ReportSearch.Ingestion;
using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>
/// The place-name scan skips a position when the set of pairs that open a name says none opens there: every name of
/// the gazetteer, full or short, as written and as the rules read it, must open with a pair the set holds, or the scan
/// would lose it.
/// </summary>
public class OpeningPairTests
{
    [Fact]
    public void Every_name_and_short_form_opens_with_a_pair_the_set_holds()
    {
        int names = 0;
        foreach (var place in Gazetteer.Default.Places.Where(PlaceNames.IsFindable))
            foreach (var name in PlaceNames.ShortForms(place).Prepend(place.Name))
                foreach (var form in new[] { name, ChineseText.ForMatching(name) })
                {
                    Assert.True(form.Length >= 2, form);
                    Assert.True(PlaceNames.Default.MayOpenName(form[0], form[1]), form);
                    names++;
                }
        Assert.True(names > 100_000, "the gazetteer's names and short forms");
    }

    [Fact]
    public void Most_pairs_of_common_characters_open_no_name()
    {
        // The set is worth its lookup only if it turns most positions away: pairs of the text's own characters.
        var text = ChineseText.ForMatching("为深入贯彻落实党的二十大精神，全面推进乡村振兴，加快建设农业强国，结合本地实际，现就做好年度重点工作提出如下意见。各级各部门要高度重视，压实责任，确保各项任务落到实处。");
        int rejected = Enumerable.Range(0, text.Length - 1).Count(i => !PlaceNames.Default.MayOpenName(text[i], text[i + 1]));
        Assert.True(rejected * 10 > (text.Length - 1) * 8, $"{rejected} of {text.Length - 1} pairs turned away");
    }
}
