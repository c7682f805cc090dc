using ReportSearch.Analysis;
using ReportSearch.Query;

namespace ReportSearch.Core.Tests.Query;

public class QueryParserTests
{
    [Fact]
    public void Whitespace_separated_terms_are_all_required()
    {
        var q = QueryParser.Parse("六个一  机制");
        Assert.Equal(2, q.Groups.Count);
        Assert.Equal("六个一", q.Groups[0][0].Normalized);
    }

    [Theory]
    [InlineData("产城人 OR 晋江经验")]
    [InlineData("产城人 | 晋江经验")]
    [InlineData("产城人|晋江经验")]
    public void Or_joins_neighbouring_terms(string query)
    {
        var q = QueryParser.Parse(query);
        var group = Assert.Single(q.Groups);
        Assert.Equal(["产城人", "晋江经验"], group.Select(t => t.Normalized));
    }

    [Fact]
    public void Quoted_terms_keep_spaces_and_punctuation()
    {
        var q = QueryParser.Parse("\"open source，工作\" 机制");
        Assert.Equal("open source,工作", q.Groups[0][0].Normalized); // NFKC folds the full-width comma
        Assert.Equal(2, q.Groups.Count);
    }

    [Fact]
    public void Fields_and_exclusions()
    {
        var q = QueryParser.Parse("复工复产 -疫情 district:西园街道 year:2019..2021 year:2023 title:总结");
        Assert.Equal(["复工复产", "总结"], q.Groups.Select(g => g[0].Normalized));
        Assert.Equal(TermField.Title, q.Groups[1][0].Field);
        Assert.Equal("疫情", Assert.Single(q.Excluded).Normalized);
        Assert.Equal(["西园街道"], q.Districts);
        Assert.Equal([2023], q.Years);
        Assert.Equal((2019, 2021), (q.FromYear, q.ToYear));
    }

    [Fact]
    public void Unknown_field_names_are_plain_text()
    {
        var q = QueryParser.Parse("时间:2020");
        Assert.Equal("时间:2020", q.Groups[0][0].Normalized);
    }

    [Theory]
    [InlineData("", "empty_query")]
    [InlineData("   ", "empty_query")]
    [InlineData("\"六个一", "unbalanced_quote")]
    [InlineData("六个一 \"机制", "unbalanced_quote")]
    [InlineData("OR 六个一", "dangling_or")]
    [InlineData("六个一 OR", "dangling_or")]
    [InlineData("六个一 OR OR 机制", "dangling_or")]
    [InlineData("-疫情", "only_exclusions")]
    [InlineData("year:20x0 工作", "bad_year")]
    [InlineData("year:2021..2019 工作", "bad_year_range")]
    [InlineData("\u200B\u200B", "empty_term")]
    public void Malformed_queries_name_the_problem(string query, string code)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(query));
        Assert.Equal(code, e.Code);
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void Limits_on_length_and_term_count()
    {
        Assert.Equal("query_too_long", Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(new string('工', QueryParser.MaxLength + 1))).Code);
        var many = string.Join(' ', Enumerable.Range(0, QueryParser.MaxTerms + 1).Select(i => "词" + i));
        Assert.Equal("too_many_terms", Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(many)).Code);
        Assert.Equal(QueryParser.MaxTerms, QueryParser.Parse(string.Join(' ', Enumerable.Range(0, QueryParser.MaxTerms).Select(i => "词" + i))).Groups.Count);
    }

    [Fact]
    public void Filters_alone_browse_and_AND_is_the_same_as_a_space()
    {
        var browse = QueryParser.Parse("district:西园街道 kind:总结 -疫情");
        Assert.Empty(browse.Groups);
        Assert.Equal(["西园街道"], browse.Districts);
        Assert.Equal(["总结"], browse.Kinds);
        Assert.Single(browse.Excluded);
        Assert.Empty(QueryParser.Parse("", hasOtherFilters: true).Groups);
        Assert.Equal("only_exclusions", Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse("-疫情")).Code);

        var and = QueryParser.Parse("六个一 AND 机制");
        Assert.Equal(["六个一", "机制"], and.Groups.Select(g => g.Single().Normalized));
        Assert.Equal(["and"], QueryParser.Parse("and").Groups.Select(g => g.Single().Normalized));
    }

    [Theory]
    [InlineData("实行“六个一”工作", "实行“六个一”工作")]
    [InlineData("“六个一”工作机制", "“六个一”工作机制")]
    public void Chinese_quotation_marks_inside_pasted_text_are_text(string query, string term)
    {
        var parsed = QueryParser.Parse(query);
        Assert.Equal(TextNormalizer.NormalizeToString(term), Assert.Single(Assert.Single(parsed.Groups)).Normalized);
        // Standing alone they still quote a term.
        Assert.Equal(["六个一", "机制"], QueryParser.Parse("“六个一” 机制").Groups.Select(g => g.Single().Normalized));
    }

    [Theory]
    [InlineData("实行“六个一”工作", "实行六个一工作")]
    [InlineData("复工复产\"六个一\"工作机制", "复工复产六个一工作机制")]
    [InlineData("《预算法》第十条", "预算法第十条")]
    [InlineData("\"深入推进“放管服”改革\"", "深入推进放管服改革")]
    [InlineData("国发[2017]35号", "国发〔2017〕35号")]
    public void Syntax_is_read_first_and_marks_inside_a_term_are_dropped(string query, string normalized) =>
        Assert.Equal(normalized, Assert.Single(Assert.Single(QueryParser.Parse(query).Groups)).Normalized);

    [Theory]
    [InlineData("《》")]
    [InlineData("\"“”\"")]
    public void A_term_of_marks_alone_is_an_error(string query) =>
        Assert.Equal("empty_term", Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(query)).Code);
}
