using System.Text;
using ReportSearch.Ingestion;
using ReportSearch.Places;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>Reports written by the tests with random units and years: the rules must hold beyond the seeds.</summary>
public class SyntheticMetadataTests
{
    private static readonly string[] Names = ["青石", "白沙", "金峰", "梧桐", "龙溪", "海门", "云台", "柳营", "桃源", "松岗"];
    private static readonly string[] TownSuffixes = ["街道", "镇", "乡"];
    private static readonly string[] Cities = ["南平市", "漳州市", "韶关市", "湖州市"];

    public static TheoryData<int> RandomSeeds() => [1, 2, 3, 4, 5, 6, 7, 8];

    private static (string Unit, string City, int Year) Pick(Random random) =>
        (Names[random.Next(Names.Length)] + TownSuffixes[random.Next(TownSuffixes.Length)], Cities[random.Next(Cities.Length)], random.Next(2005, 2025));

    // Real towns and streets (the gazetteer's), one of a kind by name, so that the name alone determines the place.
    private static readonly Place[] UniqueTowns = Gazetteer.Default.Places
        .Where(p => p.Level == PlaceLevel.Town && Gazetteer.Default.Named(p.Name).Count == 1 && p.Name.Length >= 3).ToArray();

    private static Place RandomTown(Random random) => UniqueTowns[random.Next(UniqueTowns.Length)];

    private static string CityOf(Place town) => town.Path.Count >= 3 ? town.Path[^3] : town.Path[0];

    private static ParsedReport Txt(string relativePath, string text) => ParseVirtual(relativePath, Encoding.UTF8.GetBytes(text));

    [Theory]
    [MemberData(nameof(RandomSeeds))]
    public void TitleGivesDistrictAndReportedYear_NotThePublicationYear(int seed)
    {
        var random = new Random(seed);
        var (_, _, year) = Pick(random);
        var town = RandomTown(random);
        var unit = town.Name;
        var text = $"{unit}{year}年工作总结\n\n{year + 1}年1月，{unit}召开总结大会。\n一、主要工作\n全年完成各项任务。";
        var m = Txt($"archive/{seed}.txt", text).Metadata;
        Assert.Equal(unit, m.District);
        Assert.Equal(town.Path, m.RegionPath);
        Assert.Equal(year, m.Year);
        Assert.Equal($"{unit}{year}年工作总结", m.Title);
        Assert.Equal("总结", m.Kind);
        Assert.Equal(MetadataOrigin.Title, m.Origins.District); // the title names the unit
        Assert.Equal(MetadataOrigin.Title, m.Origins.Year);
    }

    [Theory]
    [MemberData(nameof(RandomSeeds))]
    public void WithoutATitle_OpeningTextGivesDistrictAndYear(int seed)
    {
        var random = new Random(seed);
        var (_, _, year) = Pick(random);
        var unit = RandomTown(random).Name;
        var text = $"一、工作成效\n今年以来，{unit}坚持稳中求进，{year}年地区生产总值增长6%。\n二、下一步打算\n继续努力。";
        var m = Txt($"a/{seed}.txt", text).Metadata;
        Assert.Equal(unit, m.District);
        Assert.Equal(year, m.Year);
    }

    [Theory]
    [MemberData(nameof(RandomSeeds))]
    public void HeaderOrgGivesDistrictAndRegion(int seed)
    {
        var random = new Random(seed);
        var (_, _, year) = Pick(random);
        var town = RandomTown(random);
        var (unit, city) = (town.Name, CityOf(town));
        var text = $"发布机构：{city}人民政府{unit}办事处 成文日期：{year + 1}年3月2日\n名称：关于{year}年工作情况的报告\n\n正文。";
        var m = Txt($"b/{seed}.txt", text).Metadata;
        Assert.Equal(unit, m.District);
        Assert.Equal(town.Path, m.RegionPath);
        Assert.Equal(string.Join(" › ", town.Path), m.Region);
        Assert.Equal(year, m.Year);
        Assert.Equal($"{year + 1}-03-02", m.Date);
        Assert.Equal($"{city}人民政府{unit}办事处", m.Org);
        Assert.Equal(MetadataOrigin.IssuingBody, m.Origins.District); // the header's 发布机构 names the unit
        Assert.Equal(MetadataOrigin.Header, m.Origins.Date);
    }

