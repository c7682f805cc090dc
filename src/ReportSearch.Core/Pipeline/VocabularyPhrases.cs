using System.Text;
using ReportSearch.Analysis;
using ReportSearch.Ingestion;

namespace ReportSearch.Pipeline;

/// <summary>
/// The words and short phrases a report contributes to the index's vocabulary (autocomplete and "did you mean"):
/// ICU dictionary words, runs of single characters ICU does not know as a word joined into one (营|商 → 营商, 放|管|服 →
/// 放管服), and one to four of these units in a row (营商 + 环境 → 营商环境), 2–8 characters, never across punctuation
/// and never starting or ending with a function word (的, 和, 在 …). Read from the title, the headings and the opening of
/// the body, where a report states what it is about: ICU segmentation of whole bodies would double the cost of
/// indexing for a list that only has to know which phrases are common, while counts shown to users come from a search.
/// </summary>
public static class VocabularyPhrases
{
    public const int MinChars = 2;
    public const int MaxChars = 8;

    /// <summary>Body characters read per report (after the title and headings).</summary>
    public const int OpeningChars = 300;

    /// <summary>Most units (words, joined single characters) in one phrase.</summary>
    private const int MaxUnitsPerPhrase = 4;

    /// <summary>Most units in one phrase of the body's opening.</summary>
    private const int MaxUnitsInOpening = 2;

    /// <summary>Characters that are words of their own (particles, prepositions, conjunctions, 上 and 中 after a noun):
    /// never joined, never at either end of a phrase.</summary>
    private const string FunctionChars = "的了着过得地和与及或在是对为把被将从向于以而并等也就都又之其各该此每由按上中下里";

    /// <summary>The distinct normalized phrases of <paramref name="report"/>.</summary>
    public static IReadOnlyCollection<string> Of(ParsedReport report)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        Collect(report.Metadata.Title, found);
        var opening = new StringBuilder();
        foreach (var section in report.Sections)
        {
            Collect(section.Heading, found);
            if (opening.Length < OpeningChars)
                opening.Append(section.Text.AsSpan(0, Math.Min(section.Text.Length, OpeningChars - opening.Length))).Append('\n');
        }
        // The opening's phrases are shorter: most of its longer runs are one report's wording, a term each in the index.
        Collect(opening.ToString(), found, MaxUnitsInOpening);
        return found;
    }

    /// <summary>Adds the phrases of one text to <paramref name="found"/>.</summary>
    public static void Collect(string? text, ISet<string> found, int maxUnits = MaxUnitsPerPhrase)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        var normalized = TextNormalizer.NormalizeToString(text);
        var boundaries = IcuWords.Boundaries(normalized);
        // The units of one clause, in order: a word that is not all Han (punctuation, digits, Latin) ends the clause.
        var clause = new List<(int Start, int End)>();
        bool lastIsSingles = false; // the last unit is single characters joined (or one), none a function word
        for (int i = 1; i < boundaries.Count; i++)
        {
            int start = boundaries[i - 1], end = boundaries[i];
            if (!IsAllHan(normalized, start, end))
            {
                Phrases(normalized, clause, maxUnits, found);
                clause.Clear();
                lastIsSingles = false;
                continue;
            }
            bool single = end - start == 1 && !IsFunction(normalized, start);
            if (single && lastIsSingles) clause[^1] = (clause[^1].Start, end);
            else clause.Add((start, end));
            lastIsSingles = single;
        }
        Phrases(normalized, clause, maxUnits, found);
    }

    private static bool IsFunction(string text, int at) => FunctionChars.Contains(text[at]);

    private static void Phrases(string text, List<(int Start, int End)> units, int maxUnits, ISet<string> found)
    {
        for (int first = 0; first < units.Count; first++)
        {
            if (IsFunctionUnit(text, units[first])) continue;
            for (int last = first; last < units.Count && last - first < maxUnits; last++)
            {
                int length = units[last].End - units[first].Start;
                if (length > MaxChars) break;
                if (length < MinChars || IsFunctionUnit(text, units[last])) continue;
                found.Add(text[units[first].Start..units[last].End]);
            }
        }
    }

    private static bool IsFunctionUnit(string text, (int Start, int End) unit) => unit.End - unit.Start == 1 && IsFunction(text, unit.Start);

    private static bool IsAllHan(string text, int start, int end)
    {
        if (end <= start) return false;
        for (int i = start; i < end; i++)
        {
            if (char.IsLowSurrogate(text[i])) continue;
            int cp = char.IsHighSurrogate(text[i]) && i + 1 < end ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (!CharClass.IsCjk(cp)) return false;
        }
        return true;
    }
}
