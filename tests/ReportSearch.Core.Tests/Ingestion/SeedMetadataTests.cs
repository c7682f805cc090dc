using ReportSearch.Ingestion;
using Xunit.Abstractions;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>The facts staff filter by, as they stand in the five real seed reports.</summary>
public class SeedMetadataTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed000_IsAWorkReportOfXiyuanFor2020()
    {
        var m = ParseSeed(SeedName("000")).Metadata;
        Assert.Equal("西园街道", m.District);
        Assert.Equal(2020, m.Year);
    }

    [Fact]
    public void Seed001_TraditionalReport_DistrictIsSimplifiedAndYearComesFromTheText()
    {
        var m = ParseSeed(SeedName("001")).Metadata;
        Assert.Equal("常泰街道", m.District);
        Assert.Equal(2021, m.Year);
        Assert.Equal(MetadataOrigin.Body, m.Origins.Year); // the opening text, not the title
    }

    [Fact]
    public void Seed004_HeaderBlockGivesDateOrgAndDocNumber_YearIsTheYearReportedOn()
    {
        var m = ParseSeed(SeedName("004")).Metadata;
        Assert.Equal("西区街道", m.District);
        Assert.Equal(2024, m.Year);
        Assert.Equal("2025-02-08", m.Date);
        Assert.Equal("中山市人民政府西区街道办事处", m.Org);
        Assert.Equal(["广东省", "中山市", "西区街道"], m.RegionPath);
        Assert.Equal("广东省 › 中山市 › 西区街道", m.Region);
        Assert.Equal("西区街道2024年工作总结", m.Title);
        Assert.Equal(MetadataOrigin.Header, m.Origins.Date);
        Assert.Equal(MetadataOrigin.Header, m.Origins.Org);
        // The header's 文号 field is empty; its 索引号 is a catalogue number, never the 文号 (issue 19).
        Assert.Null(m.DocNumber);
    }

    [Fact]
    public void Seed004_HeaderBlockAndClutterLeaveTheBody()
    {
        var text = string.Join("\n", ParseSeed(SeedName("004")).Sections.Select(s => s.Text));
        foreach (var gone in new[] { "索引号", "发布机构", "成文日期", "主题词", "【打印】", "浏览次数", "规章库" })
            Assert.DoesNotContain(gone, text);
        Assert.Contains("西区街道2024年工作总结", text);
    }

    [Fact]
    public void Seed001_BreadcrumbLeavesTheBody()
    {
        var report = ParseSeed(SeedName("001"));
        Assert.DoesNotContain(report.Sections, s => s.Text.Contains("首頁"));
        Assert.StartsWith("一、", report.Sections[0].Text);
    }

    [Fact]
    public void Seed002_RoundUp_EachSectionHasItsOwnIssuingUnit()
    {
        var report = ParseSeed(SeedName("002"));
        var districts = report.Sections.Select(s => s.District).OfType<string>().Distinct().ToList();
        string[] towns = ["西园街道", "罗山街道", "灵源街道", "新塘街道", "内坑镇", "紫帽镇", "英林镇", "龙湖镇", "深沪镇", "西滨镇"];
        Assert.Equal(towns, districts.Take(towns.Length));
        var bureaus = districts.Skip(towns.Length).ToList();
        Assert.NotEmpty(bureaus);
        Assert.All(bureaus, b => Assert.Matches("^晋江市.+局$", b));
        // Each section begins with its own unit line.
        Assert.All(report.Sections.Where(s => s.District is not null), s => Assert.StartsWith(s.District!.Replace("晋江市", ""), s.Text.Replace("晋江市", "")));
        Assert.Null(report.Metadata.District); // a round-up has no single issuing unit
        Assert.Equal(["福建省", "泉州市", "晋江市"], report.Metadata.RegionPath); // what all its parts share
    }

    [Theory]
    [MemberData(nameof(Seeds), MemberType = typeof(IngestionTestSupport))]
    public void EverySeed_SectionsStartWithTheirHeading_AndEveryFieldHasAnOrigin(string seed)
    {
        var report = ParseSeed(seed);
        Assert.NotEmpty(report.Sections);
        Assert.All(report.Sections, s => { if (s.Heading is not null) Assert.StartsWith(s.Heading, s.Text); });
        var m = report.Metadata;
        var o = m.Origins;
        foreach (var (value, origin) in new (object?, MetadataOrigin?)[] { (m.Title, o.Title), (m.District, o.District), (m.Region, o.Region), (m.Year, o.Year), (m.Date, o.Date), (m.Org, o.Org), (m.DocNumber, o.DocNumber) })
            Assert.Equal(value is not null, origin is not null);
    }

    [Fact]
    public void MetadataTable_ForTheReport()
    {
        foreach (var seed in SeedNames)
        {
            var m = ParseSeed(seed).Metadata;
            output.WriteLine($"{seed[..3]} | {m.Title} | {m.District} | {m.Region} | {m.Year} | {m.Date} | {m.Org} | {m.DocNumber} | {string.Join(",", m.Origins.ByFieldName().Select(o => o.Key + "=" + o.Value))}");
        }
    }
}
