namespace ReportSearch.Analysis;

/// <summary>The token types <see cref="BigramTokenizer"/> writes into Lucene's TypeAttribute.</summary>
public static class TokenTypes
{
    /// <summary>Two CJK characters, the first and its successor in the run.</summary>
    public const string Bigram = "<BIGRAM>";
    /// <summary>The last character of a CJK run, alone: it closes the run.</summary>
    public const string RunEnd = "<RUN_END>";
    /// <summary>A whole word of letters or digits of a spaced script.</summary>
    public const string Word = "<WORD>";
    /// <summary>One punctuation or symbol character.</summary>
    public const string Punctuation = "<PUNCT>";
}
