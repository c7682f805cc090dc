using ReportSearch.Analysis;
using ReportSearch.Engine;
using ReportSearch.Query;
using ReportSearch.Search;

namespace ReportSearch.Core.Tests.Search;

/// <summary>
/// Autocomplete and "did you mean" against brute force over a small built index: the snapshot's vocabulary counts
/// what the reports hold, completions are its terms by report count, and every "did you mean" finds reports (as many
/// as a scan of the texts finds), is one edit or one reading away from the typed term, and is the best such term.
/// </summary>
public sealed class DidYouMeanPropertyTests(VocabularyCorpus corpus) : IClassFixture<VocabularyCorpus>
{
    private const string Pool = "坏境环村镇理治区务营商养老服乡振兴数字";

    [Fact]
    public void The_snapshot_vocabulary_counts_the_reports_that_hold_each_term()
    {
        using var index = ReportIndexes.OpenForReading(corpus.Index.IndexDir);
        var vocabulary = index.Vocabulary();
        Assert.True(corpus.Vocabulary.Count > 50, $"only {corpus.Vocabulary.Count} terms");
        Assert.Equal(corpus.Vocabulary.OrderBy(kv => kv.Key, StringComparer.Ordinal),
            vocabulary.Entries.Select(e => KeyValuePair.Create(e.Text, e.Reports)));
        Assert.Contains(vocabulary.Entries, e => e.Text == "营商环境");
    }

    [Fact]
    public void A_bounded_vocabulary_keeps_the_most_frequent_terms_and_cuts_between_counts()
    {
        using var index = ReportIndexes.OpenForReading(corpus.Index.IndexDir);
        using var directory = Lucene.Net.Store.FSDirectory.Open(IndexFolder.Current(corpus.Index.IndexDir)!);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        foreach (int max in new[] { 1, 5, 40, corpus.Vocabulary.Count - 1 })
        {
            var kept = IndexVocabulary.Read(reader, max).Entries;
            Assert.InRange(kept.Count, 0, max);
            int least = kept.Count == 0 ? int.MaxValue : kept.Min(e => e.Reports);
            // Nothing left out is as frequent as something kept: a count is kept whole or not at all.
            Assert.All(corpus.Vocabulary.Where(kv => kv.Value >= least), kv => Assert.Contains(kept, e => e.Text == kv.Key));
        }
    }

