using ReportSearch.Analysis;
using ReportSearch.Query;

namespace ReportSearch.Core.Tests.Query;

/// <summary>The validity: and docNumber: filters of the query language (issue 19).</summary>
public class MetadataFilterParserTests
{
    public static readonly TheoryData<string> BracketForms = new()
    {
        "国发〔2017〕35号", "国发[2017]35号", "国发（2017）35号", "国发(2017)35号", "国发【2017】35号", "国发［2017］35号", "國發〔2017〕35號",
    };

    [Theory]
    [MemberData(nameof(BracketForms))]
    public void Every_bracket_form_of_a_doc_number_gives_the_key_of_the_standard_form(string form)
    {
        var q = QueryParser.Parse($"docNumber:{form}");
        Assert.Equal([DocNumberText.Key("国发〔2017〕35号")], q.DocNumbers);
        Assert.Empty(q.Groups); // a filter alone browses
    }

    [Fact]
    public void Doc_number_filters_combine_with_words_in_any_case_and_with_a_quoted_value()
    {
        var q = QueryParser.Parse("人工智能 DOCNUMBER:国发[2017]35号 docnumber：\"国发 〔2017〕 36号\"");
        Assert.Equal(["人工智能"], q.Groups.Select(g => g.Single().Normalized));
        Assert.Equal([DocNumberText.Key("国发〔2017〕35号"), DocNumberText.Key("国发〔2017〕36号")], q.DocNumbers);
        Assert.NotEqual(q.DocNumbers[0], q.DocNumbers[1]);
    }

    [Theory]
    [InlineData("现行有效", ValidityText.InForce)]
    [InlineData("已废止", ValidityText.Repealed)]
    [InlineData("已廢止", ValidityText.Repealed)]
    [InlineData("已修订", ValidityText.Revised)]
    [InlineData("未知", ValidityText.Unknown)]
    public void Validity_takes_the_known_values_in_either_script(string typed, string expected)
    {
        var q = QueryParser.Parse($"工作 validity:{typed}");
        Assert.Equal([expected], q.Validities);
        Assert.Equal(["工作"], q.Groups.Select(g => g.Single().Normalized));
    }

    [Theory]
    [InlineData("validity:无效", "bad_validity")]
    [InlineData("validity:valid", "bad_validity")]
    [InlineData("validity:", "empty_filter")]
    [InlineData("docNumber:国发", "bad_doc_number")]
    [InlineData("docNumber:〔〕号", "bad_doc_number")]
    [InlineData("docNumber:", "empty_filter")]
    [InlineData("-validity:已废止 工作", "negated_filter")]
    [InlineData("-docNumber:国发〔2017〕35号 工作", "negated_filter")]
    [InlineData("工作 OR docNumber:国发〔2017〕35号", "or_with_filter")]
    public void Malformed_metadata_filters_are_errors_with_a_chinese_message(string query, string code)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => QueryParser.Parse(query));
        Assert.Equal(code, e.Code);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.Message);
    }

    [Fact]
    public void A_doc_number_in_an_unusual_form_is_its_own_normalized_text()
    {
        // No year in brackets: not the standard pattern, but still a number (it has digits) that matches itself.
        Assert.Equal([DocNumberText.Key("沪府令第5号")], QueryParser.Parse("docNumber:沪府令第5号").DocNumbers);
    }
}
