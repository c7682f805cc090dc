# Labels for rpK0014-rpK0018 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
DQ = ["浙江省", "湖州市", "德清县"]
ZZ = ["山东省", "济南市", "槐荫区", "张庄路街道"]
ZZN = ("body-only: the 'content' HTML of one 办事指南 item of the GsonFormat sample kept in the Javadoc of FlowList.java "
       "(an Android office app by the author of the 张庄路街道 app; the sample is the street office's service guide list, "
       "guideCategoryName 社会保障); the item's name ('%s') and departmentName ('%s') are other fields. The text itself "
       "is a numbered guide (一、事项名称：… 十、办理流程：), no heading, no date; kind null (a 办事指南 has no kind in the set's "
       "vocabulary); org null (the guide names the 承办机构 handling the matter, not an issuer). ")
L = [
(14, "1-10月德清县固定资产投资结构趋稳趋优", [], 2016, "2016-11-22", DQ, "county", "德清县发改局", "新闻", None, None, False, True,
 "full HTML page of the 浙江省发展和改革委员会 site (投资运行 column) kept as a test page of a news-extraction library; "
 "the title stands in <title> and as the page heading; '发布日期：2016-11-22' and '信息来源：省发改委' under it (date = posting date); "
 "the one-paragraph text reports 全县 investment for 1-10月 and ends '（德清县发改局）' (org = the county bureau that wrote it; "
 "the provincial site only reposts it, so region and level are the county's); page menus and footer around the text; "
 "hasHeader false (a posting line, not a 政府信息公开 header table)."),
(15, None, [], None, None, ZZ, "street", None, None, None, None, False, False,
 ZZN % ("被征地农民参加居民基本养老保险补贴", "人力资源和社会保障服务中心") + "承办机构 张庄路街道办事处人力资源和社会保障服务中心; the text names no district or city (path from the gazetteer; the app is 槐荫区's); cites 鲁人社发〔2013〕35号 and 鲁政发〔2013〕13号 (not its own numbers)."),
(16, None, [], None, None, ZZ, "street", None, None, None, None, False, False,
 ZZN % ("80周岁以上长寿老年人高龄津贴", "党工委办公室") + "承办机构 张庄路街道办事处党工委办公室及各社区（村居）; 申请材料 names a 槐荫区 form; cites 鲁政〔2011〕54号."),
(17, None, [], None, None, ZZ, "street", None, None, None, None, False, False,
 ZZN % ("残疾人辅助器具适配补贴", "社会事务科") + "承办机构 张庄路街道办事处残联; forms of 济南市, referral to 槐荫区残疾人联合会; cites laws and 鲁政发〔2012〕24号."),
(18, None, [], None, None, ZZ, "street", None, None, None, None, False, False,
 ZZN % ("贫困精神残疾人医疗康复救助", "街道办事处残联") + "承办机构 张庄路街道办事处残联; 济南市 forms; cites 残联〔2012〕241号."),
]
L += [
(19, "绥德：33名退役军人被表彰", ["绥德县举行庆“八一”双拥文艺汇演暨首届“最美退役军人”表彰大会"], None, None, ["陕西省", "榆林市", "绥德县"], "county", None, "新闻", None, None, False, True,
 "full HTML page of a WeChat article of the account 掌上绥德 (zhangshangSD), kept as a test page of an HTML-extraction benchmark; <title> and the page heading '绥德：33名退役军人被表彰', then a two-line lead heading (绥德县举行 / 庆“八一”双拥文艺汇演暨首届“最美退役军人”表彰大会, titleAlt). The county's ceremony on '7月29日上午' (第95个“八一”建军节, i.e. 2022, but no year is written; the posting time exists only as a script timestamp, the visible '发表于' is empty, so year and date null); the text ends '（sd退役军人之家）' (the county veterans bureau's account, source rather than issuer, org null); WeChat page furniture (推荐阅读, 微信扫一扫…) around the text."),
]
L += [
(20, None, [], None, None, ["浙江省", "湖州市", "德清县"], "county", None, "新闻", None, None, False, False,
 "body-only: the value of the Java string literal `String content = \"...\"` of an html-to-word demo (Html2DocConverter.java); the literal was pasted from escaped HTML, so the value still holds \\\" before attribute quotes and a literal \\n between paragraphs (kept as the source has it). "
 "A 德清县纪委县监委 news report: 19 下访组 visiting companies ('清风入企'), 钟管镇纪委 and 新市镇纪委 examples; '近日' only, no year, no title, no signature (year, date, org null). The item rpH saw through find_string without a repository."),
]
L += [
(21, None, [], 2020, None, ["浙江省", "杭州市", "萧山区", "河上镇"], "town", None, "新闻", None, None, False, False,
 "body-only: the fContent HTML of the first item of a static news list (src/node/inews.js) of a student garbage-sorting site; its fTitle ('疫情防控不停歇 垃圾分类要同行') and fReleaseTime (2020-04-15) are other fields. "
 "A 河上镇 report: '2020年是全区生活垃圾分类工作决战决胜的关键年，河上镇将…' (year 2020 from the text; no date, no signature), images from uptown.xsnet.cn (萧山网's town channel). "
 "河上镇 exists in 萧山区 (杭州) and in 崇仁县 (抚州); '全区' and the 萧山网 image host point to 萧山区 - the district is not named in the text, so the path is a judgement (doubt). The list's other two items (央视网, a newspaper feature) are national media, not kept."),
]
