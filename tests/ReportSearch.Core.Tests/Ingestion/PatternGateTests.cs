using System.Text;
using System.Text.RegularExpressions;
using ReportSearch.Analysis;
using ReportSearch.Ingestion;
using ReportSearch.Places;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// The cheap checks that let the parser skip a costly pattern (a word every match holds, a window around a place name,
/// a line remembered) against the pattern itself run on the whole text, the brute-force oracle: over the seeds' lines
/// and those lines with the pieces each pattern matches spliced in at random places, a check never skips a text the
/// pattern matches, and a remembered view is the view.
/// </summary>
public class PatternGateTests
{
    // Pieces of what the patterns match and of near misses, spliced into real lines.
    private static readonly string[] Pieces =
    [
        "张某，男，1970年3月生，江苏沭阳人，现任", "李某，女， 汉族，浙江省苍南县钱库镇人。", "生，  河北保定人,", "男，江苏人", "发生，沭阳人，",
        "全国人民代表大会", "全国人大代表", "国务院批准", "\n中华人民共和国国务院令", "\n科学技术部令", "国家主席", "中共中央", "令",
        "（2019）", "〔 2020 〕35号", "国发〔2017〕35号", "冀政办字[２０２１]117号", "（此件公开发布）", "号", "﹝2018﹞第3号", "( 2016 )",
        "各区、县人民政府：", "通知各乡镇人民政府，县直各单位：", "濉溪县、各区人民政府、各有关单位：", "各", "：",
        "。二〇〇六年二月五日公开程序：本单位审核后公开", "。2020年3月5日", "日抄送：", "日主题词：", "日", "。",
        "本报讯", "（通讯员 张三）", "记者 王五 报道", "文/图 张三", "5月6日电", "第3版：要闻", "据了解到", "近日，笔者从县局获悉", "消息：",
        "序号\t任务\t责任单位", "姓名　　职务　　单位", "某某县应急管理局　2021年3月5日", "。 某市财政局 2026年4月20日", "  ", "\t", "　",
        "（组图）", "(点击数：35次)", "[视频]", "_政务公开_某县人民政府", " - 石棉县人民政府", "——某某新闻网", "｜", "_",
        "——2026年1月27日在云南省第十四届人民代表大会第四次会议上", "2014年3月5日在第十二届全国人民代表大会第二次会议上",
        "在区第十七届人民代表大会第一次会议上 2022年1月4日", "2022年1月4日,佛山市顺德区十七届人大二次会议召开第二次全体会议",
        "（2022014日在县第十七届人民代表大会第一次会议上", "——在县第十七届人民代表大会第一次会议上", "第十二届全国人大二次会议，2014年3月5日",
        "——2023年1月5日 在某县第十八届人民代表大会第三次会议", "——2020年5月6日在全区干部大会上", "2014年3月5日在会上", "在大楼", "会议室", "大会",
        "索 引 号：", "发布机构：某县人民政府", "Title: ", "成文日期 2023-01-17", "文　　号", "来源:某中心发表时间:2022-06-01", "主题分类｜",
        "• 发布日期：", "名称", " 时间 ", "CONTENT:",
    ];

    private static List<string> Texts()
    {
        var lines = Directory.EnumerateFiles(TestIndex.SeedsDir)
            .SelectMany(f => File.ReadAllText(f, Encoding.UTF8).Split('\n'))
            .Select(l => l.Trim()).Where(l => l.Any(ChineseText.IsHan)).Distinct().ToList();
        Assert.True(lines.Count > 100, "the seeds' lines are the corpus");
        var random = new Random(19);
        var texts = new List<string>(lines);
        for (int n = 0; n < 6000; n++)
        {
            var text = lines[random.Next(lines.Count)];
            for (int k = random.Next(1, 4); k > 0; k--)
            {
                int at = random.Next(text.Length + 1);
                text = text[..at] + Pieces[random.Next(Pieces.Length)] + text[at..];
            }
            // Some patterns read a line's end only (a suffix, a signature's date): a third of the variants end in a piece.
            if (n % 3 == 0) text += Pieces[random.Next(Pieces.Length)];
            // Others read its start only (a venue line's date or dash): a fifth start with one.
            if (n % 5 == 1) text = Pieces[random.Next(Pieces.Length)] + text;
            texts.Add(text);
        }
        // Whole openings of several lines, as the region rules read them.
        for (int n = 0; n < 500; n++) texts.Add(string.Join('\n', Enumerable.Range(0, 8).Select(_ => texts[random.Next(texts.Count)])));
        return texts;
    }

    private static readonly Lazy<List<string>> Corpus = new(Texts);

    [Fact]
    public void A_native_place_read_in_a_window_is_the_one_read_in_the_whole_text()
    {
        int inBirthplace = 0;
        foreach (var text in Corpus.Value)
            foreach (var m in PlaceNames.Default.Find(text))
            {
                bool whole = RegionRecognizer.Birthplace().Matches(text).Any(b => m.Start >= b.Index && m.Start + m.Length <= b.Index + b.Length);
                Assert.Equal(whole, RegionRecognizer.InBirthplace(text, m));
                if (whole) inBirthplace++;
            }
        Assert.True(inBirthplace > 50, "the corpus holds native places");
    }

