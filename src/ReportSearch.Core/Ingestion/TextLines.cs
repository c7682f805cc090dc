using System.Text;

namespace ReportSearch.Ingestion;

/// <summary>
/// A run of text placed on a page (a PDF glyph, an OFD TextCode). Coordinates grow rightwards and downwards, in
/// any unit as long as <see cref="FontSize"/> uses the same one; <see cref="Baseline"/> is the run's baseline.
/// </summary>
internal readonly record struct TextFragment(double X, double Baseline, double Width, double FontSize, string Text);

/// <summary>A line of a page, rebuilt from fragments: its text and where it sits.</summary>
internal sealed record PageLine(string Text, double Left, double Right, double Baseline, double FontSize, double FirstTokenWidth);

/// <summary>Groups fragments into lines in reading order: top to bottom, left to right within a line.</summary>
internal static class TextLines
{
    // Fragments whose baselines differ by less than this share of the font size are on one line.
    private const double SameLineShare = 0.4;
    // A horizontal gap wider than this share of the font size between two fragments is a space.
    private const double SpaceGapShare = 0.2;

    public static List<PageLine> Build(IEnumerable<TextFragment> fragments)
    {
        var sorted = fragments.Where(f => f.Text.Length > 0 && f.FontSize > 0).OrderBy(f => f.Baseline).ThenBy(f => f.X).ToList();
        var lines = new List<PageLine>();
        var current = new List<TextFragment>();
        double baseline = 0, size = 0;
        foreach (var fragment in sorted)
        {
            if (current.Count > 0 && Math.Abs(fragment.Baseline - baseline) > SameLineShare * Math.Max(size, fragment.FontSize))
            {
                AddLine(current, lines);
                current.Clear();
            }
            if (current.Count == 0) { baseline = fragment.Baseline; size = fragment.FontSize; }
            current.Add(fragment);
        }
        AddLine(current, lines);
        return lines;
    }

    // Characters a line may not start with (closing punctuation): they stay with the character before them.
    private const string NoLineStart = "，。、；：？！）》」』”’】〕〉…·,.;:?!)]}%";
    // Characters a line may not end with (opening punctuation): they stay with the character after them.
    private const string NoLineEnd = "（《「『“‘【〔〈([{";

    private static void AddLine(List<TextFragment> fragments, List<PageLine> lines)
    {
        if (fragments.Count == 0) return;
        fragments.Sort((a, b) => a.X.CompareTo(b.X));
        var sb = new StringBuilder();
        var placed = new List<(TextFragment Fragment, bool SpaceBefore)>(fragments.Count);
        double lastEnd = double.NaN;
        bool pendingSpace = false;
        foreach (var f in fragments)
        {
            if (string.IsNullOrWhiteSpace(f.Text)) { pendingSpace = sb.Length > 0; continue; }
            bool space = sb.Length > 0 && (pendingSpace || f.X - lastEnd > SpaceGapShare * f.FontSize);
            if (space) sb.Append(' ');
            pendingSpace = false;
            sb.Append(f.Text);
            lastEnd = f.X + f.Width;
            placed.Add((f, space));
        }
        if (placed.Count == 0) return;
        double left = placed[0].Fragment.X;
        double right = placed.Max(p => p.Fragment.X + p.Fragment.Width);
        double fontSize = placed.Max(p => p.Fragment.FontSize);
        lines.Add(new PageLine(sb.ToString().Trim(), left, right, placed[0].Fragment.Baseline, fontSize, FirstUnitEnd(placed) - left));
    }

    /// <summary>
    /// Where the line's first unbreakable unit ends: a Han character or a Latin word (a line may break before any
    /// Han character, or at a space), with the opening punctuation that must precede and the closing punctuation
    /// that must follow it.
    /// </summary>
    private static double FirstUnitEnd(List<(TextFragment Fragment, bool SpaceBefore)> placed)
    {
        double end = double.NaN;
        char previous = '\0';
        foreach (var (f, spaceBefore) in placed)
        {
            double advance = f.Width / f.Text.Length;
            for (int k = 0; k < f.Text.Length; k++)
            {
                char c = f.Text[k];
                if (previous != '\0')
                {
                    bool breakable = (k == 0 && spaceBefore) || ChineseText.IsHan(c) || ChineseText.IsHan(previous);
                    if (breakable && !NoLineStart.Contains(c) && !NoLineEnd.Contains(previous)) return end;
                }
                end = f.X + advance * (k + 1);
                previous = c;
            }
        }
        return end;
    }
}
