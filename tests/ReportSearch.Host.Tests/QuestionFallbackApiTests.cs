using System.Net;
using System.Text.Json;
using ReportSearch.Query;
using ReportSearch.Search;

namespace ReportSearch.Host.Tests;

/// <summary>The question fallback over real HTTP: which mode answered, the words used, and the way back.</summary>
public sealed class QuestionFallbackApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    // Every synthetic report says {district}全面推行“六个一”工作机制; nothing says 如何.
    private const string Question = "如何推行六个一工作机制";

    [Fact]
    public async Task A_question_that_finds_nothing_exactly_is_answered_by_all_its_words()
    {
        var response = await Api.Search(host.Client, $"q={Api.Q(Question)}&size=50");
        Assert.Equal(SearchMode.AllWords, response.Mode);
        Assert.NotNull(response.Words);
        Assert.NotEmpty(response.Words);
        Assert.DoesNotContain(response.Words, QuestionFallback.FunctionWords.Contains);
        // The same as asking for those words in the query language, each an exact term.
        var asTerms = await Api.Search(host.Client, $"q={Api.Q(string.Join(' ', response.Words.Select(w => $"\"{w}\"")))}&size=50");
        Assert.Equal(SearchMode.Exact, asTerms.Mode);
        Assert.True(asTerms.Total > 0);
        Assert.Equal(asTerms.Total, response.Total);
        Assert.Equal(asTerms.Hits.Select(h => h.Id).Order(), response.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public async Task The_json_names_the_mode_and_the_words()
    {
        using var doc = JsonDocument.Parse(await host.Client.GetStringAsync($"api/v1/search?q={Api.Q(Question)}"));
        Assert.Equal("allWords", doc.RootElement.GetProperty("mode").GetString());
        Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("words").ValueKind);

        using var exact = JsonDocument.Parse(await host.Client.GetStringAsync($"api/v1/search?q={Api.Q(TestArchive.CommonTerm)}"));
        Assert.Equal("exact", exact.RootElement.GetProperty("mode").GetString());
        Assert.Equal(JsonValueKind.Null, exact.RootElement.GetProperty("words").ValueKind);
    }

    [Theory]
    [InlineData("fallback=off&q=" + Question)]
    [InlineData("fallback=OFF&q=" + Question)]
    [InlineData("q=\"" + Question + "\"")]
    [InlineData("q=如何推行 六个一工作机制")]
    public async Task Fallback_off_quotes_and_spaces_keep_the_exact_zero(string query)
    {
        var response = await Api.Search(host.Client, query.Replace(Question, Api.Q(Question)));
        Assert.Equal(SearchMode.Exact, response.Mode);
        Assert.Null(response.Words);
        Assert.Equal(0, response.Total);
    }

    [Fact]
    public async Task An_unknown_fallback_value_is_a_400_with_a_chinese_message()
    {
        using var response = await host.Client.GetAsync($"api/v1/search?q={Api.Q(Question)}&fallback=maybe");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("bad_fallback", doc.RootElement.GetProperty("code").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", doc.RootElement.GetProperty("detail").GetString()!);
    }
}