    [Theory]
    [MemberData(nameof(RandomSeeds))]
    public void RoundUp_EverySectionGetsItsUnit_BureausKeepTheirCity(int seed)
    {
        var random = new Random(seed);
        var city = Cities[random.Next(Cities.Length)];
        var units = Names.OrderBy(_ => random.Next()).Take(4).Select((n, i) => n + TownSuffixes[i % TownSuffixes.Length]).Append(city + "交通运输局").ToList();
        var text = string.Concat(units.Select(u => $"{u}： 奋力打造新高地 加快发展\n\n{u}今年将重点推进三项工作。\n\n"));
        var report = Txt($"c/{seed}.txt", text);
        Assert.Equal(units, report.Sections.Select(s => s.District));
        Assert.Null(report.Metadata.District);
        Assert.Equal(city, report.Metadata.RegionPath?[^1]); // the made-up units are not places; the bureau's city is
    }

    // A bureau with no place before it (国家统计局：…, 县水利局：…) opening a headline names no district: a section's
    // district is a place or a place's body, for the district filter and facet.
    [Fact]
    public void A_bureau_alone_opening_a_part_is_no_district()
    {
        var text = "房地产市场动态\n\n晋江市水利局： 全力做好汛期准备\n\n晋江市水利局部署防汛工作。\n\n"
            + "国家统计局： 房地产市场总体平稳\n\n国家统计局发布数据。\n\n县水利局： 开展河道清淤\n\n县水利局组织清淤。\n";
        var districts = Txt("r/bureaus.txt", text).Sections.Select(s => s.District).OfType<string>().Distinct().ToList();
        Assert.Equal(["晋江市水利局"], districts);
    }

    // A news page lists other sites' headlines under its item, each opening with a unit and a colon: read as a round-up,
    // their one real unit (华安县) is no place of the page, whose title names its own (西安).
    [Fact]
    public void Headlines_listed_under_an_item_do_not_outweigh_the_place_its_title_names()
    {
        var text = "西安推行存量房带押过户\n6月30日，西安市自然资源和规划局、西安市住房和城乡建设局联合发布通知，在城六区推行存量房带押过户。\n"
            + "通知明确，买卖双方可以自愿选择带押过户服务。\n相关新闻\n华安县： 支持卖旧买新改善住房\n华安县出台措施支持居民卖旧买新。\n"
            + "青石街道： 开展住房公积金政策宣传\n青石街道组织宣传活动。\n";
        Assert.Equal(["陕西省", "西安市"], Txt("n/page.txt", text).Metadata.RegionPath);
    }

    [Fact]
    public void TraditionalScript_DistrictAndRegionAreSimplified()
    {
        var text = "- 首頁 > 政務(wù)公開 > 臺(tái)江區(qū) > 規劃計劃\n一、工作回顧\n今年以來,瀛洲街道堅持穩中求進,2019年完成目標。";
        var m = Txt("t.txt", text).Metadata;
        Assert.Equal("台江区", m.District); // the breadcrumb names the unit the page is filed under
        Assert.Equal(2019, m.Year);
        // Opening with a unit is strong evidence, but two units bear the name (福州 and 洛阳) and nothing tells
        // them apart: unknown rather than a guess. With its city named, the unit is the region.
        var m2 = Txt("t2.txt", "一、工作回顧\n今年以來,瀛洲街道堅持穩中求進,2019年完成目標。\n二、計劃\n繼續。").Metadata;
        Assert.Null(m2.District);
        var m3 = Txt("t3.txt", "一、工作回顧\n今年以來,瀛洲街道堅持穩中求進,2019年完成目標,福州市表彰。\n二、計劃\n繼續。").Metadata;
        Assert.Equal("瀛洲街道", m3.District);
    }

