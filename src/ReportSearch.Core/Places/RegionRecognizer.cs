using System.Buffers;
using System.Text.RegularExpressions;
using ReportSearch.Analysis;

namespace ReportSearch.Places;

/// <summary>How a document's region was decided, strongest first.</summary>
public enum RegionEvidence
{
    None,
    /// <summary>A national issuer opens the title or the issuing body (国务院办公厅关于…, 财政部, 全国人民代表大会).</summary>
    NationalBody,
    /// <summary>A national addressee line (各省、自治区、直辖市人民政府，国务院各部委) and no local issuer.</summary>
    NationalAddress,
    /// <summary>The issuing body names the unit (header 发布机构, signature, the passage or session line).</summary>
    Issuer,
    /// <summary>The title names the unit.</summary>
    Title,
    /// <summary>The document speaks of itself at the unit's level (我街道, 本镇, 全县) and names the unit.</summary>
    SelfReference,
    /// <summary>The text names the county, town or street in full again and again, and no other place nearly as often (<see cref="RepeatedSubject"/>).</summary>
    Repeated,
    /// <summary>The text names this unit and the units above it, and no other place (<see cref="Places.OnlyPlaceNamed"/>).</summary>
    OnlyPlace,
    /// <summary>Only the weight of places named in the opening and the body: a guess, never the report's region.</summary>
    Mentions,
}

/// <summary>The place a document is about: a gazetteer unit, or the whole country (全国), or unknown.</summary>
public sealed record RegionResult(Place? Place, bool National)
{
    public static readonly RegionResult Unknown = new(null, false);

    public RegionEvidence Evidence { get; init; }

    /// <summary>
    /// Whether the region rests on what the document says of its author or itself. Only a strong region is the
    /// report's region (its facet and filter); a weak one is a mentioned place.
    /// </summary>
    public bool IsStrong => Evidence is not (RegionEvidence.None or RegionEvidence.Mentions);

    /// <summary>The units the text names, most weight first: searchable as mentioned places, never the report's region.</summary>
    public IReadOnlyList<Place> Mentioned { get; init; } = [];

    public const string NationalName = "全国";

    /// <summary>福建省, 泉州市, 晋江市, 西园街道; or 全国; null when unknown.</summary>
    public IReadOnlyList<string>? Path => National ? [NationalName] : Place?.Path;
}

/// <summary>Where in a document a text comes from; the parts that name the author weigh more than passing mentions.</summary>
public enum DocumentZone { Title, Org, Opening, Body }

/// <summary>
/// Decides which place a document is about from the place names in it. Each mention of a name weighs by where it
/// stands (title and issuing body 10, opening lines 3, the rest 1). A name that several units bear (西园街道 in four
/// cities) is resolved by hierarchy: the unit whose county, city or province the document also names wins; a short
/// form of a county (朝阳, 东方, 和平: often a common word) counts only with such support. The weights of each unit go
/// to its ancestors too, and the answer is the deepest unit that holds most of the weight: a provincial report
/// names its cities in passing, but they share the province's weight, while a street's profile holds its own.
/// A unit the title or the issuing body opens with (晋江市西园街道2021年工作总结) is taken as it stands.
/// Documents of central bodies (国务院, 全国人民代表大会, 中共中央, ministries) are national.
/// </summary>
public static partial class RegionRecognizer
{
    private static readonly Dictionary<DocumentZone, double> Weights = new()
    {
        [DocumentZone.Title] = 10, [DocumentZone.Org] = 10, [DocumentZone.Opening] = 3, [DocumentZone.Body] = 1,
    };

    // A deeper unit must hold this share of its parent's weight to be the document's place.
    private const double DescendShare = 0.5;
    private const int PartStride = 1_000_000;

