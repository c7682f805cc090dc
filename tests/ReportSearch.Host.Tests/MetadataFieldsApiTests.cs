using ReportSearch.Analysis;
using ReportSearch.Search;

namespace ReportSearch.Host.Tests;

/// <summary>
/// 文号, 时效性 and untitled reports through real HTTP (issue 19): the JSON fields, the docNumber filter in every bracket
/// form, the validity facet against a count over every indexed report, and a 索引号 never shown as a 文号.
/// </summary>
public sealed class MetadataFieldsApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly string Marker = Api.Q(TestArchive.MetadataMarker);

    // 国发〔2017〕35号 as staff type it: every bracket the archives use.
    public static readonly TheoryData<string> BracketForms = new()
    {
        "国发〔2017〕35号", "国发[2017]35号", "国发（2017）35号", "国发(2017)35号", "国发【2017】35号",
    };

    private Task<SearchResponse> Marked(string extra = "") => Api.Search(host.Client, $"q={Marker}&size=50{extra}");

    [Fact]
    public async Task Hits_carry_the_canonical_doc_number_and_validity_of_each_report()
    {
        var hits = (await Marked()).Hits;
        Assert.Equal(TestArchive.Metadata.Count, hits.Count);
        var bySource = hits.ToDictionary(h => Path.GetFileName(h.Source!));
        foreach (var name in new[] { "policy-a.txt", "policy-b.txt", "policy-c.txt" })
            Assert.Equal(TestArchive.DocNumber, bySource[name].DocNumber);
        Assert.Equal("国发〔2017〕36号", bySource["policy-d.txt"].DocNumber);
        Assert.Equal(ValidityText.InForce, bySource["policy-a.txt"].Validity);
        Assert.Equal(ValidityText.Revised, bySource["policy-c.txt"].Validity);
        Assert.Equal(ValidityText.Repealed, bySource["policy-d.txt"].Validity);
        Assert.Equal(ValidityText.Unknown, bySource["policy-b.txt"].Validity);
    }

    [Theory]
    [MemberData(nameof(BracketForms))]
    public async Task Every_bracket_form_finds_the_reports_of_that_number_in_the_query_and_as_a_parameter(string form)
    {
        // The oracle: every indexed report whose number is that one, read from the hits of an unfiltered search.
        var expected = (await AllReports()).Where(h => h.DocNumber == TestArchive.DocNumber).Select(h => h.Id).Order().ToList();
        Assert.Equal(3, expected.Count); // written as 〔〕, [] and （） in the archive

        var typed = await Api.Search(host.Client, $"q={Api.Q("docNumber:" + form)}&size=50");
        Assert.Equal(expected, typed.Hits.Select(h => h.Id).Order());
        Assert.Equal(expected.Count, typed.Total);

        var parameter = await Api.Search(host.Client, $"docNumber={Api.Q(form)}&size=50");
        Assert.Equal(expected, parameter.Hits.Select(h => h.Id).Order());

        // With words too: the filter narrows, it does not replace them.
        var withWords = await Marked($"&docNumber={Api.Q(form)}");
        Assert.Equal(expected, withWords.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public async Task Another_number_of_the_same_issuer_and_year_is_not_found()
    {
        var other = await Api.Search(host.Client, $"q={Api.Q("docNumber:国发[2017]36号")}&size=50");
        Assert.Equal("policy-d.txt", Path.GetFileName(Assert.Single(other.Hits).Source));
        var none = await Api.Search(host.Client, $"q={Api.Q("docNumber:国发[2017]350号")}&size=50");
        Assert.Equal(0, none.Total);
    }

    [Fact]
    public async Task The_validity_facet_counts_every_indexed_report_by_its_validity()
    {
        var all = await AllReports();
        var oracle = all.GroupBy(h => h.Validity).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(all.Count, oracle.Values.Sum());
        Assert.True(oracle.Keys.All(ValidityText.All.Contains), string.Join(",", oracle.Keys));

        // Selecting every value lists every report; the facet, which ignores its own filter, counts them all.
        var browse = await Api.Search(host.Client, string.Join("&", ValidityText.All.Select(v => "validity=" + Api.Q(v))) + "&size=1");
        Assert.Equal(all.Count, browse.Total);
        Assert.Equal(oracle.OrderBy(kv => kv.Key), browse.Facets.Validity.ToDictionary(f => f.Value, f => f.Count).OrderBy(kv => kv.Key));

        foreach (var (value, count) in oracle)
        {
            var filtered = await Api.Search(host.Client, $"q={Api.Q("validity:" + value)}&size=50");
            Assert.Equal(count, filtered.Total);
            Assert.All(filtered.Hits, h => Assert.Equal(value, h.Validity));
        }
    }

    [Fact]
    public async Task A_report_with_an_index_number_and_no_doc_number_shows_no_doc_number()
    {
        var hit = (await Marked()).Hits.Single(h => Path.GetFileName(h.Source) == "index-number-only.txt");
        Assert.Null(hit.DocNumber);
        var body = await host.Client.GetStringAsync($"api/v1/reports/{hit.Id}");
        var view = System.Text.Json.JsonSerializer.Deserialize<ReportView>(body, SearchJson.Options)!;
        Assert.Null(view.DocNumber);
        Assert.Contains("\"docNumber\":null", body);
        // Nor does any report carry the 索引号 as its number.
        Assert.DoesNotContain(await AllReports(), h => h.DocNumber is { } n && n.Contains(TestArchive.IndexNumber));
    }

    [Fact]
    public async Task An_untitled_report_gives_its_opening_line_and_a_titled_one_none()
    {
        var hits = (await Marked()).Hits;
        var untitled = hits.Single(h => Path.GetFileName(h.Source) == "000123.txt");
        Assert.Null(untitled.Title);
        Assert.Equal(TestArchive.UntitledOpening, untitled.Opening);
        Assert.Equal("（无标题）" + TestArchive.UntitledOpening, untitled.ShownTitle());
        Assert.All(hits.Where(h => h.Title is not null), h => Assert.Null(h.Opening));

        var view = await Api.Get<ReportView>(host.Client, $"api/v1/reports/{untitled.Id}");
        Assert.Equal(TestArchive.UntitledOpening, view.Opening);

        // The JSON escapes the markup the text holds (the page sets it as text).
        var body = await host.Client.GetStringAsync($"api/v1/search?q={Marker}&size=50");
        Assert.DoesNotContain("<b>", body);
    }

    [Fact]
    public async Task Exports_show_the_untitled_label_and_the_doc_number()
    {
        var csv = await host.Client.GetStringAsync($"api/v1/search.csv?q={Marker}");
        Assert.Contains("（无标题）" + TestArchive.UntitledOpening, csv);
        Assert.Contains(TestArchive.DocNumber, csv);
        var atom = await host.Client.GetStringAsync($"api/v1/search.atom?q={Marker}");
        Assert.Contains("（无标题）各街道、各部门：请于&lt;b&gt;三月底&lt;/b&gt;前报送材料。", atom);
    }

    [Fact]
    public async Task Places_and_years_the_text_only_mentions_are_listed_apart_never_as_the_reports_own()
    {
        var hit = (await Marked()).Hits.Single(h => Path.GetFileName(h.Source) == "mentions.txt");
        var view = await Api.Get<ReportView>(host.Client, $"api/v1/reports/{hit.Id}");
        Assert.Equal(2021, view.Year);
        Assert.Contains(2015, view.MentionedYears);
        Assert.Contains(view.MentionedPlaces, p => p.Contains("广州市"));
        Assert.DoesNotContain("广州市", view.Region ?? []);
        Assert.NotEqual("广州市", view.District);

        // The year filter and facet use the report's own year only.
        var inMentionedYear = await Marked("&year=2015");
        Assert.DoesNotContain(inMentionedYear.Hits, h => h.Id == hit.Id);
        Assert.Contains(await Marked("&year=2021") is var own ? own.Hits : [], h => h.Id == hit.Id);
        Assert.DoesNotContain((await Marked()).Facets.Year, f => f.Value == "2015");
        Assert.DoesNotContain((await Marked("&district=" + Api.Q("广州市"))).Hits, h => h.Id == hit.Id);
    }

    // Every indexed report, through the API: a browse by every validity selects them all, page by page. Checked
    // against the index's own count, so a report the filter lost cannot hide from the oracle.
    private async Task<List<SearchHit>> AllReports()
    {
        using var stats = System.Text.Json.JsonDocument.Parse(await host.Client.GetStringAsync("api/v1/stats"));
        int reports = stats.RootElement.GetProperty("reports").GetInt32();
        var all = await Browse();
        Assert.Equal(reports, all.Select(h => h.Id).Distinct().Count());
        return all;
    }

    private async Task<List<SearchHit>> Browse()
    {
        var filter = string.Join("&", ValidityText.All.Select(v => "validity=" + Api.Q(v)));
        var hits = new List<SearchHit>();
        for (int page = 1; ; page++)
        {
            var r = await Api.Search(host.Client, $"{filter}&size={SearchRequest.MaxSize}&page={page}");
            hits.AddRange(r.Hits);
            if (hits.Count >= r.Total || r.Hits.Count == 0) return hits;
        }
    }
}
