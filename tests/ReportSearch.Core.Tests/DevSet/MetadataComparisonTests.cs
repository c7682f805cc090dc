namespace ReportSearch.Core.Tests.DevSet;

/// <summary>The rules by which extracted metadata is scored against the labels.</summary>
public sealed class MetadataComparisonTests
{
    private static DevSetLabel Label(string? title = "2026年山东省政府工作报告", IReadOnlyList<string>? region = null, int? year = 2026) =>
        new("x.txt", new DevSetSource("a/b", "p", new string('0', 40), null), title, ["政府工作报告"], year, "2026-01-27",
            region ?? ["山东省"], "山东省人民政府", "报告", "province", null);

    private static ExtractedMetadata Got(string? title = null, int? year = null, string? district = null, string? region = null,
        IReadOnlyList<string>? path = null, string? date = null) =>
        new(title, year, date, district, region, path, null, null, []);

    private static bool Right(IEnumerable<FieldResult> results, DevSetField field) => results.Single(r => r.Field == field).Right;

    [Theory]
    [InlineData("2026年山东省政府工作报告", true)]
    [InlineData("  2026年 山东省 政府工作报告 ", true)]
    [InlineData("２０２６年山东省政府工作报告。", true)]
    [InlineData("政 府 工 作 报 告", true)]
    [InlineData("2026年山东省政府工作报告（草案）", false)]
    [InlineData("各位代表：", false)]
    public void Titles_match_after_whitespace_width_and_punctuation_folding(string extracted, bool right) =>
        Assert.Equal(right, Right(MetadataComparison.Compare(Label(), Got(title: extracted)), DevSetField.Title));

    [Theory]
    [InlineData("钱库镇人民政府关于印发《整治方案》的通知", "关于印发《整治方案》的通知", true)] // the letterhead read into the title
    [InlineData("关于印发《整治方案》的通知", "钱库镇人民政府关于印发《整治方案》的通知", true)] // and the other way round
    [InlineData("苍南县钱库镇人民政府关于印发《整治方案》的通知", "关于印发《整治方案》的通知", true)] // the issuer with its county
    [InlineData("苍南县人民政府关于印发《整治方案》的通知", "关于印发《整治方案》的通知", false)] // another body in front
    [InlineData("钱库镇关于印发《整治方案》的通知", "关于印发《整治方案》的通知", false)] // a place, not the issuer
    [InlineData("钱库镇人民政府印发《整治方案》的通知", "印发《整治方案》的通知", false)] // only a 关于-title
    public void A_title_with_or_without_its_issuer_in_front_is_one_title(string extracted, string labelled, bool right)
    {
        var label = Label(title: labelled, region: ["浙江省", "温州市", "苍南县", "钱库镇"]) with { Org = "钱库镇人民政府", TitleAlt = [] };
        Assert.Equal(right, Right(MetadataComparison.Compare(label, Got(title: extracted)), DevSetField.Title));
    }

    [Fact]
    public void Brackets_dashes_and_quotes_have_one_form()
    {
        Assert.Equal(MetadataComparison.NormalizeTitle("关于印发〈办法〉的通知"), MetadataComparison.NormalizeTitle("关于印发《办法》的通知"));
        Assert.Equal(MetadataComparison.NormalizeTitle("“六个一”——工作"), MetadataComparison.NormalizeTitle("六个一―工作"));
    }

    [Theory]
    [InlineData(new[] { "福建省", "泉州市", "晋江市" }, true)] // the town's county: right, but less specific
    [InlineData(new[] { "福建省", "泉州市", "南安市" }, false)] // another county: another place
    [InlineData(new[] { "福建省", "泉州市", "晋江市", "西园街道" }, false)] // right
    public void A_region_above_the_labelled_unit_is_wrong_and_told_apart_as_coarser(string[] path, bool coarser)
    {
        var label = Label(region: ["福建省", "泉州市", "晋江市", "西园街道"]);
        var region = MetadataComparison.Compare(label, Got(path: path)).Single(r => r.Field == DevSetField.Region);
        Assert.Equal(coarser, region.Coarser);
        Assert.Equal(path.Length < 4, region.Wrong);
    }

    [Fact]
    public void Region_compares_the_most_specific_unit()
    {
        var label = Label(region: ["福建省", "泉州市", "晋江市", "西园街道"]);
        Assert.True(Right(MetadataComparison.Compare(label, Got(district: "西园街道", region: "晋江市")), DevSetField.Region));
        Assert.False(Right(MetadataComparison.Compare(label, Got(district: "晋江市")), DevSetField.Region));
        Assert.False(Right(MetadataComparison.Compare(label, Got()), DevSetField.Region));
        // A region path, where the extractor gives one, wins over District and is also compared whole.
        var withPath = MetadataComparison.Compare(label, Got(district: "晋江市", path: ["福建省", "泉州市", "晋江市", "西园街道"])).ToList();
        Assert.True(Right(withPath, DevSetField.Region));
        Assert.True(Right(withPath, DevSetField.RegionPath));
        var shortPath = MetadataComparison.Compare(label, Got(path: ["晋江市", "西园街道"])).ToList();
        Assert.True(Right(shortPath, DevSetField.Region));
        Assert.False(Right(shortPath, DevSetField.RegionPath));
    }