    // Central bodies at the start of a title or an issuing body: 国务院办公厅关于…, 中共中央 国务院关于…, 中华人民共和国…法,
    // the supreme court and procuratorate (最高人民法院关于上海金融法院案件管辖的规定 is national, whatever court it
    // names), and the ministries under their names of today and of earlier years (交通部令, 卫生部关于…).
    // A date may open the title (2011年9月13日外交部发言人姜瑜举行例行记者会, 12月19日外交部发言人…), a day with its comma
    // a news lead (2月5日，住房城乡建设部在…召开).
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日\s*[,，]?\s*)?(?:国务院|中共中央|中央军委|中央|全国人民代表大会|全国人大|全国政协|中华人民共和国|国家(?!级)|最高人民法院|最高人民检察院|中国人民银行|海关总署|审计署|(?:财政|教育|科学技术|科技|工业和信息化|公安|民政|司法|人力资源和社会保障|人力资源社会保障|自然资源|生态环境|住房和城乡建设|住房城乡建设|交通运输|水利|农业农村|商务|文化和旅游|卫生健康|外交|国防|应急管理|退役军人事务|交通|铁道|建设|卫生|人事|劳动和社会保障|劳动|国土资源|环境保护|农业|文化|监察|信息产业|对外贸易经济合作)部)")]
    private static partial Regex NationalStart();

    /// <summary>A central body as the subject of a text's first line, after its date: 2月5日，住房城乡建设部在…召开….</summary>
    internal static bool OpensWithCentralBody(string text) => NationalStart().IsMatch(text.TrimStart());

    /// <summary>
    /// Whether a central body heads the text (国家税务总局关于…), not one of its local offices, which name their place
    /// right after it (国家税务总局安吉县税务局, 国家统计局浙江调查总队, 国家金融监督管理总局湖州监管分局): those are the
    /// place's.
    /// </summary>
    private static bool HeadedByCentralBody(string text, PlaceNames names) =>
        NationalStart().Match(text) is { Success: true } central
        && !(CentralAdministration().Match(text) is { Success: true } body && names.Find(text[(body.Index + body.Length)..]).Any(m => m.Start == 0))
        && !IsLocalBranch(text[(central.Index + central.Length)..], names);

    /// <summary>
    /// A central body's branch by its place (中国人民银行苏州市分行 signing beside 苏州市住房和城乡建设局, 财政部江苏监管局):
    /// the place and the office's word follow the body's name.
    /// </summary>
    private static bool IsLocalBranch(string rest, PlaceNames names) =>
        names.Find(rest).FirstOrDefault(m => m.Start == 0) is { Length: > 0 } place && BranchOffice().IsMatch(rest[(place.Start + place.Length)..]);

    [GeneratedRegex(@"^(?:中心支行|分行|支行|营业管理部|分局|监管局|监管分局|调查总队|调查队)")]
    private static partial Regex BranchOffice();

    // A central administration's name (国家税务总局, 国家统计局, 国家金融监督管理总局), where a local office's place may follow.
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}年)?国家\p{IsCJKUnifiedIdeographs}{1,10}?(?:总局|局|署)")]
    private static partial Regex CentralAdministration();

    // Central bodies and national events in the opening lines: 在第十一届全国人民代表大会第一次会议上, 国家主席习近平.
    // An order number names the State Council or a ministry as the author only where it heads the text (中华人民共和国国务院令
    // / 第711号, 科学技术部令第1号); cited inside a sentence ((2019年4月3日中华人民共和国国务院令第711号修订), as every
    // disclosure report does) it is no author.
    [GeneratedRegex(@"全国人民代表大会(?!常务委员会第.{1,4}次会议批准)|全国人大|国务院总理|国家主席|中共中央|国务院(?:发布|批准|公布)|(?:^|\n)(?:中华人民共和国)?(?:国务院|\p{IsCJKUnifiedIdeographs}{2,12}部)令|全国代表大会")]
    internal static partial Regex NationalInOpening();

    /// <summary>
    /// A central body or national event in the text as its author or occasion, not only cited: a document that follows
    /// one (为深入贯彻落实《中共中央办公厅、国务院办公厅印发…》, 根据全国人大常委会…的决定) or reports a mention on its
    /// website or by its deputy (被全国人大网站刊登, 全国人大代表、镇党委书记) is still a local one.
    /// </summary>
    private static bool NamesNationalAuthor(string text)
    {
        if (!MayNameNationalBody(text)) return false;
        foreach (Match m in NationalInOpening().Matches(text))
        {
            if (InsideBookTitle(text, m.Index) || CitedAfter().IsMatch(text.AsSpan(Math.Max(0, m.Index - CitedLookBack), Math.Min(CitedLookBack, m.Index)).ToString()) && !ApprovalOpens(text, m.Index)
                || AtTheBody(text, m.Index)
                || NotTheBody().IsMatch(text.AsSpan(m.Index + m.Length)))
                continue;
            return true;
        }
        return false;
    }

    private const int CitedLookBack = 8;

    // Every body or event NationalInOpening names holds one of these words or its order number's 令: most openings hold
    // none, and the pattern is tried at each 国 and 中 of the text.
    internal static bool MayNameNationalBody(string text) => text.AsSpan().IndexOfAny(NationalWords) >= 0 || text.Contains('令');

    private static readonly SearchValues<string> NationalWords = SearchValues.Create(["全国", "国务院", "国家主席", "中共中央"], StringComparison.Ordinal);

    // 经国务院批准，现将有关政策公告如下 opening a line: the text is issued on the body's authority, not about its approval.
    private static bool ApprovalOpens(string text, int index) => index >= 1 && text[index - 1] == '经' && (index == 1 || text[index - 2] == '\n');

    // 在中共中央政治局第十二次集体学习时的重要讲话, 在中共中央的坚强领导下: the body as the occasion or the leadership a
    // text names, right after 在, is not its author. A session line puts the session's number between (在第十四届全国人民
    // 代表大会第二次会议上, 在中国共产党第十九次全国代表大会上), and still names a national author.
    private static bool AtTheBody(string text, int index) => index > 0 && text[index - 1] == '在';

    // 贯彻落实中共中央…, 根据全国人大常委会…, 按照国务院…: the text follows the body, it is not the body's; nor is it where
    // the body approved what the text's unit asked for (口岸落地签证业务获国务院批准, 报请国务院批准, 2019年经国务院批准撤县
    // 设区). A text opening on 经国务院批准 is a ministry's notice issued on that authority (see ApprovalOpens).
    [GeneratedRegex(@"(?:贯彻|落实|根据|按照|依据|遵照|学习|传达|获|经|报请)[^，。,；;]{0,4}$")]
    private static partial Regex CitedAfter();

    // 全国人大代表 (a deputy), 全国人大网站, 全国人大…刊登: the body is not the author; nor where it qualifies a noun
    // (是国务院批准的首批对外开放县之一, 全国人大的决定).
    [GeneratedRegex(@"^(?:代表(?!大会)|网站|网|官网|的)")]
    private static partial Regex NotTheBody();

    // Within 《…》 on its line: the name of another document.
    private static bool InsideBookTitle(string text, int at) => OpeningBookTitleMark(text, at) >= 0;

    // Where the 《 of the book title around <paramref name="at"/> on its line stands, or -1.
    private static int OpeningBookTitleMark(string text, int at)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var open = new Stack<int>();
        for (int i = lineStart; i < at; i++)
            if (text[i] == '《') open.Push(i);
            else if (text[i] == '》' && open.Count > 0) open.Pop();
        return open.Count > 0 ? open.Peek() : -1;
    }

    // A document the text issues itself (现将《关于加快我县…的意见》印发给你们, 关于印发《…》的通知): its title's words are the
    // author's own.
    [GeneratedRegex(@"(?:现将|印发|制定了?|出台了?|发布)\s*$")]
    private static partial Regex IssuedHere();

    private const int IssuedHereSpan = 4;

    // A first-person word inside the title of a document the text cites (贯彻落实南昌市《关于进一步推动我市房地产市场…》, 符合
    // 《关于促进我市…的通知》 in a district's notice): the cited author's words, not the text's. A county citing its city's
    // document would otherwise speak as a city. Where the cited author is the text's own unit, its other words still say so.
    // A scope in a cited title (《在全省农村小学生中实施…方案》) still counts: it names the whole the text acts in.
    private static bool InCitedTitle(string text, int at)
    {
        int open = OpeningBookTitleMark(text, at);
        return open >= 0 && !IssuedHere().IsMatch(text.AsSpan(Math.Max(0, open - IssuedHereSpan), Math.Min(IssuedHereSpan, open)));
    }

    // National subjects in a title without a place: 习近平会见…, 关于国家机关工作人员…, 全国…会议, 中国共产党….
    // (A local notice about a national campaign, 关于开展全国文明城市创建的通知, names its place in the issuing body.)
    [GeneratedRegex(@"习近平|国家主席|党中央|国务院|国家机关|中国共产党|^全国|^中央")]
    private static partial Regex NationalInTitle();

    // A headline of a visit (全国供销合作总社副主任王伟一行调研我社…, 国家卫健委专家组莅临我县): the national body is the
    // guest; the item is the host's.
    [GeneratedRegex(@"一行|莅临|(?:调研|视察|考察|检查|督导|慰问)(?:指导)?我")]
    private static partial Regex VisitHeadline();

    // A document addressed to every province and to the State Council's ministries is a central one, whatever cities
    // it cites as examples: 各省、自治区、直辖市人民政府，国务院各部委、各直属机构.
    [GeneratedRegex(@"各省[、，,]\s*自治区[、，,]\s*直辖市|国务院各部委|国务院各直属机构|中央和国家机关各部委")]
    private static partial Regex NationalAddressee();

    // A central body's 文号 heading the text (国科发农〔2020〕192号, 财科教〔2017〕6号 after the title on its line): the codes
    // of the State Council and its offices (国发, 国办发, 国函, 国科发, 国税发), of the Party centre (中发, 中办发), of the
    // finance ministry (财教, 财税) and the development commission (发改投资), and of a ministry by its name (人社部发,
    // 工信部联). A local body's code opens with its place (冀财教, 京政发, 中府 of 中山市), so none of these.
    [GeneratedRegex(@"^(?:国|中发|中办发|财|发改|\p{IsCJKUnifiedIdeographs}{1,4}部)")]
    private static partial Regex CentralCode();

    private const int DocNumberOpeningSpan = 120;

    /// <summary>Whether the opening's first 文号, standing apart (at the start or after a space), is a central body's.</summary>
    private static bool OpensWithCentralDocNumber(string opening)
    {
        var head = opening.Length > DocNumberOpeningSpan ? opening[..DocNumberOpeningSpan] : opening;
        return DocNumberText.FindAll(head).FirstOrDefault() is { Canonical: not null } first
            && (first.Index == 0 || char.IsWhiteSpace(head[first.Index - 1])) && CentralCode().IsMatch(first.Canonical);
    }

    private const int MaxMentioned = 10;

    public static RegionResult Recognize(IEnumerable<(DocumentZone Zone, string Text)> parts, PlaceNames? names = null)
    {
        var zoned = parts.Where(p => !string.IsNullOrEmpty(p.Text)).ToList();
        names ??= PlaceNames.Default;
        return TownByItsStem.Descend(AuthorBelowAnswer.Check(Weigh([.. zoned], names), zoned, text => HeadedByCentralBody(text, names)), zoned);
    }

    private static RegionResult Weigh(List<(DocumentZone Zone, string Text)> zoned, PlaceNames names)
    {
        // A work report's speaker names the author: 我代表上城区人民政府向大会报告工作 in the opening, and again where it
        // thanks (在此，我代表海拉尔区人民政府，向全区各族人民…致以崇高的敬意), which a report without its opening still has.
        bool toCongress = zoned.Any(p => p.Text.Contains("各位代表", StringComparison.Ordinal));
        zoned.AddRange(zoned.Where(p => p.Zone is DocumentZone.Opening or DocumentZone.Body)
            .SelectMany(p => SpeakerFor().Matches(p.Text).Where(m => p.Zone is DocumentZone.Opening || toCongress && ReportsOrThanks(p.Text, m)))
            .Select(m => (DocumentZone.Org, m.Groups["org"].Value)).ToList());
        // A line of issuing bodies alone over the heading (中共柳河县委 柳河县人民政府 / 关于…的实施意见) names the author.
        // A letterhead spaced out letter by letter (钱 库 镇 人 民 政 府) is read as its name.
        zoned.AddRange(zoned.Where(p => p.Zone is DocumentZone.Opening).SelectMany(p => p.Text.Split('\n').Take(IssuerLineSpan))
            .Select(line => LetterSpaced().IsMatch(line.Trim()) ? string.Concat(line.Where(c => !char.IsWhiteSpace(c))) : line.Trim())
            .Where(line => IssuerLine().IsMatch(line)).Select(line => (DocumentZone.Org, line)).ToList());
        // The levels the text speaks of itself at and whether it speaks as a local unit at all: read from every zone's
        // text, asked by several rules below, read once.
        (PlaceLevel? Lowest, PlaceLevel? Highest)? selfLevel = null;
        (PlaceLevel? Lowest, PlaceLevel? Highest) OwnLevels() => selfLevel ??= SelfLevel(zoned);
        bool? speaksAsLocal = null;
        bool SpeaksAsLocal() => speaksAsLocal ??= zoned.Any(z => SpeaksAsLocalUnit(z.Text));
        var mentions = new List<(PlaceMention Mention, DocumentZone Zone, int Order)>();
        // Units the text shows as another than its author: a guest (…党政代表团莅临我县) or a partner (我县与…萧山区).
        var others = new HashSet<string>(StringComparer.Ordinal);
        // The counterparts' and investors' names: places the text mentions that weigh for no author.
        var otherParties = new List<PlaceMention>();
        // Order: the part's index times a large stride plus the mention's position in the part.
        for (int part = 0; part < zoned.Count; part++)
        {
            bool mayHoldBirthplace = zoned[part].Text.Contains("人，", StringComparison.Ordinal) || zoned[part].Text.Contains("人,", StringComparison.Ordinal);
            // Where the last counterpart's name ends: the units its name runs on to (与吉林省通化市辉南县签订) are its own.
            int counterpartEnd = -1;
            var found = names.Find(zoned[part].Text);
            for (int i = 0; i < found.Count; i++)
            {
                var m = found[i];
                if (mayHoldBirthplace && InBirthplace(zoned[part].Text, m)) continue;
                bool counterpart = m.Start == counterpartEnd || IsCounterpart(zoned[part].Text, m) || IsInvestorsHome(zoned[part].Text, found, i);
                if (counterpart)
                {
                    counterpartEnd = m.Start + m.Length;
                    // Another party, and still a place the text mentions.
                    otherParties.Add(m);
                }
                // Nor is a party visiting the author (湖州市安吉县党政代表团莅临我县考察): the guest, not the host; nor a
                // partner (加强我县与浙江省杭州市萧山区的劳务协作), nor a counterpart.
                if (IsGuestOfTheAuthor(zoned[part].Text, m.Start + m.Length) || IsPartnerOfTheAuthor(zoned[part].Text, m) || counterpart)
                {
                    others.Add(zoned[part].Text.Substring(m.Start, m.Length));
                    // The units its name runs on from (辽宁省朝阳市建平县考察团) are the guest's too.
                    for (int start = m.Start; mentions.Count > 0 && mentions[^1].Order / PartStride == part && mentions[^1].Mention.Start + mentions[^1].Mention.Length == start;)
                    {
                        start = mentions[^1].Mention.Start;
                        mentions.RemoveAt(mentions.Count - 1);
                    }
                    continue;
                }
                // A neighbour a profile places its unit by (东与温州市鹿城区、瓯海区接壤，南与文成县毗邻): not the unit.
                if (IsNeighbour(zoned[part].Text, m)) continue;
                mentions.Add((m, NamesTheAuthor(zoned[part].Text, m) ? zoned[part].Zone : DocumentZone.Body, part * PartStride + Math.Min(m.Start, PartStride - 1)));
            }
        }

        bool strongLocal = mentions.Any(m => m.Zone is DocumentZone.Title or DocumentZone.Org && !m.Mention.IsShortForm);
        foreach (var (zone, text) in zoned)
        {
            if (zone is DocumentZone.Title or DocumentZone.Org && HeadedByCentralBody(text, names)) return new RegionResult(null, true) { Evidence = RegionEvidence.NationalBody };
        }
        // A text that speaks of itself as a local unit (本市, 全县, 我省) is not a central one, whatever central body it names
        // as the source of what it enforces (全国人民代表大会及其常务委员会决议、决定在本市遵守和执行).
        // A central body opening the text is its author unless the text speaks as a local unit, even once (家庭成员在我市
        // 名下无成套住房 under 根据住房城乡建设部、中国人民银行…联合印发的《…》精神): a central text never says 我市 or 本省.
        if (!strongLocal && zoned.Any(p => p.Zone is DocumentZone.Title && NationalInTitle().IsMatch(p.Text) && !VisitHeadline().IsMatch(p.Text) || p.Zone is DocumentZone.Title && NamesNationalAuthor(p.Text)
                || p.Zone is DocumentZone.Opening && NamesNationalAuthor(p.Text) && !SpeaksAsLocal())
            && OwnLevels().Lowest is null)
            return new RegionResult(null, true) { Evidence = RegionEvidence.NationalBody };
        if (!strongLocal && zoned.Any(p => p.Zone is DocumentZone.Opening && NationalAddressee().IsMatch(p.Text)))
            return new RegionResult(null, true) { Evidence = RegionEvidence.NationalAddress };
        if (!strongLocal && zoned.Any(p => p.Zone is DocumentZone.Opening && OpensWithCentralDocNumber(p.Text)) && !SpeaksAsLocal())
            return new RegionResult(null, true) { Evidence = RegionEvidence.NationalBody };
        if (mentions.Count == 0) return OwnUnit(RegionResult.Unknown with { Mentioned = NamedInFull(otherParties) }, zoned, names);

        // A short form that a word of the text runs across is no name, whatever its level and however supported: 迁安 in
        // 征迁|安置, 丽江 in 美丽|江苏, 重庆 in 隆重|庆祝. The gazetteer's finder leaves short forms unchecked, being many;
        // the dictionary is asked here when a rule below needs the answer, at most once for each short form.
        var acrossWords = new Dictionary<(int Part, int Start), bool>();
        bool AcrossWords(PlaceMention m, int ord)
        {
            if (!m.IsShortForm) return false;
            var key = (Part: ord / PartStride, m.Start);
            if (!acrossWords.TryGetValue(key, out var across))
                acrossWords[key] = across = !PlaceNames.OnWordBoundaries(zoned[key.Part].Text, m.Start, m.Start + m.Length);
            return across;
        }

        // Units named without doubt (one unit bears the name), with their ancestors: the support for resolving the rest.
        var certain = new HashSet<Place>();
        // A short form of one province or city (山东, 泉州) supports the units below it too; a county's short form
        // may be a common word (新建, 和平) and does not.
        // A newspaper's dateline names its place without doubt, short form or not: 本报曲阜讯, 本网钦南讯.
        // Not a short form naming a bay, river or mountain (杭州湾, 苏州河): the feature lies by the unit, in any text.
        foreach (var (m, _, ord) in mentions)
        {
            if (m.Candidates.Count == 1 && (!m.IsShortForm || m.Candidates[0].Level <= PlaceLevel.City && !NamesFeature(m, zoned[ord / PartStride].Text)
                    && !AcrossWords(m, ord) || IsDateline(zoned[ord / PartStride].Text, m)) && !m.Candidates[0].IsZone
                && !IsAreaPhraseInPassing(zoned[ord / PartStride].Text, m, m.Candidates[0]))
                for (var p = m.Candidates[0]; p is not null; p = p.Parent) certain.Add(p);
            // A city's short form that its namesake county shares (长沙 of 长沙市 and 长沙县, 承德, 衡阳, 南昌): either way
            // the place lies in that city, which the text so names without doubt (not the county).
            else if (m.IsShortForm && NamesakeCity(m) is { } city && !NamesFeature(m, zoned[ord / PartStride].Text))
                for (var p = city; p is not null; p = p.Parent) certain.Add(p);
        }

        // Units the text names in full, by a name one unit bears (朝阳县): not their ancestors.
        var namedInFull = new HashSet<Place>();
        foreach (var (m, _, ord) in mentions)
            if (!m.IsShortForm && m.Candidates.Count == 1 && !IsAreaPhraseInPassing(zoned[ord / PartStride].Text, m, m.Candidates[0])) namedInFull.Add(m.Candidates[0]);

        var superior = SuperiorSuffix(zoned);
        var kept = new List<(PlaceMention Mention, Place Place, bool Supported, DocumentZone Zone, int Order, bool Former)>();
        foreach (var (m, zone, ord) in mentions)
        {
            var (place, supported) = Resolve(m, certain, superior, namedInFull);
            if (place is null) continue;
            // A guest or partner county, town or street is another unit wherever the text names it again (温宿县代表团对我县的
            // 支援表示感谢); a city or province may still be the author's own above it.
            if (place.Level >= PlaceLevel.County && others.Contains(zoned[ord / PartStride].Text.Substring(m.Start, m.Length))) continue;
            bool former = IsFormerName(m, zoned[ord / PartStride].Text);
            if (m.IsShortForm && place.Level >= PlaceLevel.County && !supported && !former) continue;
            // A county's short form that is a word (惠民 of 便民惠民, 新兴 of 新兴产业) in a text that names another city of
            // its province without doubt, and not its own city: the word, not the county. A 菏泽 notice of 便民惠民新政策
            // had been left unfiled, 惠民县 of 滨州 weighing against 菏泽市 under 山东省.
            if (m.IsShortForm && place.Level >= PlaceLevel.County && place.Parent is { Level: PlaceLevel.City } city && !certain.Contains(city)
                && IsWordShortForm(m, zoned[ord / PartStride].Text) && certain.Any(c => c.Level == PlaceLevel.City && c != city && c.Parent == city.Parent)) continue;
            // A district whose name is a word for part of any city (城区, 郊区, 矿区: 中心城区, 主城区) is that district only
            // written after its city (阳泉市城区, 铜陵郊区) or before its own body (城区人民政府): a 广东 policy's 中心城区
            // is no 汕尾市城区, nor a 山西 one's 阳泉市城区.
            if (IsAreaPhraseInPassing(zoned[ord / PartStride].Text, m, place)) continue;
            if (AcrossWords(m, ord)) continue;
            // A development zone named in passing (工业园区, 经济开发区: names many pages use as phrases) counts only
            // where the text names a unit above it.
            if (place.IsZone && zone is not (DocumentZone.Title or DocumentZone.Org) && !certain.Contains(place.Parent!)) continue;
            // A zone by a kind's word (林业局, 开发区) only where its own county or city is named: before it or without doubt.
            if (Gazetteer.Default.HasGenericName(place) && !certain.Contains(place.Parent!)
                && !mentions.Any(o => o.Order / PartStride == ord / PartStride && o.Mention.Start + o.Mention.Length == m.Start && o.Mention.Candidates.Any(c => place.IsWithin(c)))) continue;
            // In a title, only as its subject: at the start or chained to the units above it (福州市罗源湾开发区…). A
            // forum's banner taken for the title (…让你轻松玩转罗源湾之窗) names a zone in passing.
            if (place.IsZone && zone is DocumentZone.Title && m.Start > LeadingYear().Match(zoned[ord / PartStride].Text).Length
                && !mentions.Any(o => o.Order / PartStride == ord / PartStride && o.Mention.Start + o.Mention.Length == m.Start)) continue;
            kept.Add((m, place, supported, zone, ord, former));
        }
        // A town whose name is also a phrase (小城镇 'small towns' of 加快小城镇建设, 向城镇 of 人口向城镇转移: 舒兰市's and
        // 兰陵县's towns) is the town only after its county, before its own body or where the text names its county, its
        // city or a unit within it elsewhere; else it had filed a plan under a town of another province.
        kept.RemoveAll(k => !k.Mention.IsShortForm && PlaceNames.IsPhraseTownName(k.Place) && zoned[k.Order / PartStride].Text is var text
            && !AfterItsParent(text, k.Mention.Start, k.Place) && !PlaceNames.BodyAfter(text, k.Mention.Start + k.Mention.Length)
            && !kept.Any(o => o.Place != k.Place && (o.Place.Level >= PlaceLevel.City && k.Place.IsWithin(o.Place) || o.Place.IsWithin(k.Place))));
        if (kept.Count == 0) return OwnUnit(RegionResult.Unknown with { Mentioned = NamedInFull(otherParties) }, zoned, names);

        // Mentions that may not stand for the author: a short form nothing else in the text backs (安康 of 安康和美, a
        // slogan of a Shanghai street: no other mention of the city, its province or its units), and an issuer under its
        // former name where the title names a unit by today's name (莱芜市 passed what is now a 济南市 regulation).
        var notLeading = new HashSet<int>();
        // A short form that one city alone bears (杭州, 成都, 晋城) in a text that speaks as a city (我市, 本市): the city's
        // own name, as its housing-fund notices open (成都住房公积金管理中心…, 杭州优化…政策), not a slogan's word (a
        // street's 安康和美 speaks as a street).
        bool? speaksAsCity = null;
        foreach (var k in kept)
        {
            bool ownCity = k.Mention.IsShortForm && k.Place.Level == PlaceLevel.City && k.Mention.Candidates.Count == 1
                && (speaksAsCity ??= zoned.Any(z => SpeaksAsCity(z.Text)));
            if (k.Mention.IsShortForm && !k.Former && !ownCity && !NamesItsUnlistedZone(k.Mention, k.Place, zoned[k.Order / PartStride].Text) && !kept.Any(o => o.Order != k.Order && (o.Place != k.Place ? o.Place.IsWithin(k.Place) || k.Place.IsWithin(o.Place) : !o.Mention.IsShortForm)))
                notLeading.Add(k.Order);
            if (k.Former && k.Zone is DocumentZone.Org && kept.Any(o => o.Zone is DocumentZone.Title && !o.Former && !o.Mention.IsShortForm))
                notLeading.Add(k.Order);
            // A unit a headline names only as the container of an unnamed one (青海这地公安发布…) is not the author.
            if (UnnamedPlaceWithin().IsMatch(zoned[k.Order / PartStride].Text.AsSpan(k.Mention.Start + k.Mention.Length)))
                notLeading.Add(k.Order);
        }

        var weight = new Dictionary<Place, double>();
        var resolved = new List<(Place Place, DocumentZone Zone, int Order)>();
        foreach (var (m, place, supported, keptZone, ord, _) in kept)
        {
            var zone = notLeading.Contains(ord) ? DocumentZone.Body : keptZone;
            // A short form nothing backs weighs half; so does a county's that is a word (新建, 惠民) backed by its province
            // alone: 新建 of 新建商品住房 nine times must not outweigh the city a policy names.
            bool halfWeight = m.IsShortForm && place.Level >= PlaceLevel.City && !supported
                || place.Level >= PlaceLevel.County && IsWordShortForm(m, zoned[ord / PartStride].Text) && !certain.Contains(place.Parent!);
            double w = Weights[zone] * (halfWeight ? 0.5 : 1);
            // A chain (福建省南平市政和县) names one place, its last: the units before it weigh through it, not again each.
            bool headsChain = kept.Any(o => o.Order == ord + m.Length && o.Place != place && o.Place.IsWithin(place));
            if (!headsChain)
                for (var p = place; p is not null; p = p.Parent) weight[p] = weight.GetValueOrDefault(p) + w;
            resolved.Add((place, zone, ord));
        }
        var mentioned = weight.Where(kv => kv.Key.Level >= PlaceLevel.City || kv.Key.Parent is null)
            .OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key.Level).Select(kv => kv.Key)
            .Concat(NamedInFull(otherParties))
            .Distinct().Take(MaxMentioned).ToList();

        // The title or issuing body opening with a unit names the author: 晋江市西园街道…, 中共柳河县委…
        var (lead, leadZone) = LeadingChain(resolved, zoned, notLeading);
        // A community's page is of the unit its community belongs to, below the unit its title or issuer opens with.
        if (CommunitySubject(kept.Select(k => (k.Mention, k.Place, k.Order)).ToList(), zoned) is { } community && (lead is null || community.Place.IsWithin(lead)))
            return new RegionResult(community.Place, false) { Evidence = community.InTitle ? RegionEvidence.Title : RegionEvidence.SelfReference, Mentioned = mentioned };
        // A headline opening with a province or city (广西侗乡力争做大做强茶叶产业) over a first sentence that starts with a
        // unit inside it (三江侗族自治县是我国种茶最早的地区之一) is that unit's story, unless the text speaks of itself at a
        // higher level (全省, 我市). Not a document's title (丽水市人民政府关于…的通知 over 莲都区人民政府，市直各单位：):
        // its issuer, named in the title or as the issuing body, is the author whatever its first line names.
        if (lead is not null && leadZone == DocumentZone.Title && lead.Level <= PlaceLevel.City
            && !zoned.Any(z => z.Zone is DocumentZone.Title && z.Text.Contains("关于")) && !resolved.Any(r => r.Zone is DocumentZone.Org)
            && OpeningSubject(resolved.Where(r => !notLeading.Contains(r.Order) && !InTitleRepeated(r.Order, zoned)).ToList(), zoned) is { } deeper && deeper != lead && deeper.IsWithin(lead)
            && (OwnLevels().Highest is not { } ownHighest || deeper.Level <= ownHighest))
            lead = deeper;
        if (lead is not null)
            return new RegionResult(lead, false) { Evidence = leadZone == DocumentZone.Org ? RegionEvidence.Issuer : RegionEvidence.Title, Mentioned = mentioned };

        Place? best = null;
        double bestWeight = 0;
        foreach (var (p, w) in weight)
            if (p.Parent is null && w > bestWeight) (best, bestWeight) = (p, w);
        // A province named barely more than another (湖北入赣人员 twice, 入京 and 入赣 once, in a province's notice that
        // never names itself): the weight does not say which one the document is of, so neither its own words (我省,
        // 全省) nor its addressee line may pick one.
        double runnerUp = weight.Where(kv => kv.Key.Parent is null && kv.Key != best).Select(kv => kv.Value).DefaultIfEmpty(0).Max();
        bool rootInDoubt = runnerUp > 0 && (bestWeight < 3 || runnerUp * 2 > bestWeight);
        // Addressed to the units below it (各区、县级市人民政府，市政府各部门), the document is of the level above them.
        // The line names the level, not the unit: which unit rests on the weight, so not where it is in doubt.
        if (AddresseeLevel(zoned) is { } addressed && best is not null && !rootInDoubt
            && weight.Where(kv => kv.Key.IsWithin(best) && addressed(kv.Key)).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Level).FirstOrDefault().Key is { } unit)
            return new RegionResult(unit, false) { Evidence = RegionEvidence.SelfReference, Mentioned = mentioned };
        var (lowest, highest) = OwnLevels();
        var townWords = OwnTownWords(zoned);
        // A unit the text calls by its stem or its former name may be called by the name it had: a district by its name as
        // a county (清苑区's report of 2013 says 全县 and 清苑 throughout), a street by its town's. One it calls 海淀区 or
        // 涿州市 is no county.
        bool NamedByStemOrFormerName(Place unit) => kept.Any(k => k.Place == unit && (k.Former || k.Mention.IsShortForm));
        while (best is not null)
        {
            // A development zone or farm (经济开发区, 生物医药产业园) is a unit of the gazetteer with a name that reads as
            // a phrase: only the title or issuer leads into it.
            var children = weight.Where(kv => kv.Key.Parent == best && (!kv.Key.IsZone || resolved.Any(r => r.Place == kv.Key && r.Zone is DocumentZone.Title or DocumentZone.Org)))
                .OrderByDescending(kv => kv.Value).ToList();
            if (children.Count == 0) break;
            var child = children[0];
            bool mayDescend = (highest is null || child.Key.Level < highest || child.Key.Level == highest && (highest != PlaceLevel.County || lowest != PlaceLevel.City || child.Key.Name.EndsWith('市')))
                && AnswersToOwnWords(child.Key, lowest, highest, NamedByStemOrFormerName(child.Key), townWords);
            bool weighsEnough = mayDescend && child.Value >= DescendShare * weight[best];
            if (!weighsEnough)
            {
                // The document speaks of itself as 全县/我县: it is at least at that level, and not below it. A municipality
                // speaks of itself as 本市 (上海市, 重庆市): it is a city for its own words.
                if (lowest is null || SpokenLevel(best) >= lowest) break;
                // Its words say a level, not which unit: they lead down only to a unit that answers to them (a county that
                // says 我县 is no 涿州市 nor 海淀区, which say 我市 and 我区) and that the text names more than any other that
                // does. A county's report cut to its body names the city above it, a city where it sent aid (驰援涿州) and
                // its partner in Beijing; a tie of single mentions (邢台市, 衡水市) says nothing.
                var answering = children.Where(kv => AnswersToOwnWords(kv.Key, lowest, highest, NamedByStemOrFormerName(kv.Key), townWords)).ToList();
                if (answering.Count == 0 || answering.Count > 1 && answering[1].Value >= answering[0].Value) break;
                child = answering[0];
                // Nor to a unit the text names only by a short form that is a word (天台 of 天台县 in a regulation's
                // 底层架空层、天台的面积: 本市 without its city named stays unknown).
                if (!kept.Any(k => k.Place.IsWithin(child.Key) && !IsWordShortForm(k.Mention, zoned[k.Order / PartStride].Text))) break;
            }
            best = child.Key;
        }
        // A first sentence about a unit below the heaviest one (2022年,杨村乡按照《…沐川县…》…) is the document
        // speaking of itself: it names the unit it is about, at a level its own words do not rule out. Where the title
        // or issuer names a unit, only words of a lower level lead below it (see Strength); a city or province they name
        // that the subject lies in (唱响沈阳的邻里情 over 沈阳市和平区北市场街道…) does not stop it, a county does (a
        // street's text filed under its district's column stays the district's).
        // A short form nothing backs is no subject either.
        var subjects = resolved.Where(r => !notLeading.Contains(r.Order)).ToList();
        if (OpeningSubject(subjects, zoned, firstSentenceOnly: rootInDoubt) is { } subject && best is not null && subject != best && subject.IsWithin(best)
            && (highest is null || subject.Level <= highest) && !resolved.Any(r => r.Zone is DocumentZone.Title or DocumentZone.Org && (r.Place.Level >= PlaceLevel.County || !subject.IsWithin(r.Place)))
            && !SpeaksAboveCounty(subject, zoned.Select(z => z.Text)))
            best = subject;
        var strength = Strength(best, resolved, subjects, zoned, rootInDoubt ? null : lowest, rootInDoubt ? null : highest, rootInDoubt) with { Mentioned = mentioned };
        // Its own words (本省, 全市) say a level, not which unit: that rests on a unit the text names at that level or
        // below it (NamesUnitWithin), or on a town's county named in full (the town 里耶 by its stem under 龙山县). A
        // province says nothing of which of its cities: 江西省 named in full and 新建 of 新建商品住房 made a 景德镇
        // policy's 我市 南昌市's.
        if (strength.Evidence == RegionEvidence.SelfReference && strength.Place is { } spoken
            && !kept.Any(k => k.Place.IsWithin(spoken) && NamesUnitWithin(k.Mention, k.Place, k.Supported, k.Former, k.Place.Parent is { } parent && certain.Contains(parent), zoned[k.Order / PartStride].Text)
                // 中城镇 of 规划中城镇开发边界, once, in a 东莞 regulation's 本市: a name that may be a phrase counts where
                // its branch is named again.
                && (k.Mention.IsShortForm || !PlaceNames.MayBePhrase(zoned[k.Order / PartStride].Text, k.Mention.Start, k.Mention.Start + k.Mention.Length)
                    || kept.Any(o => o.Place != k.Place && (o.Place.IsWithin(k.Place) || k.Place.IsWithin(o.Place)))))
            && !(spoken.Level == PlaceLevel.Town && kept.Any(k => k.Place == spoken.Parent && !k.Mention.IsShortForm)))
            strength = strength with { Evidence = RegionEvidence.Mentions };
        // The one unit of its own level a document names stands against a weak guess on another branch only where the
        // guess's province is itself in doubt (a county's partners in Beijing named about as often as the county).
        if (!strength.IsStrong && SoleUnitOfOwnLevel(kept.Select(k => (k.Mention, k.Place, zoned[k.Order / PartStride].Text)).ToList(), zoned, townWords, (lowest, highest)) is { } own
            && (strength.Place is null || rootInDoubt || own.IsWithin(strength.Place) || strength.Place.IsWithin(own)))
            return strength with { Place = own, Evidence = RegionEvidence.SelfReference };
        if (!strength.IsStrong && RepeatedSubject.Find(RepeatedSubject.Named(kept.Select(k => (k.Place, k.Mention.IsShortForm))), zoned.Select(z => z.Text), kept.Select(k => k.Place)) is { } repeated
            && (strength.Place is null || repeated.IsWithin(strength.Place) || strength.Place.IsWithin(repeated))
            // A county's report names its partner district again and again (与北京海淀区对接合作…海淀区对口帮扶): a text
            // that says 全县 is not that district's. Nor is a study tour's report, speaking as 我县, the county it arrives at
            // and names again and again (抵达此次考察最后一站——庆阳市环县…参观了环县电子商务公共服务中心); a county's news of
            // couples coming to it (前往建水县登记) does not speak so.
            && AnswersToOwnWords(repeated, lowest, highest, NamedByStemOrFormerName(repeated), townWords)
            && !(SpeaksAsLocal() && kept.Any(k => k.Place == repeated && IsDestination(zoned[k.Order / PartStride].Text, k.Mention.Start))))
            return strength with { Place = repeated, Evidence = RegionEvidence.Repeated };
        var ownUnit = OwnUnit(strength, zoned, names);
        if (!ownUnit.IsStrong && OnlyPlaceNamed.Find(kept.Select(k => (k.Mention, k.Place, zoned[k.Order / PartStride].Text)).ToList(), zoned.Select(z => z.Text).ToList()) is { } only
            && (strength.Place is null || only.IsWithin(strength.Place) || strength.Place.IsWithin(only))
            && AnswersToOwnWords(only, lowest, highest, NamedByStemOrFormerName(only), townWords))
            return strength with { Place = only, Evidence = RegionEvidence.OnlyPlace };
        return ownUnit;
    }

    // A person's native place in a profile's first line (张某，男，1970年3月生，江苏沭阳人，现任…): of the person, not of
    // the document; no evidence of any kind.
    [GeneratedRegex(@"(?<=(?:[男女]|族|生)\s*[，,]\s*)\p{IsCJKUnifiedIdeographs}{2,12}?人(?=[，,。；;])")]
    internal static partial Regex Birthplace();

    // How far before a mention a native place holding it may start, and how far after the mention it may end: a native
    // place is at most 12 Han characters and 人, the mark after it read too; its lead (男，) may have up to 26 spaces in
    // it, far more than any text puts there.
    private const int BirthplaceLeadReach = 40;
    private const int BirthplaceTailReach = 14;

    /// <summary>
    /// Whether the mention lies in a person's native place. Read in a window around the mention, not the whole text: a
    /// native place holds Han characters only and starts right after its lead, so the places found in the window are
    /// those found in the whole text (a long text with 人， in it had been scanned whole once per mention).
    /// </summary>
    internal static bool InBirthplace(string text, PlaceMention m)
    {
        int from = Math.Max(0, m.Start - BirthplaceLeadReach), to = Math.Min(text.Length, m.Start + m.Length + BirthplaceTailReach);
        for (var b = Birthplace().Match(text, from, to - from); b.Success && b.Index <= m.Start; b = b.NextMatch())
            if (m.Start + m.Length <= b.Index + b.Length) return true;
        return false;
    }

    /// <summary>
    /// The one unit of the level a document speaks of itself at (我镇, 本县) that it names in full, where it names no
    /// other unit of that level: a town's notice that says 我镇 and names 钱库镇 (its office, 钱库镇计生办公室) is 钱库镇's.
    /// Short forms and two units of the level (a neighbour, a partner) decide nothing. Fewer words than the three
    /// self-references <see cref="SelfLevel"/> asks for, because a unit named in full backs them.
    /// </summary>
    private static Place? SoleUnitOfOwnLevel(List<(PlaceMention Mention, Place Place, string Text)> kept, List<(DocumentZone Zone, string Text)> zoned, HashSet<string> townWords,
        (PlaceLevel? Lowest, PlaceLevel? Highest) ownLevels)
    {
        // The document speaking of itself as a town (我镇, 本乡, 我街道) or a county (我县, 本县) once at least, in the words
        // SelfLevel counts (全镇 and 全县 may speak of a scope, not of the author), or a news item of its subject (该镇).
        var words = zoned.SelectMany(z => SelfReference().Matches(z.Text).Concat(ThirdPersonReference().Matches(z.Text)))
            .Where(m => m.Value[0] != '全' && m.Groups[1].Value is "镇" or "乡" or "街道" or "县")
            .Select(m => m.Groups[1].Value is "县" ? PlaceLevel.County : PlaceLevel.Town).ToList();
        // Or assigning its tasks to its own departments by their level alone (责任单位：县财政局、县住建局).
        var assigned = AssignedDepartments.Levels(zoned.Select(z => z.Text));
        if (assigned.Contains("县")) words.Add(PlaceLevel.County);
        if (assigned.Overlaps(["镇", "乡", "街道"])) words.Add(PlaceLevel.Town);
        words = words.Distinct().ToList();
        // A province speaking of itself (本省, 我省) and at no other level (no 本市, 我区, 我县), where the one province it
        // names in full it names twice or more, and every place it names lies within it: that province (a 河北 rule that
        // says 本省 twice and names 河北省社会科学特别奖 twelve times, with no heading to name its issuer). A city's text
        // citing its province's rules says 本市 as well; a ministry's never says 本省 for itself.
        bool speaksAsOtherLevel = assigned.Contains("市") || zoned.Any(z => FirstPersonWords(z.Text).Any(m => m.Groups[1].Value != "省") || DistrictSelfReference().Matches(z.Text).Any(m => m.Value[0] != '全'));
        if (words.Count == 0 && !speaksAsOtherLevel && (assigned.Contains("省") || zoned.Any(z => FirstPersonWords(z.Text).Any(m => m.Groups[1].Value == "省"))))
        {
            var provinces = kept.Where(k => !k.Mention.IsShortForm && k.Place.Level == PlaceLevel.Province).GroupBy(k => k.Place).ToList();
            return provinces is [var province] && province.Count() >= MinNamingsOfOwnUnit && kept.All(k => k.Place.IsWithin(province.Key)) ? province.Key : null;
        }
        // A city speaking of itself (我市, 本市), and not as a district (我区), where the one city it names in full it names
        // twice or more, and no county-level city: that city (长春市 twice, 长春 three times, 我市 once, in a policy with
        // nothing else named in full). A city named once is as often another one the text refers to (参照长沙市的标准,
        // 在北京市、河北省购买) or the county's own city (符合宜宾市…人才政策); in a text on aid between places (本市西城区与
        // 内蒙古乌兰察布市…对口支援) the city named is the other side.
        if (words.Count == 0 && !zoned.Any(z => DistrictSelfReference().Matches(z.Text).Any(m => m.Value[0] != '全') || RepeatedSubject.TellsOfAid(z.Text))
            && (assigned.Contains("市") || zoned.Any(z => FirstPersonWords(z.Text).Any(m => m.Groups[1].Value == "市"))))
        {
            var cities = kept.Where(k => !k.Mention.IsShortForm && !k.Place.IsZone && (k.Place.Level == PlaceLevel.City || SpokenLevel(k.Place) == PlaceLevel.City
                || k.Place.Level == PlaceLevel.County && k.Place.Name.EndsWith('市'))).GroupBy(k => k.Place).ToList();
            if (cities is not [var city] || city.Key.Level == PlaceLevel.County || city.Count() < MinNamingsOfOwnUnit) return null;
            // Its own words put a unit of another city under them (本市西城区 in a text that names 乌兰察布市 twice): 本市 is
            // that unit's city, never named.
            bool ownUnitElsewhere = kept.Any(k => k.Mention.Start >= 2 && k.Text.AsSpan(k.Mention.Start - 2, 2) is "本市" or "我市" && !k.Place.IsWithin(city.Key));
            return ownUnitElsewhere ? null : city.Key;
        }
        // 全县 or 全镇 said often enough, and more than any other level's words (SelfLevel), is a county's or a town's
        // own scope too.
        if (ownLevels is ({ } own, { } ownToo) && own == ownToo && own >= PlaceLevel.County) words.Add(own);
        if (words.Count == 0) return null;
        // A town's text speaks of its county too (具有本县常住户口); a county's rarely says 我镇: the deepest level is its own.
        var level = words.Max();
        // Of that level, a unit its words name: a county (or a banner) for 我县; a street for 我街道, a town for 本镇, a
        // township for 本乡 (a street's news that says 我街道 and names the county's seat town 柳河镇 is not that town's).
        var ofLevel = kept.Where(k => !k.Mention.IsShortForm && k.Place.Level == level && !k.Place.IsZone
                && (level != PlaceLevel.County || k.Place.Name.EndsWith('县') || k.Place.Name.EndsWith('旗'))
                && AnswersToTownWords(k.Place, townWords)).ToList();
        // A unit of the level the text travels to (我县组织…赴浙江省湖州市安吉县考察学习) is another one: the author is not
        // named, whatever else is.
        if (ofLevel.Any(k => TravelledTo().IsMatch(k.Text.AsSpan(Math.Max(0, k.Mention.Start - TravelWindow), Math.Min(TravelWindow, k.Mention.Start))))) return null;
        // A counterpart (与山西省吕梁市兴县签订协议, 学习借鉴…经验) is another unit than the one speaking, which leaves itself
        // unnamed in such a sentence.
        ofLevel.RemoveAll(k => Counterpart().IsMatch(k.Text.AsSpan(Math.Max(0, k.Mention.Start - TravelWindow), Math.Min(TravelWindow, k.Mention.Start))));
        var units = ofLevel.Select(k => k.Place).Distinct().ToList();
        if (units.Count != 1) return null;
        // Another unit of the level the text names by a short form its province or city backs (清苑 beside 保定, in a
        // report of 清苑县 that names 山西省吕梁市兴县 in full as a partner) is as much a candidate: the full name alone
        // does not say which one speaks. A short form that is a word (新建 of 新建商品住房 beside 南昌县) names no unit.
        bool shortFormOfAnother = kept.Any(k => k.Mention.IsShortForm && k.Place.Level == level && k.Place != units[0] && !k.Place.IsZone
            && AnswersToTownWords(k.Place, townWords) && !IsWordShortForm(k.Mention, k.Text));
        return shortFormOfAnother ? null : units[0];
    }

    /// <summary>
    /// Whether a mention names its unit for a document's own words (本省, 全市) to stand on: a full name, a former name
    /// (清苑县 for today's 清苑区), a province's short form (浙江), or another short form that other names back, that no
    /// word of the text runs across and, below a city, that is no word itself (和谐清苑 beside 保定) unless the text names
    /// its city without doubt (象山 beside 宁波; not 新建 of 新建商品住房 beside 江西省 alone). Short forms that
    /// are words back each other by chance: 大庆 of 重大庆典 and 友好 of 友好往来, both of 黑龙江省, in a regulation that
    /// never names its province make 本省 no province's; so do 杭州 of 杭州湾 and 滨江 of 滨江沿海 in a Shanghai regulation.
    /// </summary>
    private static bool NamesUnitWithin(PlaceMention m, Place place, bool supported, bool former, bool parentCertain, string text) =>
        !m.IsShortForm || former || place.Level == PlaceLevel.Province
        || supported && !NamesFeature(m, text) && PlaceNames.OnWordBoundaries(text, m.Start, m.Start + m.Length)
            && !(place.Level >= PlaceLevel.County && IsWordShortForm(m, text) && !parentCertain);

    /// <summary>A short form that names a natural feature by the unit, not the unit: 杭州湾, 苏州河, 长江口.</summary>
    private static bool NamesFeature(PlaceMention m, string text) => m.IsShortForm && OwnShortForm.IsFeature(text, m.Start + m.Length);

    // A journey's verb before the place it goes to, with only the place's units between (赴浙江省湖州市, 前往, 抵达, 到): not 受到,
    // 得到, 达到 ….
    [GeneratedRegex(@"(?:赴|前往|去往|来到|奔赴|抵达|(?<![受得达做感提遇看想听收报迟见办])到)[^，。,；;：:、\s]{0,12}$")]
    private static partial Regex TravelledTo();

    private const int TravelWindow = 14;

    // The word before a counterpart of the text's author, with only the counterpart's units above it between: 与, 同, 跟
    // (the other party), 学习, 借鉴 (the example).
    [GeneratedRegex(@"(?:与|同|跟|学习|借鉴)[^，。,；;：:、\s与同跟]{0,12}$")]
    private static partial Regex Counterpart();

    /// <summary>
    /// Where nothing strong names the author, the unit the document speaks as, named by its short form alone
    /// (<see cref="OwnShortForm"/>), on the branch of what the mentions suggest.
    /// </summary>
    private static RegionResult OwnUnit(RegionResult found, List<(DocumentZone Zone, string Text)> zoned, PlaceNames names)
    {
        if (found.IsStrong) return found;
        if (OwnShortForm.Find(zoned, names) is not { } unit) return found;
        if (found.Place is { } guess && !unit.IsWithin(guess) && !guess.IsWithin(unit)) return found;
        return new RegionResult(unit, false) { Evidence = RegionEvidence.SelfReference, Mentioned = found.Mentioned };
    }

    /// <summary>
    /// How strongly the document backs <paramref name="best"/>: the deepest unit its title or issuing body names on
    /// the way down to it is strong; a unit below that only when the document speaks of itself at that level
    /// (全县, 本镇); otherwise the answer is the strongly named unit, or a guess from mentions alone.
    /// </summary>
    private static RegionResult Strength(Place? best, List<(Place Place, DocumentZone Zone, int Order)> resolved, List<(Place Place, DocumentZone Zone, int Order)> subjects, List<(DocumentZone Zone, string Text)> zoned, PlaceLevel? lowest, PlaceLevel? highest, bool rootInDoubt)
    {
        if (best is null) return RegionResult.Unknown;
        Place? named = null;
        var namedZone = DocumentZone.Body;
        foreach (var (place, zone, _) in resolved)
        {
            if (zone is not (DocumentZone.Title or DocumentZone.Org)) continue;
            // A unit the title or issuer names on the way to the answer (the answer itself or one of its ancestors).
            if (!best.IsWithin(place)) continue;
            if (named is null || place.Level > named.Level) (named, namedZone) = (place, zone);
        }
        bool speaksAtLevel = lowest is not null && highest is not null && SpokenLevel(best) >= lowest && SpokenLevel(best) <= highest
            // 全区/我区 may be an autonomous region's; it names a district's own level only when the answer is a district,
            // and not one of an autonomous region (内蒙古's 全区 is the region's, whatever district a text mentions).
            || best.Level == PlaceLevel.County && best.Name.EndsWith('区') && !best.InAutonomousRegion && zoned.Sum(z => DistrictSelfReference().Count(z.Text)) >= MinSelfReferences
            || OpensWith(best, subjects, zoned, rootInDoubt) && !SpeaksAboveCounty(best, zoned.Select(z => z.Text))
            || best.Level >= PlaceLevel.County && ScopeNames(best, zoned);
        // Under a unit the title or issuer names, only words that speak of a lower level lead further down: 本市 in a
        // city's regulation does not make it the regulation of the district it mentions most.
        if (named is not null && named != best && lowest is not null && lowest <= named.Level) speaksAtLevel = false;
        if (named == best || named is not null && !speaksAtLevel)
            return new RegionResult(named, false) { Evidence = namedZone == DocumentZone.Org ? RegionEvidence.Issuer : RegionEvidence.Title };
        if (speaksAtLevel) return new RegionResult(best, false) { Evidence = RegionEvidence.SelfReference };
        return new RegionResult(best, false) { Evidence = RegionEvidence.Mentions };
    }

    /// <summary>
    /// A county-level unit under its former name as a unit (嫩江县 for today's 嫩江市, 沾化县 for 沾化区), or an autonomous
    /// county by its place name and 县 (互助县): stem and suffix together are a formal name, not a common word, and count
    /// where one unit bears it, like a full name.
    /// </summary>
    private static bool IsFormerName(PlaceMention m, string text) =>
        m.Candidates.Count == 1 && m.Length >= 3 && text[m.Start + m.Length - 1] is '县' or '区' or '市' && m.Candidates[0].Name != text.Substring(m.Start, m.Length)
        && (m.Candidates[0].Name.Length == m.Length || m.Candidates[0].Name.EndsWith("自治县", StringComparison.Ordinal));

    /// <summary>A work report's speaker: 我代表上城区人民政府向大会报告工作 (group <c>org</c>); metadata reads the issuing body from it too.</summary>
    [GeneratedRegex(@"我代表(?<org>[^，。,\s]{2,30}?人民政府)")]
    internal static partial Regex SpeakerFor();

    private const int SpeakerSentenceSpan = 200;

    // In the body, only a report to a congress (各位代表) in its own words: its report or its thanks (向…致以崇高的
    // 敬意), not a guest's greeting quoted in a news item (我代表杭州市人民政府，对大会的召开表示祝贺).
    private static bool ReportsOrThanks(string text, Match speaker)
    {
        int from = speaker.Index + speaker.Length;
        var rest = text.AsSpan(from, Math.Min(SpeakerSentenceSpan, text.Length - from));
        int end = rest.IndexOfAny('。', '！', '\n');
        if (end >= 0) rest = rest[..end];
        return rest.Contains("致以", StringComparison.Ordinal) || rest.Contains("报告工作", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[全我本]区")]
    private static partial Regex DistrictSelfReference();

    /// <summary>
    /// Whether a text that opens on a county (今年1月7日，日喀则定日县发生6.8级地震) speaks of itself as 全区 and 我区 and
    /// never as 全县: a district's or an autonomous region's words, never a county's (a district holds no county), so the
    /// county it opens on is its subject, not its author (西藏's work report, its heading lost, had been filed under 定日县).
    /// </summary>
    internal static bool SpeaksAboveCounty(Place subject, IEnumerable<string> texts) =>
        subject.Level == PlaceLevel.County && !subject.Name.EndsWith('区')
        && texts.Sum(t => DistrictSelfReference().Count(t)) >= MinSelfReferences
        && !texts.Any(t => SelfReference().Matches(t).Any(m => m.Groups[1].Value == "县"));

    private static bool IsWordShortForm(PlaceMention m, string text) => m.IsShortForm && OwnShortForm.IsWord(text.Substring(m.Start, m.Length));

    /// <summary>
    /// Whether a unit may be the one a text's own words lead down to: a county-level unit answers to 我县 and 全县 where it
    /// is a county (or a banner), or where the text may call it by its name as a county (清苑县 or 清苑 for 清苑区); a
    /// county-level city or a district speaks of itself as 我市 and 我区. A town-level unit answers to the text's words for
    /// a town (<see cref="AnswersToTownWords"/>; its stem alone may be a former town's). Units of other levels answer.
    /// </summary>
    private static bool AnswersToOwnWords(Place unit, PlaceLevel? lowest, PlaceLevel? highest, bool namedByStemOrFormerName, HashSet<string> townWords) =>
        (!(lowest == PlaceLevel.County && highest == PlaceLevel.County && unit.Level == PlaceLevel.County)
            || unit.Name.EndsWith('县') || unit.Name.EndsWith('旗') || namedByStemOrFormerName)
        && (namedByStemOrFormerName || AnswersToTownWords(unit, townWords));

    /// <summary>
    /// Whether a town-level unit is one the text's words for itself name: a street for 我街道, a town for 本镇, a township
    /// for 本乡 (民族乡 too); any where it says none of them. Units of other levels answer.
    /// </summary>
    private static bool AnswersToTownWords(Place unit, HashSet<string> townWords) =>
        unit.Level != PlaceLevel.Town || townWords.Count == 0 || townWords.Any(w => unit.Name.EndsWith(w, StringComparison.Ordinal));

    /// <summary>The words for a town-level unit the text speaks of itself in (我镇, 本乡, 我街道, 该镇, or its tasks assigned to 镇 departments).</summary>
    private static HashSet<string> OwnTownWords(List<(DocumentZone Zone, string Text)> zoned)
    {
        var words = zoned.SelectMany(z => SelfReference().Matches(z.Text).Concat(ThirdPersonReference().Matches(z.Text)))
            .Where(m => m.Value[0] != '全' && m.Groups[1].Value is "镇" or "乡" or "街道").Select(m => m.Groups[1].Value).ToHashSet();
        words.UnionWith(AssignedDepartments.Levels(zoned.Select(z => z.Text)).Where(a => a is "镇" or "乡" or "街道"));
        return words;
    }

    /// <summary>The level a unit's own words name it at: a municipality (北京市, 上海市, 天津市, 重庆市) says 本市 and 全市 as a city does.</summary>
    private static PlaceLevel SpokenLevel(Place place) =>
        place.Level == PlaceLevel.Province && place.Name.EndsWith('市') ? PlaceLevel.City : place.Level;

    private const int IssuerLineSpan = 4;

    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}[ \u3000]+){3,}\p{IsCJKUnifiedIdeographs}$")]
    private static partial Regex LetterSpaced();

    // A line of issuing bodies only: 中共柳河县委 柳河县人民政府, 某某镇人民政府办公室.
    [GeneratedRegex(@"^(?:(?:中共)?\p{IsCJKUnifiedIdeographs}{2,20}?(?:委员会|人民政府|党委|党工委|县委|市委|区委|旗委|办事处|办公室)\s*){1,3}$")]
    private static partial Regex IssuerLine();

    /// <summary>
    /// Whether a name in a title or issuing body names the author: not where it names a reporter's posting (本报驻佛山
    /// 记者) or a delegation at a higher body's session (参加…会议蛟河代表团审议).
    /// </summary>
    private static bool NamesTheAuthor(string text, PlaceMention m) =>
        !(m.Start > 0 && text[m.Start - 1] == '驻') && string.CompareOrdinal(text, m.Start + m.Length, "代表团", 0, 3) != 0
        && !MediaOutlet().IsMatch(text.AsSpan(m.Start + m.Length))
        && !ExampleOrDestination().IsMatch(text.AsSpan(Math.Max(0, m.Start - TravelWindow), Math.Min(TravelWindow, m.Start)));

    /// <summary>Whether the name at <paramref name="start"/> is where the text's people go (赴, 前往, 来到, 到).</summary>
    internal static bool IsDestination(string text, int start) =>
        TravelledTo().IsMatch(text.AsSpan(Math.Max(0, start - TravelWindow), Math.Min(TravelWindow, start)));

    // A unit a title learns from or goes to (关于学习推广浙江省安吉县经验的通知, 赴浙江省湖州市考察学习的报告), the units
    // above it between: another unit's example or the journey's end, not the author.
    [GeneratedRegex(@"(?:学习|推广|借鉴|赴|前往)[^，。；,;、\s]{0,12}$")]
    private static partial Regex ExampleOrDestination();

    // A newspaper or broadcaster named after its place (深圳商报, 齐鲁晚报) reports on others: its place is not the author's.
    [GeneratedRegex(@"^(?:商报|日报|晚报|都市报|晨报|电视台|广播电视台|新闻网)")]
    private static partial Regex MediaOutlet();

    // A development zone named after its city (宁波国家高新区, 某某经济技术开发区): the city's own name, not a word.
    [GeneratedRegex(@"^(?:国家)?(?:高新技术产业开发区|高新区|经济技术开发区|经济开发区|经开区|综合保税区|保税区|保税港区)")]
    private static partial Regex ZoneOfTheCity();

    /// <summary>
    /// Whether a city's short form names a development zone of that city that the gazetteer does not list (宁波国家高新区
    /// 管委会): the zone lies in the city, the deepest listed unit, so the short form stands for the city as its full name
    /// would. Not where the gazetteer lists zones under the city (张家口经开区 is 张家口经济开发区, a unit of its own).
    /// </summary>
    private static bool NamesItsUnlistedZone(PlaceMention m, Place place, string text) =>
        place.Level == PlaceLevel.City && m.Candidates.Count == 1 && ZoneOfTheCity().IsMatch(text.AsSpan(m.Start + m.Length))
        && !Gazetteer.Default.ListsZonesUnder(place);

    // A headline that keeps its place unnamed under the one it names (青海这地公安发布…, 陕西一地发生…, 江苏某县…) speaks of a
    // unit within that one, not of it: the named unit is where to look, not the author.
    [GeneratedRegex(@"^(?:[这一某多两]地|[一某](?:县|市|区|镇|乡|村|街道)(?![委政])|这个(?:县|市|区|镇|乡|村))")]
    private static partial Regex UnnamedPlaceWithin();

    /// <summary>The text sets its own scope by the unit's name: 禁止在忠县境内露天焚烧秸秆, 在晋江市行政区域内.</summary>
    private static bool ScopeNames(Place place, List<(DocumentZone Zone, string Text)> zoned) =>
        zoned.Any(z => z.Zone is DocumentZone.Opening && (z.Text.Contains(place.Name + "境内", StringComparison.Ordinal)
            || z.Text.Contains(place.Name + "行政区域内", StringComparison.Ordinal) || z.Text.Contains(place.Name + "辖区内", StringComparison.Ordinal)));

    // The unit that governs the document's: 在区委、区政府的坚强领导下 (a district), 在县委、县政府领导下 (a county).
    [GeneratedRegex(@"在(?<s>[区县市旗])委[、和及]?\s*(?:\k<s>)?(?:人民)?政府")]
    private static partial Regex GoverningUnit();

    private static char? SuperiorSuffix(List<(DocumentZone Zone, string Text)> zoned)
    {
        char? found = null;
        foreach (var (zone, text) in zoned)
        {
            if (zone is not (DocumentZone.Opening or DocumentZone.Body)) continue;
            foreach (Match m in GoverningUnit().Matches(text))
            {
                char s = m.Groups["s"].Value[0];
                if (found is not null && found != s) return null;
                found = s;
            }
        }
        return found;
    }

    /// <summary>
    /// Which units an addressee line says the issuer is (a municipality counts as a city); null when none. The issuer
    /// writes to the units below it and to its own departments: 各市人民政府，省政府各部门 (a province); 各区、县(市)人民政府，
    /// 市政府有关部门 or 各区人民政府，各有关单位 (a city); 各乡镇人民政府，县直各单位 (a county); 各镇人民政府、街道办事处，
    /// 市政府直属各单位 (a county-level city, or a city with towns and no counties, 东莞市). The level picks the unit of
    /// that level the text weighs most.
    /// </summary>
    private static Func<Place, bool>? AddresseeLevel(List<(DocumentZone Zone, string Text)> zoned)
    {
        foreach (var (zone, text) in zoned)
        {
            if (zone is not DocumentZone.Opening) continue;
            foreach (Match line in AddresseeLine.Within(text))
                if (IssuerLevelOf(line.Value) is { } level) return level;
            // A city or county speaking of itself (我市, 本县, 全区) issues its own document, whatever the province approved.
            if (ProvinceAnswerAddressee().IsMatch(text) && ProvinceSpeaks().IsMatch(text)
                && !SelfReference().Matches(text).Any(m => m.Groups[1].Value is "市" or "县") && !DistrictSelfReference().IsMatch(text))
                return p => p.Level == PlaceLevel.Province;
        }
        return null;
    }

    // The issuer's own departments among its addressees, by the level it names them at: 市政府各部门, 市直有关单位,
    // 市级有关部门, 市府直属各单位, 市人民政府各工作部门, 省各委办厅局, 州级有关部门, 县直各单位, 区直及驻区各单位.
    [GeneratedRegex(@"[，,、；;]\s*(?<own>省|市|州|盟|县|区|旗)(?:人民)?(?:政府|府)?(?:直属|直|属|级|机关)?(?:[及和][^，,、：:]{0,8})?(?:各|有关|相关)")]
    private static partial Regex OwnDepartments();

    // The units below the issuer, the first the line names: 各区、县(市)人民政府, 各县(市、区), 各乡镇人民政府, 各镇(街道),
    // 各设区市 (after 各园区管委会, 各开发区管委会 perhaps).
    [GeneratedRegex(@"(?:^|[，,、；;])\s*各(?<below>设区市|省辖市|乡|镇|街|区|县|市|州|盟)")]
    private static partial Regex UnitsBelow();

    private static Func<Place, bool>? IssuerLevelOf(string addressees)
    {
        var below = UnitsBelow().Match(addressees) is { Success: true } b ? b.Groups["below"].Value : null;
        bool townsBelow = below is "乡" or "镇" or "街";
        var own = OwnDepartments().Match(addressees) is { Success: true } o ? o.Groups["own"].Value : null;
        return (own, below) switch
        {
            ("省", _) or (null, "设区市" or "省辖市" or "州" or "盟") => p => p.Level == PlaceLevel.Province,
            ("州" or "盟", _) => p => p.Level == PlaceLevel.City,
            ("县" or "旗" or "区", _) => p => p.Level == PlaceLevel.County,
            ("市", _) when townsBelow => p => HoldsTowns(p) && p.Name.EndsWith('市'),
            ("市", _) or (null, "区" or "县") => p => p.Level == PlaceLevel.City || p.Level == PlaceLevel.Province && p.Name.EndsWith('市'),
            // Towns alone (各乡镇人民政府：) say the issuer holds towns, not which unit: the county the text weighs most
            // may be one it learns from (关于学习推广浙江省安吉县经验的通知).
            _ => null,
        };
    }

    /// <summary>Whether towns hang from the unit: a county, or a city with no counties (东莞市, 中山市, 儋州市).</summary>
    private static bool HoldsTowns(Place place) => place.Level == PlaceLevel.County || place.Level == PlaceLevel.City && CitiesOfTowns.Contains(place);

    private static readonly HashSet<Place> CitiesOfTowns = Gazetteer.Default.Places
        .Where(p => p.Level == PlaceLevel.Town && p.Parent is { Level: PlaceLevel.City }).Select(p => p.Parent!).ToHashSet();

    // A province's reply or notice to one of its cities or to its own departments, the province speaking (某市人民政府：
    // 你市《…的请示》收悉。经省政府研究，同意…; 省交通运输厅、省财政厅：…省政府同意…): the province's document, as a
    // ministry's answer to one province is national. The addressee line opens the text.
    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}{2,12}(?:市|州|盟)人民政府|省\p{IsCJKUnifiedIdeographs}{1,14}?(?:厅|局|委))[^：:\n]{0,60}[：:]")]
    private static partial Regex ProvinceAnswerAddressee();

    // The province speaking: its government deciding (经省政府同意), or its departments acting together on the request
    // (省建设厅、省财政厅会同有关部门对你市…进行了清理).
    [GeneratedRegex(@"省(?:人民)?政府(?:同意|研究|决定|批准|审定)|省\p{IsCJKUnifiedIdeographs}{1,8}厅、省\p{IsCJKUnifiedIdeographs}{1,8}(?:厅|局)")]
    private static partial Regex ProvinceSpeaks();

    private const int FirstSentenceSlack = 80;

    // Where a clause starts: the text's start, a line or sentence break, a comma (2022年，观湖街道…; 在区委领导下，观湖街道…),
    // a bracketed label (【概况】昌邑区莲花街道位于…).
    private const string ClauseStarts = "\n。；;，,：:】";

    private static bool IsDateline(string text, PlaceMention m) =>
        m.Start >= 2 && text.AsSpan(m.Start - 2, 2) is "本报" or "本网" && m.Start + m.Length < text.Length && text[m.Start + m.Length] == '讯';

    // 本报曲阜讯(通讯员 某某)吴村镇聚焦…: the item's first words are its dateline's place, or follow its dateline and byline.
    [GeneratedRegex(@"(?:本报|本网)(?:\p{IsCJKUnifiedIdeographs}{0,6}讯\s*(?:[（(][^）)]{0,20}[）)])?\s*)?$")]
    private static partial Regex DatelineBefore();

    // A page's posting stamp glued after the headline it repeats: 2011-05-25 10:23, 2011年5月25日.
    [GeneratedRegex(@"^\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$")]
    private static partial Regex GluedStamp();

    /// <summary>
    /// Whether a mention stands in the headline where the opening repeats it in its first lines: as a line of its own,
    /// once or more, at the end of the page's location trail (首页 陶朱公商圈 商圈资讯 广西侗乡力争做大做强茶叶产业), or with
    /// the page's posting stamp glued after it.
    /// </summary>
    private static bool InTitleRepeated(int order, List<(DocumentZone Zone, string Text)> zoned)
    {
        var (zone, text) = zoned[order / PartStride];
        if (zone is not DocumentZone.Opening || zoned.FirstOrDefault(z => z.Zone is DocumentZone.Title).Text is not { Length: > 0 } title) return false;
        var headline = title.AsSpan().Trim();
        int at = order % PartStride, lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            // Or a breadcrumb ending in it (首页 陶朱公商圈 商圈资讯 广西侗乡…), under the page's title line or above it.
            bool repeats = line.SequenceEqual(headline) || line.EndsWith(headline) && line.Length > headline.Length
                && (char.IsWhiteSpace(line[line.Length - headline.Length - 1]) || line[line.Length - headline.Length - 1] == '>')
                // Or the headline with the page's posting stamp glued after it (广西侗乡…产业2011-05-25 10:23).
                || line.StartsWith(headline) && GluedStamp().IsMatch(line[headline.Length..]);
            if (!repeats) return false;
            if (at < lineEnd) return true;
            lineStart = lineEnd + 1;
        }
        return false;
    }

    /// <summary>
    /// The opening's first sentence is about the unit: its first place name is <paramref name="best"/>'s full name
    /// at the start of a clause (柳河县牢牢把握…; 2022年，在区委区政府的坚强领导下，观湖街道深入学习…). A report
    /// that begins by naming its subject this way is speaking of itself.
    /// </summary>
    private static bool OpensWith(Place best, List<(Place Place, DocumentZone Zone, int Order)> resolved, List<(DocumentZone Zone, string Text)> zoned, bool firstSentenceOnly) =>
        OpeningSubject(resolved, zoned, firstSentenceOnly) == best;

    /// <summary>The unit the opening's first sentence starts a clause with (see <see cref="OpensWith"/>); null when none.</summary>
    /// <param name="firstSentenceOnly">
    /// Only a unit the first sentence names: where provinces are named about equally (浙江省桐乡市…，广东省深圳市…，
    /// 四川省成都市… after 近年来，各地积极探索…), a unit opening a later sentence is an example, not the subject.
    /// </param>
    private static Place? OpeningSubject(List<(Place Place, DocumentZone Zone, int Order)> resolved, List<(DocumentZone Zone, string Text)> zoned, bool firstSentenceOnly = false)
    {
        int part = zoned.FindIndex(z => z.Zone == DocumentZone.Opening);
        if (part < 0) return null;
        var text = zoned[part].Text;
        int start = TextStart(text);
        int sentenceEnd = text.IndexOfAny(['。', '\n'], Math.Min(text.Length, Math.Max(start, 1)));
        // The first name and the names chained to it (上海市崇明区港沿镇第二届人民代表大会…): the deepest is the subject.
        var inPart = resolved.Where(r => r.Order / PartStride == part && r.Order % PartStride >= start).OrderBy(r => r.Order).ToList();
        if (inPart.Count == 0) return null;
        // A company named after its place (大连鑫源实业总公司系村级集体经济组织, 山西煤炭运销集团是…) is the sentence's
        // subject, not the place: a village's company bears its city's name.
        if (CompanyNameFrom().IsMatch(text.AsSpan(inPart[0].Order % PartStride))) return null;
        var subject = inPart[0].Place;
        // A list of units of one level (白云区、黄埔区、花都区…7个行政区) names the scope of a rule, no one subject.
        if (inPart.Count > 1 && EndOfName(text, inPart[0]) is int firstEnd && firstEnd < text.Length && text[firstEnd] == '、'
            && inPart[1].Order % PartStride == firstEnd + 1 && inPart[1].Place.Level == subject.Level && inPart[1].Place.Parent == subject.Parent) return null;
        // The chain stays in the subject's sentence: 西城区…召开。…西长安街街道… names a street in passing; and out of
        // brackets and lists: 徐州市区(含铜山区) and 绍兴市区(含越城区、柯桥区) name the city and what it holds.
        int subjectEnd = text.IndexOfAny(['。', '\n'], inPart[0].Order % PartStride);
        var above = inPart[0];
        foreach (var next in inPart.Skip(1))
            if ((subjectEnd < 0 || next.Order % PartStride < subjectEnd) && WrittenInChain(text, above, next.Order % PartStride)
                && ChainedBelow(subject, inPart[0].Place, next.Place) is { } deeper) (subject, above) = (deeper, next);
            else break;
        if (subject.Level == PlaceLevel.County && TownStemAfter(subject, text, inPart[0].Order % PartStride) is { } town) subject = town;
        // Within the first sentence, or just after a short first line (一、2022年工作总结).
        int at = inPart[0].Order % PartStride;
        if (firstSentenceOnly && sentenceEnd >= 0 && at > sentenceEnd) return null;
        // A text speaking of a wider scope before it (今天召开全市乡村振兴工作会议。…安吉县被评为…) makes a unit below it in
        // the next sentence an example.
        if (sentenceEnd >= 0 && at > sentenceEnd && at <= sentenceEnd + FirstSentenceSlack && ScopeAbove(text.AsSpan(start, at - start), subject)) return null;
        if (sentenceEnd >= 0 && at > sentenceEnd + FirstSentenceSlack) return SubjectUnderFirstHeading(inPart, text) ?? SubjectOfNewsLead(inPart, text) ?? SubjectOfReportersSource(inPart, text);
        return at == 0 || ClauseStarts.Contains(text[at - 1]) || AfterLeadingYear(text, at) || DatelineBefore().IsMatch(text.AsSpan(Math.Max(0, at - 30), Math.Min(30, at)).ToString())
            ? VisitedHost(inPart, text, subjectEnd < 0 ? text.Length : subjectEnd) ?? subject : SubjectUnderItsAncestors(inPart, text) ?? SubjectUnderFirstHeading(inPart, text) ?? SubjectOfNewsLead(inPart, text) ?? SubjectOfReportersSource(inPart, text) ?? SubjectOfFirstProse(inPart, text);
    }

    // A company's name from a place name on, then what the sentence says of it: 大连鑫源实业总公司系…, 某某集团是….
    [GeneratedRegex(@"^[^\s，,。；;、：:与和及在对向为]{2,16}?(?:总公司|有限责任公司|有限公司|股份公司|公司|集团)(?:有限公司)?(?:系|是|为|于|成立|始建|创建|位于|以|[，,])")]
    private static partial Regex CompanyNameFrom();

    /// <summary>
    /// Where the opening's first line is a headline naming no subject at its start (搭建交流和分享平台唱响沈阳的邻里情), the
    /// first line of prose under it (past the byline and source lines) opens the text: 春节临近,沈阳市和平区北市场街道结合…
    /// Its first sentence's clause subject is the document's, as in <see cref="SubjectUnderItsAncestors"/>.
    /// </summary>
    private static Place? SubjectOfFirstProse(List<(Place Place, DocumentZone Zone, int Order)> inPart, string text)
    {
        int at = TextStart(text);
        int firstEnd = text.IndexOf('\n', at);
        // Only under a headline: a first line that is itself prose is the text's first sentence.
        if (firstEnd < 0 || text.AsSpan(at, firstEnd - at).Contains('。') || CountHan(text.AsSpan(at, firstEnd - at)) >= ProseHan) return null;
        for (int lineStart = firstEnd + 1; firstEnd >= 0 && lineStart < text.Length; lineStart = firstEnd + 1)
        {
            firstEnd = text.IndexOf('\n', lineStart);
            if (firstEnd < 0) firstEnd = text.Length;
            if (CountHan(text.AsSpan(lineStart, firstEnd - lineStart)) < ProseHan) continue;
            int sentenceEnd = text.IndexOfAny(['。', '\n'], lineStart);
            if (sentenceEnd < 0) sentenceEnd = text.Length;
            var inSentence = inPart.Where(r => r.Order % PartStride >= lineStart && r.Order % PartStride < sentenceEnd).ToList();
            return ClauseSubject(inSentence, 0, pos => pos == lineStart || ClauseStarts.Contains(text[pos - 1]) || AfterLeadingYear(text, pos));
        }
        return null;
    }

    /// <summary>
    /// The first sentence opens a clause with a unit after naming only units above it: 记者从鄞州区相关部门获悉,白鹤街道
    /// 金钟地块征收工作已正式启动; 在余杭区委的领导下,仁和街道…. The clause's unit (with the units chained to it) is the
    /// subject; a unit named before it that is not above it (县领导到甲镇调研,乙镇…) leaves the sentence without one.
    /// </summary>
    private static Place? SubjectUnderItsAncestors(List<(Place Place, DocumentZone Zone, int Order)> inPart, string text)
    {
        int sentenceEnd = text.IndexOfAny(['。', '\n'], inPart[0].Order % PartStride);
        if (sentenceEnd < 0) sentenceEnd = text.Length;
        var inSentence = inPart.Where(r => r.Order % PartStride < sentenceEnd).ToList();
        return ClauseSubject(inSentence, 1, at => ClauseStarts.Contains(text[at - 1]));
    }

    /// <summary>
    /// The subject of one sentence's clause: the first unit from <paramref name="from"/> on that opens a clause
    /// (<paramref name="opensClause"/>, by its position in the text), with the units chained to it, where every unit
    /// named before it lies above it; none where one does not. A city or province opening the clause is mostly the
    /// start of a longer name, or a passing frame: only a county or a unit below it is a subject.
    /// </summary>
    private static Place? ClauseSubject(List<(Place Place, DocumentZone Zone, int Order)> inSentence, int from, Func<int, bool> opensClause)
    {
        for (int k = from; k < inSentence.Count; k++)
        {
            var place = inSentence[k].Place;
            if (!opensClause(inSentence[k].Order % PartStride)) continue;
            if (!inSentence.Take(k).All(e => place.IsWithin(e.Place) && place != e.Place)) return null;
            var subject = place;
            foreach (var next in inSentence.Skip(k + 1))
                if (next.Place.IsWithin(subject) && next.Place != subject) subject = next.Place;
                else break;
            return subject.Level >= PlaceLevel.County ? subject : null;
        }
        return null;
    }

    // A news item's lead: its day (12月2日, 3月5日至6日, 11月4日下午) or 近日/日前, then a comma and the sentence. It may
    // stand after the page's frame (a forum's banner and edit stamp, slogans, a breadcrumb), glued to it (…编辑 <br />12月2日,…)
    // or after the item's purpose (为扎实推进…工作,11月4日下午,…).
    // A lead by the day alone (25日，从…获悉) only opens a line: inside a sentence 3日，… is no lead.
    [GeneratedRegex(@"(?:(?:^|\n|>|\s|[,，])(?:\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:[至\-—~－]\s*\d{1,2}\s*日))?(?:[上中下]午|晚上?|早上?)?|近日|日前)|(?:^|\n)\d{1,2}\s*日(?:[上中下]午|晚上?|早上?)?)\s*[,，]\s*")]
    internal static partial Regex NewsLead();

    // A unit's development zone named first with the unit in brackets: 空港经开区(硕放街道)召开…, 某某开发区(某某街道)全面落实….
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,10}?(?:区|园)\s*[(（]$")]
    private static partial Regex ZoneBeforeBracket();

    // A community (or residents' committee) named right after the units it lies in: 吴井街道董家湾南段社区, 合作街道电大街社区.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,8}?(?:社区|居委会|居民委员会)")]
    private static partial Regex CommunityAfterChain();

    private const int CommunityLeadChars = 200;

    /// <summary>
    /// A page about a community: its title or its opening names the community after the units it lies in
    /// (昆明市董家湾南段社区开展新春游园会活动; 1月26日上午,昆明市官渡区吴井街道董家湾南段社区在…). The page is of the
    /// deepest unit of the gazetteer on that chain (a community is none): the title's, or a deeper one the opening gives
    /// for the same community (its street). Without such a title, a chain the first sentence of the opening starts a
    /// clause with, after naming at most units above it. A chain ending above the towns and streets counts only where
    /// it names the community's street or town the gazetteer lacks (石家庄市新华区合作街道电大街社区): otherwise the
    /// community's street is unknown, and so is the page's unit.
    /// </summary>
    private static (Place Place, bool InTitle)? CommunitySubject(List<(PlaceMention Mention, Place Place, int Order)> kept, List<(DocumentZone Zone, string Text)> zoned)
    {
        int titlePart = zoned.FindIndex(z => z.Zone == DocumentZone.Title);
        int openingPart = zoned.FindIndex(z => z.Zone == DocumentZone.Opening);
        var text = openingPart < 0 ? "" : zoned[openingPart].Text;
        var opening = openingPart < 0 ? [] : CommunityChains(kept, zoned, openingPart).Where(c => c.Start < CommunityLeadChars).ToList();
        var title = titlePart < 0 ? [] : CommunityChains(kept, zoned, titlePart)
            .Where(c => c.Start == 0 || LeadingYear().Match(zoned[titlePart].Text).Length == c.Start).Take(1).ToList();
        if (title is [var t])
        {
            var deeper = opening.Where(o => o.Name == t.Name && o.Place.IsWithin(t.Place) && o.Place != t.Place).Select(o => o.Place).FirstOrDefault();
            if (deeper is not null) return (deeper, false);
            return NamesItsUnit(t) ? (t.Place, true) : null;
        }
        foreach (var o in opening)
        {
            if (!NamesItsUnit(o) || o.Start > 0 && !ClauseStarts.Contains(text[o.Start - 1])) continue;
            int sentenceStart = text.LastIndexOfAny(['。', '\n'], Math.Max(0, o.Start - 1)) + 1;
            var before = kept.Where(k => k.Order / PartStride == openingPart && k.Mention.Start >= sentenceStart && k.Mention.Start < o.Start);
            if (before.All(b => o.Place.IsWithin(b.Place) && o.Place != b.Place)) return (o.Place, false);
        }
        return null;
    }

    // A town or street, or a unit above them where the chain names the community's street or town the gazetteer lacks.
    private static bool NamesItsUnit((Place Place, string Name, int Start) chain) =>
        chain.Place.Level >= PlaceLevel.Town || chain.Name.Contains("街道", StringComparison.Ordinal) || chain.Name.Contains('镇') || chain.Name.Contains('乡');

    private static IEnumerable<(Place Place, string Name, int Start)> CommunityChains(List<(PlaceMention Mention, Place Place, int Order)> kept, List<(DocumentZone Zone, string Text)> zoned, int part)
    {
        var text = zoned[part].Text;
        var inPart = kept.Where(k => k.Order / PartStride == part).OrderBy(k => k.Order).ToList();
        for (int i = 0; i < inPart.Count; i++)
        {
            // The chain: units each starting where the one above it ends (昆明市官渡区吴井街道).
            var (first, place, _) = inPart[i];
            int end = first.Start + first.Length;
            int j = i + 1;
            for (; j < inPart.Count && inPart[j].Mention.Start == end && inPart[j].Place.IsWithin(place) && inPart[j].Place != place; j++)
                (place, end) = (inPart[j].Place, inPart[j].Mention.Start + inPart[j].Mention.Length);
            var after = CommunityAfterChain().Match(text, end, Math.Min(text.Length - end, 12));
            if (after.Success && after.Index == end && place.Level >= PlaceLevel.City)
                yield return (place, text.Substring(end, after.Length), first.Start);
            i = j - 1;
        }
    }

    /// <summary>
    /// The unit acting in a news item's lead, wherever the page's frame put it: the first unit the lead's sentence
    /// opens with (12月2日,鉴江镇第十七届人民代表大会第一次会议胜利召开), or the unit in brackets after a zone's name
    /// (11月4日下午,空港经开区(硕放街道)召开…), with the units chained to it. Only the first lead of the opening counts.
    /// </summary>
    private static Place? SubjectOfNewsLead(List<(Place Place, DocumentZone Zone, int Order)> inPart, string text)
    {
        var lead = NewsLead().Match(text);
        if (!lead.Success) return null;
        int clause = lead.Index + lead.Length;
        int sentenceEnd = text.IndexOfAny(['。', '\n'], clause);
        if (sentenceEnd < 0) sentenceEnd = text.Length;
        var inLead = inPart.Where(r => r.Order % PartStride >= clause && r.Order % PartStride < sentenceEnd).ToList();
        if (inLead.Count == 0) return null;
        int at = inLead[0].Order % PartStride;
        if (at != clause && !ZoneBeforeBracket().IsMatch(text.AsSpan(clause, at - clause).ToString()) && !AtItsOwnMeeting(text, clause, at, sentenceEnd)) return null;
        return VisitedHost(inLead, text, sentenceEnd) ?? DeepestChained(inLead);
    }

    /// <summary>Whether the unit named just before <paramref name="nameEnd"/> heads a party visiting the author (…党政代表团莅临我县, …县委副书记带队来我区)
    /// or invited to go to it (…讲解团受邀到武胜).</summary>
    private static bool IsGuestOfTheAuthor(string text, int nameEnd) =>
        VisitToTheAuthor().Match(text, nameEnd, Math.Min(GuestWindow, text.Length - nameEnd)) is { Success: true } m && m.Index - nameEnd <= GuestPartyOffset
        || InvitedGuest().IsMatch(text.AsSpan(nameEnd, Math.Min(GuestWindow, text.Length - nameEnd)));

    // A body invited to go to the host (重庆市中医院博士后科普讲解团受邀到武胜指导交流): the guest, whatever the host's name.
    [GeneratedRegex(@"^[^，。；,;：:\s]{0,16}?(?:受邀|应邀)(?:到|赴|来|前往|走进)")]
    private static partial Regex InvitedGuest();

    /// <summary>Whether the unit is named in a clause placing another by its neighbours (东与…接壤, 南与…毗邻, 西邻…, …交界).</summary>
    private static bool IsNeighbour(string text, PlaceMention m)
    {
        var (start, end) = ClauseOf(text, m);
        return NeighbourClause().IsMatch(text.AsSpan(start, end - start).Trim());
    }

    /// <summary>The clause a mention stands in: from the break before it to the break after it.</summary>
    private static (int Start, int End) ClauseOf(string text, PlaceMention m) =>
        (text.AsSpan(0, m.Start).LastIndexOfAny(ClauseBreaks) + 1,
         text.AsSpan(m.Start + m.Length).IndexOfAny(ClauseBreaks) is var e and >= 0 ? m.Start + m.Length + e : text.Length);

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create("，,。；;\n");

    // 东与…接壤, 南与…毗邻, 西邻…, 北连…, 东南与…交界, 与…相邻; across a river or a range, 南以新沂河与…交界, 东隔长江与…相望.
    [GeneratedRegex(@"^(?:[东南西北]{1,2}[面部边端]?(?:(?:以|隔)[^与同和]{1,10})?(?:与|同|和|邻|连|靠|接|毗邻|紧邻|相邻)|与.{1,30}(?:接壤|毗邻|交界|相连|相邻|为邻|接界|相望)$)")]
    private static partial Regex NeighbourClause();

    /// <summary>
    /// Whether the unit named stands where the author's counterpart does, the author left unsaid: the other party right
    /// after a clause's opening 与 (与福建省签订劳务协作协议, 与某县等地并列第一) or the example right after 学习 or 借鉴
    /// (学习借鉴某市的经验). Not a place an organization of the deal lies in (与青浦区用人单位签订劳动合同: an employer
    /// of the author's own district), nor a distance from the place (与柳河县城公路距离35公里, a profile's), nor 与 joining
    /// two places inside a clause (东营区与垦利区).
    /// </summary>
    private static bool IsCounterpart(string text, PlaceMention m)
    {
        var (clauseStart, clauseEnd) = ClauseOf(text, m);
        if (m.Start - clauseStart > CounterpartLead || !CounterpartBefore().IsMatch(text.AsSpan(clauseStart, m.Start - clauseStart))) return false;
        var rest = text.AsSpan(m.Start + m.Length, Math.Min(CounterpartOrganizationReach, clauseEnd - m.Start - m.Length));
        return text.AsSpan(m.Start, clauseEnd - m.Start).IndexOf('距') < 0 && !OrganizationOfTheDeal().IsMatch(rest);
    }

    /// <summary>The units of other parties' names that name one unit in full (与公安机关 names no 公安县).</summary>
    private static List<Place> NamedInFull(List<PlaceMention> otherParties) =>
        otherParties.Where(m => !m.IsShortForm && m.Candidates.Count == 1).Select(m => m.Candidates[0]).Distinct().ToList();

    /// <summary>
    /// Whether the unit named at <paramref name="i"/> is the home of investors (由福建省南平市政和县客商投资建设; 引进邢台市临城县、
    /// 衡水市故城县客商投资项目): 客商 after the units its name runs on to, or after a list of such units.
    /// </summary>
    private static bool IsInvestorsHome(string text, IReadOnlyList<PlaceMention> found, int i)
    {
        int end = found[i].Start + found[i].Length;
        for (int j = i + 1; j < found.Count && found[j].Start >= end; j++)
        {
            if (found[j].Start == end || found[j].Start == end + 1 && text[end] is '、' or '和' or '及') end = found[j].Start + found[j].Length;
            else break;
        }
        return text.AsSpan(end).StartsWith("客商", StringComparison.Ordinal);
    }

    // The words right before a counterpart, at its clause's start: 与 (a few adverbs before it; not 与会, the attendees),
    // 同 (not 同意 or 同时), 跟 (not 跟踪); or 学习 and 借鉴 anywhere in the clause.
    [GeneratedRegex(@"^\s*(?:并|还|同时|主动|积极|先后|分别|已)?(?:与|同|跟)$|(?:学习|借鉴)$")]
    private static partial Regex CounterpartBefore();

    // How far into its clause a counterpart may stand: 学习 or 借鉴 after the clause's subject (各单位要认真学习借鉴).
    private const int CounterpartLead = 16;

    // An organization in the place, within the units' names that follow: the party is the organization, not the place.
    [GeneratedRegex(@"用人单位|单位|企业|公司|机构|医院|学校|银行")]
    private static partial Regex OrganizationOfTheDeal();

    private const int CounterpartOrganizationReach = 12;

    /// <summary>Whether the unit named is one the author works with (我县与浙江省杭州市萧山区…, 我镇同石门镇…).</summary>
    private static bool IsPartnerOfTheAuthor(string text, PlaceMention m) =>
        PartnerBefore().IsMatch(text.AsSpan(Math.Max(0, m.Start - TravelWindow), Math.Min(TravelWindow, m.Start)));

    // The author and a word joining it to another unit, right before that unit's name (the units above it between).
    [GeneratedRegex(@"(?:我|本)(?:县|镇|乡|区|市|街道|旗)(?:与|同|和|跟)[^，。；,;、\s]{0,12}$")]
    private static partial Regex PartnerBefore();

    // The party's word within a few characters of its unit's name (安吉县党政代表团, 安吉县委副书记带队), its way to the author within the clause:
    // to the author named by its own word (来我县, 莅临本镇), or coming without a place, as only a guest comes (一行前来考察交流,
    // 一行莅临指导); a party going elsewhere (一行赴浙江省安吉县) may be the author's own.
    private const int GuestPartyOffset = 8;
    private const int GuestWindow = 50;

    [GeneratedRegex(@"(?:一行|考察团|代表团|调研组|考察组|参观团|带队)[^，。；,;]{0,30}?(?:(?:到|赴|来到|来|莅临|走进)(?:我|本)(?:镇|乡|县|区|市|街道|旗)|(?:前来|莅临)(?![^，。；,;]{0,12}?(?:省|市|县|区|镇|乡|街道|旗)))")]
    private static partial Regex VisitToTheAuthor();

    /// <summary>
    /// A lead whose first unit is a visiting party (某市某县民防办一行…到某镇参观学习, …一行莅临某街道调研): the item is the
    /// host's, the unit the party went to, named with the units chained to it; null where the lead names no visit.
    /// </summary>
    private static Place? VisitedHost(List<(Place Place, DocumentZone Zone, int Order)> inLead, string text, int sentenceEnd)
    {
        int party = text.IndexOf("一行", inLead[0].Order % PartStride, sentenceEnd - inLead[0].Order % PartStride, StringComparison.Ordinal);
        if (party < 0) return null;
        for (int k = 0; k < inLead.Count; k++)
        {
            int at = inLead[k].Order % PartStride;
            if (at <= party) continue;
            return WentTo().IsMatch(text.AsSpan(party, at - party)) ? DeepestChained(inLead.Skip(k).ToList()) : null;
        }
        return null;
    }

    // The party's way to its host, right before the host's name: 一行在…陪同下到, 一行莅临, 一行赴, 一行来到.
    [GeneratedRegex(@"^一行[^，。；,;]{0,30}?(?:到|赴|来到|莅临|走进)$")]
    private static partial Regex WentTo();

    // A reporter citing the office the news comes from: 记者近日从辽宁省朝阳市建平县农经局获悉, 记者从某县教育局了解到.
    [GeneratedRegex(@"记者(?:近日|日前|今天|昨天|\d{1,2}月\d{1,2}日)?从$")]
    private static partial Regex ReporterFrom();

    [GeneratedRegex(@"获悉|了解到|得知")]
    private static partial Regex ReporterLearned();

    /// <summary>
    /// A news item whose first sentence says where the reporter learned the news (记者近日从辽宁省朝阳市建平县农经局土肥站获悉，…):
    /// the office is of the unit the item is about. Only a chain that names its units in full from the top (a province or
    /// a city first), so that 记者从市公安局获悉 or a short form decides nothing.
    /// </summary>
    private static Place? SubjectOfReportersSource(List<(Place Place, DocumentZone Zone, int Order)> inPart, string text)
    {
        var first = inPart[0];
        int at = first.Order % PartStride;
        if (first.Place.Level > PlaceLevel.City || !ReporterFrom().IsMatch(text.AsSpan(Math.Max(0, at - 12), Math.Min(12, at)).ToString())) return null;
        int sentenceEnd = text.IndexOfAny(['。', '，', '\n'], at);
        if (sentenceEnd < 0 || !ReporterLearned().IsMatch(text.AsSpan(at, sentenceEnd - at).ToString())) return null;
        return DeepestChained(inPart.TakeWhile(r => r.Order % PartStride < sentenceEnd).ToList());
    }

    /// <summary>The first unit and the units chained below it (辽宁省朝阳市建平县): the deepest of the chain.</summary>
    private static Place DeepestChained(IReadOnlyList<(Place Place, DocumentZone Zone, int Order)> mentions)
    {
        var subject = mentions[0].Place;
        foreach (var next in mentions.Skip(1))
            if (ChainedBelow(subject, mentions[0].Place, next.Place) is { } deeper) subject = deeper;
            else break;
        return subject;
    }

    /// <summary>
    /// The chain (<paramref name="chain"/>, started at <paramref name="first"/>) continued by the next unit named, or null
    /// where that unit does not continue it. A unit below the chain continues it; so does a deeper unit under the same
    /// parent where a middle link is named otherwise than the gazetteer names it (怀化市洪江区沅江路街道: the district is
    /// 洪江管理区, and 洪江 alone reads as 洪江市 beside it): the street is the unit the chain means.
    /// </summary>
    /// <summary>
    /// A county named and, right after it, one of its towns by its stem alone (浏阳文家市是湘赣边界有名的红色小镇: 文家市
    /// of 文家市镇): the town is the subject, as it would be named in full. The stem is the gazetteer's (<see
    /// cref="OwnShortForm.TownOfStem"/>), not a dictionary word nor a feature's name (…山, …河), on a word boundary; the
    /// county is named as <see cref="TownByItsStem"/> ties a stem to it.
    /// </summary>
    private static Place? TownStemAfter(Place county, string text, int at)
    {
        foreach (var stem in TownByItsStem.CountyStems(county))
        {
            if (!text.AsSpan(at).StartsWith(stem, StringComparison.Ordinal)) continue;
            int end = at + stem.Length;
            for (int len = OwnShortForm.MaxStem; len >= OwnShortForm.MinStem; len--)
                if (end + len <= text.Length && OwnShortForm.TownOfStem(text.AsSpan(end, len), county) is { } town && !OwnShortForm.IsFeature(text, end + len)
                    && PlaceNames.OnWordBoundaries(text, end, end + len) && !OwnShortForm.IsWord(text.Substring(end, len)))
                    return town;
        }
        return null;
    }

    /// <summary>Where a unit's full name ends in the text, or null where it is written by a short form.</summary>
    private static int? EndOfName(string text, (Place Place, DocumentZone Zone, int Order) named)
    {
        int at = named.Order % PartStride;
        return text.AsSpan(at).StartsWith(named.Place.Name, StringComparison.Ordinal) ? at + named.Place.Name.Length : null;
    }

    /// <summary>
    /// Whether the unit at <paramref name="nextAt"/> goes on the chain from <paramref name="above"/>: not where a bracket
    /// or a list stands between them, which names what the unit above holds (徐州市区(含铜山区), 绍兴市区(含越城区、柯桥区))
    /// or its peers, not a unit of its own.
    /// </summary>
    private static bool WrittenInChain(string text, (Place Place, DocumentZone Zone, int Order) above, int nextAt)
    {
        int from = above.Order % PartStride;
        return nextAt > from && text.AsSpan(from, nextAt - from).IndexOfAny("（(、") < 0;
    }

    private static Place? ChainedBelow(Place chain, Place first, Place next) =>
        next.IsWithin(chain) && next != chain ? next
        : chain != first && chain.Parent is { } parent && next.IsWithin(parent) && next.Level > chain.Level ? next
        : null;

    // A meeting of the unit named before it: 睢宁县十七届人大三次会议, 某镇第五次党代会, 某区经济工作会议.
    [GeneratedRegex(@"^[^，。,；;]{0,24}?(?:会议|大会|党代会)上")]
    private static partial Regex OwnMeetingAfter();

    /// <summary>
    /// A news lead set at the unit's own meeting (1月4日，在睢宁县十七届人大三次会议上，县长…透露), or learned there
    /// (25日，从2019年度某县帮扶协调小组会议上获悉): the unit opens the clause after 在 or 从 (and the meeting's year), and
    /// its meeting follows its name in the same clause.
    /// </summary>
    private static bool AtItsOwnMeeting(string text, int clause, int at, int sentenceEnd) =>
        at > clause && at < sentenceEnd && MeetingPreposition().IsMatch(text.AsSpan(clause, at - clause)) && OwnMeetingAfter().IsMatch(text.AsSpan(at, sentenceEnd - at));

    [GeneratedRegex(@"^[在从](?:(?:19|20)\d{2}年度?)?$")]
    private static partial Regex MeetingPreposition();

    /// <summary>
    /// Where the text starts after a page's navigation debris (![]() |, 第12版:区街新闻 | 上一版, ||||): the first line
    /// with some Han text and, if it has table bars, a sentence's worth. A newspaper item's first sentence follows its debris.
    /// </summary>
    private static int TextStart(string text)
    {
        int at = 0;
        while (at < text.Length)
        {
            int end = text.IndexOf('\n', at);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(at, end - at);
            int han = CountHan(line);
            bool debris = han < 2 || han < ProseHan && line.IndexOfAny('|', '｜') >= 0;
            if (!debris) return at;
            at = end + 1;
        }
        return 0;
    }

    // A line of prose holds this many Han characters at least, table bars or not (…近日推出多项举措。 |).
    private const int ProseHan = 20;

    private static int CountHan(ReadOnlySpan<char> line)
    {
        int n = 0;
        foreach (char c in line) if (c is >= '\u4E00' and <= '\u9FFF') n++;
        return n;
    }

    // 一、总体情况 / (一)主动公开情况: the outline's first headings, after a preamble citing the rules a report follows.
    [GeneratedRegex(@"(?:^|\n)一、[^\n]{2,12}\n(?:[(（]一[)）][^\n]{0,12}\n)?")]
    private static partial Regex FirstOutlineHeadings();

    /// <summary>
    /// A disclosure report or summary opens with a preamble (根据《…条例》…) and speaks of its unit first under its
    /// first heading: 一、总体情况 / 2021年以来,东街街道办事处主动公开…. The first county, town or street named at the
    /// start of that line (after its year) is its subject, alone (no chain: the line goes on about other units).
    /// </summary>
    private static Place? SubjectUnderFirstHeading(List<(Place Place, DocumentZone Zone, int Order)> inPart, string text)
    {
        var heading = FirstOutlineHeadings().Match(text);
        if (!heading.Success) return null;
        int anchor = heading.Index + heading.Length;
        var first = inPart.FirstOrDefault(r => r.Order % PartStride >= anchor);
        // A city there is mostly the start of a longer name (西安市西大街发展服务中心), not the report's unit.
        if (first.Place is null || first.Place.Level < PlaceLevel.County) return null;
        int at = first.Order % PartStride;
        return at == anchor || AfterLeadingYear(text, at) && at - anchor <= 10 || ClauseStarts.Contains(text[at - 1]) && at - anchor <= 12 ? first.Place : null;
    }

    // 2021年白露街道积极按照…: a clause may open with its year before its subject.
    [GeneratedRegex(@"(?:19|20)\d{2}\s*年(?:度|以来)?\s*$")]
    private static partial Regex LeadingYearOfClause();

    private static bool AfterLeadingYear(string text, int at)
    {
        int from = Math.Max(0, at - 10);
        var m = LeadingYearOfClause().Match(text, from, at - from);
        if (!m.Success) return false;
        return m.Index == 0 || ClauseStarts.Contains(text[m.Index - 1]);
    }

    // How a document names its own level: 全省/我省/本省 (a province), 全市 (a city, or a county-level city),
    // 全县 (a county), 全镇/全乡/全街道 (a town or street). 全区 is left out: an autonomous region or a district.
    // A registration (本省户籍, 本市户口, 本县籍) says where people are registered, which may be a unit around the author's
    // own: a city's housing policy speaks of 本省户籍居民 and 非本省户籍人士 as often as a province's does.
    [GeneratedRegex(@"(?:全|[我本](?!省(?:户籍|户口|籍)))(省|市|县|镇|乡|街道)")]
    private static partial Regex SelfReference();

    // The text speaking as a local unit in the first person: SelfReference's 我市, 本省, 本县, not its 全市 (a scope), nor
    // 本市场, 本区域, nor a national law's 本省、自治区、直辖市 (each province's own).
    private static bool SpeaksAsLocalUnit(string text) => FirstPersonWords(text).Any();

    // FirstPersonWords' 我市 or 本市, read without building a match for every word (this runs over whole texts).
    private static bool SpeaksAsCity(string text)
    {
        foreach (var m in SelfReference().EnumerateMatches(text))
            if (text[m.Index + 1] == '市' && IsFirstPerson(text, m.Index, m.Length)) return true;
        return false;
    }

    private static IEnumerable<Match> FirstPersonWords(string text) =>
        SelfReference().Matches(text).Where(m => IsFirstPerson(text, m.Index, m.Length));

    // A self-reference at [index, index + length) that speaks in the first person: not 全市 (a scope), nor the 本市 of 本市场
    // or 本区域, nor a list's 本省、 (a national law's 本省、自治区、直辖市), nor its bracketed form (a ministry's notice to
    // every province: 对本省（自治区、直辖市）申报的项目…, 本省（区）).
    internal static bool IsFirstPerson(string text, int index, int length) =>
        text[index] != '全' && !(index + length < text.Length && "场域、".Contains(text[index + length])) && !InCitedTitle(text, index)
        && !EachProvinceBracket().IsMatch(text.AsSpan(index + length, Math.Min(EachProvinceBracketLength, text.Length - index - length)));

    [GeneratedRegex(@"^[（(](?:自治区|区)")]
    private static partial Regex EachProvinceBracket();

    private const int EachProvinceBracketLength = 4;

    // A news item speaking of its subject in the third person: 该镇获得了“中国草莓之乡”的美誉, 该县. Read only where one
    // unit of that level is named in full (SoleUnitOfOwnLevel), as the reporter's 我镇.
    [GeneratedRegex(@"该(镇|乡|街道|县)")]
    private static partial Regex ThirdPersonReference();

    private const int MinSelfReferences = 3;

    // How often a text speaking as a city or province (本市, 本省) names the one such unit it names in full for it to be
    // its own: once is as often another it refers to (参照长沙市的标准).
    private const int MinNamingsOfOwnUnit = 2;

    /// <summary>Whether the sentence speaks of its scope (全市, 我县, 本镇) at a level above <paramref name="unit"/>'s.</summary>
    private static bool ScopeAbove(ReadOnlySpan<char> sentence, Place unit)
    {
        foreach (var m in SelfReference().EnumerateMatches(sentence))
        {
            var word = sentence.Slice(m.Index + 1, m.Length - 1);
            bool above = word switch
            {
                "省" => unit.Level > PlaceLevel.Province,
                // 全市 may be a county-level city's own.
                "市" => unit.Level > PlaceLevel.County || unit.Level == PlaceLevel.County && !unit.Name.EndsWith('市'),
                "县" => unit.Level > PlaceLevel.County,
                _ => false,
            };
            if (above) return true;
        }
        return false;
    }

    // A unit ranked or chosen among its peers of the wider unit (位居全市前列, 入选全市…, 荣获全省…, 考核全市第一): the wider
    // unit is the field it is compared in, not its own. A county's report says 全市 so more often than 全县.
    [GeneratedRegex(@"(?:位居|居于?|入选|跻身|荣获|获评|荣膺|列入|名列|进入|领跑|排名)$")]
    private static partial Regex RankingBefore();

    [GeneratedRegex(@"^(?:第[一二三四五六七八九十\d]|前列|首位|前茅|之首|首批|首届|唯一|排名|领先)")]
    private static partial Regex RankingAfter();

    private const int RankingVerbLength = 3;
    private const int RankingWordLength = 4;

    private static bool RanksWithinWider(string text, Match selfReference) =>
        selfReference.Value[0] == '全' && selfReference.Groups[1].Value is "省" or "市"
        && (RankingBefore().IsMatch(text.AsSpan(Math.Max(0, selfReference.Index - RankingVerbLength), Math.Min(RankingVerbLength, selfReference.Index)))
            || RankingAfter().IsMatch(text.AsSpan(selfReference.Index + selfReference.Length, Math.Min(RankingWordLength, text.Length - selfReference.Index - selfReference.Length))));

    // The levels the document's own words allow: (lowest, highest) depth, or (null, null) when they do not say.
    internal static (PlaceLevel? Lowest, PlaceLevel? Highest) SelfLevel(List<(DocumentZone Zone, string Text)> zoned)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (_, text) in zoned)
            foreach (Match m in SelfReference().Matches(text))
            {
                if (RanksWithinWider(text, m) || m.Value[0] != '全' && InCitedTitle(text, m.Index)) continue;
                var unit = m.Groups[1].Value is "乡" or "街道" ? "镇" : m.Groups[1].Value;
                counts[unit] = counts.GetValueOrDefault(unit) + 1;
            }
        var ranked = counts.OrderByDescending(kv => kv.Value).ToList();
        if (ranked.Count == 0 || ranked[0].Value < MinSelfReferences || ranked.Count > 1 && ranked[0].Value < 2 * ranked[1].Value) return (null, null);
        return ranked[0].Key switch
        {
            "省" => (PlaceLevel.Province, PlaceLevel.Province),
            "市" => (PlaceLevel.City, PlaceLevel.County),
            "县" => (PlaceLevel.County, PlaceLevel.County),
            _ => (PlaceLevel.Town, PlaceLevel.Town),
        };
    }

    // The deepest unit of the chain the title or org starts with (after a year): 泉州市晋江市西园街道 → 西园街道.
    // The issuer comes first, except where the title opens with a unit below it: a county site's publisher (发布机构:
    // 平江县政府) over a town's item (伍市镇全面吹响夏季征兵号角) is the page's poster, the town the item's subject.
    // A 关于-title (关于伍市镇…的批复) stays the issuer's: it is written about the unit, not by it.
    private static (Place? Place, DocumentZone Zone) LeadingChain(List<(Place Place, DocumentZone Zone, int Order)> resolved, List<(DocumentZone Zone, string Text)> zoned, HashSet<int> notLeading)
    {
        var (issuer, _, _) = ChainOpening(DocumentZone.Org, resolved, zoned, notLeading);
        // The first issuing body may be the page's publisher (a header's 发布机构: 苍南县人民政府), another line of the text
        // its own author below it: the issuer's line over the heading (钱库镇人民政府), the signature, the column the page is
        // filed under. A unit below the publisher that one of them opens with is the author: a county's site posts its
        // towns' documents.
        // The column's trail (首页 > 乡镇动态 > 安口镇) names its unit at its end, not at its start.
        if (issuer is not null)
            for (int part = zoned.FindIndex(z => z.Zone == DocumentZone.Org) + 1; part < zoned.Count; part++)
                if (zoned[part].Zone == DocumentZone.Org && (zoned[part].Text.Contains(" > ", StringComparison.Ordinal) ? DeepestIn(part, resolved) : ChainOpening(part, resolved, zoned, notLeading).Chain) is { } own
                    && own != issuer && own.IsWithin(issuer))
                    issuer = own;
        var (title, titleFirst, titleStartsWithAbout) = ChainOpening(DocumentZone.Title, resolved, zoned, notLeading);
        // Only a title that opens below the issuer: 上海市浦东新区…规定 by 上海市 names its scope under the issuer's own name.
        if (issuer is not null && titleFirst is not null && titleFirst != issuer && titleFirst.IsWithin(issuer) && !titleStartsWithAbout) return (title, DocumentZone.Title);
        // A headline, no document's name, whose chain runs from the issuer down to a unit below it (中山市三角镇五项举措推进…
        // posted by 发布机构 中山市人民政府): that unit's news, which its city's site posts.
        if (issuer is not null && title is not null && title != issuer && title.IsWithin(issuer) && !titleStartsWithAbout
            && zoned.FirstOrDefault(z => z.Zone is DocumentZone.Title).Text is { } heading && !DocumentKindWords.Ending().IsMatch(heading.TrimEnd()))
            return (title, DocumentZone.Title);
        // A title naming a unit above the publisher, and nothing below it (甘州区村级干部管理办法 posted by 发布机构 大满镇),
        // is the upper unit's document re-posted: a town writes no title under its district's name alone.
        // Only a town's or street's site and its county (a city's law titled 山东黄河三角洲…条例 names its province in passing).
        if (issuer is { Level: PlaceLevel.Town } && title is { Level: PlaceLevel.County } && issuer.IsWithin(title) && !titleStartsWithAbout) return (title, DocumentZone.Title);
        if (issuer is not null) return (issuer, DocumentZone.Org);
        if (title is not null) return (title, DocumentZone.Title);
        return (null, DocumentZone.Body);
    }

    private static (Place? Chain, Place? First, bool AfterAbout) ChainOpening(DocumentZone zone, List<(Place Place, DocumentZone Zone, int Order)> resolved, List<(DocumentZone Zone, string Text)> zoned, HashSet<int> notLeading)
    {
        int part = zoned.FindIndex(z => z.Zone == zone);
        return part < 0 ? (null, null, false) : ChainOpening(part, resolved, zoned, notLeading);
    }

    // The deepest unit a part names, where every unit it names lies on one branch; else null.
    private static Place? DeepestIn(int part, List<(Place Place, DocumentZone Zone, int Order)> resolved)
    {
        var named = resolved.Where(r => r.Order / PartStride == part).Select(r => r.Place).ToList();
        var deepest = named.OrderByDescending(p => p.Level).FirstOrDefault();
        return deepest is not null && named.All(p => deepest.IsWithin(p)) ? deepest : null;
    }

    private static (Place? Chain, Place? First, bool AfterAbout) ChainOpening(int part, List<(Place Place, DocumentZone Zone, int Order)> resolved, List<(DocumentZone Zone, string Text)> zoned, HashSet<int> notLeading)
    {
        var inZone = resolved.Where(r => r.Order / PartStride == part).OrderBy(r => r.Order).ToList();
        if (inZone.Count == 0 || notLeading.Contains(inZone[0].Order)) return (null, null, false);
        var text = zoned[part].Text;
        var lead = LeadingYear().Replace(text, "");
        if (!lead.StartsWith(inZone[0].Place.Name[..Math.Min(2, inZone[0].Place.Name.Length)], StringComparison.Ordinal)) return (null, null, false);
        var chain = inZone[0].Place;
        foreach (var next in inZone.Skip(1))
            if (ChainedBelow(chain, inZone[0].Place, next.Place) is { } deeper) chain = deeper;
            else break;
        return (chain, inZone[0].Place, text.TrimStart().StartsWith("关于", StringComparison.Ordinal) || lead.Length < text.Length && text[..(text.Length - lead.Length)].Contains("关于", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*年度?|中共|关于)")]
    private static partial Regex LeadingYear();

    // A candidate the text names without doubt elsewhere backs itself as much as a named ancestor backs another: 河北 in a
    // text naming 河北省 in full (中共河北省委) and 天津市 once is the province, not 天津's 河北区.
    private static int Support(Place candidate, PlaceMention m, HashSet<Place> certain)
    {
        int support = certain.Contains(candidate) ? 1 : 0;
        for (var p = candidate.Parent; p is not null; p = p.Parent) if (certain.Contains(p) && !m.Candidates.Contains(p)) support++;
        return support;
    }

    // The one other unit bearing the short form that lies within <paramref name="best"/> and that the text names in full.
    private static Place? NamedBelow(PlaceMention m, Place best, IReadOnlySet<Place> namedInFull)
    {
        Place? found = null;
        foreach (var c in m.Candidates)
            if (c != best && c.IsWithin(best) && namedInFull.Contains(c))
            {
                if (found is not null) return null;
                found = c;
            }
        return found;
    }

    /// <summary>The city a short form names where every other unit bearing it lies within that city (长沙 → 长沙市); else null.</summary>
    private static Place? NamesakeCity(PlaceMention m)
    {
        Place? city = null;
        foreach (var c in m.Candidates)
            if (c.Level <= PlaceLevel.City)
            {
                if (city is not null) return null;
                city = c;
            }
        if (city is null) return null;
        foreach (var c in m.Candidates)
            if (c != city && !c.IsWithin(city)) return null;
        return city;
    }

    // A two-character district name that the dictionary reads as a word of its own (城区, 郊区, 矿区, and 攀枝花's 东区 and
    // 西区: 珠海's 西区、高新区), and the towns that bear such a name (榆社县城区); and the longer names that are phrases for
    // a part of any city or for the liberated areas of the 1940s, which the dictionary does not list: a plan's 加快老城区改造
    // is no 洛阳市老城区, an old regulation's 革命根据地、解放区 no 焦作市解放区, 城北区、港口区 no 西宁's or 防城港's.
    private static bool IsAreaWord(Place place) =>
        place.Level >= PlaceLevel.County && place.Name.EndsWith('区')
        && (place.Name.Length == 2 && OwnShortForm.IsWord(place.Name) || PlaceNames.AreaPhrases.Contains(place.Name));

    /// <summary>
    /// A district named by a phrase for part of any city (<see cref="IsAreaWord"/>: 中心城区, （三）港口区；) neither after its
    /// city nor before its body: the phrase, which names no unit, backs none of its short forms (港口 of 港口规划) and puts
    /// none of its ancestors beyond doubt (a 威海 rule's list of zones had filed it under 防城港市 once its first lines
    /// were gone).
    /// </summary>
    private static bool IsAreaPhraseInPassing(string text, PlaceMention m, Place place) =>
        !m.IsShortForm && IsAreaWord(place) && !AfterItsParent(text, m.Start, place) && !PlaceNames.BodyAfter(text, m.Start + m.Length);

    private static bool AfterItsParent(string text, int start, Place place) =>
        place.Parent is { } parent && PlaceNames.ShortForms(parent).Where(s => s.Length >= 2).Append(parent.Name)
            .Any(n => start >= n.Length && string.CompareOrdinal(text, start - n.Length, n, 0, n.Length) == 0);

    // The unit a name denotes: the only one, else the one whose ancestors or descendants the document names with
    // certainty, else (a tie) the widest (吉林 the province rather than the city). A city the name itself may denote does
    // not back its namesake county: 长沙 beside 长沙市 is the city, not 长沙县 (岳阳, 承德, 荆州 alike).
    /// <param name="namedInFull">Units the text names in full (朝阳县), not counting their ancestors.</param>
    private static (Place? Place, bool Supported) Resolve(PlaceMention m, HashSet<Place> certain, char? superior = null, IReadOnlySet<Place>? namedInFull = null)
    {
        Place? best = null;
        int bestSupport = -1;
        foreach (var c in m.Candidates)
        {
            int support = Support(c, m, certain);
            if (support > bestSupport || (support == bestSupport && best is not null && c.Level < best.Level))
                (best, bestSupport) = (c, support);
        }
        if (m.Candidates.Count == 1) return (best, bestSupport > 0 || !m.IsShortForm);
        // The other way round: a county the text names in full, and not its namesake city, is what the short form stands
        // for (落户朝阳 over a text naming 朝阳县, never 朝阳市; 甘孜 beside 甘孜县).
        if (m.IsShortForm && namedInFull is { Count: > 0 } && best is not null && !namedInFull.Contains(best) && NamedBelow(m, best, namedInFull) is { } namesake)
            return (namesake, true);
        // Backed, and better than every other unit of its level: that one. Backed no better than another (城区 of 阳泉市
        // and of 晋城市 in a 山西 text) is as undecided as not backed at all.
        if (bestSupport > 0 && !m.Candidates.Any(c => c != best && c.Level == best!.Level && Support(c, m, certain) == bestSupport)) return (best, true);
        // Several towns of one name: the one under a unit of the kind the text says governs it (在区委、区政府的领导下:
        // the 坡头镇 of a district, not those of two counties).
        if (superior is { } kind && !m.IsShortForm && best!.Level == PlaceLevel.Town
            && m.Candidates.Where(c => c.Level == PlaceLevel.Town && c.Parent is { } parent && parent.Name.EndsWith(kind)).ToList() is [var governed])
            return (governed, true);
        // Several units of one level and nothing to choose between them: no answer rather than a guess.
        return m.Candidates.Count(c => c.Level == best!.Level) > 1 ? (null, false) : (best, false);
    }
}
