using ReportSearch.Ingestion;
using ReportSearch.Mechanisms;

namespace ReportSearch.Core.Tests.Mechanisms;

/// <summary>Issue 23: one written name used for different things in different places splits into senses, each with
/// its own first appearance, definition, regions and timeline; a name with one sense looks as it always did.</summary>
public sealed class MechanismSenseTests
{
    private sealed record Use(string Id, int Year, string Region, string? Definition);

    private static MechanismDetail DetailOf(params Use[] uses) =>
        CatalogOfPayloads.Build("六个一", uses.Select(u => (u.Id, u.Year, (string?)null, u.Region, (MetadataOrigin?)MetadataOrigin.SessionLine, u.Definition))).Detail("六个一")!;

    private const string Xiyuan = "即建立一个复工专班、梳理一张问题清单、制定一套帮扶流程、明确一名联络专员、搭建一个服务平台、建立一份工作台账";
    private const string Jiangxi = "一批优质企业、一个协同创新平台、一支产业基金、一个人才培养载体、一个产业联盟、一个集群促进机构";

    [Fact]
    public void Two_places_that_give_different_parts_are_two_senses()
    {
        var d = DetailOf(
            new Use("a", 2020, "西园街道", Xiyuan),
            new Use("b", 2021, "西园街道", null),   // the same place, no definition: the same sense
            new Use("c", 2026, "江西省", Jiangxi),
            new Use("d", 2026, "某县", null));      // no definition, a place without a sense: in neither
        Assert.NotNull(d.Senses);
        Assert.Equal(["六个一 · 西园街道 2020", "六个一 · 江西省 2026"], d.Senses!.Select(s => s.Label));
        var (xiyuan, jiangxi) = (d.Senses[0], d.Senses[1]);
        Assert.Equal((Xiyuan, 2, "a"), (xiyuan.Definition, xiyuan.Reports, xiyuan.First!.ReportId));
        Assert.Equal([2020, 2021], xiyuan.Timeline.Years);
        Assert.Equal((Jiangxi, 1, "c"), (jiangxi.Definition, jiangxi.Reports, jiangxi.First!.ReportId));
        Assert.Equal(["江西省"], jiangxi.Regions);
        // The name's own figures still count every use.
        Assert.Equal(4, d.Reports);
    }

    [Fact]
    public void Places_that_give_the_same_parts_share_one_sense_and_the_page_looks_as_before()
    {
        var d = DetailOf(
            new Use("a", 2020, "西园街道", Xiyuan),
            new Use("b", 2022, "东园街道", "即建立一个复工专班、梳理一张问题清单、制定一套帮扶流程、明确一名联络专员、搭建一个服务平台"),
            new Use("c", 2023, "南园街道", null));
        Assert.Empty(d.Senses!);
    }

    [Fact]
    public void Definitions_that_share_few_words_are_different_senses_by_the_oracle()
    {
        // The rule as stated: at least MinSharedPairs of their character pairs in common, else different senses.
        var (senseOf, count) = MechanismSenses.Split([new("甲", Xiyuan), new("乙", Jiangxi), new("丙", Xiyuan + "。"), new("甲", null)]);
        Assert.Equal(2, count);
        Assert.Equal([0, 1, 0, 0], senseOf);
    }
}
