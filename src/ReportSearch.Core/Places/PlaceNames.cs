using System.Buffers;
using ReportSearch.Analysis;

namespace ReportSearch.Places;

/// <summary>A place name found in text: where, which units it may denote, and whether it was a short form.</summary>
public readonly record struct PlaceMention(int Start, int Length, IReadOnlyList<Place> Candidates, bool IsShortForm);

/// <summary>
/// Every gazetteer name and the usual short forms (山东 for 山东省, 广西 for 广西壮族自治区, 晋江 for 晋江市), found in one
/// pass over a text with a character trie: at each position the longest name wins and the scan continues after it.
/// Towns and streets are matched by their full names only, since their short forms (城关, 新华, 太平) are common words.
/// </summary>
public sealed partial class PlaceNames
{
    private static readonly Lazy<PlaceNames> Shared = new(() => new PlaceNames(Gazetteer.Default));

    // Trie edges: (node << 16 | char) → child node. Node 0 is the root. The root's edges are also in an array
    // indexed by the character: every position of every text starts there. Lookups go to a frozen open-addressing
    // table built after the trie (Find runs at every character of every report: a Dictionary was 5% of indexing).
    private readonly Dictionary<long, int> _edges = new();
    private readonly int[] _rootEdges = new int[char.MaxValue + 1];
    private readonly EdgeTable _table;
    // Per node: index into _entries of the names ending there, or -1; a list while the trie is built, then an array.
    private readonly List<int> _terminal = [-1];
    private readonly int[] _terminalOf;
    private readonly List<(List<Place> Full, List<Place> Short)> _entries = [];

    // A short form followed by one of these is part of a street or institution name: 中山路, 长安街, 北京大学. 大 only
    // before what makes it a name (大学, 大道, 大街, 大桥, 大厦): 盱眙大力开展… is the county acting.
    private const string ShortFormBreakers = "路街巷道号桥";
    private const string AfterDaInAName = "学道街桥厦楼院酒剧";

    // Fixed phrases that hold a unit's name and mean something else: 长治久安 (lasting order: 长治 of 山西), 白山黑水 (the
    // Northeast: 白山 of 吉林), 开封验视 and 未开封 (unsealing: 开封 of 河南), 专项城市设计 and 各项城市建设 (项城市 of
    // 周口), silver beside gold (黄金、白银, 白银饰品: 白银 of 甘肃) and real money (真金白银), a city of civil-defence
    // priority (重点人防城市: 防城 of 防城港), a post confirmed and graded (转正定级: 正定 of 石家庄), a tree (元宝枫, the
    // purpleblow maple: 元宝 of 丹东), housing for all (安居工程, 安居乐业: 安居 of 遂宁) and sunlight in planning rules
    // (日照时间, 日照间距, 满足日照: 日照 of 山东, which 出台日照… or 日照港 still name). The dictionary splits them
    // (长治|久安) or reads the name as a word (专|项城市), so their boundaries cannot tell; in a text speaking as 本省, 本市
    // or 本县 each had filed it under the unit or its province, and elsewhere each stood as a mentioned place on another
    // branch (栽植云杉、元宝枫 in a village's report under its street; 拿出真金白银, 保障性安居工程, 日照间距 in city policies).
    internal static readonly string[] FixedPhrases = ["长治久安", "白山黑水", "开封验视", "开封检查", "未开封", "已开封", "专项城市", "各项城市",
        "黄金、白银", "黄金或者白银", "黄金和白银", "黄金白银", "白银饰品", "白银制品", "人防城市", "转正定级", "元宝枫",
        "真金白银", "安居工程", "安居乐业",
        "日照时数", "日照时间", "日照标准", "日照间距", "日照充足", "日照条件", "日照影响", "日照要求", "日照分析",
        "有效日照", "平均日照", "年均日照", "满足日照", "符合日照", "住宅日照"];

