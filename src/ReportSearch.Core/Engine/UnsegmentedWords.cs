using ReportSearch.Analysis;
using F = ReportSearch.Engine.IndexFields;

namespace ReportSearch.Engine;

/// <summary>The words of a title that the word signal cannot see: the segmenter has no word for them and leaves single
/// characters, which the word signal drops as telling nothing.</summary>
internal static class UnsegmentedWords
{
    /// <summary>The runs of a title's characters that the word signal drops because the segmenter knows no word there and
    /// leaves single characters (厂务 of 山东省厂务公开条例, 养犬, 公积金): without them the title's subject is what is left
    /// (公开, which any call for public comment has). A run is cut at particles (的, 和, 在 …) and at place names, and left
    /// out where it is part of a count or an amount (四措, 多万元, 年产), which names no subject.</summary>
    public static IEnumerable<string> Of(string title, IReadOnlyCollection<string> places)
    {
        var covered = new bool[title.Length];
        foreach (var token in AnalyzedToken.Of(IcuWordAnalyzer.Instance, title, F.Words))
            for (int i = token.Start; i < Math.Min(token.End, title.Length); i++) covered[i] = true;
        foreach (var place in places.Where(p => p.Length > 0))
            for (int at = title.IndexOf(place, StringComparison.Ordinal); at >= 0; at = title.IndexOf(place, at + 1, StringComparison.Ordinal))
                for (int i = at; i < at + place.Length; i++) covered[i] = true;
        int start = 0;
        for (int i = 0; i <= title.Length; i++)
        {
            bool inRun = i < title.Length && !covered[i] && IsIdeograph(title[i]) && !Particles.Contains(title[i]);
            if (inRun) continue;
            int length = i - start;
            bool counted = (start > 0 && char.IsDigit(title[start - 1])) || (i < title.Length && char.IsDigit(title[i]))
                || title.AsSpan(start, length).IndexOfAny(Numerals) >= 0;
            if (length is >= 2 and <= MaxUnsegmentedWord && !counted) yield return title.Substring(start, length);
            start = i + 1;
        }
    }

    private const int MaxUnsegmentedWord = 4;
    private const string Particles = "的和与及对在为将并或于之把被向从";
    private const string Numerals = "一二三四五六七八九十百千万亿两零";

    private static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff';
}
