# Labels for rqA0001-rqA0010 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
QX = ["山西省", "晋中市", "祁县"]
JS = ["湖南省", "湘西土家族苗族自治州", "吉首市"]
YX = ["河南省", "平顶山市", "叶县"]
QY = ["河南省", "焦作市", "沁阳市"]
LS = ["四川省", "雅安市", "芦山县"]
MS = ["云南省", "德宏傣族景颇族自治州", "芒市"]
LK = ["山东省", "烟台市", "龙口市"]
BJ = ["浙江省", "杭州市", "滨江区"]
LA = ["安徽省", "六安市"]
WH = ["内蒙古自治区", "乌海市"]
LD = ("'content' of item %d of piyao_ld_results.json, a crawl (July 2025) of the local ('ld') list of 中国互联网联合辟谣平台 "
      "(www.piyao.org.cn); the crawler writes the source account the platform names as the first line ('%s'), then the "
      "whole text run together, then the same text paragraph by paragraph (so the body appears twice); the item's "
      "title ('%s') and url (%s) are other fields, not in the text. ")
SQ = ("body-only: the 'content' HTML of debunk_article row %s of the app's MySQL dump (truetuardian_backup.sql, "
      "2025-05-17; the app's crawler copied it from 中国互联网联合辟谣平台, source column 'piyao'); the row's title ('%s') "
      "is another column, not in the text; images are bare file names. ")
