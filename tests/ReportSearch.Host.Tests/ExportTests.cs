using System.Net;
using System.Text;
using System.Xml.Linq;
using ReportSearch.Host.Api;

namespace ReportSearch.Host.Tests;

/// <summary>GET /api/v1/search.csv and /api/v1/search.atom over real HTTP, checked against the JSON API.</summary>
public sealed class ExportTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Csv_is_utf8_with_bom_and_lists_exactly_the_reports_the_search_finds()
    {
        using var response = await host.Client.GetAsync($"api/v1/search.csv?q={Api.Q(TestArchive.CommonTerm)}&page=2&size=3&facetSize=0");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("filename*=UTF-8''", string.Join(";", response.Content.Headers.GetValues("Content-Disposition")));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(ResultCsv.Header, rows[0]);

        // Oracle: every page of the JSON API (page, size and facetSize of the export request are ignored).
        var expected = new List<(string Id, string? Title)>();
        for (int page = 1; ; page++)
        {
            var r = await Api.Search(host.Client, $"q={Api.Q(TestArchive.CommonTerm)}&size=50&page={page}");
            expected.AddRange(r.Hits.Select(h => (h.Id, (string?)h.ShownTitle())));
            if (expected.Count >= r.Total) break;
        }
        var data = rows.Skip(1).ToList();
        Assert.Equal(expected.Count, data.Count);
        for (int i = 0; i < data.Count; i++)
        {
            Assert.Equal((i + 1).ToString(), data[i][0]);
            Assert.Equal(expected[i].Title, data[i][Array.IndexOf(ResultCsv.Header, "标题")]);
            Assert.Equal($"{host.Server.BaseAddress}reports/{Uri.EscapeDataString(expected[i].Id)}?q={Api.Q(TestArchive.CommonTerm)}", data[i][Array.IndexOf(ResultCsv.Header, "链接")]);
            Assert.Contains(TestArchive.CommonTerm, data[i][Array.IndexOf(ResultCsv.Header, "摘要")]);
        }
    }

    [Fact]
    public void Csv_fields_survive_a_round_trip_and_formulas_are_defused()
    {
        var random = new Random(12);
        const string alphabet = "ab,\"\n\r\t =+-@六个一；“”'";
        for (int n = 0; n < 500; n++)
        {
            var value = new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var parsed = Assert.Single(ParseCsv(ResultCsv.Quote(value) + "\r\n"))[0];
            bool formula = value.Length > 0 && (value[0] is '=' or '+' or '-' or '@' || char.IsControl(value[0]));
            Assert.Equal(formula ? "'" + value : value, parsed);
        }
    }

    [Fact]
    public async Task Atom_lists_the_newest_reports_first_with_absolute_links()
    {
        var body = await host.Client.GetStringAsync($"api/v1/search.atom?q={Api.Q(TestArchive.CommonTerm)}&district={Api.Q("东湖镇")}&sort=relevance");
        var feed = XDocument.Parse(body).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Contains("东湖镇", feed.Element(Atom + "title")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        var years = TestArchive.Synthetic.Where(s => s.District == "东湖镇").Select(s => s.Year).OrderDescending().ToList();
        Assert.Equal(years, entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value).Year).ToList());
        Assert.All(entries, e =>
        {
            Assert.StartsWith(host.Server.BaseAddress + "reports/", e.Element(Atom + "link")!.Attribute("href")!.Value);
            Assert.Equal("东湖镇", e.Element(Atom + "category")!.Attribute("term")!.Value);
        });
    }

    [Fact]
    public async Task Atom_escapes_markup_in_reports_and_honours_size()
    {
        var body = await host.Client.GetStringAsync($"api/v1/search.atom?q={Api.Q(TestArchive.XssMarker)}");
        Assert.DoesNotContain("<script>", body);
        Assert.DoesNotContain("<img", body);
        var summary = XDocument.Parse(body).Root!.Element(Atom + "entry")!.Element(Atom + "summary")!.Value;
        Assert.Contains(TestArchive.XssScript, summary);

        var two = XDocument.Parse(await host.Client.GetStringAsync($"api/v1/search.atom?q={Api.Q(TestArchive.CommonTerm)}&size=2")).Root!;
        Assert.Equal(2, two.Elements(Atom + "entry").Count());
    }

    [Theory]
    [InlineData("search.csv?q=%22unclosed", "unbalanced_quote")]
    [InlineData("search.atom?q=a&size=51", "bad_size")]
    [InlineData("search.csv?q=a&year=x", "bad_year")]
    public async Task Bad_export_parameters_are_problems(string path, string code)
    {
        using var response = await host.Client.GetAsync("api/v1/" + path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"\"{code}\"", await response.Content.ReadAsStringAsync());
    }

    /// <summary>RFC 4180: quoted fields with "" for a quote, CRLF between records.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString()); field.Clear();
                rows.Add([.. row]); row.Clear();
                i++;
            }
            else field.Append(c);
        }
        Assert.False(quoted, "unterminated quoted field");
        Assert.Empty(row);
        return rows;
    }
}