    internal static bool InFixedPhrase(string text, int start, int end)
    {
        // Asked of nearly every name found: the phrases holding the name are looked up, not searched one by one.
        if (!PhrasesHolding.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(start, end - start), out var holding)) return false;
        foreach (var (phrase, at) in holding)
            if (start - at >= 0 && start - at + phrase.Length <= text.Length
                && string.CompareOrdinal(text, start - at, phrase, 0, phrase.Length) == 0) return true;
        return false;
    }

    // Every piece of every fixed phrase, with the phrases it is in and where it first stands in each.
    private static readonly Dictionary<string, (string Phrase, int At)[]> PhrasesHolding = FixedPhrases
        .SelectMany(phrase => Enumerable.Range(0, phrase.Length).SelectMany(from => Enumerable.Range(1, phrase.Length - from)
            .Select(length => phrase.Substring(from, length))).Distinct().Select(piece => (Piece: piece, Phrase: phrase, At: phrase.IndexOf(piece, StringComparison.Ordinal))))
        .GroupBy(p => p.Piece, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => (p.Phrase, p.At)).ToArray(), StringComparer.Ordinal);

    // A street's short form before 区 is the word 街区 (a block): 历史文化街区 names no 文化街道.
    private static bool BreaksShortForm(string text, int end) =>
        ShortFormBreakers.Contains(text[end])
        || text[end] == '大' && (end + 1 >= text.Length || AfterDaInAName.Contains(text[end + 1]))
        || text[end] == '区' && text[end - 1] == '街';

    public static PlaceNames Default => Shared.Value;

    /// <summary>Whether <paramref name="text"/> opens with a place named in full (承德市…, 灵溪镇…), not a short form.</summary>
    public bool OpensWithFullName(string text) => Find(text) is [var first, ..] && first.Start == 0 && !first.IsShortForm;

    public PlaceNames(Gazetteer gazetteer)
    {
        foreach (var place in gazetteer.Places)
        {
            if (!IsFindable(place)) continue;
            AddWithFolded(place.Name, place, isShort: false);
            foreach (var shortForm in ShortForms(place)) AddWithFolded(shortForm, place, isShort: true);
        }
        _table = new EdgeTable(_edges);
        _terminalOf = [.. _terminal];
        _openingPairs = OpeningPairs();
        _oneCharacterNames = Enumerable.Range(0, char.MaxValue + 1).Any(c => _rootEdges[c] != 0 && _terminalOf[_rootEdges[c]] >= 0);
    }

    // The character pairs that open a name of two characters or more, hashed into a bit set small enough to stay in the
    // cache (64 KB): nearly every character of a text is the first of some name, few pairs are the first two of one, and
    // the set answers for most of them without a probe of the 4 MB edge table, which in the parse mostly missed the
    // cache (13 M characters scanned in about a second where a scan alone, the table cached, took a quarter of that).
    private const int OpeningPairBits = 19;
    private readonly ulong[] _openingPairs;
    // The gazetteer's names, short forms included, have two characters or more; were one a single character, the pair
    // set could not answer for the positions it starts.
    private readonly bool _oneCharacterNames;

    private ulong[] OpeningPairs()
    {
        var firstOf = new Dictionary<int, char>();
        for (int c = 0; c <= char.MaxValue; c++)
            if (_rootEdges[c] != 0) firstOf[_rootEdges[c]] = (char)c;
        var pairs = new ulong[(1 << OpeningPairBits) / 64];
        foreach (var key in _edges.Keys)
            if (firstOf.TryGetValue((int)(key >> 16), out char first))
            {
                int bit = PairBit(first, (char)(key & 0xFFFF));
                pairs[bit >> 6] |= 1UL << bit;
            }
        return pairs;
    }

    private static int PairBit(char first, char second) => (int)((ulong)(((long)first << 16 | second) * -7046029254386353131L) >> (64 - OpeningPairBits));

    /// <summary>False when no name opens with <paramref name="first"/> and <paramref name="second"/>; true when one may.</summary>
    internal bool MayOpenName(char first, char second)
    {
        int bit = PairBit(first, second);
        return (_openingPairs[bit >> 6] & 1UL << bit) != 0;
    }

    // Texts are searched in simplified script, folded character by character as the analysis folds them (乾 → 干,
    // 於 → 于): a unit whose own name holds such a character (乾安县, 乾县, 於潜镇, 32 units) is found by its folded
    // name too, or its documents would never name it.
    private void AddWithFolded(string name, Place place, bool isShort)
    {
        Add(name, place, isShort);
        if (Folded(name) is var folded && folded != name) Add(folded, place, isShort);
    }

    /// <summary>A name as a text searched here writes it: each character in simplified script (<see cref="ScriptConverter"/>).</summary>
    internal static string Folded(string name)
    {
        // Nearly every name folds to itself: that is checked without building a string (the gazetteer's 100,000 names
        // and short forms are folded once each as the finder is built).
        foreach (var r in name.EnumerateRunes())
            if (!r.IsBmp || ScriptConverter.ToSimplified(r) is not [var c] || c != (char)r.Value)
                return string.Concat(name.EnumerateRunes().Select(ScriptConverter.ToSimplified));
        return name;
    }

    /// <summary>
    /// A unit named by its kind alone (a 街道 of a development zone; a county's 农场, 林场, 盐场, 牛场 or 苗圃, the farm,
    /// forest farm, salt works or nursery it runs) has no name to find in text: 四川农业大学农场 is no unit of 获嘉县.
    /// </summary>
    public static bool IsFindable(Place place) => place.Name is not ("街道" or "镇" or "乡" or "社区" or "农场" or "林场" or "盐场" or "牛场" or "苗圃");

    /// <summary>
    /// The other names people write for a unit: short forms (山东 for 山东省, 泉州, 晋江, 延边, 白云街 for 白云街道) and the
    /// names of units that were renamed when a county became a district or a city, a township a town or a town a street
    /// (彭山县 for today's 彭山区, 某某乡 for 某某镇, 某某镇 for 某某街道). They count only where the text also names a
    /// unit above them (see <see cref="RegionRecognizer"/>), since a short form can be an ordinary word.
    /// </summary>
    public static IEnumerable<string> ShortForms(Place place)
    {
        var name = place.Name;
        if (place.Level == PlaceLevel.Town)
        {
            foreach (var alias in TownAliases(name)) yield return alias;
            yield break;
        }
        string[] suffixes = place.Level switch
        {
            PlaceLevel.Province => ["特别行政区", "自治区", "省", "市"],
            PlaceLevel.City => ["自治州", "地区", "盟", "市"],
            _ => ["自治县", "自治旗", "县", "市", "区", "旗"],
        };
        foreach (var suffix in suffixes)
        {
            if (!name.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = name[..^suffix.Length];
            // 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边: the ethnic name goes (it starts two characters in).
            int ethnic = stem.IndexOf('族');
            if (ethnic > 0 && stem.Length > 2) stem = stem[..2];
            else if (stem is "新疆维吾尔") stem = "新疆";
            if (stem.Length < 2) yield break;
            yield return stem;
            // A banner of Inner Mongolia by its first character, its wing and 旗, as its own pages write it: 克旗 for
            // 克什克腾旗, 准旗 for 准格尔旗, 巴左旗 for 巴林左旗, 科左中旗 for 科尔沁左翼中旗.
            if (suffix is "旗" && stem.Length >= 3 && BannerShortForm(stem) is { } banner) yield return banner;
            // An autonomous county by its place name and 县, as its own pages and the press write it: 互助县 for
            // 互助土族自治县, 三江县 for 三江侗族自治县.
            if (suffix is "自治县" && ethnic > 0) yield return stem + "县";
            // A county-level unit under its former name: 彭山县 (now 彭山区), 江宁县 (江宁区), 肥城县 (肥城市), 萧山市 (萧山区).
            // Counties became cities and districts, and cities districts, not the other way: a county has no former
            // name, and 会同市 (会同市有关部门, 'with the city's departments') is no name of 会同县.
            if (place.Level == PlaceLevel.County && FormerSuffixes.TryGetValue(suffix, out var formers))
                foreach (var former in formers) yield return stem + former;
            yield break;
        }
    }

    private static readonly Dictionary<string, string[]> FormerSuffixes = new() { ["市"] = ["县"], ["区"] = ["县", "市"] };

    private static string? BannerShortForm(string stem)
    {
        var wings = string.Concat(stem[1..].Where(c => "左右前中后".Contains(c)));
        var shortForm = stem[0] + wings + "旗";
        return shortForm.Length < stem.Length + 1 ? shortForm : null;
    }

    // A street's short form (白云街 for 白云街道, 市桥街) and the names of the town or township it was before.
    private static IEnumerable<string> TownAliases(string name)
    {
        if (name.EndsWith("街道", StringComparison.Ordinal) && name.Length >= 4)
        {
            var stem = name[..^2];
            yield return stem + "街";
            yield return stem + "镇";
            // A street named after its road, written with it (古美路街道 for 古美街道).
            if (!stem.EndsWith('路')) yield return stem + "路街道";
        }
        else if (name.EndsWith('镇') && name.Length >= 3) yield return name[..^1] + "乡";
        else if (name.EndsWith('乡') && name.Length >= 3) yield return name[..^1] + "镇";
        // An ethnic township by its place name alone, as its own documents write it: 木老元乡 for 木老元布朗族彝族乡.
        if (EthnicTownship().Match(name) is { Success: true } m)
        {
            yield return m.Groups["stem"].Value + m.Groups["suffix"].Value;
            // Or with its one nationality and without 族: 三源浦朝鲜镇 for 三源浦朝鲜族镇.
            if (m.Groups["people"].Captures is [var people]) yield return m.Groups["stem"].Value + people.Value + m.Groups["suffix"].Value;
        }
    }

    // The 55 minority nationalities a township may be named for, each followed by 族 in the unit's name.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<stem>\p{IsCJKUnifiedIdeographs}{2,}?)(?:(?<people>蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)族)+(?<suffix>乡|镇|苏木)$")]
    private static partial System.Text.RegularExpressions.Regex EthnicTownship();

    private void Add(string name, Place place, bool isShort)
    {
        int node = 0;
        foreach (char c in name)
        {
            long key = ((long)node << 16) | c;
            if (!_edges.TryGetValue(key, out int child))
            {
                child = _terminal.Count;
                _terminal.Add(-1);
                _edges[key] = child;
                if (node == 0) _rootEdges[c] = child;
            }
            node = child;
        }
        if (_terminal[node] < 0)
        {
            _terminal[node] = _entries.Count;
            _entries.Add(([], []));
        }
        var entry = _entries[_terminal[node]];
        (isShort ? entry.Short : entry.Full).Add(place);
    }

    // The last long texts searched on this thread and what was found in them: a round-up's support text is searched
    // once per part name and again for the parts' region paths, and a document's opening and body zones once by the
    // region rules and again for the unit it speaks as (OwnShortForm), each time the same characters.
    [ThreadStatic] private static (PlaceNames Names, string Text, List<PlaceMention> Found)?[]? t_recent;
    [ThreadStatic] private static int t_next;
    private const int CachedFromChars = 500;
    private const int CachedTexts = 4;

    /// <summary>The place names in <paramref name="text"/> (simplified script), leftmost-longest, not overlapping.</summary>
    public IReadOnlyList<PlaceMention> Find(string text)
    {
        if (text.Length < CachedFromChars) return FindUncached(text);
        var recent = t_recent ??= new (PlaceNames, string, List<PlaceMention>)?[CachedTexts];
        foreach (var entry in recent)
            if (entry is { } e && e.Names == this && string.Equals(e.Text, text, StringComparison.Ordinal)) return e.Found;
        var found = FindUncached(text);
        recent[t_next] = (this, text, found);
        t_next = (t_next + 1) % CachedTexts;
        return found;
    }

    private List<PlaceMention> FindUncached(string text)
    {
        var found = new List<PlaceMention>();
        int i = 0;
        while (i < text.Length)
        {
            var (bestEnd, bestEntry) = LongestAt(text, i);
            // A new area the gazetteer holds as a unit (兰州新区) is found as itself.
            if (NewAreaAt(text, i) is int areaEnd && bestEnd < areaEnd) { i = areaEnd; continue; }
            if (bestEntry < 0) { i++; continue; }
            var (full, shortOf) = _entries[bestEntry];
            // A short form must not swallow the start of a full name (水平武清区: 平武 of 平武县 against 武清区).
            if (full.Count == 0 && FullNameOverlaps(text, i + 1, bestEnd)) { i++; continue; }
            if (full.Count > 0)
            {
                // A short name glued to other words may be part of one: 完成县域 holds 成县, 附和县 holds 和县.
                bool chained = found.Count > 0 && found[^1].Start + found[^1].Length == i;
                if (!chained && !OnWordBoundaries(text, i, bestEnd) && !ChainsIntoUnitBelow(text, bestEnd, full)) { i++; continue; }
                if (!chained && FullNameReadsAsWords(text, i, bestEnd)) { i++; continue; }
                found.Add(new PlaceMention(i, bestEnd - i, full, IsShortForm: false));
            }
            else if ((bestEnd >= text.Length || !BreaksShortForm(text, bestEnd)) && !InFixedPhrase(text, i, bestEnd))
                found.Add(new PlaceMention(i, bestEnd - i, shortOf, IsShortForm: true));
            i = bestEnd;
        }
        return found;
    }

    // The State Council's national new areas (国家级新区), most of them not units of the gazetteer: areas spanning several
    // counties whose names hold a unit's name or former name (雄安新区 holds 安新区, the former name of 安新县). Read as
    // one name, they name no unit; the units they lie in are named beside them where a text means them.
    private static readonly string[] NationalNewAreas =
    [
        "雄安新区", "两江新区", "舟山群岛新区", "兰州新区", "南沙新区", "西咸新区", "贵安新区", "西海岸新区", "金普新区",
        "天府新区", "湘江新区", "江北新区", "福州新区", "滇中新区", "哈尔滨新区", "长春新区", "赣江新区",
    ];

    private static readonly SearchValues<char> NewAreaStarts = SearchValues.Create(string.Concat(NationalNewAreas.Select(a => a[0])));

    /// <summary>Where a national new area's name ends, when one starts at <paramref name="i"/>; else null.</summary>
    private static int? NewAreaAt(string text, int i)
    {
        if (!NewAreaStarts.Contains(text[i])) return null;
        foreach (var area in NationalNewAreas)
            if (string.CompareOrdinal(text, i, area, 0, area.Length) == 0) return i + area.Length;
        return null;
    }

    // Two-character names (成县, 和县, 礼县: a one-character stem) are checked against ICU's word boundaries where
    // Han text touches them; they are the ones a longer word swallows. Checking three-character names too cost a
    // tenth of all parsing CPU (most place mentions are glued to text), for names that are rarely words by accident.
    // Only a window around the name is segmented.
    private const int CheckedNameLength = 2;
    private const int BoundaryWindow = 6;

    /// <summary>
    /// True when the name at [start, end) stands as a word of its own: longer than two characters, not glued to Han text, or starting and ending
    /// on ICU's dictionary word boundaries (完成|县域 rejects 成县; 甘肃省|成县|人民政府 keeps it).
    /// </summary>
    internal static bool OnWordBoundaries(string text, int start, int end)
    {
        if (end - start > CheckedNameLength && !EndsInCommonWord(text, end)) return true;
        // A year ends a word (2026年|横州市) and a unit's body starts one (横州市|政府): the dictionary reads 年横 or
        // 市政府 as words and would lose the name, so only the other side is checked.
        bool yearBefore = start >= 2 && text[start - 1] == '年' && char.IsAsciiDigit(text[start - 2]);
        bool gluedBefore = start > 0 && IsHan(text[start - 1]) && !yearBefore;
        bool gluedAfter = end < text.Length && IsHan(text[end]) && !BodyAfter(text, end);
        if (!gluedBefore && !gluedAfter) return true;
        int from = gluedBefore ? Math.Max(0, start - BoundaryWindow) : start, to = gluedAfter ? Math.Min(text.Length, end + BoundaryWindow) : end;
        return IcuWords.IsWordAligned(text[from..to], start - from, end - from);
    }

    // Town names ending in a common word (中城镇 of 绥江县 in 其中|城镇以上投资, 新乡镇, 大村镇) are checked like two-character
    // names: their end is a word (城镇, 乡镇, 村镇) that text uses everywhere. So are names whose last character opens
    // such a word with the next one (会同乡 in 会同|乡镇人民政府, 和平乡 in …和平|乡村…), and cities whose name ends in
    // 城市 or 都市 (海城市 in 沿海|城市, 上海|城市精神; 昌都市 in 大|南昌|都市圈), or districts in 港区, 城区 or 山区 (海港区 in
    // 沿海|港区, 上城区 in 县级以上|城区, 越城区 in 穿越|城区, 立山区 in 建立|山区).
    private static readonly string[] CommonWordEndings = ["城镇", "乡镇", "村镇", "乡村", "城乡", "镇村", "镇街", "城市", "都市", "港区", "城区", "山区"];

    /// <summary>
    /// A full name at [start, end) that may as well be a phrase, glued to the Han text before it: a town of one character
    /// before 城镇, 乡镇 or 村镇 (中城镇 in 规划|中|城镇开发边界: ICU splits X|城镇 whatever X is, so its boundaries cannot
    /// tell), and the districts whose name is a phrase (<see cref="AreaPhrases"/>: 老城区 in 推进老城区老旧小区). Alone, such a
    /// mention is a guess; after punctuation or a line's start (，稔村镇坚持…) it is read as the name.
    /// </summary>
    internal static bool MayBePhrase(string text, int start, int end)
    {
        if (start == 0 || !IsHan(text[start - 1])) return false;
        var name = text.AsSpan(start, end - start);
        return AreaPhrases.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)
            || name.Length == 3 && (name.EndsWith("城镇", StringComparison.Ordinal) || name.EndsWith("乡镇", StringComparison.Ordinal) || name.EndsWith("村镇", StringComparison.Ordinal));
    }

    /// <summary>
    /// District names longer than a word that are phrases for a part of any city (老城区 'the old town', 新城区, 城北区,
    /// 港口区 'the port area', 平房区 'bungalow quarters' of 平房区申请式退租, 河口区 'an estuary area' of a coastal rule's
    /// 重点海湾、重点河口区, not 东营's district) or for the liberated areas of the 1940s (解放区), which the dictionary does
    /// not list.
    /// </summary>
    internal static readonly HashSet<string> AreaPhrases = ["老城区", "新城区", "城东区", "城西区", "城南区", "城北区", "城中区", "港口区", "平房区", "河口区", "解放区"];

    /// <summary>
    /// A town whose name is a modifier before 城镇, 乡镇 or 村镇, and so also a phrase: 小城镇 'small towns' (舒兰市), 向城镇
    /// 'to the towns' (兰陵县), 新城镇, 老城镇; or whose first character ends the word before it (域城镇 of 博山区 in 省域城镇
    /// 体系规划, 地城镇 of 居住地城镇居民, 建城镇 of 迁建城镇, 于城镇 of 适用于城镇: words the dictionary does not all
    /// list), or is 和 (和村镇 of 峰峰矿区 in 城乡和村镇规划). The dictionary splits X|城镇 whatever X is, so only X tells
    /// such a name from one like 吕城镇. And 城镇街道 of 下花园区, 'town streets' (严格控制城镇街道两侧…). Not counties: a
    /// county-level city's own pages name it alone (项城市住房和城乡建设局…), so a rule that wants its city beside it loses
    /// them.
    /// </summary>
    internal static bool IsPhraseTownName(Place place) =>
        place.Level == PlaceLevel.Town && (place.Name == "城镇街道" || place.Name.Length == 3 && PhraseFirstCharacters.Contains(place.Name[0])
        && PhraseEndings.Any(e => place.Name.EndsWith(e, StringComparison.Ordinal)));

    private const string PhraseFirstCharacters = "小大新老旧向各全域地建于和";

    private static readonly string[] PhraseEndings = ["城镇", "乡镇", "村镇"];

    private static bool EndsInCommonWord(string text, int end) =>
        CommonWordEndings.Any(w => end >= 2 && string.CompareOrdinal(text, end - 2, w, 0, 2) == 0
            || end >= 1 && end < text.Length && string.CompareOrdinal(text, end - 1, w, 0, 2) == 0);

    /// <summary>
    /// True when a unit below one of <paramref name="units"/> follows at <paramref name="end"/> under its full name:
    /// 长春市南关区 is a chain of units even where the dictionary segments it 长春|市南|关区.
    /// </summary>
    private bool ChainsIntoUnitBelow(string text, int end, List<Place> units)
    {
        if (end >= text.Length) return false;
        var (_, entry) = LongestAt(text, end);
        return entry >= 0 && _entries[entry].Full.Any(below => units.Any(above => below != above && below.IsWithin(above)));
    }

    // Where a phrase ends or a list goes on: the slogans 产业富民、文教兴镇、生态立镇 stand between these.
    private const string PhraseBreaks = "、，,。；;：:“”‘’\"'！!？?（）()《》 \n";

    // A full name the words around it read otherwise: 市政府和县委 (a conjunction), 绵阳市场, 会同县级, 专项城市.
    private static bool FullNameReadsAsWords(string text, int start, int end) =>
        end - start == 2 && IsPhraseNotName(text, start) || IsMarket(text, end) || IsWordBeforeLevel(text, start, end)
        || InFixedPhrase(text, start, end);

    /// <summary>
    /// A two-character name (和县, 兴镇) read across words: after a conjunction glued to the text before it
    /// (市政府和县委: 和 joins, 县委 is a word), or as the last two characters of a four-character slogan standing
    /// alone in a list (城镇带镇、文教兴镇). ICU's dictionary does not always split these.
    /// </summary>
    private static bool IsPhraseNotName(string text, int start)
    {
        bool hanBefore = start > 0 && IsHan(text[start - 1]);
        // Also after a closing bracket or quote (军分区（警备区）和县、自治县…: 和 joins the bracketed word to the next).
        bool wordBefore = hanBefore || start > 0 && "）)》”』」".Contains(text[start - 1]);
        if (wordBefore && "和与及或并同".Contains(text[start])) return true;
        bool slogan = start >= 2 && IsHan(text[start - 1]) && IsHan(text[start - 2])
            && (start == 2 || PhraseBreaks.Contains(text[start - 3]))
            && (start + 2 >= text.Length || PhraseBreaks.Contains(text[start + 2]));
        return slogan;
    }

    private static readonly string[] BodiesOfAUnit = ["人民政府", "政府", "人大", "委员会", "党委"];

    /// <summary>Whether a unit's body (人民政府, 政府, 人大, 委员会, 党委) follows at <paramref name="end"/>.</summary>
    internal static bool BodyAfter(string text, int end) => BodiesOfAUnit.Any(b => string.CompareOrdinal(text, end, b, 0, b.Length) == 0);

    // A county or township whose stem is a word, before what makes its suffix a level a rule speaks to: 级 (会同县 in
    // 由省级人民政府会同县级人民政府: 会同, 'jointly with', then 县级, 'county-level'), or the other levels listed after it
    // (会同县（市、区）人民政府, 会同乡(镇)人民政府, 会同乡、镇人民政府). The dictionary reads 会同|县|级, so its
    // boundaries cannot tell; no unit of that name writes itself so.
    private static bool IsWordBeforeLevel(string text, int start, int end)
    {
        if (end >= text.Length || end - start < 3 || text[end - 1] is not ('县' or '乡' or '镇')) return false;
        bool level = text[end] == '级'
            || text[end] is '(' or '（' or '、' && end + 1 < text.Length && "市区县镇乡旗".Contains(text[end + 1]);
        return level && OwnShortForm.IsWord(text[start..(end - 1)]);
    }

    // 绵阳市场信息网: the 市 of 市场 (a market), not a city's suffix.
    private static bool IsMarket(string text, int end) => end < text.Length && text[end] == '场' && text[end - 1] == '市';

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private bool FullNameOverlaps(string text, int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            var (e, entry) = LongestAt(text, k);
            if (entry >= 0 && e > end && _entries[entry].Full.Count > 0 && !IsUrbanAreaAfter(text, end, e)) return true;
        }
        return false;
    }

    // A short form followed by 城区, its urban area (上海城区, 安顺城区, 威海城区), is not swallowed by the district whose
    // name its last character and 城区 make (海城区 of 北海市, 顺城区 of 抚顺市).
    private static bool IsUrbanAreaAfter(string text, int shortEnd, int fullEnd) =>
        fullEnd == shortEnd + UrbanArea.Length && string.CompareOrdinal(text, shortEnd, UrbanArea, 0, UrbanArea.Length) == 0;

    private const string UrbanArea = "城区";

    // The longest name starting at position i: its end and its entry, or (-1, -1).
    private (int End, int Entry) LongestAt(string text, int i)
    {
        int bestEnd = -1, bestEntry = -1;
        if (i >= text.Length) return (bestEnd, bestEntry);
        // Most positions open no name of two characters or more: the pair set says so before the root's array and the
        // node's entry are read, unless a one-character name could still start there.
        bool longerMayStart = i + 1 < text.Length && MayOpenName(text[i], text[i + 1]);
        if (!longerMayStart && !_oneCharacterNames) return (bestEnd, bestEntry);
        int node = _rootEdges[text[i]];
        if (node == 0) return (bestEnd, bestEntry);
        if (_terminalOf[node] >= 0) { bestEnd = i + 1; bestEntry = _terminalOf[node]; }
        if (!longerMayStart) return (bestEnd, bestEntry);
        for (int j = i + 1; j < text.Length; j++)
        {
            if ((node = _table.Child(node, text[j])) == 0) break;
            if (_terminalOf[node] >= 0) { bestEnd = j + 1; bestEntry = _terminalOf[node]; }
        }
        return (bestEnd, bestEntry);
    }

    /// <summary>
    /// The trie's edges in one array, linear probing, at most half full. A slot holds its edge's key and child in one
    /// word (key above, child in the low <see cref="ChildBits"/>; 0 is an empty slot, as no edge leads to the root):
    /// a probe reads one array where a key array beside a child array cost two cache misses, most lookups missing the
    /// cache (4 MB for the gazetteer's 139,000 edges; Find probes it at nearly every character of a report).
    /// </summary>
    private sealed class EdgeTable
    {
        private const int ChildBits = 24;
        private const ulong ChildMask = (1UL << ChildBits) - 1;
        private readonly ulong[] _slots;
        private readonly int _mask;

        public EdgeTable(Dictionary<long, int> edges)
        {
            int size = 1;
            while (size < edges.Count * 2) size <<= 1;
            _slots = new ulong[size];
            _mask = size - 1;
            foreach (var (key, child) in edges)
            {
                // A node number and a child both fit in 24 bits (the gazetteer's trie has about 139,000 nodes).
                if ((ulong)child > ChildMask || (ulong)key >> (64 - ChildBits) != 0)
                    throw new InvalidOperationException($"the place-name trie outgrew its edge table ({edges.Count} edges)");
                int slot = Slot(key);
                while (_slots[slot] != 0) slot = (slot + 1) & _mask;
                _slots[slot] = (ulong)key << ChildBits | (uint)child;
            }
        }

        private int Slot(long key) => (int)((ulong)(key * -7046029254386353131L) >> 40) & _mask;

        public int Child(int node, char c)
        {
            long key = ((long)node << 16) | c;
            for (int slot = Slot(key); ; slot = (slot + 1) & _mask)
            {
                ulong entry = _slots[slot];
                if (entry == 0) return 0;
                if (entry >> ChildBits == (ulong)key) return (int)(entry & ChildMask);
            }
        }
    }
}
