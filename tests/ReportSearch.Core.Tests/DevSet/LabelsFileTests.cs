using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportSearch.Core.Tests.DevSet;

/// <summary>
/// The committed labels.json (labels and sources only, no document text) is well formed and self-consistent. Runs
/// everywhere, also where the documents themselves are absent.
/// </summary>
public sealed partial class LabelsFileTests
{
    private static readonly IReadOnlyList<DevSetLabel> Labels = DevSetLabel.Load(DevSetLabel.CommittedLabelsPath);

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex CommitHash();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex RepoName();

    [Fact]
    public void Every_label_names_its_file_and_source()
    {
        Assert.True(Labels.Count >= 50, $"only {Labels.Count} labels");
        Assert.Equal(Labels.Count, Labels.Select(l => l.File).Distinct(StringComparer.Ordinal).Count());
        foreach (var l in Labels)
        {
            Assert.False(Path.IsPathRooted(l.File) || l.File.Contains("..", StringComparison.Ordinal), l.File);
            Assert.Matches(RepoName(), l.Source.Repo);
            Assert.Matches(CommitHash(), l.Source.Commit);
            Assert.False(string.IsNullOrWhiteSpace(l.Source.Path), l.File);
        }
    }

    [Fact]
    public void Every_region_path_matches_its_level()
    {
        foreach (var l in Labels)
        {
            Assert.Contains(l.Level, DevSetLabel.Levels);
            Assert.NotEmpty(l.RegionPath);
            Assert.All(l.RegionPath, name => Assert.False(string.IsNullOrWhiteSpace(name), l.File));
            Assert.Equal(l.Level == "national", l.RegionPath is ["全国"]);
            var last = l.RegionPath[^1];
            if (l.Level == "street") Assert.EndsWith("街道", last);
            if (l.Level == "town") Assert.Matches("(镇|乡|苏木)$", last);
            if (l.Level == "province") Assert.Single(l.RegionPath);
        }
    }

    [Fact]
    public void Dates_are_real_calendar_days_and_agree_with_policy_years()
    {
        string[] policyKinds = ["通知", "意见", "办法", "方案", "决定", "公告", "函", "答复", "批复", "规定"];
        foreach (var l in Labels)
        {
            if (l.Year is int year) Assert.InRange(year, 1949, 2030);
            if (l.Date is null) continue;
            Assert.True(DateOnly.TryParseExact(l.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date), $"{l.File}: {l.Date}");
            if (l.Year is int y && l.Kind is { } kind && policyKinds.Contains(kind)) Assert.Equal(date.Year, y);
        }
    }

    [Fact]
    public void Titles_are_trimmed_and_alternatives_differ_from_the_title()
    {
        foreach (var l in Labels)
        {
            if (l.Title is { } title) Assert.Equal(title.Trim(), title);
            foreach (var alt in l.TitleAlt ?? [])
            {
                Assert.NotNull(l.Title);
                Assert.NotEqual(MetadataComparison.NormalizeTitle(l.Title), MetadataComparison.NormalizeTitle(alt));
            }
        }
    }
}
