using ReportSearch.Ingestion;

namespace ReportSearch.Mechanisms;

/// <summary>
/// Names built of numbered parts, which officials coin for mechanisms (六个一, 两学一做, 三去一降一补,
/// 一委一办一平台, 一户一策), and X+Y forms (互联网+政务服务). Found in running text without quotation marks, so the
/// rules are strict: at least two numbered parts, none of them a date, a count of time or an enumeration (一是,
/// 一年一度), and no set idiom (一心一意).
/// </summary>
public static class StructuredNames
{
    private const string Numerals = "一二三四五六七八九十两百千万";

    // What follows a numeral in dates, counts and enumerations rather than in coined names: 一月一日, 一年一次, 一是…
    private const string NotPartStarts = "年月日号时点分秒次天周倍元是要则些般切直起旦共同样致定并度批级类种维式份件项";

    // Set phrases of the same shape that name nothing.
    private static readonly HashSet<string> Idioms = new(StringComparer.Ordinal)
    {
        "一心一意", "一模一样", "一点一滴", "一朝一夕", "一草一木", "一言一行", "一举一动", "一丝一毫", "一五一十",
        "三心二意", "三番五次", "七上八下", "四面八方", "五颜六色", "千方百计", "千家万户", "千军万马", "万无一失",
        "一石二鸟", "十全十美", "一针一线", "一砖一瓦", "一唱一和", "一张一弛", "一问一答", "一来一回", "一进一出",
        "一上一下", "一前一后", "一左一右", "三令五申", "千差万别", "千变万化", "千辛万苦", "千头万绪", "千山万水",
        "千丝万缕", "万水千山", "七嘴八舌", "四通八达", "五湖四海", "九牛一毛", "一干二净", "一清二楚", "一穷二白",
        "三长两短", "三言两语", "一来二去", "一波三折", "一日千里", "一家一户", "百花齐放", "一览无余", "一分为二",
        "三五成群", "四平八稳",
        "万众一心", "千行百业", "千村万户", "千锤百炼", "百折不挠", "百战百胜", "一呼百应", "一以贯之", "一脉相承",
        "一步一个脚印", "一方有难", "十年磨一剑",
    };

    // After a name: punctuation, a kind suffix or a function word ends it (六个一工作机制, 两学一做、…, 一户一策的).
    private const string FunctionChars = "的等和与及为是在中上下以由把将对向从到了地得着过也都又还就即";

    public static bool IsNumeral(char c) => Numerals.Contains(c);

    /// <summary>The count a name opens with (两癌, 双碳: 2; 三农: 3; 十百千万: 10), or null: a numeral from 二 to 十, 两 or
    /// 双 (一 counts nothing: 一网通办).</summary>
    public static int? LeadingCount(string key) =>
        key.Length < 2 ? null : key[0] is '两' or '双' ? 2 : "二三四五六七八九十".Contains(key[0]) ? ChineseNumerals.Value(key[..1]) : null;

    /// <summary>A set phrase of the numbered shape (一心一意, 十年磨一剑): an idiom, never a name, quoted or not.</summary>
    public static bool IsSetPhrase(string key) => StartsWithIdiom(key);

    // 千方百计扩大 is the idiom and the words after it.
    private static bool StartsWithIdiom(string name) =>
        Idioms.Contains(name) || name.Length > 4 && Idioms.Contains(name[..4]) || IsReduplication(name) || IsPairing(name);

    /// <summary>One count paired with itself (一对一, as 点对点 and 面对面 are): "one to one", how a service or a pairing
    /// is done, no name of parts.</summary>
    private static bool IsPairing(string name) => name.Length == 3 && name[1] == '对' && name[0] == name[2];

    /// <summary>One count said twice (一茬一茬, 一步一步, 一个一个): "one by one", whatever the measure word; a name's
    /// parts differ (一村一品).</summary>
    private static bool IsReduplication(string name) =>
        name.Length is 4 or 6 && name[..(name.Length / 2)] == name[(name.Length / 2)..];

    /// <summary>Whether a set phrase is written in full at <paramref name="start"/> (一步一个脚印): a numbered shape read
    /// there is a piece of it (一步一个), not a name.</summary>
    public static bool SetPhraseAt(string text, int start)
    {
        foreach (int length in IdiomLengths)
            if (start + length <= text.Length && Idioms.Contains(text.Substring(start, length))) return true;
        return false;
    }

