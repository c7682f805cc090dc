using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ReportSearch.Analysis;

/// <summary>One token as an analyzer produced it: text, type, original offsets and absolute position.</summary>
public readonly record struct AnalyzedToken(string Text, string Type, int Start, int End, int Position)
{
    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> as Lucene would when indexing it.</summary>
    public static List<AnalyzedToken> Of(Analyzer analyzer, string text, string field = "text")
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        int position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), type.Type, offset.StartOffset, offset.EndOffset, position));
        }
        stream.End();
        return tokens;
    }
}
