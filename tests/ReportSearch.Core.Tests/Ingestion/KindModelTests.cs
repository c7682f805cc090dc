using System.Text;
using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>The kind model's reading, answering and file form (its accuracy is measured in KindModelTrainingTests).</summary>
public sealed class KindModelTests
{
    [Fact]
    public void Pairs_are_neighbouring_Han_characters_of_the_opening_only()
    {
        // Digits, Latin letters and punctuation are skipped, so pairs run across them and across lines.
        var pairs = KindModel.Pairs(["2023年，青石镇", "abc 开展（活动）"]);
        Assert.Equal(new HashSet<string> { "年青", "青石", "石镇", "镇开", "开展", "展活", "活动" }, pairs);

        var longLine = new string('甲', 10) + new string('乙', KindModel.OpeningHanChars);
        var many = KindModel.Pairs([longLine, "丙丁"]);
        Assert.Contains("甲乙", many);
        Assert.DoesNotContain("乙丙", many);
        Assert.DoesNotContain("丙丁", many);
    }

    [Fact]
    public void It_answers_a_guessed_kind_and_keeps_the_others_unknown()
    {
        var model = KindModel.Train(Corpus());
        Assert.Equal("新闻", model.Guess([News("白沙镇", "秋收")]));
        Assert.Equal("简介", model.Guess([Profile("白沙镇", "北部")]));
        // 通知 is the best kind here, but not one the model may answer.
        Assert.Null(model.Guess([Notice("白沙镇", "秋收")]));
        // Too few pairs it knows to judge.
        Assert.Null(model.Guess(["演出现场锣鼓喧天"]));
    }

    [Fact]
    public void Its_file_form_reads_back_to_the_same_model()
    {
        var model = KindModel.Train(Corpus());
        var written = Write(model);
        var read = KindModel.Read(new StringReader(written));
        Assert.Equal(written, Write(read));
        foreach (var (lines, _) in Corpus()) Assert.Equal(model.Guess(lines), read.Guess(lines));
        Assert.Throws<InvalidDataException>(() => KindModel.Read(new StringReader("documents\t1\n")));
    }

    [Fact]
    public void Shipped_model_loads_and_answers_a_news_item_no_rule_names_as_weak_evidence()
    {
        Assert.NotNull(KindModel.Shipped);
        const string text = "为进一步丰富群众精神文化生活，营造欢乐祥和的节日氛围，青石镇文化站组织文艺志愿者走进各村开展文艺演出活动。" +
            "演出现场锣鼓喧天，志愿者们表演了舞蹈、小品、快板等节目，赢得了观众阵阵掌声。活动共吸引群众八百余人次观看，" +
            "进一步推动了公共文化服务向基层延伸，增强了群众的获得感和幸福感。演出间隙，工作人员还向群众发放了防诈骗宣传资料，" +
            "讲解了垃圾分类、森林防火等知识，现场群众纷纷表示，这样的活动既丰富了业余生活，又学到了实用知识，希望以后多多举办。" +
            "据悉，本次文艺下乡活动将持续到月底，覆盖全镇十二个行政村。下一步，青石镇将持续开展文化惠民活动。\n";
        var report = IngestionTestSupport.ParseVirtual("文化/演出.txt", Encoding.UTF8.GetBytes(text));
        Assert.Equal("新闻", report.Metadata.Kind);
        Assert.Equal(MetadataOrigin.Inferred, report.Metadata.Origins.Kind);
        Assert.Equal(MetadataConfidence.Weak, report.Metadata.Origins.Kind!.Value.Confidence());
    }

    [Theory]
    [InlineData("各村（社区）、镇直各单位：\n")] // addressed to units: a directive
    [InlineData("青政办〔2023〕12号\n")] // its own 文号: an official document
    public void An_addressed_or_numbered_text_is_never_guessed_news(string head)
    {
        var text = head + "为进一步丰富群众精神文化生活，营造欢乐祥和的节日氛围，青石镇文化站组织文艺志愿者走进各村开展文艺演出活动。" +
            "演出现场锣鼓喧天，志愿者们表演了舞蹈、小品、快板等节目，赢得了观众阵阵掌声。活动共吸引群众八百余人次观看，" +
            "进一步推动了公共文化服务向基层延伸，增强了群众的获得感和幸福感。演出间隙，工作人员还向群众发放了防诈骗宣传资料，" +
            "讲解了垃圾分类、森林防火等知识，现场群众纷纷表示，这样的活动既丰富了业余生活，又学到了实用知识，希望以后多多举办。" +
            "据悉，本次文艺下乡活动将持续到月底，覆盖全镇十二个行政村。\n";
        var report = IngestionTestSupport.ParseVirtual("文化/演出.txt", Encoding.UTF8.GetBytes(text));
        Assert.NotEqual(MetadataOrigin.Inferred, report.Metadata.Origins.Kind);
    }

    // My own sentences, varied by place and topic: news items, profiles and notices.
    private static IEnumerable<(IEnumerable<string> Lines, string Kind)> Corpus()
    {
        string[] places = ["青石镇", "河口乡", "东城街道", "柳林镇", "南山乡", "西关街道", "石桥镇", "北塘乡"];
        string[] topics = ["春耕", "防汛", "义诊", "消防演练", "环境整治", "文艺汇演"];
        string[] sides = ["东部", "西南部", "中部", "东北部", "南端", "西部"];
        foreach (var place in places)
        {
            foreach (var topic in topics) yield return ([News(place, topic)], "新闻");
            foreach (var side in sides) yield return ([Profile(place, side)], "简介");
            foreach (var topic in topics.Take(3)) yield return ([Notice(place, topic)], "通知");
        }
    }

    private static string News(string place, string topic) =>
        $"近日，{place}组织干部群众开展{topic}活动，现场气氛热烈，参与群众纷纷表示收获很大。活动中，工作人员耐心讲解，" +
        $"群众积极参与，{topic}取得了良好效果。此次活动进一步增强了群众的参与感和获得感，下一步，{place}将持续做好{topic}相关工作，" +
        "推动各项工作走深走实，记者在现场看到大家热情高涨。据了解，今年以来该镇已累计开展各类志愿服务活动二十余场次，" +
        "受益群众三千余人，得到了社会各界的广泛好评，当地群众纷纷为此点赞。";

    private static string Profile(string place, string side) =>
        $"{place}位于县境{side}，总面积八十余平方公里，辖十个行政村，总人口两万余人。境内地势平坦，气候温和，" +
        "四季分明，主要农作物有水稻、小麦和油菜，特色产业为蔬菜种植和水产养殖，交通便利，距县城十五公里，历史悠久，人文荟萃。" +
        "境内有省级文物保护单位两处，森林覆盖率百分之四十五，矿产资源有石灰石、花岗岩等，是全县重要的粮食生产基地。";

    private static string Notice(string place, string topic) =>
        $"各村（社区）、镇直各单位：为切实做好{topic}工作，经{place}党委、政府研究，现将有关事项通知如下：一、提高思想认识，" +
        "各单位要高度重视，明确责任人，二、加强组织领导，三、严格督查考核，请各单位于本月底前将落实情况报镇党政办。" +
        "对工作不力、造成不良后果的，将严肃追究有关人员责任，特此通知，请遵照执行，联系人和联系电话见附件。";

    private static string Write(KindModel model)
    {
        var text = new StringWriter();
        model.Write(text);
        return text.ToString();
    }
}
