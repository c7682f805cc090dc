using ReportSearch.Engine;
using ReportSearch.Query;
using ReportSearch.Search;
using Icu;

namespace ReportSearch.Bench;

public sealed record BenchQuery(string Class, SearchRequest Request, int DocumentFrequency);

/// <summary>
/// The fixed query mix, chosen from the indexed corpus itself: phrases sampled from stored segments (with a
/// Random of the seed) and the planted markers, classified by their document frequency measured with the index.
/// </summary>
public static class QueryMix
{
    public const int PerClass = 10;
    public static readonly string[] Classes = ["rare", "medium", "common", "long", "filtered", "traditional"];

    public static List<BenchQuery> Build(IReportIndexReader index, SearchService service, int seed, TextWriter log)
    {
        Wrapper.Init();
        var toTraditional = Transliterator.CreateInstance("Simplified-Traditional");
        var toSimplified = Transliterator.CreateInstance("Traditional-Simplified");
        var stats = index.Statistics();
        int reports = stats.Reports;
        if (reports == 0) throw new BenchUsageException("the index is empty");
        int rareMax = Math.Max(1, reports / 1000);
        int Df(string q) => service.Search(new SearchRequest { Query = q, Size = 1 }).Total;

        var rng = new Random(seed);
        // Texts to cut phrases from: reports at random places in the list of all reports (every report has a year
        // or not; browsing both halves by year covers every report, newest first).
        int pages = Math.Max(1, Math.Min(SearchRequest.MaxPage, reports / 50));
        var ids = Enumerable.Range(0, 8).Select(_ => rng.Next(1, pages + 1)).Distinct()
            .SelectMany(p => service.Search(new SearchRequest { Query = "", FromYear = 1000, Page = p, Size = 50 }).Hits.Select(h => h.Id))
            .Distinct().Take(400).ToList();
        var texts = ids.SelectMany(id => index.LoadSegments(id)).Select(s => s.Text).ToList();
        var shortCandidates = new List<string>();
        var longCandidates = new List<string>();
        foreach (var text in texts)
        {
            var runs = CjkRuns(text).Where(r => r.Length >= 10 && toSimplified.Transliterate(r) == r).ToList();
            if (runs.Count == 0) continue;
            var run = runs[rng.Next(runs.Count)];
            int len = rng.Next(3, 5);
            shortCandidates.Add(run.Substring(rng.Next(run.Length - len + 1), len));
            run = runs[rng.Next(runs.Count)];
            len = rng.Next(6, 11);
            longCandidates.Add(run.Substring(rng.Next(run.Length - len + 1), len));
        }

        var mix = new List<BenchQuery>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string cls, SearchRequest request, int df)
        {
            if (mix.Count(q => q.Class == cls) >= PerClass) return;
            if (!seen.Add(cls + "\u0001" + request.Query + "\u0001" + string.Join(",", request.Districts) + request.Years.Count + request.FromYear + request.ToYear)) return;
            mix.Add(new BenchQuery(cls, request, df));
        }

        // rare: the planted markers, then sampled phrases that happen to be as rare.
        foreach (var m in Markers.Rare)
        {
            int df = Df(m);
            if (df >= 1 && df <= rareMax) Add("rare", new SearchRequest { Query = m }, df);
        }
        var longDf = new List<(string Q, int Df)>();
        foreach (var q in longCandidates.Take(60))
        {
            int df = Df(q);
            longDf.Add((q, df));
            if (df >= 1 && df <= rareMax) Add("rare", new SearchRequest { Query = q }, df);
        }
        // medium: 1–10% of reports.
        var medium = new List<(string Q, int Df)>();
        foreach (var m in Markers.Medium.Concat(shortCandidates))
        {
            if (medium.Count >= PerClass) break;
            int df = Df(m);
            if (df >= reports * 0.01 && df <= reports * 0.10) { medium.Add((m, df)); Add("medium", new SearchRequest { Query = m }, df); }
        }
        // common: the most frequent single characters and words.
        foreach (var q in new[] { "的", "发展", "工作", "建设", "推进", "年" })
            Add("common", new SearchRequest { Query = q }, Df(q));
        // long: 6–10 characters, whatever their frequency.
        foreach (var (q, df) in longDf.Where(x => x.Df > 0)) Add("long", new SearchRequest { Query = q }, df);

        // filtered: districts taken from the facets of a common query.
        var districts = service.Search(new SearchRequest { Query = "发展" }).Facets.District.Select(f => f.Value).ToList();
        string D(int i) => districts.Count == 0 ? "西园街道" : districts[Math.Min(i, districts.Count - 1)];
        var m0 = medium.Count > 0 ? medium[0].Q : "发展";
        var m1 = medium.Count > 1 ? medium[1].Q : "工作";
        var l0 = longDf.FirstOrDefault(x => x.Df > 0).Q ?? "高质量发展";
        foreach (var r in new[]
        {
            new SearchRequest { Query = "发展", Districts = [D(0)] },
            new SearchRequest { Query = "工作", Years = [2020] },
            new SearchRequest { Query = "的", Districts = [D(10)], FromYear = 2015, ToYear = 2020 },
            new SearchRequest { Query = m0, Years = [2018] },
            new SearchRequest { Query = m1, Districts = [D(5)] },
            new SearchRequest { Query = l0, FromYear = 2012 },
            new SearchRequest { Query = "建设", Districts = [D(1), D(2)] },
            new SearchRequest { Query = $"发展 district:{D(3)}" },
            new SearchRequest { Query = "推进 year:2016..2019" },
            new SearchRequest { Query = m0, Districts = [D(20)], Years = [2021, 2022] },
        })
            Add("filtered", r, -1);

        // traditional: the same kinds of phrases written in traditional script.
        foreach (var q in new[] { "發展", "工作總結" }.Concat(medium.Select(x => x.Q)).Concat(longDf.Where(x => x.Df > 0).Select(x => x.Q)))
        {
            var t = toTraditional.Transliterate(q);
            if (t != q || q is "發展" or "工作總結") Add("traditional", new SearchRequest { Query = t }, -1);
        }

        foreach (var q in mix)
            log.WriteLine($"  {q.Class,-11} df={(q.DocumentFrequency < 0 ? "-" : q.DocumentFrequency.ToString()),-6} {Describe(q.Request)}");
        return mix;
    }

    public static string Describe(SearchRequest r)
    {
        var parts = new List<string> { r.Query };
        if (r.Districts.Count > 0) parts.Add("districts=" + string.Join("|", r.Districts));
        if (r.Years.Count > 0) parts.Add("years=" + string.Join("|", r.Years));
        if (r.FromYear is not null) parts.Add("from=" + r.FromYear);
        if (r.ToYear is not null) parts.Add("to=" + r.ToYear);
        return string.Join(" ", parts);
    }

    private static IEnumerable<string> CjkRuns(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool cjk = i < text.Length && text[i] is >= '\u4e00' and <= '\u9fff';
            if (cjk && start < 0) start = i;
            else if (!cjk && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
