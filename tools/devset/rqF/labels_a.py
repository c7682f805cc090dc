# Labels for rqF0001-rqF0030 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
# Two boards, a citizen's letter or report and the county, town or street reply stored with it, as the crawl has them:
# 1-15  PD = yong-xiong/peoples-daily-natural-gas-complaints @ 78be659, all_pages.csv: 人民网 领导留言板 posts on gas
#       cut-offs (2022-01..2023-01). One CSV line, no header: tid, posting time, type, title, addressee (the leader
#       written to), domain, state, writer (masked), letter, reply time, reply, URL.
# 16-30 ZF = xinzhuohkust/auto_web_scraping, data/contents/<date>_contents.csv: 国务院办公厅 "我为政府网站找错"
#       (zfwzzc.www.gov.cn) reports on county sites and the answering unit's reply (2023-07..2024-02). Header row
#       links,contents plus one line: the URL and the platform's JSON (description = the citizen's report, wzmc = the
#       site, transactUnit = the answering unit, transactResult = the reply, createtime / transactTime).
# Conventions of this round:
# - title: PD: the letter's title cell (the only heading the record has; no line of its own: hasTitleLine false).
#   ZF: null (the platform gives a report no title; the description is the report itself).
# - date/year: the reply's signature date where it signs with one (also 答复时间：… lines), else the date part of the
#   reply time (PD column 10, ZF transactTime). The letter's own time (PD column 2, ZF createtime) and dates the texts
#   cite are traps. PD times were rendered by the crawler's browser, apparently in US Eastern time (the repository's
#   commits are -0500; rqF0010's letter at '2022-12-13 18:26' speaks of 12月14日 after midnight): a reply time after
#   11:00 is the next day in Beijing (rqF0005, 0006, 0013, 0014). The label keeps the date the text states.
# - regionPath: the unit the reply speaks for or signs as; PD: never the addressee's level when the reply is a
#   county's, town's or street's (a 市委书记 letter answered by a county bureau is the county's); ZF: the answering
#   unit (transactUnit), which may differ from the site (wzmc) and from the page reported.
# - org: a signature or an answering-unit line (答复单位：…); else ZF's transactUnit (a body's name); else a body that
#   names itself as the speaker; else null (PD's addressee is a leader, not the answering body).
# - kind 答复; docNumber null (tid, 留言编码, 编号 HNLY… are case or report numbers; 新发改规（2021）14号 is cited); validity null.
PD = "PD line %d: "
ZF = "ZF id %d: "
L = [
(1, "冷", [], 2022, "2022-03-18", ["吉林省", "通化市", "辉南县"], "county", "辉南县集中供热管理中心", "答复", None, None,
 False, False,
 PD % 259 + "letter to 辉南县委书记 (2022-03-14); the reply ('县集中供热管理中心…将对我县供热公司加大监管力度') is signed "
 "'辉南县集中供热管理中心 2022年3月18日'; reply time 2022-03-25 (alternative date). 3月17日 is the visit. 翰林小区, "
 "宏鑫热力公司, 颐和城物业 are not bodies of government."),
(2, "乌苏市小区燃气检修不合理规定", [], 2022, "2022-07-23", ["新疆维吾尔自治区", "塔城地区", "乌苏市"], "county",
 "中共乌苏市委办公室", "答复", None, None, False, False,
 PD % 681 + "letter to 乌苏市委书记 (2022-07-21); reply signed '中共乌苏市委办公室 2022年7月23日' (= reply time). "
 "乌苏市 is a county-level city. Traps: 奎屯市 (another city in the letter), '乌苏市政府网2022年7月14日燃气检修通知', the "
 "cited 新发改规（2021）14号 (not this reply's number)."),
(3, "芦花苑停气没人通知，打96517客服态度极差", [], 2022, "2022-11-23", ["宁夏回族自治区", "银川市", "西夏区", "贺兰山西路街道"],
 "street", "西夏区贺兰山西路街道办事处", "答复", None, None, False, False,
 PD % 678 + "letter to 西夏区委书记 (a reader may give the district); the reply is signed '西夏区贺兰山西路街道办事处 "
 "2022年11月23日' (= reply time) and names the letter's date as 2022年11月20日 (the posting column says 2022-11-19). "
 "芦花苑社区 is a community under the street; 宁夏哈纳斯天然气有限公司 a company."),
(4, "投诉中石油昆龙天然气公司", [], 2022, "2022-08-30", ["宁夏回族自治区", "银川市", "永宁县"], "county",
 "永宁县住房和城乡建设局", "答复", None, None, False, False,
 PD % 679 + "letter to 银川市市长 (a city trap) from a 永宁县望远镇 resident; the reply is printed twice ('住建局答复:…;永宁县答复:"
 "…'), each signed '永宁县住房和城乡建设局 2022年8月30日' (= reply time). 望远镇 is where the writer lives, not the author."),
(5, "互助县的天然气怎么啦？", [], 2023, "2023-01-02", ["青海省", "海东市", "互助土族自治县"], "county", None, "答复",
 None, None, False, False,
 PD % 677 + "letter to 互助土族自治县委书记 (2022-12-27); unsigned reply speaking for the county ('也正通过县住建、发改等燃气经营"
 "责任单位协调'); date = reply time 2023-01-02 22:27 (Beijing probably 2023-01-03; the reply still says '预计12月31日能恢复', "
 "so it may have been written before it was posted). Trap: '国家管网平安分输站' (平安 is also a district of 海东市)."),
(6, "中铁龙沐湾一号供水燃气保障问题", [], 2022, "2022-03-07", ["海南省", "乐东黎族自治县"], "county", None, "答复", None,
 None, False, False,
 PD % 497 + "letter to 乐东黎族自治县委书记 (孙世文, 2022-02-14); reply speaking as a county bureau ('经县水务局…了解', "
 "'我局将组织县自来水公司', '县建设工程质量安全监督站'); no signature (a reader may write 乐东黎族自治县水务局). Date = reply "
 "time 2022-03-07 22:51 (Beijing probably 03-08). Traps: 尖峰镇 (the estate's town), 岭头村/海滨村/长安村委会, "
 "检测报告编号 HNLY（检）202110054 (not a 文号), 中海石油管道输气有限公司乐东燃气分公司."),
(7, "武鸣区标营新区金都范小区民生问题求助", [], 2022, "2022-12-12", ["广西壮族自治区", "南宁市", "武鸣区"], "county", None,
 "答复", None, None, False, False,
 PD % 496 + "letter to 武鸣区委书记 (2022-09-03); unsigned reply, the district speaking of itself ('武鸣区已督促小区开发商'); "
 "date = reply time. 金都苑小区 / 标营新区 are places within the district."),
(8, "凯里市碧海云天小区物业问题投诉", [], 2022, "2022-06-20", ["贵州省", "黔东南苗族侗族自治州", "凯里市"], "county", None,
 "答复", None, None, False, False,
 PD % 566 + "letter to 凯里市委书记 (addressee written '贵州省黔东南州凯里市委书记'); unsigned reply ('碧海云天小区是凯里市老旧"
 "小区', 'by 街道社区'); date = reply time. 5月18日 (the 业委会's resignation) and the letter's 2022-05-13 are traps."),
(9, "美之赢小区取暖", [], 2022, "2022-10-21", ["内蒙古自治区", "兴安盟", "科尔沁右翼前旗"], "county", None, "答复", None,
 None, False, False,
 PD % 63 + "letter to 科尔沁右翼前旗委书记; the reply names '科右前旗住建局' (short form of the banner) and ends "
 "'（责任单位：供热燃气管理中心，联系电话：8395159）' (a unit without place: org left null; a reader may write it). Date = "
 "reply time. Traps: 《内蒙古自治区城镇供热条例》 (a regional law cited), 10月9日, 都瑞热电有限公司."),
(10, "农村燃气故障", [], 2023, "2023-01-12", ["天津市", "宝坻区"], "county", None, "答复", None, None, False, False,
 PD % 698 + "letter to 天津市市长 (a city trap); the reply speaks for an unnamed district ('区领导十分重视，责成区发改委、"
 "区城管委调查处理') and ends with the date '2023年1月12日' (= reply time); 宝坻区 is named only in the letter ('我是宝坻区"
 "新开口镇江石窝村村民'), so the region is read from it. Trap: the letter's '2022年12月14日'."),
(11, "镇原天成国际的种种问题", [], 2022, "2022-06-27", ["甘肃省", "庆阳市", "镇原县"], "county", None, "答复", None, None,
 False, False,
 PD % 662 + "letter to 镇原县委书记; unsigned reply of the county ('县委安排县住建局负责'); date = reply time. Traps: "
 "'6月9日您在人民网…留言', '2022年6月4日在县长信箱留言', the cited city notice 《庆阳市发展和改革委员会关于规范全市普通住宅"
 "物业服务收费有关事宜的通知》."),
(12, "想问下东冶镇天然气是怎么回事，自从夏天停气后", [], 2022, "2022-10-24", ["山西省", "忻州市", "五台县"], "county", None,
 "答复", None, None, False, False,
 PD % 25 + "letter to 五台县委书记 about 东冶镇 (the town is the subject, not the author); reply '您的留言我办已收悉，县委主要"
 "领导和分管领导当即作出批示，着县住建局调查核实' (我办 = the county's office, unnamed); date = reply time. 2021年, 2022年4月, "
 "11月1日 are traps."),
(13, "镇雄燃气公司迟迟不给业主开通天然气", [], 2023, "2023-01-15", ["云南省", "昭通市", "镇雄县"], "county",
 "镇雄县住房和城乡建设局", "答复", None, None, False, False,
 PD % 567 + "letter to 昭通市委书记 (a city trap); the reply names its speaker ('您通过人民网领导留言板给市委书记的留言已收悉，"
 "镇雄县住房和城乡建设局高度重视', '我县燃气管道'); no signature. Date = reply time 2023-01-15 21:38 (Beijing probably "
 "01-16). Traps: 2022年8月13日, 8月15日, 2022年12月20日; 云南省城市燃气协会."),
(14, "北坡片区今冬不好过", [], 2022, "2022-01-25", ["陕西省", "宝鸡市", "陇县"], "county", None, "答复", None, None,
 False, False,
 PD % 648 + "letter to 陇县县委书记 (2022-01-05); reply '我们安排县住建局进行了调查…我县天然气指标严重短缺'; date = reply "
 "time 2022-01-25 22:22 (Beijing probably 01-26). Trap: '从2022年1月10日起'."),
(15, "举报甘肃凯添天然气有限公司", [], 2022, "2022-02-17", ["甘肃省", "武威市", "凉州区", "洪祥镇"], "town", None, "答复",
 None, None, False, False,
 PD % 670 + "letter to 武威市委书记 from a 凉州区洪祥镇 resident's child; the reply tells what '洪祥镇人民政府' did, in the "
 "third person, and sends questions to it ('请致电洪祥镇人民政府'): read as the town's reply (a reader may give 凉州区 or "
 "the addressee's 武威市; no speaker is named). Date = reply time. Traps: '1月28日您在…留言', 2019年8月, 2022年2月9日/10日; "
 "the company's phone 09356350779."),
(16, None, [], 2023, "2023-09-05", ["青海省", "海南藏族自治州", "兴海县"], "county", "兴海县人民政府办公室", "答复", None,
 None, False, False,
 ZF % 296265 + "a report that four columns of the 兴海县 site are stale; the reply ends '答复单位：兴海县人民政府办公室 答复时间："
 "2023年9月5日 联系电话：…'; transactTime 2023-09-06 (alternative date), createtime 2023-09-03 (trap). 海南藏族自治州 is in "
 "青海, not 海南省 (a trap for a name matcher)."),
(17, None, [], 2023, "2023-09-11", ["青海省", "海南藏族自治州", "贵德县"], "county", "贵德县人民政府办公室", "答复", None,
 None, False, False,
 ZF % 296728 + "reply '我办高度重视…我县链接的网站地址无误', signed '贵德县人民政府办公室 2023年9月11日' (= transactTime); "
 "transactUnit '贵德县人民政府办公室电子政务中心' (alternative org). Traps: 国家铁路局, 内蒙古自治区人民政府 (the linked sites)."),
(18, None, [], 2023, "2023-10-17", ["山西省", "晋中市", "左权县"], "county", "左权县数字政府服务中心", "答复", None, None,
 False, False,
 ZF % 300656 + "report on a news item of the county site (《郭丰慧主持召开县政府党组会议》, 8月8日: traps); reply signed "
 "'左权县数字政府服务中心 二〇二三年十月十七日' (a date in Chinese numerals, = transactTime); createtime 2023-10-15."),
(19, None, [], 2024, "2024-01-15", ["四川省", "攀枝花市", "米易县", "白坡彝族乡"], "town", "米易县白坡彝族乡人民政府", "答复",
 None, None, False, False,
 ZF % 311324 + "report on the township's 领导信息 page; the reply names its body ('米易县白坡彝族乡人民政府高度重视', '欢迎致电米易县"
 "白坡彝族乡人民政府反映') = transactUnit; no signature date: transactTime 2024-01-15 (createtime 2024-01-12). The site "
 "(wzmc) is '攀枝花市米易县人民政府网' (county and city traps)."),
(20, None, [], 2023, "2023-11-24", ["云南省", "德宏傣族景颇族自治州", "盈江县", "太平镇"], "town", "盈江县太平镇人民政府",
 "答复", None, None, False, False,
 ZF % 305250 + "the answering unit is '盈江县太平镇人民政府' but the report and the reply concern another town's page "
 "('云南省德宏州盈江县卡场镇人民政府官方网站发布的信息《刘云》'); the reply speaks as 'we' who fixed it. Region and org follow "
 "the answering unit; 卡场镇 (盈江县) is the alternative (the platform may have routed it to the wrong town). Date = "
 "transactTime (createtime 2023-11-22). Site (wzmc) 盈江县人民政府."),
(21, None, [], 2024, "2024-02-06", ["云南省", "昆明市", "西山区", "碧鸡街道"], "street", "西山区人民政府碧鸡街道办事处", "答复",
 None, None, False, False,
 ZF % 314338 + "report on the street's 2023 政府信息公开工作年度报告 ('2023年的工作中' should read 2024); the answering unit is "
 "the street office, but the reply speaks of the district in the third person ('西山区已对错误内容进行更正…西山区将进一步加强"
 "管理'): a reader may give 西山区 (county). Date = transactTime (createtime 2024-02-05). Site: 昆明市西山区人民政府网站."),
(22, None, [], 2024, "2024-01-29", ["广东省", "深圳市", "宝安区", "石岩街道"], "street", "深圳市宝安区石岩街道办事处", "答复",
 None, None, False, False,
 ZF % 312445 + "report on the street's 2023 年度报告 table; reply '我街道高度重视…希望您一如既往关注我街道工作' addressed to "
 "the reporter by nickname; org = transactUnit. Date = transactTime (createtime 2024-01-23). Site: 宝安区人民政府门户网站."),
(23, None, [], 2024, "2024-01-09", ["重庆市", "万州区", "孙家镇"], "town", "万州区孙家镇人民政府", "答复", None, None,
 False, False,
 ZF % 310551 + "report on the town's 领导信息 page (a deputy head's profile; '1978年9月生' a trap); short reply '我们已经进行了"
 "整改。感谢您对万州区人民政府工作的关心和支持' (the district named: a reader may give 万州区); org = transactUnit. Date = "
 "transactTime (createtime 2024-01-06)."),
(24, None, [], 2023, "2023-08-10", ["黑龙江省", "大庆市", "肇州县"], "county", "肇州县人民政府办公室", "答复", None, None,
 False, False,
 ZF % 293273 + "report '电话与公示不符'; the reply tells of '肇州县营商环境建设监督局' in the third person ('今日（8月7日）该局"
 "工作人员发现电话串线') and ends '答复单位：肇州县人民政府办公室'. Date = transactTime 2023-08-10; '今日（8月7日）' = "
 "createtime 2023-08-07 is the day the text was written about (alternative date)."),
(25, None, [], 2023, "2023-08-09", ["海南省", "临高县"], "county", "临高县党政信息中心", "答复", None, None, False, False,
 ZF % 293468 + "a four-point report on the 临高县 site (乡镇 pages, 2018年, 2015-2016年: traps); reply '如有疑问请咨询县党政信息"
 "中心' (= transactUnit, org). Date = transactTime (createtime 2023-08-08)."),
(26, None, [], 2023, "2023-09-21", ["新疆维吾尔自治区", "伊犁哈萨克自治州", "尼勒克县"], "county", "尼勒克县信息化办公室",
 "答复", None, None, False, False,
 ZF % 298368 + "report that the county's 2022 统计公报 page is empty; the reply speaks of the county in the third person "
 "('尼勒克县人民政府收到…网民留言（留言编码：2023092137608685）后，由尼勒克县人民政府办公室电子政务办开展核查办理工作', "
 "'我县政务公开'); org = transactUnit (a reader may write 尼勒克县人民政府); 留言编码 is a case number. Date = transactTime "
 "= createtime = the '2023年9月21日' the text names. Trap: the 2022 in the report's title."),
(27, None, [], 2023, "2023-07-25", ["广西壮族自治区", "北海市", "合浦县"], "county", "合浦县人民政府办公室", "答复", None,
 None, False, False,
 ZF % 291516 + "report of a typo in a post's 落款 ('广西壮族自治区'); reply '我办高度重视' (= transactUnit). Date = transactTime "
 "(createtime 2023-07-24). The report's 广西壮族自治区 is the typo's subject, not the author."),
(28, None, [], 2024, "2024-01-23", ["天津市", "南开区"], "county", "南开区人民政府办公室", "答复", None, None, False, False,
 ZF % 312465 + "report on a 2019 news item (URL …/201912/…) '“夏河推介南开行——培育和践行社会主义核心价值观”主题文艺演出成功"
 "举行' (夏河 = 夏河县, 甘肃: a place trap); the reply speaks as '我局' though the transactUnit (org) is the district's "
 "office. Date = transactTime = createtime."),
(29, None, [], 2023, "2023-07-31", ["宁夏回族自治区", "固原市", "彭阳县"], "county", "彭阳县网络信息中心", "答复", None, None,
 False, False,
 ZF % 290452 + "report that the site's complaint form cannot be filled in; a short reply ('相关人员已经和您电话沟通') naming no "
 "place; region from the transactUnit and site (彭阳县人民政府). Date = transactTime (createtime 2023-07-14)."),
(30, None, [], 2023, "2023-10-13", ["青海省", "海南藏族自治州", "同德县"], "county", "同德县电子政务中心", "答复", None, None,
 False, False,
 ZF % 300426 + "report of a typo (铸牢/筑牢); reply '此篇文章为我县交通运输局公开的文章…现已整改完成', signed '同德县电子政务"
 "中心 2023年10月13日'; transactTime 2023-10-17 (alternative date), transactUnit 同德县人民政府办公室 (alternative org)."),
]
