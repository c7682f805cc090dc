using ReportSearch.Analysis;
using ReportSearch.Pipeline;

namespace ReportSearch.Core.Tests.Pipeline;

/// <summary>What a text gives the vocabulary: whole terms staff type, never a particle at an end, never across punctuation.</summary>
public sealed class VocabularyPhrasesTests
{
    private const string Text = "持续推进营商环境工作，加快乡村振兴建设。全面落实放管服改革各项任务；围绕网格化管理开展专项行动，深化智慧养老的试点。";

    [Fact]
    public void Policy_terms_come_whole_even_where_icu_reads_single_characters()
    {
        var found = Phrases(Text);
        foreach (var term in new[] { "营商环境", "乡村振兴", "放管服改革", "网格化管理", "智慧养老", "专项行动" })
            Assert.Contains(term, found);
        Assert.DoesNotContain("养老的", found);
        Assert.DoesNotContain("工作加快", found); // a comma between
    }

    [Fact]
    public void Every_phrase_is_2_to_8_han_characters_of_the_text()
    {
        var random = new Random(7);
        const string pool = "营商环境乡村振兴放管服改革网格化管理智慧养老的了和在上中，。；、“”abc 12";
        for (int i = 0; i < 300; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(5, 80)).Select(_ => pool[random.Next(pool.Length)]).ToArray());
            var normalized = TextNormalizer.NormalizeToString(text);
            foreach (var phrase in Phrases(text))
            {
                Assert.InRange(phrase.Length, VocabularyPhrases.MinChars, VocabularyPhrases.MaxChars);
                Assert.Contains(phrase, normalized);
                Assert.All(phrase, c => Assert.True(CharClass.IsCjk(c), $"{phrase} in {text}"));
                // A function word alone at an end is never kept, but a dictionary word may start with its character (了解, 中心).
                Assert.False(phrase.Length > 2 && phrase[^1] == '的' && !IcuWords.IsOneWord(phrase[^2..]), phrase);
            }
        }
    }

    private static HashSet<string> Phrases(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        VocabularyPhrases.Collect(text, found);
        return found;
    }
}