    [Fact]
    public void PathFallback_FolderUnitAndYear_FileNameYear()
    {
        var m = Txt("龙溪镇/2016/总结.txt", "一、工作\n全年工作平稳推进。").Metadata;
        Assert.Equal("龙溪镇", m.District);
        Assert.Equal(2016, m.Year);
        Assert.Equal("总结", m.Title);
        Assert.Equal(MetadataOrigin.Path, m.Origins.District);
        Assert.Equal(MetadataOrigin.Path, m.Origins.Year);

        var town = RandomTown(new Random(13));
        var m2 = Txt($"{CityOf(town)}/{town.Name}/report_2013.txt", "一、工作\n平稳推进。").Metadata;
        Assert.Equal(town.Name, m2.District);
        Assert.Equal(town.Path, m2.RegionPath);
        Assert.Equal(2013, m2.Year);

        // A hash that happens to contain 2021 is not a year.
        Assert.Null(Txt("x/ab2021cd.txt", "一、工作\n平稳推进。").Metadata.Year);
        // Nor one whose digits run on into letters (a database's record key), nor a year after next year's.
        Assert.Null(Txt("x/POL_1928A1C25FA1188CD30F.txt", "一、工作\n平稳推进。").Metadata.Year);
        Assert.Null(Txt($"x/POL_{DateTime.UtcNow.Year + 2}_F2C4.txt", "一、工作\n平稳推进。").Metadata.Year);
        Assert.Equal(2019, Txt($"2019/POL_{DateTime.UtcNow.Year + 2}_F2C4.txt", "一、工作\n平稳推进。").Metadata.Year);
    }

    [Fact]
    public void TextBeatsPath_SidecarBeatsEverything()
    {
        using var archive = new TempArchive();
        archive.Write("桃源乡/2010/report.txt", "金峰镇2012年工作总结\n\n一、工作\n平稳推进。");
        var fromText = archive.Parse("桃源乡/2010/report.txt").Metadata;
        Assert.Equal("金峰镇", fromText.District);
        Assert.Equal(2012, fromText.Year);

        archive.Write("桃源乡/2010/report.txt.meta.json", """{ "district": "松崗鎮", "Year": "2011", "region": "韶关市", "date": "2012/1/9", "docNumber": "松政〔2012〕1号", "org": "松岗镇人民政府", "title": "松岗镇年度报告", "extra": true }""");
        var m = archive.Parse("桃源乡/2010/report.txt").Metadata;
        Assert.Equal("松岗镇", m.District);
        Assert.Equal(2011, m.Year);
        Assert.Equal("韶关市", m.Region);
        Assert.Equal("2012-01-09", m.Date);
        Assert.Equal("松政〔2012〕1号", m.DocNumber);
        Assert.Equal("松岗镇人民政府", m.Org);
        Assert.Equal("松岗镇年度报告", m.Title);
        // Every field the sidecar names comes from it; what follows from them (kind, the district's region path) is inferred.
        var o = m.Origins;
        Assert.All([o.Title, o.District, o.Region, o.Year, o.Date, o.DocNumber, o.Org], origin => Assert.Equal(MetadataOrigin.Sidecar, origin));
    }

    [Fact]
    public void SidecarWithoutReportExtension_AndBrokenSidecar()
    {
        using var archive = new TempArchive();
        archive.Write("d/plan.md", "# 云台街道2020年工作计划\n\n正文。");
        archive.Write("d/plan.meta.json", """{ "year": 2021 }""");
        var m = archive.Parse("d/plan.md").Metadata;
        Assert.Equal(2021, m.Year);
        Assert.Equal(MetadataOrigin.Sidecar, m.Origins.Year);
        Assert.Equal("云台街道", m.District); // fields the sidecar does not name still come from the text

        archive.Write("d/plan.meta.json", "{ not json");
        Assert.Equal(2020, archive.Parse("d/plan.md").Metadata.Year);
    }

    [Fact]
    public void UnknownStaysNull()
    {
        var m = Txt("misc/notes.txt", "一、说明\n这是一段没有单位和年份的文字。").Metadata;
        Assert.Null(m.District);
        Assert.Null(m.Year);
        Assert.Null(m.Date);
        Assert.Null(m.Org);
        Assert.Null(m.DocNumber);
        Assert.False(m.Origins.District is not null);
    }

    [Fact]
    public void MarkdownHeadings_StartSections()
    {
        var report = Txt("m/plan.md", "# 海门镇2022年工作总结\n\n开篇。\n\n## 经济发展\n\n增长较快。\n\n##### 不是标题\n\n正文。");
        Assert.Equal(["海门镇2022年工作总结", "经济发展"], report.Sections.Select(s => s.Heading));
        Assert.Equal("海门镇", report.Metadata.District);
    }
}
