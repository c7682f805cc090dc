using System.Net;
using System.Text;

namespace ReportSearch.Host.Tests;

/// <summary>No user input may give a 500: hostile strings in every parameter, and raw bytes no browser would send.</summary>
public sealed class FuzzTests(HostFixture host, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<HostFixture>
{
    private static readonly string[] Endpoints = ["api/v1/search", "api/v1/suggest", "api/v1/reports/", "api/v1/search.csv", "api/v1/search.atom", "reports/", ""];

    [Fact]
    public async Task A_thousand_generated_hostile_requests_get_no_5xx_and_every_api_4xx_is_problem_json()
    {
        var random = new Random(5);
        var counts = new SortedDictionary<int, int>();
        var failures = new List<string>();
        foreach (var value in ReportSearch.Core.Tests.Attack.HostileQueries.Generate(1_000, seed: 23))
        {
            var endpoint = Endpoints[random.Next(Endpoints.Length)];
            var parameter = Parameters[random.Next(Parameters.Length)];
            var url = endpoint switch
            {
                "api/v1/reports/" or "reports/" => $"{endpoint}{Encode(value)}?q={Encode(value)}",
                "api/v1/suggest" => $"{endpoint}?prefix={Encode(value)}",
                _ => parameter == "q" ? $"{endpoint}?q={Encode(value)}" : $"{endpoint}?q=%E5%85%AD&{parameter}={Encode(value)}",
            };
            var uri = new Uri(host.Server.BaseAddress + url, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
            using var response = await host.Client.GetAsync(uri);
            int status = (int)response.StatusCode;
            counts[status] = counts.GetValueOrDefault(status) + 1;
            if (status >= 500) failures.Add($"{status} for {Truncate(url)}");
            else if (status is >= 400 and < 500 && url.StartsWith("api/", StringComparison.Ordinal) && response.Content.Headers.ContentLength != 0
                     && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                failures.Add($"{status} without problem+json for {Truncate(url)}");
        }
        output.WriteLine("1,000 hostile HTTP requests by status: " + string.Join(", ", counts.Select(c => $"{c.Key}: {c.Value}")));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.Equal(1_000, counts.Values.Sum());
    }

    public static readonly string[] Hostile =
    [
        "\"", "\"\"", "'", "*", "^", "^六个一", "六个一*", "NEAR(", "NEAR(a b", "NEAR(六个一, 机制)", "a AND", "OR", "OR OR", "- -", "-",
        "'; DROP TABLE reports; --", "\"; DROP TABLE segment_fts; --", "title:", "district:", "year:", "year:abc", "year:2022..2019",
        "year:99999999999999", "district:\"", "(", ")", "{}", "[]", "\\", "%", "_", "%_%", "\0", "\u0001\u0002",
        "\uD800", "\uDC00", "a\uD800b", "\uFFFF", "\uFEFF", "𠀀𠀁", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "col:term", "segment_fts:六个一", "rank", "MATCH", "{title body}: x", "六个一 -六个一", "\"六个一\" -", "a\u3000b",
        new string('六', 201), new string('x', 1500), string.Concat(Enumerable.Repeat("a OR ", 100)), string.Concat(Enumerable.Repeat("\"", 301)),
    ];

    public static readonly string[] Parameters = ["q", "district", "year", "from", "to", "sort", "page", "size"];

    [Fact]
    public async Task Hostile_strings_in_any_search_parameter_never_give_a_5xx()
    {
        var failures = new List<string>();
        foreach (var value in Hostile)
        {
            foreach (var parameter in Parameters)
            {
                var url = parameter == "q" ? $"api/v1/search?q={Encode(value)}" : $"api/v1/search?q=%E5%85%AD%E4%B8%AA%E4%B8%80&{parameter}={Encode(value)}";
                await Check(url, failures);
            }
            await Check($"api/v1/suggest?prefix={Encode(value)}", failures);
            await Check($"api/v1/reports/{Encode(value)}?q={Encode(value)}", failures);
            await Check($"api/v1/reports/x?q={Encode(value)}", failures);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Ten_thousand_characters_and_invalid_utf8_never_give_a_5xx()
    {
        var failures = new List<string>();
        foreach (var raw in new[]
        {
            "q=" + Encode(new string('六', 10_000)), "q=" + new string('a', 10_000), "q=%ED%A0%80", "q=%C0%AF", "q=%FF%FE", "q=%00",
            "q=%", "q=%E5%85", "district=%ED%A0%80&q=a", "q=a&q=b&q=c", "sort=%00&q=a", "page=%EF%BC%91&q=a", "year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%90&q=a",
        })
        {
            await Check("api/v1/search?" + raw, failures);
            await Check("api/v1/suggest?prefix=" + raw[(raw.IndexOf('=') + 1)..], failures);
        }
        await Check("api/v1/reports/%ED%A0%80", failures);
        await Check("api/v1/reports/" + new string('x', 5000), failures);
        await Check("reports/%ED%A0%80?q=%ED%A0%80", failures);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task Check(string relative, List<string> failures)
    {
        // Sent byte for byte as written: no re-escaping or canonicalization by Uri.
        var uri = new Uri(host.Server.BaseAddress + relative, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        using var response = await host.Client.GetAsync(uri);
        if ((int)response.StatusCode >= 500)
            failures.Add($"{(int)response.StatusCode} for {Truncate(relative)}: {Truncate(await response.Content.ReadAsStringAsync())}");
        else if (response.StatusCode == HttpStatusCode.BadRequest && response.Content.Headers.ContentLength != 0
                 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            failures.Add($"400 without problem+json for {Truncate(relative)}");
    }

    // Like encodeURIComponent, but a lone surrogate becomes the bytes it would have in (invalid) UTF-8.
    private static string Encode(string value)
    {
        var sb = new StringBuilder();
        foreach (var rune in EnumerateLoosely(value))
        {
            foreach (var b in rune)
            {
                char c = (char)b;
                if (char.IsAsciiLetterOrDigit(c) || "-_.~".Contains(c)) sb.Append(c);
                else sb.Append('%').Append(b.ToString("X2"));
            }
        }
        return sb.ToString();
    }

    private static IEnumerable<byte[]> EnumerateLoosely(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogatePair(value, i))
            {
                yield return Encoding.UTF8.GetBytes(value.Substring(i, 2));
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                int c = value[i];
                yield return [(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))];
            }
            else yield return Encoding.UTF8.GetBytes(value[i].ToString());
        }
    }

    private static string Truncate(string s) => s.Length > 300 ? s[..300] + "…" : s;
}
