# Labels for rpD0005-rpD0042: county government work reports (政府工作报告) of 保定 counties, cells of the 报告全文 column of
# data/policies/保定市各县政府工作报告.xlsx (yver-sun/gaoyang-towel-resilience). The row's 年份/区县/报告标题 cells are NOT part
# of the text; labels follow the text. Older cells hold literal "\r\n" two-character sequences (kept as in the source).
# Fields: n, title, titleAlt, year, date, region, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
def BD(c):
    return ["河北省", "保定市", c]
Q = "清苑区"; XS = "徐水区"
R = "Literal '\\r\\n' sequences stand for line breaks in this cell. "
L = [
(5, "政府工作报告", [], 2003, "2003-04-07", BD(Q), "county", "清苑县人民政府", "报告", None, None, False, True,
 R + "Subtitle （政治协商稿）: the draft read to the county 政协 (各位委员), dated 2003年4月7日 under the title. 清苑 was a 县 then (清苑区 since 2015; gazetteer name used). Reviews 1998–2002 (过去五年). Ends with the aggregator tag '来自马克数据网'."),
(6, "政府工作报告", [], 2005, "2005-02-26", BD(Q), "county", "清苑县人民政府", "报告", None, None, False, True,
 R + "Date line under the title; '2004年工作回顾'; 清苑县 then (now 清苑区). No session line or speaker name."),
(7, "政府工作报告", [], 2008, "2008-03-27", BD(Q), "county", "清苑县人民政府", "报告", None, None, False, True,
 R + "Date （2008年3月27日） under the title; the speaker says only '我代表县政府'; org = the county government the report is of (清苑县, now 清苑区)."),
(8, "政府工作报告", [], 2013, "2013-03-19", BD(Q), "county", "清苑县人民政府", "报告", None, None, False, True,
 R + "Date line under the title; '我代表县政府'; reviews 2012 (新一届政府开局之年, 县十六届人大一次会议). 清苑县 then."),
(9, None, [], 2010, "2010-02-04", BD(XS), "county", "徐水县人民政府", "报告", None, None, False, False,
 R + "No title line: the text starts with the session line (2010年2月4日在徐水县第十四届人民代表大会第四次会议上) and the speaker 徐水县人民政府县长李保森. 徐水县 became 徐水区 in 2015 (gazetteer name used)."),
(10, "政府工作报告", [], 2011, "2011-01-20", BD(XS), "county", "徐水县人民政府", "报告", None, None, False, True,
 R + "Title run together with the session line ('政府工作报告2011年1月20日在徐水县第十四届人民代表大会 第五次会议上'). Reviews the 十一五 period and submits the 十二五规划纲要（草案） with it (a different document)."),
(11, None, [], 2012, "2012-02-16", BD(XS), "county", "徐水县人民政府", "报告", None, None, False, False,
 R + "No title line; session line 第十五届人民代表大会第一次会议 and speaker 县长 李保森; reviews 2007–2011 (过去五年). The xlsx row title calls it 徐水区, but the text is 徐水县."),
(12, None, [], 2013, "2013-03-10", BD(XS), "county", "徐水县人民政府", "报告", None, None, False, False,
 R + "No title line; session line (县十五届人民代表大会第二次会议) and speaker 代县长 王保辉."),
(13, None, [], 2015, None, BD(XS), "county", "徐水县人民政府", "报告", None, None, False, False,
 R + "Body only: starts at '各位代表：'; no date or session line. Year from the text (关于2014年政府工作 reviewed, 2015 tasks) and consistent with the row's 年份 2015. Delivered just before 徐水县 became 徐水区."),
(14, None, [], 2018, None, BD(XS), "county", "保定市徐水区人民政府", "报告", None, None, False, False,
 R + "No title; starts with the session line without a date (在保定市徐水区第二届人民代表大会第二次会议上) and speaker 区长李志永. Year from '2017年工作回顾' (report of early 2018). Footnote marker [1] left in the text."),
(15, None, [], 2019, "2019-01-29", BD(XS), "county", "保定市徐水区人民政府", "报告", None, None, False, False,
 R + "No title; first line '2019年1月29日保定市徐水区第二届人民代表大会第三次会议', speaker 区长 李志永 (with &nbsp;); goes straight to '一、2018年工作回顾' (no 各位代表 opening). Ends with an aggregator tag (微信公众号马克 数据网)."),
(16, "政府工作报告", [], 2010, "2010-02-03", BD("涞水县"), "county", "涞水县人民政府", "报告", None, None, False, True,
 R + "Excerpt only (1.7k characters): the text stops inside the 2009 review and ends with '详见官网：www.macrodatas.cn' (aggregator teaser). Session line ——2010年2月3日在涞水县第十四届人民代表大会第四次会议上; speaker 县长 于舒心."),
(17, "政府工作报告", [], 2011, "2011-02-19", BD("涞水县"), "county", "涞水县人民政府", "报告", None, None, False, True,
 R + "Excerpt only (1.6k characters), cut inside the 十一五 review; session line ——2011年2月19日在涞水县第十四届人民代表大会第五次会议上; years 2005/2010 are comparison years."),
(18, "政府工作报告", [], 2013, "2013-03-08", BD("阜平县"), "county", "阜平县人民政府", "报告", None, None, False, True,
 R + "Starts with an aggregator line '来源：百度马 克 数据网' before the title. Session line ——2013年3月8日在阜平县第十六届人民代表大会第二次会议上; 2012年12月29日 is the date of 习近平's visit (a trap, not the document date)."),
(19, "政府工作报告", [], 2017, "2017-02-26", BD("阜平县"), "county", "阜平县人民政府", "报告", None, None, False, True,
 R + "Session line 在阜平县第十七届人民代表大会第一次会议上 （2017年2月26日）, speaker 县长 刘靖; reviews the past five years; 2012-12-29 (习近平's visit) and 2021 targets appear in the body."),
]
RC = "容城县"; YX = "易县"; SP = "顺平县"
CX = ("Page copied from an aggregator (中国县域): first lines are the site's column label '工作报告', the page heading, a meta line "
      "'时间：… 作者：中国县域 来源：…' with 阅读/评论 counts and a 内容摘要 teaser, then the report, then the site's link lists (本栏推荐, 阅读排行, 标签云). "
      "The 时间 is the aggregator's posting date, not the report date; the meta line is not a 政府信息公开 header (hasHeader false). '?' marks stand for lost characters. ")
