using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportSearch.Core.Tests.DevSet;

/// <summary>Where a labelled document came from: a public repository, a path in it and the commit read.</summary>
public sealed record DevSetSource(string Repo, string Path, string Commit, string? Extract);

/// <summary>
/// What a careful reader says about one development-set document. Null means the text does not determine the
/// value; such documents are left out of that field's accuracy. <see cref="TitleAlt"/> lists other headings the
/// document itself gives (2026年宁夏回族自治区政府工作报告 and, below it, 政府工作报告); either counts as right.
/// </summary>
public sealed record DevSetLabel(
    string File,
    DevSetSource Source,
    string? Title,
    IReadOnlyList<string>? TitleAlt,
    int? Year,
    string? Date,
    IReadOnlyList<string> RegionPath,
    string? Org,
    string? Kind,
    string Level,
    string? Note)
{
    public static readonly IReadOnlyList<string> Levels = ["national", "province", "city", "county", "town", "street"];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IReadOnlyList<DevSetLabel> Load(string labelsJsonPath) =>
        JsonSerializer.Deserialize<List<DevSetLabel>>(System.IO.File.ReadAllText(labelsJsonPath), Json)
        ?? throw new InvalidDataException($"{labelsJsonPath} holds no labels");

    /// <summary>The committed copy of the labels, next to this file in the repository.</summary>
    public static string CommittedLabelsPath => System.IO.Path.Combine(TestIndex.RepoRoot, "tests", "ReportSearch.Core.Tests", "DevSet", "labels.json");
}