    [Fact]
    public void Completions_are_the_terms_with_the_prefix_by_report_count_and_show_true_counts()
    {
        using var index = ReportIndexes.OpenForReading(corpus.Index.IndexDir);
        var service = new SearchService(index);
        var prefixes = corpus.Vocabulary.Keys.Where(k => k.Length >= 2).SelectMany(k => new[] { k[..1], k[..2] }).Distinct().Order(StringComparer.Ordinal).ToList();
        int withCompletions = 0;
        foreach (var prefix in prefixes)
        {
            // The vocabulary's most frequent candidates, then ordered by what a scan of the texts finds.
            var expected = corpus.Vocabulary.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal) && kv.Key != prefix)
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Length).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Take(SearchService.MaxSuggestions * Autocomplete.CandidatesPerTerm).Select(kv => (Term: kv.Key, Found: corpus.Oracle.Matching(kv.Key).Count))
                .Where(t => t.Found > 0).OrderByDescending(t => t.Found)
                // Of two terms, one inside the other, finding the same reports, the first is kept.
                .Aggregate(new List<(string Term, int Found)>(), (kept, t) =>
                {
                    if (!kept.Any(k => k.Found == t.Found && (k.Term.Contains(t.Term) || t.Term.Contains(k.Term)))) kept.Add(t);
                    return kept;
                })
                .Take(SearchService.MaxSuggestions).Select(t => t.Term).ToList();
            Assert.Equal(expected, service.Suggest(prefix).Select(TextNormalizer.NormalizeToString).ToList());
            var completions = service.Complete(prefix);
            Assert.InRange(completions.Count, 0, SearchService.MaxSuggestions);
            var terms = completions.Where(c => c.Kind == CompletionKind.Term).ToList();
            foreach (var term in terms)
                Assert.Equal(corpus.Oracle.Matching(term.Text).Count, term.Reports);
            Assert.Equal(terms.Select(t => t.Reports).OrderDescending(), terms.Select(t => t.Reports));
            foreach (var title in completions.Where(c => c.Kind == CompletionKind.Title))
                Assert.Contains(prefix, TextNormalizer.NormalizeToString(title.Text));
            if (completions.Count > 0) withCompletions++;
        }
        Assert.True(withCompletions > 20, $"only {withCompletions} prefixes completed");
        var village = service.Complete("乡村");
        Assert.Equal("乡村振兴", village.First(c => c.Kind == CompletionKind.Term).Text);
    }

    [Fact]
    public void A_typo_gets_the_most_found_term_one_edit_or_one_reading_away_never_one_with_nothing_nor_a_part_of_a_found_term()
    {
        using var index = ReportIndexes.OpenForReading(corpus.Index.IndexDir);
        var service = new SearchService(index);
        var random = new Random(2126);
        var terms = corpus.Vocabulary.Keys.Where(k => k.Length >= 3).Order(StringComparer.Ordinal).ToList();
        int suggested = 0;
        for (int i = 0; i < 300; i++)
        {
            var typo = Edit(terms[random.Next(terms.Count)], random);
            // A year filter, whose brute force is plain (a place filter also matches a round-up's parts).
            int? year = random.Next(3) == 0 ? 2016 + random.Next(6) : null;
            // The exact reading only: a typo of five characters or more may also be answered by the question
            // fallback, whose total is not the one did-you-mean weighs (it weighs the query as typed).
            var response = service.Search(new SearchRequest { Query = typo, Size = 1, Years = year is null ? [] : [year.Value], Fallback = false });
            bool few = response.Total <= DidYouMeanFinder.MaxReports;
            if (!few || response.DidYouMean is not { } proposal)
            {
                if (!few) Assert.Null(response.DidYouMean);
                else Assert.Empty(Better(typo, year, response.Total));
                continue;
            }
            suggested++;
            var parsed = QueryParser.Parse(proposal.Query);
            var term = Assert.Single(Assert.Single(parsed.Groups)).Normalized;
            Assert.True(SpellingVariants.IsOneEditAway(term, typo) || PinyinReading.Of(term) is { } r && r == PinyinReading.Of(typo), $"{typo} → {term}");
            if (response.Total > 0) Assert.DoesNotContain(term, typo);
            int found = Count(term, year);
            Assert.True(found > 0 && found > response.Total, $"{typo} in {year}: {response.Total} → {proposal} but {found} by brute force");
            Assert.Equal(found, proposal.Count);
            Assert.Equal(found, service.Search(new SearchRequest { Query = proposal.Query, Size = 1, Years = year is null ? [] : [year.Value] }).Total);
            // Brute force: no vocabulary term one edit or one reading away finds more.
            Assert.True(Better(typo, year, response.Total).All(c => c.Count <= found), $"{typo} → {term} ({found})");
        }
        Assert.True(suggested > 30, $"only {suggested} typos got a proposal");
    }

    [Fact]
    public void The_typo_of_the_issue_gets_its_term_with_its_count_and_filters_are_kept()
    {
        using var index = ReportIndexes.OpenForReading(corpus.Index.IndexDir);
        var service = new SearchService(index);
        var plain = service.Search(new SearchRequest { Query = "营商坏境", Size = 1 });
        Assert.Equal(0, plain.Total);
        Assert.Equal(new DidYouMean("营商环境", corpus.Oracle.Matching("营商环境").Count), plain.DidYouMean);
        var traditional = service.Search(new SearchRequest { Query = "營商壞境", Size = 1 });
        Assert.Equal("营商环境", traditional.DidYouMean?.Query);
        var filtered = service.Search(new SearchRequest { Query = "营商坏境 -河长制", Size = 1, Years = [2018] });
        Assert.Equal("营商环境 -河长制", filtered.DidYouMean?.Query);
        int expected = corpus.Oracle.Matching("营商环境").Except(corpus.Oracle.Matching("河长制")).Count(s => corpus.Oracle.MetadataOf(s).Year == 2018);
        Assert.Equal(expected, filtered.DidYouMean?.Count);
        Assert.Null(service.Search(new SearchRequest { Query = "营商环境", Size = 1 }).DidYouMean);
    }

    [Fact]
    public void Homophones_come_from_icu_readings_when_the_machine_has_them()
    {
        Assert.True(PinyinReading.Available, "ICU on this machine has no Han-Latin transform");
        Assert.Equal("huan jing", PinyinReading.Of("环境"));
        Assert.Equal(PinyinReading.Of("环境"), PinyinReading.Of("环镜"));
        Assert.Null(PinyinReading.Of("环境a"));
        // The allocation-free comparison agrees with comparing the readings, over pairs of vocabulary terms.
        var terms = corpus.Vocabulary.Keys.Where(k => k.Length is 2 or 3).Order(StringComparer.Ordinal).ToList();
        foreach (var a in terms)
            foreach (var b in terms.Where(t => t.Length == a.Length))
                Assert.Equal(PinyinReading.Of(a) is { } r && r == PinyinReading.Of(b), PinyinReading.SameReading(a, b));
        Assert.True(PinyinReading.SameReading("环境", "环镜"));
        Assert.False(PinyinReading.SameReading("环境", "环"));
    }

    // Candidates the brute force allows: vocabulary terms one edit or one reading from the typo (when the typo finds
    // something, none that is a part of it), the most frequent ones the finder counts, with their counts.
    private List<(string Term, int Count)> Better(string typo, int? year, int total) =>
        corpus.Vocabulary.Where(kv => kv.Key.Length >= 2 && (SpellingVariants.IsOneEditAway(kv.Key, typo) || kv.Key != typo && PinyinReading.Of(kv.Key) is { } r && r == PinyinReading.Of(typo)))
            .Where(kv => total == 0 || !typo.Contains(kv.Key))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(DidYouMeanFinder.MaxVariantsCounted)
            .Select(kv => (kv.Key, Count(kv.Key, year))).Where(c => c.Item2 > total).ToList();

    private int Count(string term, int? year) =>
        corpus.Oracle.Matching(term).Count(s => year is null || corpus.Oracle.MetadataOf(s).Year == year);

    private static string Edit(string term, Random random)
    {
        int at = random.Next(term.Length);
        char c = Pool[random.Next(Pool.Length)];
        return random.Next(3) switch
        {
            0 => term[..at] + c + term[(at + 1)..],
            1 => term.Length > 3 ? term.Remove(at, 1) : term + c,
            _ => term.Insert(at, c.ToString()),
        };
    }
}
