using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.FormatEquivalence;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>Damaged PDFs and OFDs (random bytes overwritten, or cut short) are read or refused with a reason, never crash the parser.</summary>
public class DamagedFileTests
{
    private static void AssertReadOrRefused(string name, byte[] original, int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 40; round++)
        {
            var bytes = (byte[])original.Clone();
            if (round % 4 == 3) bytes = bytes[..random.Next(1, bytes.Length)];
            else for (int k = 0; k < 1 + round; k++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            try
            {
                var report = ParseVirtual(name, bytes);
                Assert.NotEmpty(report.Sections);
            }
            catch (UnreadableFileException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
        }
    }

    [Fact]
    public void DamagedPdf_IsReadOrRefused() =>
        AssertReadOrRefused("d.pdf", File.ReadAllBytes(Directory.GetFiles(FixturePath(""), "*.pdf").Order().First()), 1);

    [Fact]
    public void DamagedOfd_IsReadOrRefused() =>
        AssertReadOrRefused("d.ofd", OfdWriter.Write(SeedText(SeedName("002")).Split('\n')).Bytes, 2);
}
