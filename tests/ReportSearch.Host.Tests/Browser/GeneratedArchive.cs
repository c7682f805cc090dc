namespace ReportSearch.Host.Tests.Browser;

/// <summary>
/// An archive at scale for the facet tests: <see cref="Count"/> small reports, all mentioning
/// <see cref="Term"/>, spread over <see cref="Districts"/> made-up units (far more than a facet shows at
/// once) and twenty years; and, under a term of their own (<see cref="OrgTerm"/>), <see cref="OrgReports"/> reports
/// of <see cref="Orgs"/> issuing bodies, more than a response carries of a facet. Deterministic, so counts can be
/// computed here and compared with the page.
/// </summary>
public static class GeneratedArchive
{
    public const int Count = 1000;
    public const string Term = "网格包联走访";
    public const int FirstYear = 2005;
    public const int Years = 20;

    private static readonly string[] First = ["安", "永", "长", "青", "石", "金", "龙", "凤", "白", "平", "云", "桂", "丰", "泰", "富"];
    private static readonly string[] Second = ["溪", "塘", "桥", "林", "阳", "江", "田", "浦", "坪", "港"];
    private static readonly string[] Kind = ["镇", "街道", "乡"];

    /// <summary>150 distinct unit names such as 安溪镇, 永塘街道, 长桥乡.</summary>
    public static readonly string[] Districts =
        [.. Enumerable.Range(0, First.Length * Second.Length).Select(i => First[i / Second.Length] + Second[i % Second.Length] + Kind[i % Kind.Length])];

    public static (string District, int Year) Report(int n) => (Districts[n * 7 % Districts.Length], FirstYear + n % Years);

    public const string OrgTerm = "专项督查回头看";
    public const int OrgReports = 300;
    /// <summary>More than <see cref="ReportSearch.Search.SearchRequest.DefaultFacetSize"/>: the org facet of <see cref="OrgTerm"/> is cut.</summary>
    public const int Orgs = 120;

    /// <summary>The issuing body of the n-th report of <see cref="OrgTerm"/>, given by its sidecar: made-up working groups.</summary>
    public static string OrgOf(int n) => $"第{n % Orgs + 1}督查组";

    public static void WriteInto(TestArchive archive)
    {
        for (int n = 0; n < Count; n++)
        {
            var (district, year) = Report(n);
            archive.Write($"generated/{n / 100:D2}/{n:D4}.txt", $"""
                {district}{year}年工作总结

                【基层治理】

                {year}年，{district}推行{Term}，第{n}号网格完成入户，群众满意度持续提升。
                """);
        }
    }

    public static void WriteOrgsInto(TestArchive archive)
    {
        for (int n = 0; n < OrgReports; n++)
        {
            archive.Write($"generated-orgs/{n:D3}.txt", $"""
                {FirstYear + n % Years}年{OrgTerm}情况通报

                按照工作安排，开展{OrgTerm}，第{n}项问题已完成整改。
                """);
            archive.Write($"generated-orgs/{n:D3}.txt.meta.json", $$"""{ "org": "{{OrgOf(n)}}" }""");
        }
    }

    public static int CountIn(string district) => Enumerable.Range(0, Count).Count(n => Report(n).District == district);
}
