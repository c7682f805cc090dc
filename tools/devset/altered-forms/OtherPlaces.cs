using System.Text.RegularExpressions;
using ReportSearch.Places;

/// <summary>
/// The same document about another place: every name of the labelled unit and of each unit above it (full names,
/// short forms, a town's stem and aliases) replaced by the names of another unit of the same levels, drawn from the
/// gazetteer. A reader files the altered text under the other unit. Where the rules file the document itself right
/// and the altered one elsewhere, they depend on the names they were tuned on (a name's homonyms, a short form that is a
/// word elsewhere, a town's county the text no longer names in a form the rules read): the labelled documents teach
/// what other places' documents will do.
/// </summary>
internal static class OtherPlaces
{
    /// <summary>The labelled unit: the gazetteer's unit whose path is the label's, or null (national, or not found).</summary>
    public static Place? Labelled(IReadOnlyList<string> path) =>
        path.Count == 0 ? null : Gazetteer.Default.Named(path[^1]).FirstOrDefault(p => p.Path.SequenceEqual(path));

    /// <summary>Up to <paramref name="count"/> other units with the same levels from the province down, drawn at random.</summary>
    public static List<Place> Substitutes(Place own, int count, Random random)
    {
        var shape = Shape(own);
        var pool = ByShape.Value.GetValueOrDefault(shape) ?? [];
        var picked = new List<Place>();
        for (int tries = 0; picked.Count < count && tries < count * 20 && pool.Count > 1; tries++)
        {
            var p = pool[random.Next(pool.Count)];
            if (p != own && !picked.Contains(p) && p.Path.Zip(own.Path).All(x => x.First != x.Second) && Chain(p).All(PlaceNames.IsFindable)) picked.Add(p);
        }
        return picked;
    }

    /// <summary>Another unit under the same parent with a name of the same level's word (a neighbouring county of the same city), drawn at random; null if none.</summary>
    public static Place? Sibling(Place own, Random random)
    {
        var shape = Shape(own);
        var pool = ByShape.Value.GetValueOrDefault(shape)?.Where(p => p != own && p.Parent == own.Parent && Chain(p).All(PlaceNames.IsFindable)).ToList() ?? [];
        return pool.Count == 0 ? null : pool[random.Next(pool.Count)];
    }

