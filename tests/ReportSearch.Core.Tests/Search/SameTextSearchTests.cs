using ReportSearch.Core.Tests.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Search;

namespace ReportSearch.Core.Tests.Search;

/// <summary>
/// Copies of one text (another layout, another site's chrome, another posting date) are listed once, by the copy that
/// ranks best, with the others under it; every matching report stays reachable and the totals add up.
/// </summary>
public sealed class SameTextSearchTests : IDisposable
{
    private readonly TestIndex _index = new();

    private static readonly string[] Texts =
    [
        "街道深入推进社区网格化管理，以党建引领基层治理，整合综治、城管、民政等力量，把辖区划分为四十二个网格，建立吹哨报到机制，群众诉求在网格内收集、在社区内解决，全年排查风险隐患一千二百余件，办结率百分之九十八。",
        "镇党委坚持把乡村振兴作为头等大事，发展特色种植一万亩，建成冷链物流中心一座，引进农产品加工企业六家，带动农户增收，村集体经济收入全部超过二十万元，人居环境整治扎实推进，改厕四千余户，垃圾分类覆盖所有行政村。",
        "区政府深化放管服改革，推行一网通办，政务服务事项网上可办率达到百分之九十九，企业开办时间压缩至一个工作日，新增市场主体八千余户，营商环境持续优化，社区网格化管理与政务服务联动，群众办事更加便利，满意度不断提升。",
        "市人力资源社会保障局完善就业服务体系，开展职业技能培训两万人次，发放创业担保贷款三亿元，城镇新增就业五万人，社会保障覆盖面持续扩大，养老保险参保人数稳步增长，困难群体就业援助实现动态清零，劳动关系总体和谐稳定。",
    ];

    private static string Layout(string text, Random random)
    {
        int width = random.Next(15, 90);
        var lines = Enumerable.Range(0, (text.Length + width - 1) / width).Select(i => text.Substring(i * width, Math.Min(width, text.Length - i * width)));
        var body = string.Join(random.Next(2) == 0 ? "\n" : "\n\n", lines);
        if (random.Next(2) == 0) body = $"发布时间：20{random.Next(18, 25)}-0{random.Next(1, 9)}-1{random.Next(0, 9)}  来源：第{random.Next(1, 9)}网站\n" + body;
        return "工作总结\n" + body + "\n";
    }

    [Fact]
    public void Copies_are_listed_once_and_every_matching_report_stays_reachable()
    {
        var random = new Random(20261203);
        var textOf = new Dictionary<string, int>();
        for (int i = 0; i < 24; i++)
        {
            int t = i < Texts.Length ? i : random.Next(Texts.Length);
            var path = $"r{i:00}.txt";
            _index.Write(path, Layout(Texts[t], random));
            textOf[path] = t;
        }
        _index.Build();
        var oracle = new SearchOracle(_index.Archive);
        int queries = 0;
        foreach (var term in new[] { "网格化管理", "社区", "乡村振兴", "满意度", "社会保障", "群众", "百分之九十", "一网通办" })
        {
            var matching = oracle.Matching(term);
            var response = _index.Search(term, size: 50);
            var listed = response.Hits.Select(h => h.Source!).ToList();
            var copies = response.Hits.SelectMany(h => h.SameText?.Reports ?? []).Select(r => r.Source!).ToList();
            // Every matching report once: listed, or under a listed copy of its text.
            Assert.Equal(matching.Order(), listed.Concat(copies).Order());
            // One result per text, and the totals say what they count.
            Assert.Equal(matching.Select(p => textOf[p]).Distinct().Count(), response.Total);
            Assert.Equal(listed.Count, listed.Select(p => textOf[p]).Distinct().Count());
            Assert.Equal(matching.Count, response.Total + response.SameTextCopies);
            foreach (var hit in response.Hits)
            {
                int count = hit.SameText?.Count ?? 0;
                Assert.Equal(matching.Count(p => textOf[p] == textOf[hit.Source!]) - 1, count);
                Assert.All(hit.SameText?.Reports ?? [], r => Assert.Equal(textOf[hit.Source!], textOf[r.Source!]));
            }
            if (response.SameTextCopies > 0) queries++;
        }
        Assert.True(queries >= 4, $"only {queries} queries had copies to fold");
    }

    [Fact]
    public void The_copy_that_comes_first_in_the_requested_order_is_the_one_listed()
    {
        // The same text three times: one copy's title is strong (it earns the title factor), one is newer.
        var strong = new ReportMetadata { Year = 2021, Origins = new FieldOrigins { Title = MetadataOrigin.Title } };
        var weak = new ReportMetadata { Year = 2021, Origins = new FieldOrigins { Title = MetadataOrigin.Path } };
        var newer = weak with { Year = 2024 };
        IndexTestSupport.Write(_index.IndexDir,
            IndexTestSupport.Document("weak.txt", "网格化管理工作总结", Texts[0], weak),
            IndexTestSupport.Document("strong.txt", "网格化管理工作总结", Texts[0].Replace("，", "，\n"), strong),
            IndexTestSupport.Document("newer.txt", "网格化管理工作总结", Texts[0].Replace("。", "。\n\n"), newer),
            IndexTestSupport.Document("other.txt", "工作总结", Texts[2]));
        using var index = ReportSearch.Engine.ReportIndexes.OpenForReading(_index.IndexDir);
        var service = new SearchService(index);
        SearchResponse Search(SortOrder sort) => service.Search(new SearchRequest { Query = "网格化管理", Size = 10, Sort = sort });

        var byRelevance = Search(SortOrder.Relevance);
        Assert.Equal(2, byRelevance.Total);
        Assert.Equal(2, byRelevance.SameTextCopies);
        Assert.Equal("strong.txt", byRelevance.Hits[0].Source);
        Assert.Equal(["newer.txt", "weak.txt"], byRelevance.Hits[0].SameText!.Reports.Select(r => r.Source!).Order());

        // The contract: the copies under the hit, their number in the response.
        using var json = System.Text.Json.JsonDocument.Parse(SearchJson.Serialize(byRelevance));
        Assert.Equal(2, json.RootElement.GetProperty("sameTextCopies").GetInt32());
        var sameText = json.RootElement.GetProperty("hits")[0].GetProperty("sameText");
        Assert.Equal(2, sameText.GetProperty("count").GetInt32());
        Assert.Equal(2, sameText.GetProperty("reports").GetArrayLength());
        Assert.True(sameText.GetProperty("reports")[0].TryGetProperty("id", out _));

        var byDate = Search(SortOrder.Newest);
        Assert.Equal("newer.txt", Assert.Single(byDate.Hits, h => h.SameText is not null).Source);
    }

    public void Dispose() => _index.Dispose();
}
