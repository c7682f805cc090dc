using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Splits unit-shaped names (…街道, …镇, …乡, …区, …县, …市, bureaus …局) in simplified text. It does not decide
/// what a place is: a report's district comes from the gazetteer (<see cref="ReportSearch.Places.RegionRecognizer"/>),
/// and names found here count as districts only when the gazetteer knows them; the exception is the unit line of a
/// round-up's part (罗山街道： 汇聚…), whose own structure names the unit. Chinese has no
/// spaces, so a unit name is only taken where its start is certain: at the start of a title, an org name or a
/// path segment (<see cref="ParseChain"/>), or in running text right after punctuation (<see cref="FindInText"/>).
/// </summary>
internal static partial class UnitNames
{
    public enum Level { City, County, Town, Bureau }

    public sealed record Unit(string Name, Level Level);

    // Administrative words between unit names that are not themselves units: 中山市人民政府西区街道办事处.
    [GeneratedRegex("中共|人民政府|办事处|人民代表大会常务委员会|党工委|党委|委员会|政府")]
    private static partial Regex Filler();

    // One unit at the current position: a short name and its suffix. Lazy, so 西区街道 is 西区 + 街道.
    [GeneratedRegex(@"\G(?<name>\p{IsCJKUnifiedIdeographs}{2,7}?)(?<suffix>街道|镇|乡|区|县|市|局)")]
    private static partial Regex UnitAt();

    // A unit in running text, only after a non-Han character (punctuation, line start, digits) or 中共.
    [GeneratedRegex(@"(?:(?<![\p{IsCJKUnifiedIdeographs}])|(?<=中共))(?<name>\p{IsCJKUnifiedIdeographs}{2,4}?)(?<suffix>街道|镇|乡|区|县|市)")]
    private static partial Regex UnitInText();

    [GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*年度?)?")]
    private static partial Regex LeadingYear();

    // Characters that end a phrase rather than a place name (推动全市, 我们各区), and for some suffixes a
    // common word that is not a unit (工业园区, 主城区, 特色小镇, 超市).
    private const string BadNameEnd = "全本我该各都省个等和与及的了在对将把为是向";
    private const string BadNameAny = "的了在和与及对将把为是向从到被";
    private const string BadBeforeDistrict = "园片辖社城景矿灾疫老";
    private const string BadBeforeTown = "城乡小集";
    private const string BadBeforeCity = "城都超夜股楼上";

    /// <summary>The units that open <paramref name="text"/>, in order: 中山市人民政府西区街道办事处 → 中山市, 西区街道.</summary>
    public static List<Unit> ParseChain(string text)
    {
        var units = new List<Unit>();
        var s = Filler().Replace(LeadingYear().Replace(text.Trim(), ""), "");
        int pos = 0;
        while (pos < s.Length)
        {
            var m = UnitAt().Match(s, pos);
            if (!m.Success || !PlausibleName(m.Groups["name"].Value, m.Groups["suffix"].Value)) break;
            units.Add(new Unit(m.Value, LevelOf(m.Groups["suffix"].Value)));
            pos = m.Index + m.Length;
        }
        return units;
    }

    /// <summary>
    /// The issuing unit a chain names: the finest unit; a bureau keeps the place it belongs to (晋江市水利局). A bureau
    /// alone (国家统计局, 县水利局) names no place, so no district: a district is a place or a place's body.
    /// </summary>
    public static string? DistrictOf(List<Unit> chain)
    {
        if (chain.Count == 0 || chain.All(u => u.Level == Level.Bureau)) return null;
        var last = chain[^1];
        if (last.Level == Level.Bureau && chain.Count > 1 && chain[^2].Level != Level.Bureau) return chain[^2].Name + last.Name;
        return last.Name;
    }

    /// <summary>Units mentioned in running text where a name can safely start.</summary>
    public static IEnumerable<Unit> FindInText(string text)
    {
        foreach (Match m in UnitInText().Matches(text))
        {
            var name = m.Groups["name"].Value;
            var suffix = m.Groups["suffix"].Value;
            int after = m.Index + m.Length;
            char next = after < text.Length ? text[after] : ' ';
            if (!PlausibleName(name, suffix) || IsWordContinuation(suffix, next)) continue;
            yield return new Unit(m.Value, LevelOf(suffix));
        }
    }

    public static Level LevelOf(string suffix) => suffix switch
    {
        "市" => Level.City,
        "区" or "县" => Level.County,
        "局" => Level.Bureau,
        _ => Level.Town,
    };

    private static bool PlausibleName(string name, string suffix)
    {
        char last = name[^1];
        if (BadNameEnd.Contains(last) || name.AsSpan().IndexOfAny(BadNameAny) >= 0) return false;
        return suffix switch
        {
            "区" => !BadBeforeDistrict.Contains(last),
            "镇" => !BadBeforeTown.Contains(last),
            "市" => !BadBeforeCity.Contains(last),
            _ => true,
        };
    }

    // 市场, 区域, 镇压 … : the suffix character is the start of another word, not the end of a unit name.
    private static bool IsWordContinuation(string suffix, char next) => suffix switch
    {
        "市" => next is '场' or '值' or '民',
        "区" => next is '域' or '别' or '间' or '块',
        "县" => next is '域',
        "乡" => next is '村' or '土' or '亲' or '愁' or '镇',
        "镇" => next is '压' or '定' or '静' or '守',
        _ => false,
    };
}
