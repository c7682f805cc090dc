using System.Text;
using ReportSearch.Ingestion;
using static ReportSearch.Core.Tests.Ingestion.IngestionTestSupport;

namespace ReportSearch.Core.Tests.Ingestion;

/// <summary>Metadata values are bounded, and invalid sidecar dates are refused with a reason.</summary>
public class MetadataLimitTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reportsearch-limits-" + Guid.NewGuid().ToString("N"));
    private const string Body = "西园街道2020年工作总结\n\n今年西园街道实行六个一工作机制。\n";

    public MetadataLimitTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ParsedReport WithSidecar(string json, string body = Body)
    {
        var path = Path.Combine(_dir, "report.txt");
        File.WriteAllText(path, body);
        File.WriteAllText(path + SidecarMetadata.Suffix, json);
        return Parse(path, "report.txt", File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("2020-13-45")]
    [InlineData("2021-02-29")]
    [InlineData("2020-00-10")]
    [InlineData("not a date")]
    public void InvalidSidecarDate_IsRefusedWithAReason(string date)
    {
        var report = WithSidecar($$"""{"title":"西园街道工作总结","date":"{{date}}"}""");
        Assert.Null(report.Metadata.Date);
        Assert.Contains(report.MetadataProblems, p => p.Contains("date"));
        Assert.Equal("西园街道工作总结", report.Metadata.Title);
    }

    [Fact]
    public void ValidSidecarDate_IsKept()
    {
        var report = WithSidecar("""{"date":"2020年2月29日"}""");
        Assert.Equal("2020-02-29", report.Metadata.Date);
        Assert.Empty(report.MetadataProblems);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("org")]
    [InlineData("district")]
    [InlineData("docNumber")]
    [InlineData("category")]
    public void OversizedSidecarValue_IsRefused_AndNoFieldExceedsItsLimit(string field)
    {
        var huge = new string('长', 10_000);
        var report = WithSidecar($$"""{"{{field}}":"{{huge}}"}""");
        Assert.Contains(report.MetadataProblems, p => p.Contains(field));
        AssertWithinLimits(report.Metadata);
        Assert.NotNull(report.Metadata.Title); // the next source supplies a title
    }

    [Fact]
    public void FiveMegabyteSidecar_IsNotRead()
    {
        var report = WithSidecar($$"""{"title":"{{new string('长', 5 * 1024 * 1024 / 3)}}"}""");
        Assert.Contains(report.MetadataProblems, p => p.Contains("sidecar ignored"));
        AssertWithinLimits(report.Metadata);
    }

    [Fact]
    public void OversizedInferredValues_AreRefusedToo()
    {
        // An HTML page whose <title> and meta values are enormous: no source may pass them on.
        var huge = new string('题', 50_000);
        var html = $"<html><head><title>{huge}</title><meta name=\"ContentSource\" content=\"{huge}\"></head><body><h1>{huge}</h1><p>六个一工作机制。</p></body></html>";
        var report = ParseVirtual("page.html", Encoding.UTF8.GetBytes(html));
        AssertWithinLimits(report.Metadata);
    }

    private static void AssertWithinLimits(ReportMetadata m)
    {
        foreach (var (field, value) in new[] { ("title", m.Title), ("district", m.District), ("region", m.Region), ("org", m.Org), ("docNumber", m.DocNumber), ("category", m.Category), ("date", m.Date) })
            Assert.True(MetadataLimits.Fits(field, value), $"{field}: {value?.Length} characters");
    }
}
