using System.Text;
using ReportSearch.Analysis;
using ReportSearch.Ingestion;

namespace ReportSearch.Pipeline;

/// <summary>
/// The words and short phrases a report contributes to the index's vocabulary (autocomplete and "did you mean"):
/// ICU dictionary words of two or more Han characters, and runs of two or three adjacent words (乡村 + 振兴 →
/// 乡村振兴), 2–8 characters, never across punctuation. Read from the title, the headings and the opening of the body,
/// where a report states what it is about: ICU segmentation of whole bodies would double the cost of indexing for
/// a list that only has to know which phrases are common, while counts shown to users always come from a search.
/// </summary>
public static class VocabularyPhrases
{
    public const int MinChars = 2;
    public const int MaxChars = 8;

    /// <summary>Body characters read per report (after the title and headings).</summary>
    public const int OpeningChars = 1000;

    /// <summary>Most adjacent words joined into one phrase.</summary>
    private const int MaxWordsPerPhrase = 3;

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
        Collect(opening.ToString(), found);
        return found;
    }

    /// <summary>Adds the phrases of one text to <paramref name="found"/>.</summary>
    public static void Collect(string? text, ISet<string> found)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        var normalized = TextNormalizer.NormalizeToString(text);
        var boundaries = IcuWords.Boundaries(normalized);
        // Words of one clause, in order: a word that is not all Han (punctuation, digits, Latin) ends the clause.
        var clause = new List<(int Start, int End)>();
        for (int i = 1; i < boundaries.Count; i++)
        {
            int start = boundaries[i - 1], end = boundaries[i];
            if (IsAllHan(normalized, start, end)) { clause.Add((start, end)); continue; }
            Phrases(normalized, clause, found);
            clause.Clear();
        }
        Phrases(normalized, clause, found);
    }

    // A phrase starts and ends with a word of two or more characters: 的, 和, 在 on their own are not what staff look for.
    private static void Phrases(string text, List<(int Start, int End)> words, ISet<string> found)
    {
        for (int first = 0; first < words.Count; first++)
        {
            if (words[first].End - words[first].Start < MinChars) continue;
            for (int last = first; last < words.Count && last - first < MaxWordsPerPhrase; last++)
            {
                int length = words[last].End - words[first].Start;
                if (length > MaxChars) break;
                if (words[last].End - words[last].Start < MinChars) continue;
                found.Add(text[words[first].Start..words[last].End]);
            }
        }
    }

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
