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
/// <item>+1 a short name that counts its parts (两新, 三保, 四风, 十四五, 最多跑一次), unless it is a dictionary word
/// of two or more other characters (一站式);</item>
/// <item>+1 named by three reports or more — but only for a name with one of the signs above besides its quotes: a
/// metaphor quoted in many reports (“压舱石”) is still a metaphor;</item>
/// <item>−1 an ordinary dictionary word (ICU reads it as one word: “白名单”) with neither numbered parts nor a definition.</item>
/// </list>
/// Listed from <see cref="Threshold"/> points: a quoted name needs one more sign (“放管服”改革, “两新”), an unquoted
/// numbered name is enough by its shape, a quoted list item or a bare quoted word never is.
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

    public static bool IsListed(string key, MechanismEvidence evidence, bool quotedAlone, int reports, Func<bool> isDictionaryWord) =>
        Of(key, evidence, quotedAlone, reports, isDictionaryWord) >= Threshold;

    /// <summary>A short name with a numeral in it: 两新, 双一流, 十四五, 新三样, 最多跑一次.</summary>
    public static bool CountsItsParts(string key) =>
        key.Length <= MaxCountingNameChars && key.Any(IsCountChar) && !MechanismNames.IsBareCount(key);

    private static bool IsCountChar(char c) => StructuredNames.IsNumeral(c) || c == '双';
}
