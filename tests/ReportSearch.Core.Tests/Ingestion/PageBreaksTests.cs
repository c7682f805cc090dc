using ReportSearch.Analysis;
using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>Page numbers of offsets, checked against counting page breaks one character at a time.</summary>
public class PageBreaksTests
{
    private static List<ReportSection> RandomSections(Random random)
    {
        var sections = new List<ReportSection>();
        int count = random.Next(1, 6);
        for (int s = 0; s < count; s++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(6) switch { 0 => PageBreaks.Marker, 1 => '\n', _ => (char)random.Next('一', '一' + 50) });
            sections.Add(new ReportSection(null, null, string.Concat(chars)));
        }
        return sections;
    }

    [Fact]
    public void PageAt_CountsBreaksBeforeTheOffset_AcrossSections()
    {
        var random = new Random(14);
        for (int round = 0; round < 300; round++)
        {
            var sections = RandomSections(random);
            int page = 1;
            for (int s = 0; s < sections.Count; s++)
            {
                var text = sections[s].Text;
                for (int i = 0; i <= text.Length; i++)
                {
                    Assert.Equal(page, PageBreaks.PageAt(sections, s, i));
                    if (i < text.Length && text[i] == PageBreaks.Marker) page++;
                }
            }
            Assert.Equal(page, PageBreaks.PageCount(sections));
            Assert.Equal(page > 1, PageBreaks.HasPages(sections));
        }
    }

    [Fact]
    public void PageBreak_IsWhitespaceToPhraseMatching()
    {
        Assert.Equal(TextNormalizer.NormalizeToString("工作总结"), TextNormalizer.NormalizeToString("工作\f总结"));
        Assert.Equal(TextNormalizer.NormalizeToString("2020年"), TextNormalizer.NormalizeToString("2020\f年"));
        Assert.Equal(TextNormalizer.NormalizeToString("open data"), TextNormalizer.NormalizeToString("open\fdata"));
    }

    [Fact]
    public void PageAt_RejectsBadArguments()
    {
        List<ReportSection> sections = [new(null, null, "一\f二")];
        Assert.Throws<ArgumentOutOfRangeException>(() => PageBreaks.PageAt(sections, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PageBreaks.PageAt("abc", -1));
        Assert.Equal(2, PageBreaks.PageAt("一\f二", 99)); // past the end: the last page
    }
}
