using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportSearch.Core.Tests.DevSet;

/// <summary>
/// Where a labelled document came from: a public repository, a path in it and the commit read; or, for a stored web
/// page, its address and the search that found it. Enough to trace overlaps and to rebuild the document.
/// </summary>
public sealed record DevSetSource(string? Repo, string? Path, string? Commit, string? Extract)
{
    public string? Url { get; init; }
    public string? Query { get; init; }

    /// <summary>
    /// Whether a copy of the text may be kept in the set's folder: true for documents rebuilt by tools/devset/ from a
    /// fetched repository snapshot; false for those read through the search tool (a stored page, or a file of a
    /// repository with no snapshot), whose text may be read there but never copied. Their labels stay as the record
    /// of what was judged; their documents are measured only where the text is at hand.
    /// </summary>
    public bool KeptCopy { get; init; } = true;
}

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
    IReadOnlyList<string>? RegionPath,
    string? Org,
    string? Kind,
    string? Level,
    string? Note)
{
    public static readonly IReadOnlyList<string> Levels = ["national", "province", "city", "county", "town", "street"];

    /// <summary>Levels at county and below: the targets are stated for them.</summary>
    public static readonly IReadOnlyList<string> LocalLevels = ["county", "town", "street"];

    public const string Tune = "tune";
    public const string Holdout = "holdout";

    /// <summary>
    /// Which labelling round the document belongs to. The first round (<c>v1</c>, 179 documents) was labelled before
    /// 文号, 时效性 and header presence were labelled: those fields count as unlabelled there, not as "none stated".
    /// </summary>
    public string Set { get; init; } = "v1";

    /// <summary>
    /// <see cref="Tune"/>: rules may be iterated on it; <see cref="Holdout"/>: only its table is ever printed. Decided
    /// once per file name (<see cref="SplitOf"/>); the v1 documents, already tuned on, are all tune.
    /// </summary>
    public string Split { get; init; } = Tune;

    /// <summary>文号 as the text writes it; null when the text states none (in rounds that labelled it).</summary>
    public string? DocNumber { get; init; }

    /// <summary>现行有效, 已废止, 已修订, or null where the text does not say.</summary>
    public string? Validity { get; init; }

    /// <summary>Whether the text has a header block (索引号, 发布机构, 成文日期 …); null where not labelled.</summary>
    public bool? HasHeader { get; init; }

    public bool? HasTitleLine { get; init; }

    /// <summary>Whether this label's round labelled 文号, 时效性 and header presence at all.</summary>
    public bool LabelsDocFields => Set != "v1";

    public bool IsLocal => Level is { } level && LocalLevels.Contains(level);

    /// <summary>The split rule, applied once when a document is labelled: about 40 % held out, by the file name's hash.</summary>
    public static string SplitOf(string file)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(file));
        // The hash as one big-endian number, mod 5 (what Python's int(sha1(...).hexdigest(), 16) % 5 gives).
        int rest = 0;
        foreach (var b in hash) rest = (rest * 256 + b) % 5;
        return rest < 2 ? Holdout : Tune;
    }

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
