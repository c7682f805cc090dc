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
            if (l.Source.Url is { } url)
            {
                // A stored web page: its address is the rebuild recipe.
                Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https"), $"{l.File}: {url}");
                continue;
            }
            Assert.Matches(RepoName(), l.Source.Repo ?? "");
            Assert.Matches(CommitHash(), l.Source.Commit ?? "");
            Assert.False(string.IsNullOrWhiteSpace(l.Source.Path), l.File);
        }
    }

    [Fact]
    public void No_document_comes_from_a_repository_reserved_for_independent_evaluation()
    {
        string[] reserved = ["aldohemsn/chinese-political-corpora", "xvshiting/politic_analysis_paper_2025"];
        Assert.DoesNotContain(Labels, l => reserved.Any(r => string.Equals(l.Source.Repo, r, StringComparison.OrdinalIgnoreCase)
            || (l.Source.Url ?? "").Contains(r, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void The_split_is_the_file_name_rule_and_both_parts_are_substantial()
    {
        foreach (var l in Labels)
        {
            Assert.Contains(l.Split, new[] { DevSetLabel.Tune, DevSetLabel.Holdout });
            // The first round was tuned on before the split existed, so it is all tune; every later one follows the rule.
            Assert.Equal(l.LabelsDocFields ? DevSetLabel.SplitOf(l.File) : DevSetLabel.Tune, l.Split);
        }
        if (Labels.Any(l => l.LabelsDocFields))
        {
            var held = Labels.Count(l => l.Split == DevSetLabel.Holdout);
            Assert.True(held >= 100, $"only {held} held-out documents");
        }
    }

    // tools/devset assigns the split with Python's int(hashlib.sha1(file).hexdigest(), 16) % 5 < 2; these were computed there.
    [Theory]
    [InlineData("pgA/pgA0001.txt", "holdout")]
    [InlineData("pgA/pgA0002.txt", "tune")]
    [InlineData("repo-lw/lw0001.md", "holdout")]
    [InlineData("pgB/pgB0003.txt", "holdout")]
    public void The_split_rule_matches_the_labelling_scripts(string file, string split) => Assert.Equal(split, DevSetLabel.SplitOf(file));
    [Fact]
    public void Every_region_path_matches_its_level()
    {
        var problems = new List<string>();
        foreach (var l in Labels)
        {
            if (l.RegionPath is null)
            {
                if (l.Level is not null) problems.Add($"{l.File}: level {l.Level} without a region");
                continue;
            }
            var last = l.RegionPath.Count > 0 ? l.RegionPath[^1] : "";
            if (!DevSetLabel.Levels.Contains(l.Level ?? "")) problems.Add($"{l.File}: level {l.Level}");
            else if (l.RegionPath.Count == 0 || l.RegionPath.Any(string.IsNullOrWhiteSpace)) problems.Add($"{l.File}: empty region path");
            else if ((l.Level == "national") != l.RegionPath is ["全国"]) problems.Add($"{l.File}: national level and 全国 disagree");
            else if (l.Level == "street" && !last.EndsWith("街道", StringComparison.Ordinal)) problems.Add($"{l.File}: street level, but {last}");
            else if (l.Level == "town" && !(last.EndsWith('镇') || last.EndsWith('乡') || last.EndsWith("苏木", StringComparison.Ordinal))) problems.Add($"{l.File}: town level, but {last}");
            else if (l.Level == "province" && l.RegionPath.Count != 1) problems.Add($"{l.File}: province level, but {string.Join('›', l.RegionPath)}");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
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
        var same = new List<string>();
        foreach (var l in Labels)
        {
            if (l.Title is { } title) Assert.True(title.Length > 0 && title.Trim() == title, $"{l.File}: title '{title}'");
            // Without a title line the alternatives are names the document gives itself in its text (accepted, not required).
            if (l.Title is null) continue;
            foreach (var alt in l.TitleAlt ?? [])
            {
                Assert.True(alt.Length > 0 && alt.Trim() == alt, $"{l.File}: alternative '{alt}'");
                if (MetadataComparison.NormalizeTitle(l.Title) == MetadataComparison.NormalizeTitle(alt)) same.Add($"{l.File}: {alt}");
            }
        }
        Assert.True(same.Count == 0, "alternatives that are the title once normalized:\n" + string.Join('\n', same));
    }
}
