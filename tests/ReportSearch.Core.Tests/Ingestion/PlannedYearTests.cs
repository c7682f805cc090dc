using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// A year a plan or a forecast looks to (计划2022年达到2000亩, 预计2020年建成, 争取2019年完成, 确保2018年投产) is a
/// target, never the document's own year, also when it is already past: a township's profile written in 2009 that plans
/// its tobacco fields for 2022 is of 2009. Beyond the clock such a year had been left out as a future one, so the rule
/// had held for the profiles it was tuned on (written a few years before their targets) and dated older ones by their
/// targets. Found with altered-forms years (the labelled documents written 13 years earlier). Random years.
/// </summary>
public class PlannedYearTests
{
    private static ReportMetadata Meta(string text) => ParseVirtual("x/profile.txt", Encoding.UTF8.GetBytes(text)).Metadata;

    [Theory]
    [InlineData("计划")]
    [InlineData("预计")]
    [InlineData("争取")]
    [InlineData("确保")]
    public void A_year_a_plan_looks_to_is_not_the_profiles_year(string verb)
    {
        var random = new Random(verb[0]);
        for (int i = 0; i < 20; i++)
        {
            int own = random.Next(1995, 2016), target = own + random.Next(2, 10);
            var m = Meta($"某乡概况\n一、基本情况\n某乡位于县城西南部，全乡幅员面积150平方公里，辖7个行政村，户籍人口12059人。\n" +
                         $"二、产业情况\n{own}年末全乡烤烟种植面积1200亩，产业规模逐年递增，{verb}{target}年达到2000亩。\n");
            Assert.Equal(own, m.Year);
        }
    }
}
