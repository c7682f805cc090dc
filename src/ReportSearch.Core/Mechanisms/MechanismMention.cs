namespace ReportSearch.Mechanisms;

/// <summary>What the text says about a candidate name: the evidence that it names a mechanism or slogan.</summary>
[Flags]
public enum MechanismEvidence : byte
{
    None = 0,
    /// <summary>Written in quotation marks (“放管服”) somewhere other than as one item of a quoted list.</summary>
    Quoted = 1,
    /// <summary>Built of numbered parts (六个一, 两学一做, 一委一办一平台) or an X+Y form (互联网+政务服务).</summary>
    Structured = 2,
    /// <summary>Followed by a word saying what kind of thing it is (“六个一”工作机制, “放管服”改革).</summary>
    Suffixed = 4,
    /// <summary>The text spells out what it consists of (即…, 包括…, ：…、…, 一是…二是…).</summary>
    Defined = 8,
    /// <summary>Quoted only as one item of a list of quoted words (“双碳”、“新基建”、…).</summary>
    ListItem = 16,
    /// <summary>Every occurrence in the segment stands in a negation (坚决反对“两个中国”, 不搞“一刀切”): a stance taken
    /// against it, not a programme (see <see cref="StanceWords"/>).</summary>
    Negated = 32,
}

/// <summary>
/// One named mechanism or slogan in one segment of a report: all its occurrences there merged, with the first
/// definition the segment gives.
/// </summary>
/// <param name="Key">The mechanism's identity: normalized (simplified, folded), without quotes or kind suffix.</param>
/// <param name="Name">The name as a reader expects it: simplified script, original letter case, no quotes or suffix.</param>
/// <param name="Written">The first occurrence as written, quotes and suffix included (“六個一”工作機制).</param>
/// <param name="Occurrences">How often the segment names it.</param>
/// <param name="Definition">The defining passage as written, or null.</param>
/// <param name="Section">The heading of the section holding the definition (else the first occurrence), or null.</param>
public sealed record MechanismMention(
    string Key,
    string Name,
    string Written,
    MechanismEvidence Evidence,
    int Occurrences,
    string? Definition,
    string? Section);
