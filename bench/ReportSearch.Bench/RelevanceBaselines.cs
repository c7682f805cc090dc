using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ReportSearch.Bench;

/// <summary>A ranking system under test: a query as typed in, corpus file names (best first) out.</summary>
public interface IRankingSystem
{
    string Name { get; }
    IReadOnlyList<string> Rank(string query, int k);
}

/// <summary>
/// Stock Lucene.Net over the same extracted text as ReportSearch reads (one text field, no title or heading boost),
/// with BM25 as stock Lucene has it by default since 6.0. The query is analyzed, never parsed from pasted text.
/// </summary>
public sealed class LuceneBaseline : IRankingSystem, IDisposable
{
    private const string FileField = "file", TextField = "text";
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Analyzer _analyzer;
    private readonly bool _phrasePerTerm;
    private readonly RAMDirectory _directory = new();
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    private LuceneBaseline(string name, Analyzer analyzer, bool phrasePerTerm)
    {
        Name = name;
        _analyzer = analyzer;
        _phrasePerTerm = phrasePerTerm;
    }

    public string Name { get; }

    /// <summary>(a) SmartChineseAnalyzer words, the query's words all required (AND).</summary>
    public static LuceneBaseline SmartCn() => new("lucene-smartcn-and", new SmartChineseAnalyzer(Version), phrasePerTerm: false);

    /// <summary>(b) CJKAnalyzer bigrams, each space-separated query term a phrase of its bigrams, all terms required.</summary>
    public static LuceneBaseline CjkPhrases() => new("lucene-cjk-phrase", new CJKAnalyzer(Version), phrasePerTerm: true);

    public void Build(IEnumerable<(string File, string Text)> documents)
    {
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(_directory, config))
            foreach (var (file, text) in documents)
                writer.AddDocument(new Document
                {
                    new StringField(FileField, file, Field.Store.YES),
                    new TextField(TextField, text, Field.Store.NO),
                });
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<string> Rank(string query, int k)
    {
        var searcher = _searcher ?? throw new InvalidOperationException("Build first");
        var q = BuildQuery(query);
        if (q.Clauses.Count == 0) return [];
        return searcher.Search(q, k).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(FileField)).ToList();
    }

    private BooleanQuery BuildQuery(string query)
    {
        var all = new BooleanQuery();
        if (!_phrasePerTerm)
        {
            foreach (var (token, _) in Tokens(query).DistinctBy(t => t.Text))
                all.Add(new TermQuery(new Term(TextField, token)), Occur.MUST);
            return all;
        }
        foreach (var term in query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = Tokens(term);
            if (tokens.Count == 0) continue;
            if (tokens.Count == 1) { all.Add(new TermQuery(new Term(TextField, tokens[0].Text)), Occur.MUST); continue; }
            var phrase = new PhraseQuery();
            foreach (var (text, position) in tokens) phrase.Add(new Term(TextField, text), position);
            all.Add(phrase, Occur.MUST);
        }
        return all;
    }

    private List<(string Text, int Position)> Tokens(string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = _analyzer.GetTokenStream(TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        int position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }
        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