    private static readonly int[] IdiomLengths = [.. Idioms.Select(i => i.Length).Distinct().Order()];

    /// <summary>True when the whole key has the numbered shape or the X+Y shape.</summary>
    public static bool IsStructured(string key) =>
        key.Contains('+') ? IsPlusForm(key) : TryRead(key, 0, out int end, endIsBoundary: true) && end == key.Length;

    private static bool IsPlusForm(string key)
    {
        int plus = key.IndexOf('+');
        return plus >= 2 && key.Count(c => c == '+') == 1 && key.Any(MechanismNames.IsHan);
    }

    /// <summary>
    /// Reads a numbered name starting at <paramref name="start"/> (a numeral not preceded by a numeral). With
    /// <paramref name="endIsBoundary"/> the text ends right after the name; otherwise the last part must be followed by
    /// a boundary (punctuation, kind suffix, function word), trying the shortest part first, or else be as long as the
    /// earlier parts when they are all equally long.
    /// </summary>
    public static bool TryRead(string text, int start, out int end, bool endIsBoundary = false)
    {
        end = start;
        if (start >= text.Length || !IsNumeral(text[start])) return false;
        if (start > 0 && (IsNumeral(text[start - 1]) || text[start - 1] is '第' or '初' or '周' or '星' or '礼')) return false;

        // N个N: 六个一, 三个一.
        if (start + 2 < text.Length && text[start + 1] == '个' && IsNumeral(text[start + 2])
            && (start + 3 == text.Length || !IsNumeral(text[start + 3])))
        {
            end = start + 3;
            return !Idioms.Contains(text[start..end]);
        }

        var bodies = new List<int>();
        int i = start;
        while (i < text.Length && IsNumeral(text[i]))
        {
            int bodyStart = i + 1;
            int j = bodyStart;
            while (j < text.Length && j - bodyStart < 3 && MechanismNames.IsHan(text[j]) && !IsNumeral(text[j])) j++;
            int body = j - bodyStart;
            if (body == 0 || NotPartStarts.Contains(text[bodyStart])) break;
            if (j < text.Length && IsNumeral(text[j]))
            {
                bodies.Add(body);
                i = j;
                continue;
            }
            // The last part: how long is it?
            if (bodies.Count == 0) break;
            int last = LastPartLength(text, bodyStart, body, bodies, endIsBoundary);
            if (last == 0) break;
            end = bodyStart + last;
            var name = text[start..end];
            return name.Length is >= 3 and <= MechanismNames.MaxChars && !StartsWithIdiom(name);
        }
        return false;
    }

    private static int LastPartLength(string text, int bodyStart, int maxBody, List<int> earlier, bool endIsBoundary)
    {
        if (endIsBoundary) return bodyStart + maxBody == text.Length ? maxBody : 0;
        for (int len = 1; len <= maxBody; len++)
            if (IsBoundary(text, bodyStart + len)) return len;
        int parallel = earlier[0];
        return earlier.All(b => b == parallel) && parallel <= maxBody ? parallel : 0;
    }

    private static bool IsBoundary(string text, int at)
    {
        if (at >= text.Length) return true;
        char c = text[at];
        if (!MechanismNames.IsHan(c)) return true;
        if (FunctionChars.Contains(c)) return true;
        var window = text.AsSpan(at, Math.Min(4, text.Length - at)).ToString();
        return MechanismNames.KindSuffixAt(window) is not null;
    }

    /// <summary>Reads an X+Y name whose '+' is at <paramref name="plus"/> (normalized text): two to six Han or letters
    /// before it, up to eight after it ending at a boundary.</summary>
    public static bool TryReadPlus(string text, int plus, out int start, out int end)
    {
        start = end = plus;
        int s = plus;
        while (s > 0 && plus - s < 6 && IsPlusOperand(text[s - 1])) s--;
        if (plus - s < 2) return false;
        int e = plus + 1;
        int bestEnd = -1;
        while (e < text.Length && e - plus - 1 < 8 && IsPlusOperand(text[e]))
        {
            e++;
            if (e - plus - 1 >= 2 && IsBoundary(text, e)) { bestEnd = e; break; }
        }
        if (bestEnd < 0) return false;
        start = s;
        end = bestEnd;
        var name = text[start..end];
        return name.Any(MechanismNames.IsHan);
    }

    private static bool IsPlusOperand(char c) => MechanismNames.IsHan(c) || char.IsAsciiLetter(c);
}
