using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using ReportSearch.Analysis;
using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.DevSet;

/// <summary>The metadata fields the development set measures.</summary>
public enum DevSetField
{
    Year, Region, RegionPath, Title, Date, Kind, Org,
    /// <summary>文号 where the text states one.</summary>
    DocNumber,
    /// <summary>No 文号 extracted where the text states none (an 索引号 taken for one is wrong here).</summary>
    NoDocNumber,
    /// <summary>时效性 where the text says it.</summary>
    Validity,
    /// <summary>No title given where the document has no heading of its own (labelled so): a closing formula, a
    /// greeting, a date or a body's name made a title is wrong; 无标题 with the opening line is right.</summary>
    NoTitle,
}

/// <summary>What the extractor produced for one document, in the form the labels are compared with.</summary>
public sealed record ExtractedMetadata(
    string? Title, int? Year, string? Date, string? District, string? Region, IReadOnlyList<string>? RegionPath,
    string? Org, string? Kind, IReadOnlyList<string> SectionDistricts)
{
    public string? DocNumber { get; init; }
    public string? Validity { get; init; }

    /// <summary>
    /// Reads <see cref="ReportMetadata"/>. RegionPath and Kind are read by reflection, so this compiles before and
    /// after they are added: a list of names or a string joined by ›, &gt; or /.
    /// </summary>
    public static ExtractedMetadata From(ParsedReport report)
    {
        var m = report.Metadata;
        return new ExtractedMetadata(m.Title, m.Year, m.Date, m.District, m.Region, PathProperty(m, "RegionPath"), m.Org,
            StringProperty(m, "Kind"),
            report.Sections.Select(s => s.District).OfType<string>().Distinct().ToList())
        {
            DocNumber = m.DocNumber,
            Validity = StringProperty(m, "Validity"),
        };
    }

    public static bool HasProperty(string name) => typeof(ReportMetadata).GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is not null;

    private static string? StringProperty(ReportMetadata m, string name) =>
        typeof(ReportMetadata).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.GetValue(m)?.ToString();

    private static IReadOnlyList<string>? PathProperty(ReportMetadata m, string name) =>
        PathOf(typeof(ReportMetadata).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.GetValue(m));

    /// <summary>A region path in whatever shape the extractor gives it: a list, a joined string, or a type holding a list.</summary>
    public static IReadOnlyList<string>? PathOf(object? value) =>
        value switch
        {
            null => null,
            string s => s.Split(['›', '>', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            IEnumerable e => Names(e),
            // A path type of its own (a record holding its units): use its first list-valued property.
            var other => other.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && p.GetIndexParameters().Length == 0)
                .Select(p => p.GetValue(other) as IEnumerable).OfType<IEnumerable>().Select(Names).FirstOrDefault()
                ?? [other.ToString() ?? ""],
        };

    private static List<string> Names(IEnumerable e) =>
        e.Cast<object?>().Select(x => x?.ToString()).OfType<string>().Where(x => x.Length > 0).ToList();

    /// <summary>The most specific unit the extractor names: the path's last element, else District, else Region.</summary>
    public string? Unit => RegionPath is { Count: > 0 } ? RegionPath[^1] : District ?? Region;
}

/// <summary>One comparison of a labelled value with an extracted one.</summary>
public sealed record FieldResult(DevSetLabel Label, DevSetField Field, bool Right, string Expected, string? Got)
{
    /// <summary>The extractor gave no value: a miss, but not a wrong answer ("unknown" is honest).</summary>
    public bool Unknown => !Right && Got is null;

    /// <summary>The extractor gave a value, and it is not the labelled one.</summary>
    public bool Wrong => !Right && Got is not null;

    /// <summary>A wrong region that is a unit above the labelled one (浏阳市 for a page of its town 文家市镇): counted
    /// wrong, and reported apart, as right but less specific, from a region that is another place.</summary>
    public bool Coarser => Field == DevSetField.Region && Wrong && Label.RegionPath is { } path
        && Got!.Split('›') is var got && got.Length < path.Count && path.Take(got.Length).SequenceEqual(got);
}

/// <summary>The comparison rules: exact values, with titles compared after folding whitespace and punctuation variants.</summary>
public static partial class MetadataComparison
{
    /// <summary>The results for the fields the label determines (null labels are not measured).</summary>
    public static IEnumerable<FieldResult> Compare(DevSetLabel label, ExtractedMetadata got)
    {
        if (label.Year is int year)
            yield return new FieldResult(label, DevSetField.Year, got.Year == year, year.ToString(CultureInfo.InvariantCulture), got.Year?.ToString(CultureInfo.InvariantCulture));

        if (label.RegionPath is { Count: > 0 } labelPath)
        {
            var unit = labelPath[^1];
            yield return new FieldResult(label, DevSetField.Region, got.Unit == unit, unit, got.Unit is null ? null : DescribeRegion(got));
            if (got.RegionPath is not null)
                yield return new FieldResult(label, DevSetField.RegionPath, got.RegionPath.SequenceEqual(labelPath),
                    string.Join('›', labelPath), string.Join('›', got.RegionPath));
        }

        if (label.Title is { } title)
        {
            var accepted = new[] { title }.Concat(label.TitleAlt ?? []).Select(NormalizeTitle).ToHashSet(StringComparer.Ordinal);
            yield return new FieldResult(label, DevSetField.Title, got.Title is not null
                && (accepted.Contains(NormalizeTitle(got.Title)) || SameTitleWithOrWithoutIssuer(title, got.Title, label.Org, label.RegionPath)), title, got.Title);
        }

        else if (label.HasTitleLine == false)
            yield return new FieldResult(label, DevSetField.NoTitle, got.Title is null, "none", got.Title);

        if (label.Date is { } date)
            yield return new FieldResult(label, DevSetField.Date, got.Date == date, date, got.Date);

        if (label.Kind is { } kind && ExtractedMetadata.HasProperty("Kind"))
            yield return new FieldResult(label, DevSetField.Kind, got.Kind == kind, kind, got.Kind);

        if (label.Org is { } org)
            yield return new FieldResult(label, DevSetField.Org, got.Org is not null && SameOrg(org, got.Org, label.RegionPath), org, got.Org);

        if (!label.LabelsDocFields) yield break;
        if (label.DocNumber is { } number)
            yield return new FieldResult(label, DevSetField.DocNumber, got.DocNumber is not null && DocNumberKey(got.DocNumber) == DocNumberKey(number), number, got.DocNumber);
        else
            yield return new FieldResult(label, DevSetField.NoDocNumber, got.DocNumber is null, "none", got.DocNumber);
        if (label.Validity is { } validity)
            yield return new FieldResult(label, DevSetField.Validity, got.Validity == validity, validity, got.Validity);
    }

    /// <summary>
    /// A 关于-title with or without its issuer in front is one title: a document's letterhead (钱库镇人民政府 on its own
    /// line over 关于印发…的通知) is read into the title by some readers and left out by others, and the policy databases
    /// list the full form (钱库镇人民政府关于印发…的通知). Accepted only where what stands in front is the labelled issuer
    /// (as <see cref="SameOrg"/> compares it), so a title with anything else in front stays wrong. Decided once here.
    /// </summary>
    public static bool SameTitleWithOrWithoutIssuer(string labelled, string got, string? issuer, IReadOnlyList<string>? regionPath)
    {
        if (issuer is null) return false;
        string a = NormalizeTitle(labelled), b = NormalizeTitle(got);
        var (longer, shorter) = a.Length >= b.Length ? (a, b) : (b, a);
        return shorter.StartsWith("关于", StringComparison.Ordinal) && longer.Length > shorter.Length
            && longer.EndsWith(shorter, StringComparison.Ordinal)
            && SameOrg(issuer, longer[..^shorter.Length], regionPath);
    }

    /// <summary>
    /// 文号 equality as a reader sees it: script (發/号), width, spaces, the bracket forms 〔〕 [] （） () 【】 and leading
    /// zeros of the serial (〔2017〕002号 is 〔2017〕2号) do not matter.
    /// </summary>
    public static string DocNumberKey(string number)
    {
        var sb = new StringBuilder(number.Length);
        foreach (var c in TextNormalizer.NormalizeToString(number.Normalize(NormalizationForm.FormKC)))
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(c switch { '〔' or '[' or '(' or '【' or '［' or '﹝' or '（' => '〔', '〕' or ']' or ')' or '】' or '］' or '﹞' or '）' => '〕', _ => c });
        }
        return LeadingZeros().Replace(sb.ToString(), "〕");
    }

    [System.Text.RegularExpressions.GeneratedRegex("〕0+(?=\\d)")]
    private static partial System.Text.RegularExpressions.Regex LeadingZeros();

    private static string DescribeRegion(ExtractedMetadata got) =>
        got.RegionPath is { Count: > 0 } ? string.Join('›', got.RegionPath) : $"district={got.District ?? "null"}, region={got.Region ?? "null"}";

    /// <summary>
    /// Title equality as a reader sees it: the index's normalization (width, script), no whitespace, one form of
    /// each bracket, dash and quote, no final full stop.
    /// </summary>
    public static string NormalizeTitle(string title)
    {
        var s = TextNormalizer.NormalizeToString(title.Normalize(NormalizationForm.FormKC));
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || "\"'“”‘’「」『』".Contains(c)) continue;
            var mapped = c switch
            {
                '〈' or '<' or '﹤' => '《',
                '〉' or '>' or '﹥' => '》',
                '—' or '–' or '―' or '－' or '‐' => '-',
                '(' => '（',
                ')' => '）',
                ',' => '，',
                ':' => '：',
                _ => c,
            };
            // A run of dashes (—— is one dash written twice) counts as one.
            if (mapped == '-' && sb.Length > 0 && sb[^1] == '-') continue;
            sb.Append(mapped);
        }
        return sb.ToString().TrimEnd('。', '.');
    }

    /// <summary>
    /// Org names: 、 and spaces between joint issuers do not matter, nor the places above the body that its name may
    /// carry or leave out. 广州市海珠区人民政府 and 海珠区人民政府 are one body, and documents write both (the session line
    /// 在广州市海珠区第十七届人民代表大会, the speaker line 海珠区人民政府区长): a reader records either, so the comparison
    /// accepts either, decided once here. Only names on the labelled region's own path are dropped, and only in front of
    /// a lower unit of that path: 海珠区人民政府 never equals 广州市人民政府.
    /// </summary>
    public static bool SameOrg(string labelled, string got, IReadOnlyList<string>? regionPath) =>
        Key(labelled) == Key(got)
        || regionPath is { Count: > 1 } && WithoutParents(labelled, regionPath) == WithoutParents(got, regionPath)
        || regionPath is { Count: > 0 } && RelativeOf(Key(labelled), Key(got), regionPath);

    /// <summary>
    /// A body labelled as printed relative to its place (省粮食和物资储备局, as a department's header prints it) is the body
    /// of the labelled path's unit of that level (江西省粮食和物资储备局): the same body written without its place, as above.
    /// Only that way round: a relative name given for a labelled full one (区人民政府 for 海珠区人民政府) says less, and is wrong.
    /// </summary>
    private static bool RelativeOf(string relative, string full, IReadOnlyList<string> path) =>
        new[] { "自治区", "街道", "省", "市", "县", "区", "镇", "乡" }.Any(level => relative.StartsWith(level, StringComparison.Ordinal)
            && path.Any(unit => unit.EndsWith(level, StringComparison.Ordinal) && full == NormalizeTitle(unit) + relative[level.Length..]));

    private static string Key(string org) => NormalizeTitle(org).Replace("、", "").Replace("，", "");

    // Each joint issuer without the places above its own unit (中共重庆市永川区来苏镇委员会 → 中共来苏镇委员会).
    private static string WithoutParents(string org, IReadOnlyList<string> path) =>
        string.Join("", NormalizeTitle(org).Split('、', '，').Select(body =>
            body.StartsWith("中共", StringComparison.Ordinal) ? "中共" + DropParents(body[2..], path) : DropParents(body, path)));

    private static string DropParents(string body, IReadOnlyList<string> path)
    {
        for (int i = 0; i < path.Count - 1; i++)
        {
            var rest = body.StartsWith(path[i], StringComparison.Ordinal) ? body[path[i].Length..] : null;
            if (rest is not null && path.Skip(i + 1).Any(lower => rest.StartsWith(lower, StringComparison.Ordinal))) body = rest;
        }
        return body;
    }
}