L += [
(20, None, [], 2012, None, BD(RC), "county", "容城县第十四届人民政府", "报告", None, None, False, False,
 R + "Body only (starts at 各位代表：), no title/date/session line. The 十四届人民政府 reports on its term since the 2007 换届 and proposes the next five years and 2012 (year 2012, consistent with the row). 2006/2011 are comparison years."),
(21, None, [], 2015, None, BD(RC), "county", "容城县人民政府", "报告", None, None, False, False,
 R + "Body only, starts at '一、 2014年工作回顾' (opening and title cut). Year from the text (2014 reviewed; 县十五届人大三次会议 targets) and consistent with the row's 2015. org = the county government the report is of (the text says 县政府)."),
(22, None, [], 2017, None, BD(RC), "county", "容城县人民政府", "报告", None, None, False, False,
 R + "Body only, starts at '一、过去五年工作回顾' (2012–2016); numbered explanatory notes [５]…[８] at the end. 新疆和静县 appears as the 对口支援 partner (not the subject)."),
(23, None, [], 2019, None, BD(RC), "county", "容城县人民政府", "报告", None, None, False, False,
 R + "Body only, starts at '一、2018年工作回顾'; 雄安新区 context (新区党工委、管委会); 2035 is a plan horizon. No date/session line."),
(24, None, [], 2020, None, BD(RC), "county", "容城县人民政府", "报告", None, None, False, False,
 R + "Body only, starts at '一、2019年工作回顾'; the notes [1]…[7] at the end cite 2019年12月16日, 2019年2月11日 and 2020年1月7日 (县委十三届四次全会) — events, not the report date."),
(25, None, [], 2024, None, ["河南省", "洛阳市", "新安县"], "county", "新安县人民政府", "报告", None, None, False, False,
 R + "TRAP: the xlsx row files this under 安新县 (河北 保定, '安新县2024年政府工作报告'), but the text is the 2024 report of 新安县, 河南省洛阳市 (现代化新安建设, 河南省肉羊大县, 洛阳, 小浪底库区). Body only, starts at 各位代表：; '我代表县人民政府'; 2023 reviewed. Ends with an aggregator tag (来源：百度马 克 数据网)."),
(26, None, [], 2017, None, BD(YX), "county", "易县人民政府", "报告", None, None, False, False,
 R + "Excerpt (3.9k characters): starts with the speaker line '易县人民政府县长刘杰', no title/date; covers only the review of the past five years (2012–2016, 7·21 flood) and stops there. Year 2017 from the text (2016 just past) and the row."),
(27, None, [], 2018, None, BD(YX), "county", "易县人民政府", "报告", None, None, False, False,
 R + "Body only (各位代表：, '我代表县人民政府'); '2017年工作回顾'; 十七届人大一次会议 targets reviewed. Footnote markers like [15] in the text; 北京海淀区 appears as a partner."),
(28, None, [], 2019, None, BD(YX), "county", "易县人民政府", "报告", None, None, False, False,
 R + "Body only; '2018年工作回顾'; 2018年9月28日 inside the body is an event date."),
(29, None, [], 2020, None, BD("蠡县"), "county", "蠡县人民政府", "报告", None, None, False, False,
 R + "Body only; '2019年工作回顾' with bracketed note markers ［1］…; mentions a visit of 王东峰书记、许勤省长 (provincial leaders)."),
(30, "政 府 工 作 报 告", [], 2008, "2008-03-27", BD(SP), "county", "顺平县人民政府", "报告", None, None, False, True,
 R + "Title written with spaces between the characters; session line ——在顺平县第十五届人民代表大会第二次会议上, speaker 县长 岳文民, date （2008年3月27日）; '2007年工作回顾'."),
(31, None, [], 2023, None, BD(SP), "county", "顺平县人民政府", "报告", None, None, False, False,
 R + "Body only (各位代表：), '&nbsp;' lines between sections; '2022年工作回顾'. Ends with an aggregator tag (搜索马 克 数 据 网)."),
(32, None, [], 2024, None, BD(SP), "county", "顺平县人民政府", "报告", None, None, False, False,
 R + "Body only; '2023年工作回顾'. Same layout as rpD0031 (next year's report)."),
(33, "保定市满城区2020年政府工作报告", ["政 府 工 作 报 告"], 2020, "2020-01-21", BD("满城区"), "county", "保定市满城区人民政府", "报告", None, None, False, True,
 CX + "Session line ——2020年1月21日在保定市满城区第二届人民代表大会第四次会议上, speaker 区长 程杰. Posting 时间 2023-03-30 is a trap; 2012年12月4日/2019年12月 dates are events; the link lists name many other places (焦作市, 平顶山市 …)."),
(34, "清苑区2025年政府工作报告", [], 2025, "2025-01-13", BD(Q), "county", "保定市清苑区人民政府", "报告", None, None, False, True,
 CX + "Session line 2025年1月13日在保定市清苑区第三届人民代表大会第五次会议上, speaker 区长 李英英; 来源 清苑区政府网; posting 时间 2025-02-22 (trap)."),
(35, "2020年涞水县政府工作报告", [], 2020, "2020-01-11", BD("涞水县"), "county", "涞水县人民政府", "报告", None, None, False, True,
 CX + "Session line 2020年1月11日在涞水县第十六届人民代表大会第四次会议上, speaker 县长朱明新; posting 时间 2022-11-22 (trap); 2017年10月18日 (十九大) is cited in the body."),
]
L += [
(36, "2021年阜平县政府工作报告", ["政府工作报告"], 2021, "2021-02-05", BD("阜平县"), "county", "阜平县人民政府", "报告", None, None, False, True,
 CX + "Inside: label '阜平县十七届人大五次会议文件(1)', heading 政府工作报告, session line 2021年2月5日在阜平县第十七届人民代表大会第五次会议上, speaker 县长 贾瑞生; submitted together with the 十四五规划纲要（草案） (another document). Posting 时间 2023-01-24 (trap); many event dates (2013–2020) in the body."),
(37, "高唐县2021年政府工作报告", [], 2021, "2021-03-11", ["山东省", "聊城市", "高唐县"], "county", "高唐县人民政府", "报告", None, None, False, True,
 CX + "TRAP: the xlsx files this row under 唐县 (河北 保定), but the text is the report of 高唐县, 山东省聊城市 (session line 2021年3月11日在高唐县第十七届人民代表大会第五次会议上, 代县长 杨曙光; 东阿县 appears as a neighbour). Inner heading '政??府??工??作??报??告' (spacing turned into '?'). Reviews 十三五 and 2020."),
(38, "米易县2023年人民政府工作报告", ["政府工作报告"], 2023, "2023-02-12", ["四川省", "攀枝花市", "米易县"], "county", "米易县人民政府", "报告", None, None, False, True,
 CX + "TRAP: the xlsx files this row under 易县 (河北 保定), but the text is the report of 米易县, 四川省攀枝花市 (（2023年2月12日在米易县第十九届人民代表大会第三次会议上）, 县长 代坤宏; 仁和区, 攀枝花市 named). Posting 时间 2023-10-15 (trap)."),
(39, "2020年涞源县政府工作报告", [], 2020, "2020-01-13", BD("涞源县"), "county", "涞源县人民政府", "报告", None, None, False, True,
 CX + "Session line 2020年1月13日在县十六届人民代表大会第四次会议上, speaker 县长周峰; 2019 = 整县脱贫摘帽 year; 文安县 and 雄安新区 appear as other places. Posting 时间 2022-12-01 (trap)."),
(40, "2020年安国市政府工作报告", ["政 府 工 作 报 告"], 2020, "2020-01-09", BD("安国市"), "county", "安国市人民政府", "报告", None, None, False, True,
 CX + "County-level city (县级市): session line ——2020年1月9日在安国市第七届人民代表大会第五次会议上, speaker 市长 张壮田; '市' here means the county-level city, not 保定市. Posting 时间 2023-03-30 (trap)."),
(41, "博野县2024年政府工作报告", ["政 府 工 作 报 告"], 2024, "2024-01-23", BD("博野县"), "county", "博野县人民政府", "报告", None, None, False, True,
 CX + "Session line —2024年1月23日在博野县十八届人民代表大会第四次会议上, speaker 县长 许喆; 巴里坤县 and 伊吾县 (新疆, 对口支援 partners) appear in the body. Posting 时间 2024-04-02 (trap)."),
(42, "2020年曲阳县政府工作报告", [], 2020, "2020-01-11", BD("曲阳县"), "county", "曲阳县人民政府", "报告", None, None, False, True,
 CX + "Session line 2020年1月11日在曲阳县第十七届人民代表大会第四次会议上, speaker 县长石志新; no separate heading inside apart from the page heading. Posting 时间 2022-12-01 (trap)."),
]
# rpD0028 and rpD0032 were re-assigned to the crawler's 高阳县 text files (see build.py); their first labels are replaced.
L = [x for x in L if x[0] not in (28, 32)]
GYP = BD("高阳县")
GH = ("The file starts with a block written by the repository's crawler (标题：/发文单位：/发文时间：/…/来源URL：, then 正文：); "
      "hasHeader true for this field block, though it is not the site's own 政府信息公开 table. ")
