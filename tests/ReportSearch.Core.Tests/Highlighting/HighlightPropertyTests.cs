using System.Net;
using System.Text.RegularExpressions;
using ReportSearch.Analysis;

namespace ReportSearch.Core.Tests.Highlighting;

/// <summary>Highlights mark the query on the original characters, and the HTML is safe.</summary>
public sealed partial class HighlightPropertyTests : IClassFixture<HighlightPropertyTests.Corpus>
{
    public sealed class Corpus : IDisposable
    {
        public TestIndex Index { get; } = new TestIndex().WithSeeds();
        public List<string> Texts { get; } = [];

        public Corpus()
        {
            for (int i = 0; i < 30; i++)
            {
                var (path, text) = SyntheticCorpus.Report(1000 + i);
                Index.Write(path, text);
                Texts.Add(text);
            }
            Index.Write("xss.txt", "西园街道2021年工作报告\n<script>alert(1)</script> 六个一 <img src=x onerror=alert(2)> & 更多\n");
            Index.Build();
            Texts.AddRange(Directory.GetFiles(TestIndex.SeedsDir).Select(File.ReadAllText));
        }

        public void Dispose() => Index.Dispose();
    }

    private readonly Corpus _corpus;
    public HighlightPropertyTests(Corpus corpus) => _corpus = corpus;

    [GeneratedRegex("</?mark>")]
    private static partial Regex MarkTag();

    [Fact]
    public void Every_highlight_is_an_occurrence_of_the_term_and_the_html_is_the_escaped_text()
    {
        var random = new Random(3);
        int marksSeen = 0;
        for (int round = 0; round < 200; round++)
        {
            var term = SyntheticCorpus.Substring(random, _corpus.Texts[random.Next(_corpus.Texts.Count)]);
            var normalizedTerm = TextNormalizer.NormalizeToString(term);
            if (normalizedTerm.Length == 0 || term.Contains('"') || term.Contains('“') || term.Contains('”')) continue;
            var response = _corpus.Index.Search($"\"{term}\"", size: 10);
            foreach (var snippet in response.Hits.SelectMany(h => h.Snippets))
            {
                // The HTML is exactly the escaped text with <mark> tags at the highlight offsets.
                Assert.Equal(snippet.Text, WebUtility.HtmlDecode(MarkTag().Replace(snippet.Html, "")));
                Assert.DoesNotContain("<", MarkTag().Replace(snippet.Html, ""));
                Assert.Equal(snippet.Highlights.Count, MarkTag().Matches(snippet.Html).Count / 2);
                foreach (var h in snippet.Highlights)
                {
                    var marked = snippet.Text[h[0]..h[1]];
                    Assert.False(char.IsLowSurrogate(snippet.Text[h[0]]), "highlight starts inside a surrogate pair");
                    Assert.False(h[1] < snippet.Text.Length && char.IsLowSurrogate(snippet.Text[h[1]]), "highlight ends inside a surrogate pair");
                    // Adjacent or overlapping occurrences are merged, so a mark holds one or more occurrences.
                    Assert.Contains(normalizedTerm, TextNormalizer.NormalizeToString(marked));
                    marksSeen++;
                }
                Assert.False(snippet.Text.Length > 0 && char.IsLowSurrogate(snippet.Text[0]), "snippet starts inside a surrogate pair");
                Assert.False(snippet.Text.Length > 0 && char.IsHighSurrogate(snippet.Text[^1]), "snippet ends inside a surrogate pair");
            }
        }
        Assert.True(marksSeen > 100, $"only {marksSeen} highlights checked");
    }

    [Fact]
    public void Document_markup_comes_back_escaped()
    {
        var hit = Assert.Single(_corpus.Index.Search("onerror").Hits);
        var html = string.Join("", hit.Snippets.Select(s => s.Html));
        Assert.Contains("alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x <mark>onerror</mark>=alert(2)&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public void Traditional_text_is_highlighted_in_its_own_characters()
    {
        var hit = Assert.Single(_corpus.Index.Search("经济社会", districts: ["常泰街道"]).Hits);
        var marked = hit.Snippets.SelectMany(s => s.Highlights.Select(h => s.Text[h[0]..h[1]])).ToList();
        Assert.Contains("經(jīng)濟(jì)社會", marked);
    }
}
