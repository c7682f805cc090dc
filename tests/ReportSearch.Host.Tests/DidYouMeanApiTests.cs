using System.Text.Json;
using ReportSearch.Search;

namespace ReportSearch.Host.Tests;

/// <summary>Autocomplete and "did you mean" over real HTTP: every count shown is what the search itself answers.</summary>
public sealed class DidYouMeanApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    // In three reports of the archive (TestArchive.Metadata); the typo (划 → 化) is in none.
    private const string Phrase = "人工智能发展规划";
    private const string Typo = "人工智能发展规化";

    [Fact]
    public async Task A_typo_gets_did_you_mean_whose_count_is_the_search_total_and_a_found_query_gets_none()
    {
        var typo = await Api.Search(host.Client, $"q={Api.Q(Typo)}");
        Assert.Equal(0, typo.Total);
        var proposal = Assert.IsType<DidYouMean>(typo.DidYouMean);
        Assert.Equal(Phrase, proposal.Query);
        var found = await Api.Search(host.Client, $"q={Api.Q(proposal.Query)}&size=1");
        Assert.True(found.Total >= 3);
        Assert.Equal(found.Total, proposal.Count);
        Assert.Null(found.DidYouMean);

        // The JSON names it didYouMean: { query, count }, and null when there is none.
        using var doc = JsonDocument.Parse(await host.Client.GetStringAsync($"api/v1/search?q={Api.Q(Typo)}"));
        var json = doc.RootElement.GetProperty("didYouMean");
        Assert.Equal(Phrase, json.GetProperty("query").GetString());
        Assert.Equal(found.Total, json.GetProperty("count").GetInt32());
        using var none = JsonDocument.Parse(await host.Client.GetStringAsync($"api/v1/search?q={Api.Q(TestArchive.CommonTerm)}"));
        Assert.Equal(JsonValueKind.Null, none.RootElement.GetProperty("didYouMean").ValueKind);
    }

    [Fact]
    public async Task Did_you_mean_keeps_the_filters_and_the_other_terms()
    {
        var filtered = await Api.Search(host.Client, $"q={Api.Q(Typo + " -修订")}&year=2017");
        var proposal = Assert.IsType<DidYouMean>(filtered.DidYouMean);
        Assert.Equal($"{Phrase} -修订", proposal.Query);
        var check = await Api.Search(host.Client, $"q={Api.Q(proposal.Query)}&year=2017&size=1");
        Assert.True(check.Total > 0);
        Assert.Equal(check.Total, proposal.Count);
        var unfiltered = await Api.Search(host.Client, $"q={Api.Q(proposal.Query)}&size=1");
        Assert.True(unfiltered.Total >= check.Total);
        // A filter that leaves nothing for any spelling: no proposal rather than one with 0 results.
        var nothing = await Api.Search(host.Client, $"q={Api.Q(Typo)}&year=1990");
        Assert.Null(nothing.DidYouMean);
    }

    [Fact]
    public async Task Completions_say_what_they_are_and_count_what_the_search_finds()
    {
        var completions = await Api.Get<IReadOnlyList<Completion>>(host.Client, $"api/v1/completions?prefix={Api.Q("人工")}");
        Assert.InRange(completions.Count, 1, SearchService.MaxSuggestions);
        var terms = completions.Where(c => c.Kind == CompletionKind.Term).ToList();
        Assert.NotEmpty(terms);
        foreach (var term in terms)
        {
            Assert.StartsWith("人工", term.Text);
            Assert.Equal((await Api.Search(host.Client, $"q={Api.Q(term.Text)}&size=1")).Total, term.Reports);
        }
        Assert.Equal(terms.OrderByDescending(t => t.Reports).Select(t => t.Reports), terms.Select(t => t.Reports));
        var titles = completions.Where(c => c.Kind == CompletionKind.Title).ToList();
        // Three reports share this title: it is offered once.
        Assert.Single(titles, t => t.Text == "国务院关于印发新一代人工智能发展规划的通知");
        foreach (var title in titles)
        {
            using var report = await host.Client.GetAsync($"api/v1/reports/{Uri.EscapeDataString(title.Id!)}");
            Assert.True(report.IsSuccessStatusCode);
        }
        Assert.Empty(await Api.Get<IReadOnlyList<Completion>>(host.Client, "api/v1/completions?prefix="));
    }
}
