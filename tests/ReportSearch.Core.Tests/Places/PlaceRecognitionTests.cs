using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Places;

/// <summary>The gazetteer, the one-pass name finder and the region decision, on synthetic text.</summary>
public class PlaceRecognitionTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    // Filler that holds no place name: checked below, so a failure means the finder invents places.
    private static readonly string[] Filler = ["认真贯彻", "稳步推进", "工作会议", "全面完成", "各项任务", "进一步加强", "提升服务水平", "，", "。", "\n"];

    private static string RandomFiller(Random random, int pieces) =>
        string.Concat(Enumerable.Range(0, pieces).Select(_ => Filler[random.Next(Filler.Length)]));

    [Fact]
    public void The_gazetteer_holds_every_level_and_each_unit_under_its_parent()
    {
        Assert.Equal(31, G.Places.Count(p => p.Level == PlaceLevel.Province));
        Assert.True(G.Places.Count(p => p.Level == PlaceLevel.Town) > 40_000);
        Assert.All(G.Places.Where(p => p.Parent is not null), p => Assert.True(p.Parent!.Level < p.Level && p.Code.StartsWith(p.Parent.Code[..2], StringComparison.Ordinal)));
        Assert.Equal(["福建省", "泉州市", "晋江市", "西园街道"], G.Named("西园街道").Single(p => p.Path.Contains("晋江市")).Path);
        // A city without counties holds its towns itself (no 中山市 › 中山市).
        Assert.Equal(["广东省", "中山市", "西区街道"], G.Named("西区街道").Single(p => p.Path.Contains("中山市")).Path);
    }

    [Fact]
    public void The_filler_names_no_place() =>
        Assert.Empty(PlaceNames.Default.Find(string.Concat(Filler)));

    [Fact]
    public void Every_gazetteer_name_embedded_in_random_text_is_found_there()
    {
        var random = new Random(7);
        var names = PlaceNames.Default;
        // Every unit, in batches of 40 names a text (the whole gazetteer: about 1,100 texts).
        foreach (var batch in G.Places.Where(PlaceNames.IsFindable).Chunk(40))
        {
            var text = new System.Text.StringBuilder();
            var expected = new List<(int Start, Place Place)>();
            foreach (var place in batch)
            {
                text.Append(RandomFiller(random, 1 + random.Next(3))).Append('，');
                expected.Add((text.Length, place));
                text.Append(place.Name).Append('，');
            }
            var found = names.Find(text.ToString()).ToDictionary(m => m.Start);
            foreach (var (start, place) in expected)
            {
                Assert.True(found.TryGetValue(start, out var m), $"{place.Name} not found");
                Assert.Equal(place.Name.Length, m.Length);
                Assert.Contains(place, m.Candidates);
                Assert.False(m.IsShortForm);
            }
        }
    }

    [Theory]
    [InlineData("山东", "山东省")]
    [InlineData("广西", "广西壮族自治区")]
    [InlineData("内蒙古", "内蒙古自治区")]
    [InlineData("新疆", "新疆维吾尔自治区")]
    [InlineData("晋江", "晋江市")]
    [InlineData("延边", "延边朝鲜族自治州")]
    public void Short_forms_name_their_unit(string shortForm, string fullName)
    {
        var m = Assert.Single(PlaceNames.Default.Find($"推进{shortForm}高质量发展"));
        Assert.True(m.IsShortForm);
        Assert.Contains(m.Candidates, p => p.Name == fullName);
    }

    [Fact]
    public void Ambiguous_names_are_resolved_by_the_unit_above_them_that_the_text_names()
    {
        var random = new Random(11);
        // Names several towns bear in different counties: with the county named, that county's town wins.
        var ambiguous = G.Places.Where(p => p.Level == PlaceLevel.Town && PlaceNames.IsFindable(p)).GroupBy(p => p.Name)
            .Where(g => g.Count() > 1 && g.Select(p => p.Parent!.Name).Distinct().Count() == g.Count() && g.All(p => G.Named(p.Parent!.Name).Count == 1))
            .Take(300).ToList();
        Assert.True(ambiguous.Count > 100);
        foreach (var group in ambiguous)
        {
            var town = group.ElementAt(random.Next(group.Count()));
            var text = $"{RandomFiller(random, 2)}{town.Name}{RandomFiller(random, 2)}{town.Parent!.Name}{RandomFiller(random, 3)}";
            var result = RegionRecognizer.Recognize([(DocumentZone.Title, $"{town.Name}2020年工作总结"), (DocumentZone.Body, text)]);
            Assert.Same(town, result.Place);
        }
    }

    [Fact]
    public void A_short_form_does_not_swallow_the_start_of_a_full_name()
    {
        // 平武 (平武县) overlaps 武清区 in 水平武清区.
        var m = Assert.Single(PlaceNames.Default.Find("提升服务水平武清区"));
        Assert.Equal("武清区", m.Candidates.Single().Name);
    }

    [Fact]
    public void A_city_short_form_supports_the_units_below_it()
    {
        var result = RegionRecognizer.Recognize([(DocumentZone.Title, "西园街道2020年工作总结"), (DocumentZone.Body, "泉州经济社会发展稳中有进。")]);
        Assert.Equal(["福建省", "泉州市", "晋江市", "西园街道"], result.Path);
    }

    [Fact]
    public void A_document_calling_itself_a_county_stays_at_the_county_even_when_a_town_holds_most_mentions()
    {
        var body = "全县经济平稳增长，柳河镇、柳河镇、柳河镇建设加快，我县交通便利，全县人口稳定，通化市。";
        var county = RegionRecognizer.Recognize([(DocumentZone.Body, body)]);
        Assert.Equal(["吉林省", "通化市", "柳河县"], county.Path);
        // Without the self-reference the town that holds most of the weight wins.
        var town = RegionRecognizer.Recognize([(DocumentZone.Body, body.Replace("全县", "").Replace("我县", ""))]);
        Assert.Equal(["吉林省", "通化市", "柳河县", "柳河镇"], town.Path);
    }

    [Fact]
    public void An_ambiguous_name_without_support_gives_no_place()
    {
        var result = RegionRecognizer.Recognize([(DocumentZone.Title, "西园街道2020年工作总结"), (DocumentZone.Body, "全年稳步推进各项工作。")]);
        Assert.Null(result.Place);
    }

    [Fact]
    public void The_title_beats_passing_mentions_and_a_provincial_report_stays_at_its_province()
    {
        var report = RegionRecognizer.Recognize([
            (DocumentZone.Title, "2026年政府工作报告"),
            (DocumentZone.Org, "云南省第十四届人民代表大会第四次会议"),
            (DocumentZone.Body, "昆明、大理、丽江加快发展，云南全省上下，学习上海、深圳经验，云南省经济增长。"),
        ]);
        Assert.Equal(["云南省"], report.Path);

        var street = RegionRecognizer.Recognize([
            (DocumentZone.Title, "晋江市西园街道2021年工作总结"),
            (DocumentZone.Body, string.Concat(Enumerable.Repeat("晋江市、泉州市、福建省加快发展。", 20))),
        ]);
        Assert.Equal(["福建省", "泉州市", "晋江市", "西园街道"], street.Path);
    }

    [Theory]
    [InlineData("国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函")]
    [InlineData("中共中央 国务院关于实施乡村振兴战略的意见")]
    [InlineData("中华人民共和国国籍法")]
    [InlineData("习近平会见印度总理莫迪")]
    public void Central_bodies_and_national_subjects_are_national(string title)
    {
        var result = RegionRecognizer.Recognize([(DocumentZone.Title, title), (DocumentZone.Body, "湖北省巴东县、上海市有关情况。")]);
        Assert.True(result.National);
        Assert.Equal([RegionResult.NationalName], result.Path);
    }

    [Fact]
    public void Common_words_that_are_county_short_forms_count_only_with_their_city_named()
    {
        // 和平 (和平区 of Tianjin and of Shenyang) and 东方 (东方市) in running text are words, not places.
        var result = RegionRecognizer.Recognize([(DocumentZone.Body, "坚持和平发展道路，东方风来满眼春，和平共处。")]);
        Assert.Null(result.Place);
    }

    // A central body right after 在 is the occasion of a speech the text studies, or the leadership it works under: a
    // local bureau's minutes are not national. A session line still is: its number stands between 在 and the body.
    [Theory]
    [InlineData("会议集中学习了习近平总书记在中共中央政治局第十二次集体学习时的重要讲话精神，研究了当前重点工作。", false)]
    [InlineData("一年来，全局上下在中共中央的坚强领导下，扎实推进各项重点工作，取得了明显成效。", false)]
    // Nor is a body that approved what the unit asked for.
    [InlineData("对外开放取得新突破，与蒙古国乌兰巴托市正式缔结国际友城关系，口岸落地签证业务获国务院批准。", false)]
    [InlineData("我区积极争取，将综合保税区设立方案报请国务院批准，目前已进入审核阶段。", false)]
    [InlineData("2019年，经国务院批准，我县撤县设区，全区上下抢抓机遇，加快发展。", false)]
    [InlineData("经国务院批准，现将有关税收政策公告如下。", true)]
    [InlineData("——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：\n现在，我代表国务院，向大会报告政府工作。", true)]
    [InlineData("——在中国共产党第二十次全国代表大会上的报告\n同志们：\n现在，我代表第十九届中央委员会向大会作报告。", true)]
    public void A_central_body_named_as_an_occasion_or_a_leadership_is_no_author(string opening, bool national)
    {
        var result = RegionRecognizer.Recognize([(DocumentZone.Opening, opening), (DocumentZone.Body, opening)]);
        Assert.Equal(national, result.National);
    }
}
