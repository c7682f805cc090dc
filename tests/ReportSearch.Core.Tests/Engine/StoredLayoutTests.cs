using System.Collections;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using ReportSearch.Engine;
using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Engine;

/// <summary>
/// <see cref="ReportIndexes.AnalyzerVersion"/> must change whenever what an index stores changes: the engine's fields,
/// the shape of the records it writes, and the report metadata stored with each report. An index of another version
/// is rebuilt beside the serving one; without a new version, files indexed before a change are never read again, so
/// (say) a new metadata field would stay empty for them. The layout is described by shape, not by type names, so
/// renaming a type changes nothing; each version's fingerprint is pinned here.
/// </summary>
public sealed class StoredLayoutTests
{
    /// <summary>Analyzer version → fingerprint of the layout it writes (versions before 7 predate this check).</summary>
    private static readonly Dictionary<string, string> Layouts = new(StringComparer.Ordinal)
    {
        ["7"] = "2f2f6c14bed56ba3",
        // 8: metadata gains 时效性, mentioned places and years and typed origins; the engine 时效性 and 文号 fields (issue 19).
        ["8"] = "f3eeaad693fe9c78",
        // 9: quotation and book-title marks no longer break a phrase; a 文号's year brackets fold to 〔〕 (issue 21).
        ["9"] = "6423c3f86df5d730",
        // 10: segments record department names and whether their title is weak, for ranking; reports record their
        // text fingerprint, by which copies of one text are listed once (issue 21).
        ["10"] = "07b7483c341b82ac",
        // 11: each report's words and short phrases in the vocabulary field, for autocomplete and "did you mean" (issue 21).
        ["11"] = "91852cba85459efd",
        // 12: the layout now names the payloads' encoding; the text is deflated at zlib's smallest setting and
        // section headings are no longer \u-escaped (issue 24).
        ["12"] = "1adcb73431dc36ee",
        // 13: stored strings are written in the common-character code before deflating, sections as numbers and strings
        // instead of JSON; report metadata is no longer \u-escaped (issue 24).
        ["13"] = "862c1ce0501e173d",
    };

    // Tokens change what an index holds as much as fields do: a probe of the analysis rules is part of the layout.
    private const string TokenProbe = "实行“六个一”工作机制，国发[2017]35号《预算法》China's x<5 工作 abc";

    [Fact]
    public void The_analyzer_version_changes_with_the_stored_layout()
    {
        var layout = Layout();
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(layout)))[..16];
        Assert.True(Layouts.TryGetValue(ReportIndexes.AnalyzerVersion, out var pinned) && pinned == fingerprint,
            $"The stored layout changed (fingerprint {fingerprint}): bump ReportIndexes.AnalyzerVersion, so that indexes are rebuilt " +
            $"with it, and add [\"<the new version>\"] = \"{fingerprint}\" to {nameof(StoredLayoutTests)}.{nameof(Layouts)}.\nThe layout now:\n{layout}");
    }

    [Fact]
    public void Each_version_has_its_own_layout()
    {
        Assert.Equal(Layouts.Count, Layouts.Values.Distinct().Count());
        Assert.Contains("report.metadata: {", Layout()); // the description reaches into the metadata
    }

    private static string Layout()
    {
        var sb = new StringBuilder();
        sb.Append("schema ").AppendLine(IndexFolder.SchemaVersion);
        foreach (var f in typeof(IndexFields).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Where(f => f.IsLiteral).OrderBy(f => f.Name, StringComparer.Ordinal))
            sb.Append("field ").Append(f.Name).Append(" = ").AppendLine(Convert.ToString(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture));
        sb.Append("tokens: ").AppendLine(string.Join(" ", ReportSearch.Analysis.AnalyzedToken.Of(ReportSearch.Analysis.ExactAnalyzer.Instance, TokenProbe).Select(t => t.Text)));
        sb.Append("report: ").AppendLine(Shape(typeof(ReportRecord)));
        sb.Append("report.metadata: ").AppendLine(Shape(typeof(ReportMetadata)));
        sb.Append("payloads: ").AppendLine(SegmentPayload.Layout);
        return sb.ToString();
    }

    // A type by its structure: primitives by name, collections by element, records by their properties.
    private static string Shape(Type type, int depth = 0)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner) return Shape(inner, depth) + "?";
        if (type.IsEnum) return "enum";
        if (type.IsPrimitive || type == typeof(string) || type == typeof(DateTime) || type == typeof(decimal)) return type.Name;
        if (type.IsArray) return $"[{Shape(type.GetElementType()!, depth)}]";
        var dictionary = type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));
        if (dictionary is not null) return $"map<{Shape(dictionary.GetGenericArguments()[0], depth)}, {Shape(dictionary.GetGenericArguments()[1], depth)}>";
        var list = type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (list is not null) return $"list<{Shape(list.GetGenericArguments()[0], depth)}>";
        if (typeof(IEnumerable).IsAssignableFrom(type) || depth > 4) return type.Name;
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.GetMethod is not null && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Name}: {Shape(p.PropertyType, depth + 1)}");
        return "{ " + string.Join(", ", properties) + " }";
    }
}
