using ReportSearch.Engine;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>
/// What a hit shows is kept compressed (SegmentPayload): whatever a report holds — any text, headings with quotes,
/// markup characters, characters beyond the BMP, lone surrogates and line separators, empty and absent districts and
/// headings, any metadata bytes — must read back exactly as it was written.
/// </summary>
public sealed class StoredPayloadTests
{
    // Chinese (common and rare), traditional, Latin, digits, JSON's and HTML's special characters, fullwidth
    // punctuation, supplementary characters; RandomElements adds lone surrogates and separators.
    private const string Alphabet = "工作机制实行六个一预算法国发号年月日区县乡镇猾瓮條應，。、；：“”《》〔〕abcXYZ019 \"\\/<>&'\n\t\u00e9\U00020000\U0001F600";
    private static readonly string[] Separate = ["\uD800", "\uDFFF", "\u2028", "\u2029", "\u0000", "\uFFFF"];

    [Fact]
    public void Texts_sections_and_metadata_read_back_exactly()
    {
        var random = new Random(24);
        var records = Enumerable.Range(0, 40).Select(i => RandomReport(random, i)).ToList();
        var dir = Directory.CreateTempSubdirectory("payload-").FullName;
        try
        {
            IndexTestSupport.Write(dir, [.. records]);
            using var reader = ReportIndexes.OpenForReading(dir);
            foreach (var record in records)
            {
                var report = reader.LoadReport(record.Id);
                Assert.NotNull(report);
                Assert.Equal(record.Metadata, report.Metadata);
                var segments = reader.LoadSegments(record.Id).OrderBy(s => s.Ord).ToList();
                Assert.Equal(record.Segments.Count, segments.Count);
                for (int ord = 0; ord < segments.Count; ord++)
                {
                    var (written, read) = (record.Segments[ord], segments[ord]);
                    Assert.Equal(record.Id, read.ReportId);
                    Assert.Equal(ord, read.Ord);
                    Assert.Equal(written.District, read.District);
                    Assert.Equal(written.Text, read.Text);
                    Assert.Equal(written.Sections, read.Sections);
                }
            }
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static ReportRecord RandomReport(Random random, int i)
    {
        var id = $"{random.NextInt64():x16}";
        var segments = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
        {
            var text = Text(random, random.Next(0, 3000));
            var sections = Enumerable.Range(0, random.Next(0, 4))
                .Select(_ => new IndexSection(random.Next(0, Math.Max(1, text.Length)), random.Next(3) == 0 ? null : Text(random, random.Next(0, 30)),
                    random.Next(2) == 0 ? null : Text(random, random.Next(1, 8))))
                .ToList();
            var district = random.Next(3) switch { 0 => null, 1 => "", _ => Text(random, random.Next(1, 8)).Replace("\n", "") };
            return new SegmentRecord(district, [], Text(random, 10), text, sections, "总结");
        }).ToList();
        var metadata = new byte[random.Next(0, 2000)];
        random.NextBytes(metadata);
        return new ReportRecord(id, $"hash{i}", new ReportFields(), metadata, [new IndexSource($"r/{i}.txt", 100, 0)], segments, []);
    }

    private static string Text(Random random, int length)
    {
        var chars = System.Globalization.StringInfo.GetTextElementEnumerator(Alphabet);
        var elements = new List<string>();
        while (chars.MoveNext()) elements.Add(chars.GetTextElement());
        elements.AddRange(Separate);
        return string.Concat(Enumerable.Range(0, length).Select(_ => elements[random.Next(elements.Count)]));
    }
}
