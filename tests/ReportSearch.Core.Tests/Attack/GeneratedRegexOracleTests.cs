using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using ReportSearch.Ingestion;

namespace ReportSearch.Core.Tests.Attack;

/// <summary>
/// Every source-generated regex of the core must answer as .NET's regex interpreter does, on the seeds' lines and on
/// random strings of the pattern's own characters. The generator and RegexOptions.Compiled share bugs the interpreter
/// does not have: on .NET 10.0.12 a lazy loop of a group that backtracks at its upper bound threw
/// IndexOutOfRangeException (dotnet/runtime#129511: <c>(?:(?![将拟要])[^。；;]){0,30}?</c> on a press conference's
/// opening line), so a file failed to parse and its report was lost. The interpreter is the oracle.
/// </summary>
public class GeneratedRegexOracleTests
{
    private const int RandomInputsPerPattern = 2000;
    private const int MaxRandomLength = 160;

    public static IEnumerable<object[]> Patterns() =>
        typeof(ReportParsers).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(m => m.GetParameters().Length == 0 && m.ReturnType == typeof(Regex) && m.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
                .Select(m => new object[] { $"{t.FullName}.{m.Name}" }))
            .OrderBy(x => (string)x[0], StringComparer.Ordinal);

    [Fact]
    public void The_core_has_source_generated_regexes_to_check() => Assert.True(Patterns().Count() > 100);

    [Theory]
    [MemberData(nameof(Patterns))]
    public void A_generated_regex_agrees_with_the_interpreter(string name)
    {
        var method = Find(name);
        var attribute = method.GetCustomAttribute<GeneratedRegexAttribute>()!;
        var generated = (Regex)method.Invoke(null, null)!;
        var interpreter = new Regex(attribute.Pattern, attribute.Options & ~RegexOptions.Compiled);
        foreach (var input in Inputs(attribute.Pattern, name))
        {
            string expected = Outcome(interpreter, input), actual = Outcome(generated, input);
            Assert.True(expected == actual, $"{name} on [{input}]: interpreter {expected}, generated {actual}");
        }
    }

    private static MethodInfo Find(string name)
    {
        int dot = name.LastIndexOf('.');
        return typeof(ReportParsers).Assembly.GetType(name[..dot])!
            .GetMethod(name[(dot + 1)..], BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)!;
    }

    // Every match's place and length, or the exception's type.
    private static string Outcome(Regex regex, string input)
    {
        try { return string.Join(";", regex.Matches(input).Select(m => $"{m.Index}+{m.Length}")); }
        catch (Exception e) { return e.GetType().Name; }
    }

    // The seeds' lines, read once for all the patterns.
    private static readonly Lazy<string[]> SeedLines = new(() =>
        Directory.EnumerateFiles(TestIndex.SeedsDir).Order(StringComparer.Ordinal).SelectMany(File.ReadLines).ToArray());

    private static IEnumerable<string> Inputs(string pattern, string name)
    {
        foreach (var line in SeedLines.Value)
            yield return line;
        // Strings of the pattern's own words (its runs of Han characters: 下午, 前往), dates and punctuation, mostly
        // ordinary characters between them: long enough for its bounded loops to reach their bounds and backtrack.
        var fragments = Regex.Matches(pattern, @"\p{IsCJKUnifiedIdeographs}+").Select(m => m.Value)
            .Concat(pattern.Where(c => char.IsPunctuation(c) && c > 0x7F).Select(c => c.ToString()))
            .Concat(["2021年", "3月5日", "12月19日", "2021-03-05", "第十三届", "（", "）", "：", " ", "\n"]).Distinct().ToArray();
        const string ordinary = "的一是在了和有人这中大为上个国我以要他时来用们生到作地出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处府研";
        var random = new Random(StableHash(name));
        var text = new StringBuilder();
        for (int i = 0; i < RandomInputsPerPattern; i++)
        {
            text.Clear();
            int length = random.Next(MaxRandomLength);
            while (text.Length < length)
                text.Append(random.Next(5) == 0 ? fragments[random.Next(fragments.Length)] : ordinary[random.Next(ordinary.Length)].ToString());
            yield return text.ToString();
        }
    }

    // string.GetHashCode differs from run to run; a failure must repeat.
    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c));
}
