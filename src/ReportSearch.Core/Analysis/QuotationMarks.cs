namespace ReportSearch.Analysis;

/// <summary>
/// The one rule for quotation and book-title marks in matching: they do not break a phrase. Staff type
/// 复工复产六个一工作机制 for 复工复产“六个一”工作机制 and 预算法第十条 for 《预算法》第十条, so
/// <see cref="TextNormalizer"/> treats a mark as it treats whitespace (gone between Han characters, a word break
/// between two words of a spaced script), in documents, queries, highlighting and the test oracle alike.
/// Separators (，。；：！？、) are not marks: 六个，一 still does not match 六个一.
/// Works on folded text (after NFKC: ＂ is ", ﹁ is 「, ︽ is 《, 〈 U+2329 is 〈 U+3008).
/// </summary>
public static class QuotationMarks
{
    /// <summary>The longest text between ASCII angle brackets read as a book title (&lt;预算法&gt;).</summary>
    public const int MaxAngleTitle = 64;

    /// <summary>Marks that quote wherever they stand.</summary>
    public static bool IsAlwaysQuote(char c) => c is
        '“' or '”' or '‘' or '「' or '」' or '『' or '』' or '《' or '》' or '〈' or '〉'
        or '〝' or '〞' or '〟' or '«' or '»' or '‹' or '›' or '„' or '‟' or '‚' or '‛' or '"';

    /// <summary>' and ’ between two letters or digits are apostrophes (China's), which stay; elsewhere they quote.</summary>
    public static bool IsApostropheLike(char c) => c is '\'' or '’';

    /// <summary>
    /// When an ASCII &lt; at <paramref name="open"/> of <paramref name="text"/> opens a book title (&lt;预算法&gt;,
    /// &lt;&lt;预算法&gt;&gt;): the number of &lt; it opens with (the same number of &gt; closes it) and where the closing
    /// run starts; else 0. A title is one line of at most <see cref="MaxAngleTitle"/> characters holding a Han
    /// character and no other angle bracket, so comparisons (x&lt;5, 收入&gt;5000元) and markup (&lt;script&gt;) stay text.
    /// </summary>
    public static int AngleTitleAt(ReadOnlySpan<char> text, int open, out int closeAt)
    {
        closeAt = -1;
        int run = open + 1 < text.Length && text[open + 1] == '<' ? 2 : 1;
        int start = open + run;
        bool han = false;
        for (int j = start; j < text.Length && j - start <= MaxAngleTitle; j++)
        {
            char c = text[j];
            if (c == '>')
            {
                if (!han || j + run > text.Length || run == 2 && text[j + 1] != '>') return 0;
                closeAt = j;
                return run;
            }
            if (c is '<' or '\n' or '\r') return 0;
            if (CharClass.IsCjk(c)) han = true;
        }
        return 0;
    }
}