    /// <summary>The text with every name of <paramref name="own"/>'s chain replaced by the matching name of <paramref name="other"/>'s.</summary>
    public static string Rename(string text, Place own, Place other)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (from, to) in Chain(own).Zip(Chain(other)))
        {
            map.TryAdd(from.Name, to.Name);
            // A form built on the unit's stem keeps its build on the other's (钱库 → 乌石, 钱库乡 → 乌石乡, 彭山县 → 双流县);
            // any other (an ethnic county's 互助县) becomes the other's first short form.
            var (fromStem, toStem) = (Stem(from), Stem(to));
            var toShort = Names(to).FirstOrDefault() ?? to.Name;
            foreach (var form in Names(from))
                map.TryAdd(form, form.StartsWith(fromStem, StringComparison.Ordinal) && toStem.Length >= 2 ? toStem + form[fromStem.Length..] : toShort);
        }
        return ReplaceNames(text, map);
    }

    /// <summary>
    /// The text with every name of <paramref name="own"/> itself (not of the units above it) taken out: the document no
    /// longer says whose it is but for its own words (我县, 本镇) and the units above that it names. A reader would file
    /// it under a unit above or leave it unknown; another unit the text names (a visitor, a partner, an example) is not
    /// its author.
    /// </summary>
    public static string Erase(string text, Place own)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal) { [own.Name] = "" };
        foreach (var form in Names(own)) map.TryAdd(form, "");
        return ReplaceNames(text, map);
    }

    /// <summary>
    /// Sentences of a local page naming <paramref name="other"/> (its chain in full, 甘肃省庆阳市环县) as another unit than
    /// the author: a visiting party, an example learnt from, an investor's home, a partner in an agreement, a rank shared.
    /// My own wording, after county and town news.
    /// </summary>
    public static IEnumerable<(string Name, string Sentence)> Mentions(Place other)
    {
        var chain = string.Concat(Chain(other).Select(p => p.Name));
        yield return ("guest", $"近日，{chain}考察团一行前来考察交流，双方就产业合作进行了座谈。");
        yield return ("example", $"会议要求，各单位要认真学习借鉴{chain}的先进经验和做法。");
        yield return ("investor", $"由{chain}客商投资建设的农产品加工项目已经开工。");
        yield return ("partner", $"与{chain}签订了劳务协作框架协议，共同推进劳动力转移就业。");
        yield return ("rank", $"在全省考核中，与{chain}等地并列第一。");
    }

    private static string ReplaceNames(string text, Dictionary<string, string> map)
    {
        // One pass, longest name first, so that 苍南县 is not read as 苍南 + 县 and a replacement is never replaced again. A
        // heading may space its characters out (钱 库 镇 人 民 政 府).
        var keys = map.Keys.OrderByDescending(k => k.Length).ToList();
        var pattern = new Regex(string.Join("|", keys.Select(k => string.Join(@"[ \u3000]?", k.Select(c => Regex.Escape(c.ToString()))))));
        return pattern.Replace(text, m => map[string.Concat(m.Value.Where(c => c is not (' ' or '\u3000')))]);
    }

    private static readonly string[] Suffixes = ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "街道", "地区", "省", "市", "盟", "县", "区", "旗", "镇", "乡"];

    // The name without its level's word (文家市 of 文家市镇, 苍南 of 苍南县): the stem the unit's other names are built on.
    private static string Stem(Place place)
    {
        var first = PlaceNames.ShortForms(place).FirstOrDefault(s => place.Name.StartsWith(s, StringComparison.Ordinal) && s.Length < place.Name.Length - 1);
        if (first is not null && place.Level != PlaceLevel.Town) return first;
        foreach (var suffix in Suffixes)
            if (place.Name.EndsWith(suffix, StringComparison.Ordinal)) return place.Name[..^suffix.Length];
        return place.Name;
    }

    /// <summary>
    /// Whether the renamed text still names (in full or by a short form) a unit of <paramref name="own"/>'s province that only lies there
    /// (秦皇岛市 in a 河北省 reply renamed to 山东省): its geography no longer holds together, and the rules may rightly
    /// read the old province from it.
    /// </summary>
    public static bool NamesOldProvince(string renamed, Place own)
    {
        var province = Chain(own)[0];
        // A full name one of whose bearers lies there counts (滨海新区 of 天津 beside a zone of 台州), a short form where
        // all of them do.
        return PlaceNames.Default.Find(renamed).Any(m => m.Candidates.All(c => c.IsWithin(province)) || !m.IsShortForm && m.Candidates.Any(c => c.IsWithin(province)));
    }

    // A unit's other names: the product's short forms, and a town's stem (钱库 of 钱库镇, as 钱库派出所 writes it).
    private static IEnumerable<string> Names(Place place)
    {
        foreach (var s in PlaceNames.ShortForms(place)) if (s.Length >= 2) yield return s;
        if (place.Level == PlaceLevel.Town)
            foreach (var suffix in new[] { "街道", "镇", "乡" })
                if (place.Name.EndsWith(suffix, StringComparison.Ordinal) && place.Name.Length - suffix.Length >= 2)
                {
                    yield return place.Name[..^suffix.Length];
                    break;
                }
    }

    private static List<Place> Chain(Place place)
    {
        var chain = new List<Place>();
        for (var p = place; p is not null; p = p.Parent) chain.Add(p);
        chain.Reverse();
        return chain;
    }

    // The levels from the province down and the word each unit's name ends in (县, 区, 市, 镇, 乡, 街道): a county's text
    // says 我县 and a district's 我区, so a county becomes another county, never a district.
    private static string Shape(Place place) => string.Join(",", Chain(place).Select(p => $"{(int)p.Level}{Suffixes.FirstOrDefault(x => p.Name.EndsWith(x, StringComparison.Ordinal))}"));

    private static readonly Lazy<Dictionary<string, List<Place>>> ByShape = new(() =>
        Gazetteer.Default.Places.Where(p => !p.IsZone).GroupBy(Shape).ToDictionary(g => g.Key, g => g.ToList()));
}
