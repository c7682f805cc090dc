using System.Text.Json;
using ReportSearch.Search;

namespace ReportSearch.Host.Tests;

/// <summary>Reads API bodies with the contract's own serializer options.</summary>
public static class Api
{
    public static async Task<T> Get<T>(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} → {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, SearchJson.Options)!;
    }

    public static Task<SearchResponse> Search(HttpClient client, string query) => Get<SearchResponse>(client, "api/v1/search?" + query);

    public static string Q(string value) => Uri.EscapeDataString(value);
}
