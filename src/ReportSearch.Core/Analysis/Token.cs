namespace ReportSearch.Analysis;

/// <summary>One index token and the range of normalized text [Start, End) it stands for.</summary>
/// <param name="EndsCjkRun">A CJK unigram that closes a run of CJK characters (see <see cref="Tokenizer"/>).</param>
public readonly record struct Token(string Text, int Start, int End, bool EndsCjkRun = false);