    [Theory]
    [InlineData("广州市海珠区人民政府", "海珠区人民政府", true)]
    [InlineData("海珠区人民政府", "广东省广州市海珠区人民政府", true)]
    [InlineData("中共广州市海珠区委员会、广州市海珠区人民政府", "中共海珠区委员会、海珠区人民政府", true)]
    [InlineData("海珠区人民政府", "广州市人民政府", false)]
    [InlineData("广州市海珠区人民政府", "海珠区人民政府办公室", false)]
    [InlineData("海珠区人民政府", "区人民政府", false)]
    [InlineData("区人民政府", "海珠区人民政府", true)] // labelled as printed, qualified by the labelled district
    [InlineData("市人民政府", "广州市人民政府", true)]
    [InlineData("市人民政府", "海珠区人民政府", false)] // another level
    [InlineData("县人民政府", "海珠县人民政府", false)] // no county on the path
    public void An_org_may_carry_or_leave_out_the_places_above_its_own_unit(string labelled, string got, bool same) =>
        Assert.Equal(same, MetadataComparison.SameOrg(labelled, got, ["广东省", "广州市", "海珠区"]));

    [Fact]
    public void National_documents_need_the_national_region()
    {
        var label = Label(region: ["全国"]);
        Assert.False(Right(MetadataComparison.Compare(label, Got()), DevSetField.Region));
        Assert.True(Right(MetadataComparison.Compare(label, Got(path: ["全国"])), DevSetField.Region));
    }

    [Fact]
    public void Unlabelled_fields_are_not_measured()
    {
        var results = MetadataComparison.Compare(Label(title: null, year: null) with { TitleAlt = [] }, Got(title: "x", year: 2020)).ToList();
        Assert.DoesNotContain(results, r => r.Field is DevSetField.Title or DevSetField.Year);
        Assert.Contains(results, r => r.Field == DevSetField.Region);
    }

    [Fact]
    public void Non_places_are_strings_that_are_neither_places_nor_their_bodies()
    {
        var gazetteer = new Gazetteer([["福建省", "泉州市", "晋江市", "西园街道"], ["山东省"]]);
        Assert.True(gazetteer.IsPlaceOrIssuingBody("西园街道"));
        Assert.True(gazetteer.IsPlaceOrIssuingBody("晋江市财政局"));
        Assert.True(gazetteer.IsPlaceOrIssuingBody("山东省人民政府办公厅"));
        Assert.True(gazetteer.IsPlaceOrIssuingBody("全国"));
        Assert.False(gazetteer.IsPlaceOrIssuingBody("人均地区"));
        Assert.False(gazetteer.IsPlaceOrIssuingBody("以下简称市"));
        Assert.False(gazetteer.IsPlaceOrIssuingBody("帮助返乡"));
        Assert.True(gazetteer.IsPath(["福建省", "泉州市", "晋江市"]));
        Assert.False(gazetteer.IsPath(["福建省", "晋江市"]));
    }

    private sealed record PathRecord(IReadOnlyList<string> Units, string Code);

    [Fact]
    public void Region_paths_are_read_in_any_shape()
    {
        string[] expected = ["福建省", "泉州市", "晋江市"];
        Assert.Equal(expected, ExtractedMetadata.PathOf(expected.ToList()));
        Assert.Equal(expected, ExtractedMetadata.PathOf("福建省 › 泉州市 › 晋江市"));
        Assert.Equal(expected, ExtractedMetadata.PathOf("福建省/泉州市/晋江市"));
        Assert.Equal(expected, ExtractedMetadata.PathOf(new PathRecord(expected, "350582")));
        Assert.Null(ExtractedMetadata.PathOf(null));
    }

    [Theory]
    [InlineData("成府發〔2003〕61號", "成府发〔2003〕61号", true)]
    [InlineData("黄府发〔2017〕002号", "黄府发〔2017〕2号", true)]
    [InlineData("国发[2017]35号", "国发〔2017〕35号", true)]
    [InlineData("国发（2017） 35号", "国发〔2017〕35号", true)]
    [InlineData("国发〔2017〕35号", "国发〔2017〕36号", false)]
    [InlineData("国发〔2017〕35号", "国办发〔2017〕35号", false)]
    public void Doc_numbers_compare_as_a_reader_reads_them(string a, string b, bool same) =>
        Assert.Equal(same, MetadataComparison.DocNumberKey(a) == MetadataComparison.DocNumberKey(b));
}