    /// <summary>The gate lets through every text the pattern matches, and the texts hold more than <paramref name="atLeast"/> matches.</summary>
    private static void AssertGateAdmitsEveryMatch(IEnumerable<string> texts, Func<string, bool> matches, Func<string, bool> gate, int atLeast, string what)
    {
        int matched = 0;
        foreach (var text in texts)
            if (matches(text)) { matched++; Assert.True(gate(text), text); }
        Assert.True(matched > atLeast, $"the corpus holds {what}");
    }

    /// <summary>The cheap way's answer is the oracle's on every text, and more than <paramref name="atLeast"/> answers are found ones.</summary>
    private static void AssertSameAnswer<T>(IEnumerable<string> texts, Func<string, T> oracle, Func<string, T> cheap, Func<string, T, bool> isFound, int atLeast, string what)
    {
        int found = 0;
        foreach (var text in texts)
        {
            var expected = oracle(text);
            Assert.Equal(expected, cheap(text));
            if (isFound(text, expected)) found++;
        }
        Assert.True(found > atLeast, $"the corpus holds {what}");
    }

    [Fact]
    public void Texts_skipped_for_naming_no_national_body_name_none() =>
        AssertGateAdmitsEveryMatch(Corpus.Value, RegionRecognizer.NationalInOpening().IsMatch, RegionRecognizer.MayNameNationalBody, 50, "national bodies");

    [Fact]
    public void Lines_skipped_as_naming_no_meeting_hold_no_venue_or_session()
    {
        foreach (var pattern in DocumentDates.VenuePatterns)
            AssertGateAdmitsEveryMatch(Corpus.Value, pattern.IsMatch, DocumentDates.MayNameVenue, 10, $"lines {pattern} matches");
    }

    [Fact]
    public void A_line_opens_with_a_label_where_the_labels_first_match_starts_at_its_start() =>
        AssertSameAnswer(Corpus.Value, text => HeaderLabels.Label.Match(text) is { Success: true, Index: 0 }, HeaderLabels.OpensWithLabel, (_, opens) => opens, 100, "lines opening with labels");

    [Fact]
    public void A_line_skipped_as_holding_no_separator_opens_no_field() =>
        AssertSameAnswer(Corpus.Value, HeaderLabels.OpeningLabel.IsMatch, HeaderLabels.OpensField, (_, opens) => opens, 100, "lines opening with fields");

    [Fact]
    public void A_heading_without_spaces_has_none_between_han_characters() =>
        AssertSameAnswer(Corpus.Value, text => TitleFinder.SpaceBetweenHan().Replace(text, ""), TitleFinder.WithoutSpaceBetweenHan, (text, cleaned) => cleaned != text, 100, "spaced headings");

    [Fact]
    public void The_bodies_of_a_line_read_only_where_its_first_part_is_one_are_those_read_from_every_part()
    {
        string[] signatures = ["中共柳河县委 柳河县人民政府", "某市财政局　某市住房公积金管理中心", "钱 库 镇 人 民 政 府", "某县人民政府办公室",
            "昆明市呈贡区住房和城乡建设局", "大同市住房公积金管理中心 2024年12月9日", "中共某镇委员会\t某镇人民政府\t某镇人大主席团", "人民政府 某县财政局"];
        var joined = signatures.SelectMany(a => signatures.Select(b => a + (a.Length % 2 == 0 ? " " : "\u3000") + b));
        static IReadOnlyList<string> FromEveryPart(string text) => Regex.Split(text.Trim(), "[ \t\u3000]+") is var parts
            && parts.Length <= SignatureBlock.MaxBodies && parts.All(p => SignatureBlock.BodyName().IsMatch(p) && !ReportOrg.GenericGovernment().IsMatch(p)) ? parts : [];
        AssertSameAnswer(Corpus.Value.Concat(signatures).Concat(signatures.Select(s => "  " + s + "\u3000")).Concat(joined),
            FromEveryPart, SignatureBlock.BodiesOf, (_, bodies) => bodies.Count > 0, 20, "lines of bodies");
    }

    [Fact]
    public void A_byline_checked_only_where_its_words_stand_is_every_byline() =>
        AssertSameAnswer(Corpus.Value.Where(t => !t.Contains('\n')), line => BodyKind.NewsByline().IsMatch(line.Trim()), BodyKind.IsNewsByline, (_, matches) => matches, 50, "bylines");

    [Fact]
    public void Lines_skipped_as_holding_no_closing_date_hold_none() =>
        AssertGateAdmitsEveryMatch(Corpus.Value.Select(ChineseText.Simplify), IndentedParagraphs.RunInClosingDate().IsMatch, IndentedParagraphs.MayHoldClosingDate, 50, "run-in closing dates");

    [Fact]
    public void Addressee_lines_found_with_the_check_are_those_found_without() =>
        AssertSameAnswer(Corpus.Value, text => AddresseeLine.InText().Matches(text).Select(m => (m.Index, m.Length)).ToList(),
            text => AddresseeLine.Within(text).Select(m => (m.Index, m.Length)).ToList(), (_, lines) => lines.Count > 0, 50, "addressee lines");

