using OpenQA.Selenium.Chrome;

namespace ReportSearch.Host.Tests.Browser;

/// <summary>
/// The page's rendering modules, run in Chromium on the contract fields the engine sends after the index
/// migration (region, org, kind, roundup, parts, cutStart/cutEnd, PDF page, form feeds, kind/org facets):
/// the page must show them correctly before any report in the test archive has them, and escape all of it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageModuleBrowserTests(BrowserFixture browser)
{
    private ChromeDriver Driver => browser.Driver;

    private IDictionary<string, object> Run(string module, string body)
    {
        Driver.Navigate().GoToUrl(browser.Host.BaseAddress + "embed");
        var result = Driver.ExecuteAsyncScript($$"""
            const done = arguments[arguments.length - 1];
            import('{{module}}').then(m => { {{body}} }).catch(e => done({ error: String(e) }));
            """);
        var map = Assert.IsAssignableFrom<IDictionary<string, object>>(result);
        Assert.False(map.ContainsKey("error"), map.TryGetValue("error", out var e) ? e?.ToString() : "");
        return map;
    }

    [BrowserFact]
    public void A_roundup_card_is_labelled_with_its_matched_parts_and_shows_date_org_and_kind_not_a_file_name()
    {
        var r = Run("/js/hit-card.js", """
            const li = m.renderHit({ id: 'r1', title: '<b>各地动态</b>', district: '新塘街道', region: ['福建省', '泉州市', '晋江市', '新塘街道'],
              year: 2021, date: '2021-03-01', org: '晋江市<i>人民政府</i>', kind: '工作动态', source: 'news/2021-03.txt', score: 1,
              roundUp: true, parts: ['新塘街道', '西园街道'],
              snippets: [{ section: null, district: '西园街道', page: 3, html: '推进<mark>六个一</mark>机制，', text: '推进六个一机制，', highlights: [[2, 5]] }] }, '六个一', 1);
            document.body.append(li);
            done({ text: li.textContent, meta: li.querySelector('.hit-meta').textContent, bold: li.querySelectorAll('b, i').length,
                   marks: li.querySelectorAll('mark').length, ellipses: li.querySelectorAll('.ellipsis').length, href: li.querySelector('a').getAttribute('href') });
            """);
        var meta = (string)r["meta"];
        Assert.Contains("综合报道", meta);
        Assert.Contains("新塘街道、西园街道", meta);
        Assert.DoesNotContain("区域", meta); // a round-up has no single district to show
        Assert.Contains("2021-03-01", meta);
        Assert.Contains("晋江市<i>人民政府</i>", meta); // as text
        Assert.Contains("工作动态", meta);
        Assert.DoesNotContain("news/2021-03.txt", (string)r["text"]);
        Assert.Contains("<b>各地动态</b>", (string)r["text"]);
        Assert.Equal(0L, r["bold"]);
        Assert.Equal(1L, r["marks"]);
        Assert.Contains("第 3 页", (string)r["text"]);
        Assert.Equal(2L, r["ellipses"]); // no flags: starts mid-section, ends on a comma
        Assert.Equal("/reports/r1?q=%E5%85%AD%E4%B8%AA%E4%B8%80", r["href"]);
    }

    [BrowserFact]
    public void Cut_ends_follow_the_flags_when_present_and_the_punctuation_otherwise()
    {
        var r = Run("/js/hit-card.js", """
            const c = (s) => { const x = m.cutEnds(s, s.text); return (x.cutStart ? '…' : '|') + (x.cutEnd ? '…' : '|'); };
            done({
              flagsOff: c({ text: '推进机制，', cutStart: false, cutEnd: false }),
              flagsOn: c({ text: '推进机制。', cutStart: true, cutEnd: true }),
              sentence: c({ text: '一、推进机制。' }),
              clause: c({ text: '，推进机制' }),
              heading: c({ section: '【概况】', text: '【概况】推进机制。' }),
            });
            """);
        Assert.Equal("||", r["flagsOff"]);
        Assert.Equal("……", r["flagsOn"]);
        Assert.Equal("||", r["sentence"]);
        Assert.Equal("……", r["clause"]);
        Assert.Equal("||", r["heading"]);
    }

    [BrowserFact]
    public void Every_facet_the_api_sends_is_rendered_with_its_chinese_label_and_spoken_counts()
    {
        var r = Run("/js/facets.js", """
            const box = document.createElement('div');
            document.body.append(box);
            const many = Array.from({ length: 14 }, (_, i) => ({ value: '单位' + i, count: 20 - i }));
            const state = { q: 'x', district: ['不在结果中'], year: [], kind: [], org: [], from: '', to: '', sort: 'relevance', page: 1 };
            m.renderFacets(box, { district: many, year: [{ value: '2021', count: 2 }, { value: '2019', count: 5 }],
              kind: [{ value: '<script>总结</script>', count: 3 }], org: [{ value: '晋江市人民政府', count: 1 }], districtLevel: 4, topic: [] }, state, () => {});
            done({
              headings: [...box.querySelectorAll('h2')].map(h => h.textContent),
              district: box.querySelectorAll('#district-facets .facet-button').length,
              first: box.querySelector('#district-facets .facet-button').getAttribute('aria-label'),
              more: box.querySelector('[data-facet=district] .facet-more').textContent,
              years: [...box.querySelectorAll('#year-facets .facet-button')].map(b => b.getAttribute('aria-label')),
              gaps: [...box.querySelectorAll('#year-facets .year-gap')].map(g => g.title),
              kind: box.querySelector('#kind-facets .facet-button').textContent,
              scripts: box.querySelectorAll('script').length,
            });
            """);
        // Every facet with values, in the API's order; an empty one (topic) and districtLevel (a number) are not facets to show.
        Assert.Equal(["区域", "年份", "文种", "发文机关"], ((IEnumerable<object>)r["headings"]).Cast<string>());
        Assert.Equal(10L, r["district"]);
        // The selected value the result set lacks stays first, and says it has nothing.
        Assert.Equal("不在结果中，0 篇，当前结果中没有", r["first"]);
        Assert.Contains("还有 5 项", (string)r["more"]);
        Assert.Equal(["2019 年，5 篇", "2021 年，2 篇"], ((IEnumerable<object>)r["years"]).Cast<string>());
        Assert.Equal(["2020 年：0 篇"], ((IEnumerable<object>)r["gaps"]).Cast<string>()); // an empty slot, not a button
        Assert.StartsWith("<script>总结</script>", (string)r["kind"]);
        Assert.Equal(0L, r["scripts"]);
    }

    [BrowserFact]
    public void Report_text_gets_page_dividers_at_form_feeds_and_marks_across_lines_stay_balanced()
    {
        var r = Run("/js/report-text.js", """
            const pages = { page: 1 };
            const a = m.renderSectionBody({ heading: '一、概况', text: '一、概况\n第一页的话\f第二页的话\n接着', html: '一、概况\n第一页的<mark>话\f第二</mark>页的话\n接着' }, pages);
            const b = m.renderSectionBody({ heading: null, text: '甲\f\f乙<丙>', html: '甲\f\f乙&lt;丙&gt;' }, pages);
            document.body.append(a, b);
            done({
              heading: a.querySelector('h2').textContent,
              paragraphs: [...a.querySelectorAll('p')].map(p => p.innerHTML),
              dividers: [...document.querySelectorAll('.page-break')].map(d => d.textContent),
              last: b.querySelector('p:last-of-type').textContent,
            });
            """);
        Assert.Equal("一、概况", r["heading"]);
        Assert.Equal(["第一页的<mark>话</mark>", "<mark>第二</mark>页的话", "接着"], ((IEnumerable<object>)r["paragraphs"]).Cast<string>());
        Assert.Equal(["第 2 页", "第 3 页", "第 4 页"], ((IEnumerable<object>)r["dividers"]).Cast<string>());
        Assert.Equal("乙<丙>", r["last"]);
    }
}