L += [
(28, "政 府 工 作 报 告", ["高阳县2019年政府工作报告"], 2019, "2019-01-17", GYP, "county", "高阳县人民政府", "报告", None, None, True, True,
 GH + "Session line 2019年1月17日在高阳县第十七届人民代表大会第三次会议上, speaker 县长 闫向阳. The text stops inside part two (…全力防控安全生产风险。): truncated by the crawler. 2018 dates in the body are events."),
(32, "【聚焦两会】高阳县第十八届人民代表大会第三次会议隆重开幕", [], 2023, "2023-01-12", GYP, "county", "高阳县人民政府办公室", "新闻", None, None, True, True,
 GH + "TRAP: the crawler's 标题 says '高阳县2023年政府工作报告' and 发文时间 未知, but the page is a news report of the opening of the county 人代会 (发布时间：2023-01-12, 发布机构：高阳县人民政府办公室) summarising the 县长's work report; ends with the site footer (Copyright 2007-2022, 主办 高阳县人民政府办公室)."),
(43, "2025年预算执行情况和2026年预算（草案）报告", [], 2026, "2026-03-06", GYP, "county", "高阳县人民政府", "报告", None, None, True, True,
 GH + "TRAP: the crawler calls it '高阳县2026年政府工作报告', but the text is the budget report (预算执行情况和预算草案) read at the 第十八届人民代表大会第六次会议 on 2026年3月6日; excerpt only (1.2k characters). org only from the crawler's 发文单位 field (a budget report is usually presented by the 财政局; the text names no body)."),
(44, "2020年县政府工作总体要求和主要预期目标", [], 2020, "2020-01-08", GYP, "county", "高阳县人民政府", "报告", None, None, True, True,
 GH + "Short web page (发布时间：2020/1/8 11:20:49, 信息发布人：管理员) giving the 总体要求 and 主要预期目标 section of the 2020 county work report, then the site footer (主办 高阳县人民政府办公室). kind doubtful: a section of the 报告 (要点 also defensible); org from the crawler's 发文单位."),
]
