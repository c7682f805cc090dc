namespace ReportSearch.Mechanisms;

/// <summary>
/// Whether a candidate name is a named mechanism or slogan, judged over the whole archive. Quotation marks alone
/// prove little (reports quote emphasised words, honours and bare buzzwords: “新”, “双碳” in a list), so a name
/// earns points for each independent sign that it names a thing with parts or a programme:
/// <list type="bullet">
/// <item>+2 structured: numbered parts (六个一, 两学一做) or an X+Y form — officials coin these for mechanisms;</item>
/// <item>+2 defined: some report spells out what it consists of (即…, 一是…二是…);</item>
/// <item>+1 a kind word follows it somewhere (工作机制, 改革, 工程…);</item>
/// <item>+1 quoted on its own somewhere (not only as one item of a list of quoted words);</item>
/// <item>+1 named by three reports or more, so a one-off emphasis does not count as much as a shared name.</item>
/// </list>
/// Listed from <see cref="Threshold"/> points: a quoted name needs one more sign (“放管服”改革), an unquoted
/// numbered name is enough by its shape, a quoted list item or a bare quoted word in one or two reports never is.
/// </summary>
public static class MechanismScore
{
    public const int Threshold = 2;
    public const int SharedReports = 3;

    public static int Of(MechanismEvidence evidence, bool quotedAlone, int reports)
    {
        int score = 0;
        if (evidence.HasFlag(MechanismEvidence.Structured)) score += 2;
        if (evidence.HasFlag(MechanismEvidence.Defined)) score += 2;
        if (evidence.HasFlag(MechanismEvidence.Suffixed)) score += 1;
        if (quotedAlone) score += 1;
        if (reports >= SharedReports) score += 1;
        return score;
    }

    public static bool IsListed(MechanismEvidence evidence, bool quotedAlone, int reports) => Of(evidence, quotedAlone, reports) >= Threshold;
}
