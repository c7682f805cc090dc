# Labels for rqB0001-rqB0018 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
NX = ["湖南省", "长沙市", "宁乡市"]
DLX = NX + ["道林镇"]
DK = ["湖南省", "邵阳市", "洞口县"]
QY = ["四川省", "成都市", "青羊区"]
DL = ("whole page of the Hexo (NexT) hometown blog '家乡印象⛽' (author 收录客; served as daolinguzhen.github.io, dlgz.us.kg, nxdaolin.dpdns.org) "
      "that reposts texts and news of 道林镇 (宁乡市, 长沙市): site menu, a sidebar with the blog's category and tag counts, "
      "the post heading, '发表于 %s' (the blogger's date), '分类于 %s', the body, '本文已到底啦', licence lines with the post's address, the titles of "
      "the previous and next posts (other documents' headings) and the footer. ")
DKP = ("whole page of a Hexo (Butterfly) site built in Nov 2020 as the site of 洞口县林业局 (邵阳市; '转载请注明来自 洞口县林业局'), "
       "holding texts copied from the bureau: menu (林业动态 通知公告 政策文件 机构信息), the post heading, '发表于 %s | 更新于 "
       "2020-11-15' (the site's dates), categories, the body, prev/next post titles and a 'latest posts' list. ")
L = [
(1, "宁乡市道林镇关于公开选拔村级后备力量的公告", [], 2025, None, DLX, "town", None, "公告", None, None, False, True,
 DL % ("2025-02-28", "信息公示") + "The blog's later copy (shouluke.github.io) encrypts this post, so the 2025 copy of the same blog "
 "(daolinguzhen/dlgz.us.kg) is used. A '文章摘要' box repeats the opening paragraph. No signature and no date in the text: the "
 "selection is run by '镇党委' 'according to 中共宁乡市委组织部 requirements'; the heading names the town, not a body, so org "
 "null (a reader may give 中共宁乡市道林镇委员会). Year from the text (报名 2025年3月3日—3月14日, cut-off 以2025年2月28日…为准); "
 "date null (2025-02-28 is only the blog's 发表于). Lists the 9 villages/communities of 道林镇 with quotas; contact names and "
 "phone numbers of the town's 党建办 and 纪检监察办 as published. Next-post title in the page: 道林镇2024年法治政府建设年度报告 (trap)."),
(2, "2025年道林镇道林社区道林古镇景区周边卫生保洁服务劳务外包项目招标公告", [], 2025, "2025-07-10", DLX, "town",
 "宁乡市道林镇道林社区居民委员会、宁乡市道林镇农村公共资源交易中心", "公告", "道镇农交告（2025）第06号", None, False, True,
 DL % ("2025-07-10", "信息公示") + "A tender notice: the body opens with its number 道镇农交告（2025）第06号 (no heading in the body; "
 "title from the post heading, which the blogger took from the notice); the 交易中心 tenders for the 道林社区居委会 (招标人); signed "
 "by both (宁乡市道林镇道林社区居民委员会 / 宁乡市道林镇农村公共资源交易中心) over 2025年7月10日 (date). Cites 宁政办［2019］8号 "
 "and 建设部[2000]80号令 (other documents). Region: the town (道林社区 is a community of 道林镇, below the gazetteer)."),
(3, "宁乡市道林镇渔政亮剑2024百日攻坚专项整治行动实施方案", [], 2024, None, DLX, "town", None, "计划", None, None, False, True,
 DL % ("2024-09-05", "乡镇动态") + "A town 实施方案 ('结合我镇实际，特制定本实施方案', based on the 宁乡 city-level 方案): targets, "
 "stages 2024年8月22日－11月30日, a working group (镇党委书记, 镇长, 人大主席 named) and tasks of the town's offices and four "
 "villages. No signature and no date: org null (the town's, by '我镇'), date null (2024-09-05 is the blog's). kind 计划 "
 "(a plan with its timetable; the set has no 方案 kind, null is the alternative); year = the year planned."),
(4, "关于2025年党政领导分工及联村安排的通知", [], 2025, "2025-04-15", DLX, "town",
 "中共宁乡市道林镇委员会、宁乡市道林镇人民政府", "通知", None, None, False, True,
 DL % ("2025-04-17", "乡镇动态") + "The body repeats the heading, then addressees '各线办、村（社区）、部门单位：', '经镇党委、政府集体研究决定', "
 "the duties of each town leader, one 中层 change and a village-by-village liaison table; signed 中共宁乡市道林镇委员会 / "
 "宁乡市道林镇人民政府, 2025年4月15日 (date; posted 2025-04-17). A real notice, not a roster script (names with duties)."),
(5, "道林镇开展第二轮土地承包到期后再延长30年试点工作", [], 2025, "2025-05-08", DLX, "town",
 "中共宁乡市道林镇委员会、宁乡市道林镇人民政府", None, None, None, False, True,
 DL % ("2025-05-08", "乡镇动态") + "Under a news-like post heading (the blogger's; the text has no heading of its own) stands an open "
 "letter '道林镇广大农民朋友：…现将相关事宜告知如下' on the 延包 pilot from May 2025, signed on ONE line with the two bodies run "
 "together, '中共宁乡市道林镇委员会宁乡市道林镇人民政府', and 2025年5月8日 (date). kind null (a 公开信/告知; 通知 is the nearest "
 "alternative). Title kept as the page's heading line; a reviewer may prefer null."),
(6, "宁乡市道林镇人民政府", [], None, None, DLX, "town", None, "简介", None, None, False, True,
 DL % ("2024-05-19", "镇域机构") + "The town government's own information page: 领导班子 (names, sex, duties: 党委书记熊建兵, 镇长贺虎 …), "
 "本级机构 (five duties) and 内设机构 (13 offices with their remits). No year, no date, no author line: year/date/org null as for "
 "profiles; heading = the body's name."),
(7, "道林镇召开安全生产工作会议", [], 2018, "2018-04-28", DLX, "town", None, "新闻", None, None, False, True,
 DL % ("2018-04-28", "乡镇动态") + "Town news: '为进一步贯彻落实市安委会会议精神…4月28日，道林镇召开安全生产工作会议' (the 市 is 宁乡市); "
 "date = the posting date, which matches the meeting day in the body."),
(8, "道林镇向渔业违法行为亮剑", [], 2018, "2018-04-10", DLX, "town", None, "新闻", None, None, False, True,
 DL % ("2018-04-10", "乡镇动态") + "Town news: '为深入贯彻落实宁乡市依法打击非法电鱼“亮剑”行动…', a joint raid on '4月9日晚' by "
 "宁乡市渔政监督管理站 with the town's offices on '我镇靳江沿线'; a county station takes part, the item is the town's ('我镇')."),
(9, "道林镇赴菁华铺乡陈家桥村学习垃圾分类和村级管理经验", [], 2019, "2019-04-25", DLX, "town", None, "新闻", None, None, False, True,
 DL % ("2019-04-25", "乡镇动态") + "Two sentences: on '4月25日上午' the 道林镇 leaders visit 菁华铺乡陈家桥村 (another township of 宁乡市) to "
 "learn from it. Region = the acting town 道林镇; 菁华铺乡 is the place visited (trap)."),
(10, "宁乡市道林镇：集中整治顽瘴痼疾、守护生产生命安全", [], 2020, "2020-11-24", DLX, "town", None, "新闻", None, None, False, True,
 DL % ("2020-11-24", "乡镇动态") + "Town news on the traffic 顽瘴痼疾 campaign (quotes a 道林社区 resident and the 镇长; '我镇'); no "
 "date in the body; date = the posting."),
(11, "久久为功，共建清廉，宁乡市召开“清廉医院”建设工作推进会", [], 2024, "2024-03-13", NX, "county", None, "新闻", None, None, False, True,
 DL % ("2024-03-13", "乡镇动态") + "A county-level item on a town blog: the 宁乡市 '清廉医院' meeting of 3月12日 (市纪委, 市卫健局) held at "
 "道林镇卫生院, opening with a patient of 道林河东新村. The author is the 宁乡市 health system, so the region is the county "
 "(道林镇 is where the meeting was held: trap; alternative 道林镇)."),
(12, "道林镇：建立“三单”新模式，解锁幸福新方式", [], 2024, "2024-01-29", DLX, "town", None, "新闻", None, None, False, True,
 DL % ("2024-01-29", "乡镇动态") + "Town news reviewing '2023年' (1394 诉求, 9 villages' collective income); date and year = the "
 "posting (2024-01-29); the 2023 figures are the year reviewed, not the item's year."),
(13, "郭四军赴道林镇、大屯营镇调研", [], 2026, "2026-06-22", NX, "county", None, "新闻", None, None, False, True,
 DL % ("2026-06-22", "乡镇动态") + "County news: on '6月21日' 宁乡市委书记 (and 宁乡经开区 head) 郭四军 inspects 道林镇 and 大屯营镇 "
 "with '市领导' (city = 宁乡市). Two towns named equally: region = the county whose leader acts (alternatives 道林镇 or 大屯营镇)."),
(14, "洞口县林业局2019年度部门决算公开", [], 2019, None, DK, "county", "洞口县林业局", None, None, None, False, True,
 DKP % "2020-11-13" + "The bureau's 2019 部门决算 text (概况, 机构设置, the list of 公开01–07表 '见附表', 情况说明, 名词解释), pasted "
 "with Markdown debris ('\\', '**', '*201**' for 2019); '我局'. year = the year accounted (2019, as the set labels 决算); no date "
 "in the text (2020-11-13 is the site's); kind null as for other 部门决算. Next post: 两高发布司法解释 (a national item)."),
(15, "关于发放2020年度生态公益林管护补助的公告", [], 2020, None, DK, "county", None, "公告", None, None, False, True,
 DKP % "2020-11-13" + "The body opens with the heading again, then '我县2020年中央财政和省级财政共下达…现将…有关事项公告如下', "
 "procedure by town (各乡镇 from 2020年10月22日), '县林业局和县财政局' in the third person, and the 洞口县公益林阳光平台 address. "
 "Unsigned and undated: org null (county bodies 县林业局/县财政局 named only as actors), date null."),
(16, "洞口县林业简介", [], None, None, DK, "county", None, "简介", None, None, False, True,
 DKP % "2020-11-12" + "Profile of the county's forestry (areas, staff, offices, achievements, honours); figures without a year "
 "('近年来'), so year null; no author line (org null as for profiles)."),
(17, "洞口县林业局机构职能", [], None, None, DK, "county", None, "简介", None, None, False, True,
 DKP % "2020-11-12" + "The bureau's 三定-style list of 14 主要职责 ('县林业局贯彻落实…主要职责是：'); no year or date; kind 简介 "
 "(an institution's functions page; null is the alternative); org null as for profiles."),
(18, "青羊区民政局取缔秋雨圣约教会公告", [], 2018, "2018-12-14", QY, "county", "成都市青羊区民政局", "公告",
 "成青民执公（2018）1号", None, False, True,
 "whole page of a Hexo (NexT) blog of 2019 that follows the 2018 case of a 成都 church and reposts, in its category 政府文件, the "
 "district civil-affairs bureau's ban notice: the post heading is the blogger's ('Posted on 2018-12-14', 'In 政府文件'); the notice "
 "itself is the 文号 line '成青民执公 （2018） 1号' (spaces as written), three sentences citing 《社会团体登记管理条例》第三条、第三十二条, "
 "'特此公告', signed 成都市青羊区民政局 / 2018年12月14日 (date). Title kept as the page's heading (the notice's own heading is not "
 "reproduced). The rest of the page is the blog's sidebar (church advocacy text, not labelled)."),
]
