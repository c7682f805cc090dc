using ReportSearch.Analysis;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>
/// Comparing a report read from a laid-out format (PDF, OFD, .doc) with its UTF-8 original. Such formats keep the
/// words but not the whitespace (lines are re-joined, page breaks added), so texts are compared normalized and
/// without whitespace, which is how phrase matching sees them; sections, headings and districts must agree exactly.
/// </summary>
internal static class FormatEquivalence
{
    public static string Comparable(string text) =>
        string.Concat(TextNormalizer.NormalizeToString(text).Where(c => !char.IsWhiteSpace(c)));

    public static void AssertSameText(ParsedReport expected, ParsedReport actual)
    {
        Assert.Equal(expected.Sections.Select(s => Comparable(s.Heading ?? "")), actual.Sections.Select(s => Comparable(s.Heading ?? "")));
        Assert.Equal(expected.Sections.Select(s => Comparable(s.Text)), actual.Sections.Select(s => Comparable(s.Text)));
        Assert.Equal(NormalizedDistricts(expected), NormalizedDistricts(actual));
        // Lines were re-joined into the original paragraphs: none broken in two, none run together.
        Assert.Equal(Paragraphs(expected), Paragraphs(actual));
    }

    private static List<string> Paragraphs(ParsedReport report) =>
        report.Sections.SelectMany(s => s.Text.Split('\n')).Select(Comparable).Where(p => p.Length > 0).ToList();

    /// <summary>The same metadata, except that a date the original lacks may come from the format's own (weak) metadata.</summary>
    public static void AssertSameMetadata(ReportMetadata expected, ReportMetadata actual)
    {
        var e = expected;
        if (e.Date is null && actual.Date is not null)
        {
            Assert.Equal(MetadataOrigin.Inferred, actual.Origins.Date);
            e = e with { Date = actual.Date };
        }
        Assert.Equal(Values(e), Values(actual));
    }

    /// <summary>Every <paramref name="length"/>-character substring of the original's normalized text (whitespace removed), for recall checks.</summary>
    public static HashSet<string> Substrings(string comparableText, int length)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + length <= comparableText.Length; i++) set.Add(comparableText.Substring(i, length));
        return set;
    }

    public static string FixturePath(string name) => Path.Combine(RepoRoot, "tests", "ReportSearch.Core.Tests", "Fixtures", "formats", name);
}
