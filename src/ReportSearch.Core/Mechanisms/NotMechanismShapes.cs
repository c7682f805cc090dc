namespace ReportSearch.Mechanisms;

/// <summary>
/// Quoted or numbered words that have a name's shape but never name a mechanism, programme or slogan, however often
/// reports write them: amounts (千万, 百亿, a count brought to zero: 清零), rankings, ratings and streaks (十强, 五星, 九连增), meetings and the bodies
/// that meet (两会, 新春第一会, 两院, 两委), and session lines cut short (第八届人民). Decided on the key alone, so the
/// catalogue applies it to any index, old or new. The one place for these shapes.
/// </summary>
public static class NotMechanismShapes
{
    public enum Kind { Amount, Ranking, Meeting }

    // Magnitudes: a short count that ends in one is an amount (千万, 百亿, 五千; 两个千 of 两个千亿元台阶).
    private const string Magnitudes = "百千万亿";

    // After a count: a place in a ranking (十强, 百佳, 十优). Ratings by stars (三星业委会) and streaks (五连冠,
    // 九连增, 二十二连丰) are counts of places and years, not of a mechanism's parts either.
    private const string RankWords = "强佳优";

    // The bodies a count of which is an institution, not a programme: 两会 (the two sessions), 两院 (the academies),
    // 两委 (the village committees). A name that goes on after the body (两院一中心, 三会一课) is not one of these.
    private const string Bodies = "会院委";

    private static readonly string[] MeetingEndings = ["会议", "大会", "全会", "年会", "峰会", "论坛", "博览会", "交易会", "座谈会", "第一会"];

    /// <summary>What kind of non-name <paramref name="key"/> is, or null when it may name a mechanism.</summary>
    public static Kind? Of(string key)
    {
        if (key.Length == 0) return null;
        int count = CountLength(key);
        var rest = key.AsSpan(count);
        if (count > 0)
        {
            // 千万, 百亿, 两个千: numerals, perhaps with 个, ending in a magnitude; 十百千万 (four parts) is a programme and
            // 双百 (two hundreds) an aim.
            if (key.Length <= 3 && rest.IsEmpty && Magnitudes.Contains(key[^1]) && !key.Contains('双')) return Kind.Amount;
            // Rankings count ten or more (十强, 百佳); 两优 and 双优 are two aims, not places.
            if (rest.Length == 1 && RankWords.Contains(rest[0]) && key.AsSpan(0, count).IndexOfAny("十百千") >= 0) return Kind.Ranking;
            if (rest.Length >= 1 && rest[0] == '星') return Kind.Ranking;
            if (rest.Length == 2 && rest[0] == '连') return Kind.Ranking;
            if (rest.Length == 1 && Bodies.Contains(rest[0])) return Kind.Meeting;
        }
        // A count brought to zero, bare (清零, 归零, 破零): an amount reached, as 千万 is one; what is zeroed or how
        // (双清零, 动态清零) names the programme.
        if (key.Length == 2 && key[1] == '零' && "清归破".Contains(key[0])) return Kind.Amount;
        foreach (var ending in MeetingEndings)
            if (key.EndsWith(ending, StringComparison.Ordinal)) return Kind.Meeting;
        // A session line cut short: 第八届人民(代表大会), 第十五次(会议).
        int di = key.IndexOf('第');
        if (di >= 0 && di + 2 < key.Length)
        {
            int j = di + 1;
            while (j < key.Length && StructuredNames.IsNumeral(key[j])) j++;
            if (j > di + 1 && j < key.Length && key[j] is '届' or '次') return Kind.Meeting;
        }
        return null;
    }

    // The count a key starts with: numerals, 亿 and 双, with 个 after them (两个千).
    private static int CountLength(string key)
    {
        int i = 0;
        while (i < key.Length && (StructuredNames.IsNumeral(key[i]) || key[i] is '双' or '亿')) i++;
        if (i > 0 && i < key.Length && key[i] == '个' && i + 1 < key.Length && StructuredNames.IsNumeral(key[i + 1]))
        {
            i++;
            while (i < key.Length && StructuredNames.IsNumeral(key[i])) i++;
        }
        return i;
    }
}