    [Fact]
    public void Doc_numbers_found_with_the_check_are_those_the_pattern_finds() =>
        AssertSameAnswer(Corpus.Value.Select(ChineseText.ForMatching), text => DocNumberText.Number().Matches(text).Select(m => (m.Index, m.Length)).ToList(),
            text => DocNumberText.FindAll(text).Select(n => (n.Index, n.Length)).ToList(), (_, numbers) => numbers.Count > 0, 50, "numbers");

    [Fact]
    public void A_table_row_found_only_on_lines_with_gaps_is_every_row() =>
        AssertSameAnswer(Corpus.Value.Where(t => !t.Contains('\n')), HardWrapJoiner.CellGaps().IsMatch, HardWrapJoiner.IsTableRow, (_, row) => row, 50, "table rows");

    [Fact]
    public void Every_signature_date_holds_its_year_s_19_or_20()
    {
        // The flattened signature is looked for only after a sentence end with 19 or 20 in the window after it.
        AssertGateAdmitsEveryMatch(Corpus.Value.SelectMany(t => t.Split([' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries)), SignatureBlock.DateLine().IsMatch,
            token => token.Contains("19", StringComparison.Ordinal) || token.Contains("20", StringComparison.Ordinal), 50, "signature dates");
    }

    [Fact]
    public void A_furniture_suffix_removed_only_after_a_closing_bracket_is_every_one() =>
        AssertSameAnswer(Corpus.Value, line => TitleFinder.FurnitureSuffix().Replace(line, ""), TitleFinder.WithoutFurnitureSuffix, (line, cleaned) => cleaned != line, 50, "furniture suffixes");

    [Fact]
    public void Every_site_name_after_a_title_stands_after_a_bar_mark()
    {
        // A title bar is read only on lines holding one of the marks its pattern separates title and site by.
        AssertGateAdmitsEveryMatch(Corpus.Value, TitleLine.SiteAfterTitle().IsMatch, line => line.AsSpan().IndexOfAny("_|｜-－—") >= 0, 50, "title bars");
    }

    [Fact]
    public void A_name_looked_up_among_the_fixed_phrases_is_in_one_where_a_search_of_each_finds_it()
    {
        // The oracle searches each phrase for the name, as the rule did before its lookup, and checks the text around it.
        static bool Searched(string text, int start, int end) => PlaceNames.FixedPhrases.Any(phrase =>
            phrase.IndexOf(text.AsSpan(start, end - start), StringComparison.Ordinal) is var at and >= 0 && start - at >= 0
            && start - at + phrase.Length <= text.Length && string.CompareOrdinal(text, start - at, phrase, 0, phrase.Length) == 0);
        var random = new Random(7);
        int inPhrase = 0;
        foreach (var line in Corpus.Value.Take(3000))
        {
            var text = line.Insert(random.Next(line.Length + 1), PlaceNames.FixedPhrases[random.Next(PlaceNames.FixedPhrases.Length)]);
            for (int start = 0; start < text.Length; start++)
                for (int end = start + 1; end <= Math.Min(text.Length, start + 4); end++)
                {
                    bool expected = Searched(text, start, end);
                    Assert.Equal(expected, PlaceNames.InFixedPhrase(text, start, end));
                    if (expected) inPhrase++;
                }
        }
        Assert.True(inPhrase > 1000, "the texts hold fixed phrases");
    }

    [Fact]
    public void A_character_the_clutter_check_does_not_lower_has_no_lower_case()
    {
        // Every character of the basic plane: those the check passes over are their own lower case.
        int passedOver = 0;
        for (int c = 1; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF) continue;
            var one = ((char)c).ToString();
            if (ClutterFilter.MayHaveCase(one)) continue;
            passedOver++;
            Assert.Equal(one, one.ToLowerInvariant());
        }
        Assert.True(passedOver > 20000, "Han characters are passed over");
        Assert.True(ClutterFilter.MayHaveCase("分享到QQ") && ClutterFilter.MayHaveCase("Ａ") && ClutterFilter.MayHaveCase("Ⅱ"));
    }

    [Fact]
    public void A_remembered_view_or_heading_is_the_one_computed_afresh()
    {
        // Computed on a thread of its own, whose memory is empty; then read here after more lines than are remembered.
        var lines = Corpus.Value.Where(t => t.Length <= 300 && !t.Contains('\n')).Take(3000).ToList();
        (string View, string Heading)[] fresh = [];
        var thread = new Thread(() => fresh = lines.Select(l => (ChineseText.ForMatching(l), TitleFinder.Clean(l))).ToArray());
        thread.Start();
        thread.Join();
        for (int round = 0; round < 2; round++)
            for (int i = 0; i < lines.Count; i++)
            {
                Assert.Equal(fresh[i].View, ChineseText.ForMatching(lines[i]));
                Assert.Equal(fresh[i].Heading, TitleFinder.Clean(lines[i]));
            }
    }
}
