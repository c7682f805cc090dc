using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Mechanisms;

namespace ReportSearch.Core.Tests.Mechanisms;

/// <summary>
/// The file the catalogue keeps beside a segment (<see cref="MentionTableFile"/>) gives back every table as decoded
/// from the payloads, but the texts the catalogue reads from the payloads for a page (titles, definitions); and a file
/// cut short anywhere is refused as damaged, never read in part.
/// </summary>
public sealed class MentionTableFileTests
{
    private static List<MentionTable> RandomTables(int seed, int perTable)
    {
        var r = new Random(seed);
        var keys = BoundedCatalogTests.Keys;
        var regions = BoundedCatalogTests.Regions;
        var origins = Enum.GetValues<MetadataOrigin>();
        var payloads = Enumerable.Range(0, 40).SelectMany(i =>
        {
            int year = r.Next(4) == 0 ? 0 : 2012 + r.Next(10);
            string? date = year == 0 || r.Next(2) == 0 ? null : $"{year}-0{1 + r.Next(9)}-1{r.Next(10)}";
            MetadataOrigin? origin = r.Next(5) == 0 ? null : origins[r.Next(origins.Length)];
            var region = regions[r.Next(regions.Length)];
            return Enumerable.Range(0, 1 + r.Next(3)).Select(_ => ($"r{i}", MechanismPayload.Encode(r.Next(3) == 0 ? null : $"报告{i}", year == 0 ? null : year, date, region,
                Enumerable.Range(0, r.Next(5)).Select(_ =>
                {
                    var key = keys[r.Next(keys.Length)];
                    var name = r.Next(6) == 0 ? key + "制度" : key;
                    var definition = r.Next(4) == 0 ? $"{key}即第{r.Next(3)}种做法" : null;
                    return new MechanismMention(key, name, r.Next(3) switch { 0 => name, 1 => $"“{name}”", _ => $"“{name}”工作机制" },
                        (MechanismEvidence)r.Next(64), 1, definition, definition is null ? null : "一、总体情况");
                }).GroupBy(m => m.Key).Select(g => g.First()).ToList(), origin)));
        }).Select((p, doc) => new StoredPayload(doc * 2 + 1, p.Item1, p.Item2, 0, p.Item2.Length)).ToList();
        return MechanismPayload.Tables(payloads, perTable).ToList();
    }

    private static byte[] Written(IEnumerable<MentionTable> tables)
    {
        using var stream = new MemoryStream();
        MentionTableFile.Write(stream, tables);
        return stream.ToArray();
    }

    [Theory]
    [InlineData(1, 7)]
    [InlineData(2, 4096)]
    [InlineData(3, 1)]
    public void A_file_gives_back_the_tables_but_the_texts_read_from_the_payloads(int seed, int perTable)
    {
        var tables = RandomTables(seed, perTable);
        var read = MentionTableFile.Read(new MemoryStream(Written(tables))).ToList();

        Assert.Equal(tables.Count, read.Count);
        Assert.Contains(tables, t => t.Definitions.Count > 0);
        foreach (var (table, back) in tables.Zip(read))
        {
            Assert.Equal(table.Doc, back.Doc);
            Assert.Equal(table.ReportId, back.ReportId);
            Assert.Equal(table.Year, back.Year);
            Assert.Equal(table.Date, back.Date);
            Assert.Equal(table.Region, back.Region);
            Assert.Equal(table.YearOrigin, back.YearOrigin);
            Assert.Equal(table.Segment, back.Segment);
            Assert.Equal(Enumerable.Range(0, table.MentionCount).Select(m => table.Keys[table.Key[m]]), Enumerable.Range(0, back.MentionCount).Select(m => back.Keys[back.Key[m]]));
            Assert.Equal(table.Evidence, back.Evidence);
            Assert.Equal(Enumerable.Range(0, table.MentionCount).Select(table.NameOf), Enumerable.Range(0, back.MentionCount).Select(back.NameOf));
            Assert.Equal(Enumerable.Range(0, table.MentionCount).Select(table.WrittenOf), Enumerable.Range(0, back.MentionCount).Select(back.WrittenOf));
            Assert.Equal(table.Definitions.Keys.Order(), back.Definitions.Keys.Order());
            Assert.All(back.Definitions.Values, d => Assert.Equal(MentionTable.DefinitionNotRead, d));
            Assert.All(back.Title, Assert.Null);
        }
    }

    [Fact]
    public void A_file_cut_short_anywhere_is_refused_as_damaged()
    {
        var bytes = Written(RandomTables(4, 9));
        Assert.True(MentionTableFile.IsWhole(new MemoryStream(bytes)));
        for (int length = 0; length < bytes.Length; length++)
            Assert.False(MentionTableFile.IsWhole(new MemoryStream(bytes, 0, length)), $"cut at {length} of {bytes.Length}");
        Assert.False(MentionTableFile.IsWhole(new MemoryStream([.. bytes, 0])), "a byte after the last table");
    }
}