L = [
(1, None, [], None, None, QX, "county", None, "新闻", None, None, False, False,
 LD % (5, "山西网络举报", "未核实即发布！山西晋中祁县一网民造谣“辖区有人贩子出没”被处罚", "piyao.org.cn/20250717/5bc19553…") +
 "A 祁县公安局 item (its 昭馀派出所 warned a resident who spread a 人贩子 rumour) as the provincial reporting platform "
 "(山西网络举报) carried it: the bracket '（山西省晋中市）' and the closing '如您发现涉山西网上违法和不良信息…举报渠道' lines are "
 "the platform's. Region = the county the item speaks for; a reader may take the carrier's 山西省 (alternative), and "
 "昭馀派出所 (town 昭馀镇) is a trap for over-specific answers. No date or year in the text (7/2025 only in the url); "
 "no signature, org null."),
(2, None, [], None, None, JS, "county", None, "新闻", None, None, False, False,
 LD % (14, "湖南省互联网举报中心", "湖南吉首一网民发布虚假谣言被约谈", "piyao.org.cn/20250715/4bbd7ec1…") +
 "吉首市委网信办's own account of summoning a rumour-monger with the 市公安局 on '7月10日' (no year): it names itself "
 "'湖南省吉首市委网信办' once and then '市委网信办提醒广大网民…市委网信办也将…', so the text speaks for 吉首市 (a county-level "
 "city of 湘西州); the first line names the provincial carrier (湖南省互联网举报中心). Org left null (no signature; "
 "吉首市委网信办 is the acting and speaking body, a reader may give it)."),
(3, None, [], None, None, YX, "county", None, "新闻", None, None, False, False,
 LD % (15, "清朗河南", "辟谣！网传“河南叶县一醉汉持椅殴打男童”为不实信息！", "piyao.org.cn/20250715/21cf3690…") +
 "叶县网信办 passes a report to the police, 叶县警方 fines the woman who made the rumour with AI; closes '网信部门在此提醒广大"
 "网民'. Carried by 清朗河南 (河南省委网信办's account): whether the wording is 叶县's or the province's is not said; "
 "labelled as the county's (alternative 河南省). '7月6日晚' is the rumour's date, no year; org null."),
(4, None, [], None, None, QY, "county", None, "新闻", None, None, False, False,
 LD % (19, "清朗河南", "辟谣！网传河南沁阳“八一水库淹死人了”系不实信息！", "piyao.org.cn/20250711/c2557ac6…") +
 "Short debunk: a person fell into 八一水库 in '焦作沁阳' on '7月6日' and was rescued; '沁阳网信部门' admonished the poster; "
 "'网信部门在此提醒'. Names 焦作 (city) and 沁阳 (county-level city); labelled 沁阳市, the unit acting (alternative 河南省, "
 "the carrier 清朗河南). No year, no org."),
(5, None, [], 2025, "2025-03-30", LS, "county", "中共芦山县委网信办", None, None, None, False, False,
 SQ % (133, "3月30日四川雅安4.6级地震？谣言") +
 "A two-sentence lead (a 福建 netizen's 小红书 post of a '雅安4.6级地震'), then '3月30日，中共芦山县委网信办发布声明如下：' and "
 "the statement ('近日，我县未发生4.6级地震…'), signed right-aligned '中共芦山县委网信办' / '2025年3月30日'. As for other "
 "reposts of one text, region, org and date are the statement's; the lead's '雅安市芦山县' and '四川雅安' name the city too. "
 "Kind null (a 声明; a reader may say 新闻 for the whole item)."),
(6, None, [], None, None, MS, "county", "芒市委网信办", None, None, None, False, False,
 SQ % (135, "云南省芒市发生5.8级地震？勿信这些谣言！") +
 "A poster-style debunk (centred short lines: '近日 / 部分自媒体为博眼球 蹭流量 / 发布“云南芒市发生5.8级地震…”'), three "
 "images, then the bold block '芒市委网信办温馨提示：' with its reporting phone (0692-…) and mail (mswwxb2019@126.com): "
 "the county-level city's 网信办 speaks (org from that block). 芒市 lies in 德宏州; the text also names 缅甸. No date or "
 "year in the text (2025 by the dump). Kind null (a 温馨提示)."),
(7, None, [], None, None, LK, "county", None, "新闻", None, None, False, False,
 SQ % (137, "山东烟台龙口一仓库发生1人昏迷、14人呼吸困难事件？假的！") +
 "A 龙口公安 (龙口市公安局) post: centred hook lines, '案例回顾' ('3月19日' a netizen's fake video, '山东省烟台市龙口公安' "
 "fined him), '法律链接', '警方提醒', and the centred close '龙口公安将继续加大/对网络谣言的打击力度…'. Region the "
 "county-level city 龙口市 (烟台市 named with it); no signature (org null), no year."),
(8, None, [], None, None, BJ, "county", None, "新闻", None, None, False, False,
 SQ % (127, "杭州滨江发生恶性刑事案件？系利用AI编造，当事人已被处罚") +
 "Opens '4月15日，杭州滨江公安分局发布一则情况说明。' and then gives the 情况说明's content in a reporter's words (a man "
 "made up a '滨江区发生恶性刑事案' story with AI; '滨江警方' fined him 500元; '警方郑重提醒…'), with two '滨江公安供图' "
 "captions. A repost of a district police statement by an unnamed outlet: region = the district (杭州市 named with it); "
 "the statement's heading and signature are not reproduced, so title and org null; '4月15日' without year."),
(9, None, [], None, None, LA, "city", None, "新闻", None, None, False, False,
 LD % (4, "六安警方", "女子造谣单位内有人热死被依法处罚", "piyao.org.cn/20250718/962403c6…") +
 "Kept along with the county items: a post of 六安警方 (the account of 六安市公安局, named in the first line) about its "
 "'裕安分局网安大队' and '江店派出所' dealing with a woman's rumour. The author is the city's police, so region 六安市 (city); "
 "裕安区 (the sub-bureau's district) is the over-specific trap. No date, no org (no signature)."),
(10, "关于冒充税务局开展税务抽查诈骗的紧急预警", [], 2025, "2025-07-14", WH, "city", "乌海市公安局刑侦支队", "公告", None, None,
 False, True,
 LD % (10, "内蒙古互联网举报中心", "内蒙古乌海公安提醒：警惕假借“税收抽查”名义实施诈骗", "piyao.org.cn/20250716/752a3258…") +
 "Kept along with the county items: a city police warning, heading '关于冒充税务局开展税务抽查诈骗的紧急预警' (run into the "
 "body in the first copy, on its own line in the second), sub-heading '警方提示', signed '乌海市公安局刑侦支队' / "
 "'2025年7月14日'. Kind 公告 (a signed public warning, as rpV/rpO labelled 预警). Carried by the regional platform "
 "内蒙古互联网举报中心 (first line)."),
]
