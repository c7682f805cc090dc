namespace ReportSearch.Mechanisms;

/// <summary>
/// Whether a candidate name is a named mechanism or slogan, judged over the whole archive. Quotation marks alone
/// prove little (reports quote emphasised words, metaphors and honours: “组合拳”, “压舱石”, “灯塔工厂”, and bare
/// buzzwords in lists: “双碳”、“新基建”), so a name earns points for each independent sign that it was coined for a
/// thing with parts or a programme:
/// <list type="bullet">
/// <item>+2 structured: numbered parts (六个一, 两学一做) or an X+Y form — officials coin these for mechanisms;</item>
/// <item>+2 defined: some report spells out what it consists of (即…, 一是…二是…);</item>
/// <item>+1 a kind word follows it somewhere (工作机制, 改革, 工程…);</item>
/// <item>+1 quoted on its own somewhere (not only as one item of a list of quoted words);</item>
/// <item>+1 a short name that counts its parts (两新, 三保, 四风, 十四五), unless it is a dictionary word of two or
/// more other characters; 一 in three characters counts nothing (一刀切, 一站式, 一揽子 are ordinary words), nor does a
/// numeral before a unit of time or measure (十年磨一剑, 三驾马车, 最后一公里);</item>
/// <item>+1 named by three reports or more — but only for a name with one of the signs above besides its quotes: a
/// metaphor quoted in many reports (“压舱石”) is still a metaphor;</item>
/// <item>−1 an ordinary dictionary word (ICU reads it as one word: “白名单”) with neither numbered parts nor a definition.</item>
/// </list>
/// Listed from <see cref="Threshold"/> points: a quoted name needs one more sign (“放管服”改革, “两新”), an unquoted
/// numbered name is enough by its shape, a quoted list item or a bare quoted word never is. Never listed, whatever the
/// points: the shapes of <see cref="NotMechanismShapes"/> (amounts, rankings, meetings), and a name that no report
/// writes outside a negation (反对“两个中国”, 不搞“一刀切”) unless one defines it: a stance, not a programme.
/// </summary>
public static class MechanismScore
{
    public const int Threshold = 2;
    public const int SharedReports = 3;
    public const int MaxCountingNameChars = 6;

    public static int Of(string key, MechanismEvidence evidence, bool quotedAlone, int reports, Func<bool> isDictionaryWord)
    {
        bool structured = evidence.HasFlag(MechanismEvidence.Structured);
        bool counting = !structured && CountsItsParts(key) && !(key.Count(c => !IsCountChar(c)) >= 2 && isDictionaryWord());
        int score = 0;
        if (structured) score += 2;
        if (evidence.HasFlag(MechanismEvidence.Defined)) score += 2;
        if (evidence.HasFlag(MechanismEvidence.Suffixed)) score += 1;
        if (quotedAlone) score += 1;
        if (counting) score += 1;
        bool moreThanQuotes = structured || counting || (evidence & (MechanismEvidence.Defined | MechanismEvidence.Suffixed)) != 0;
        if (reports >= SharedReports && moreThanQuotes) score += 1;
        // Asked last and only when it can decide: the dictionary look-up is the one costly test.
        if (score == Threshold && (evidence & (MechanismEvidence.Structured | MechanismEvidence.Defined)) == 0 && isDictionaryWord()) score -= 1;
        return score;
    }

    /// <param name="affirmed">Some report names it outside a negation (see <see cref="MechanismEvidence.Negated"/>).</param>
    /// <remarks>A set phrase of the numbered shape (an idiom, a count said twice, 一对一) is how something is done, however
    /// many reports quote it before 帮扶 or 服务: listed only where a report defines it.</remarks>
    public static bool IsListed(string key, MechanismEvidence evidence, bool quotedAlone, int reports, Func<bool> isDictionaryWord, bool affirmed = true) =>
        (affirmed || evidence.HasFlag(MechanismEvidence.Defined)) && NotMechanismShapes.Of(key) is null
        && (!StructuredNames.IsSetPhrase(key) || evidence.HasFlag(MechanismEvidence.Defined))
        && Of(key, evidence, quotedAlone, reports, isDictionaryWord) >= Threshold;

    /// <summary>A short name with a numeral that counts parts: 两新, 双一流, 十四五, 新三样; not 一刀切 or 十年磨一剑.</summary>
    public static bool CountsItsParts(string key)
    {
        if (key.Length > MaxCountingNameChars || MechanismNames.IsBareCount(key) || StructuredNames.IsSetPhrase(key)) return false;
        for (int i = 0; i < key.Length; i++)
        {
            // In three characters 一 is a measure and its noun (一刀切, 一站式, 一揽子), not one of several parts.
            if (!IsCountChar(key[i]) || key[i] == '一' && key.Length <= 3) continue;
            // 十五, 十四五, 多规合一: a numeral at the end counts with the one before it, or closes a longer name (三月三
            // does not); one before a unit measures, it counts nothing.
            if (i + 1 == key.Length ? i > 0 && IsCountChar(key[i - 1]) || key.Length >= 4 : !StartsWithUnit(key, i + 1)) return true;
        }
        return false;
    }

    // Units of time and measure: a numeral before one measures (十年磨一剑, 三驾马车, 最后一公里); before 号 it is an
    // ordinal (吉林一号, a satellite).
    private static readonly string[] Units = ["号", "年", "月", "日", "天", "周", "时", "分", "秒", "次", "倍", "元", "驾", "公里", "公斤", "公顷", "米", "亩", "吨"];

    private static bool StartsWithUnit(string key, int at)
    {
        foreach (var u in Units)
            if (string.CompareOrdinal(key, at, u, 0, u.Length) == 0) return true;
        return false;
    }

    private static bool IsCountChar(char c) => StructuredNames.IsNumeral(c) || c == '双';
}
