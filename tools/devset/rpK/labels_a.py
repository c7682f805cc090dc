# Labels for rpK0001-rpK0013 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
GC = ["河北省", "石家庄市", "藁城区"]
DT = ["江苏省", "盐城市", "东台市"]
GCN = ("body-only: the PartyDynamicContent HTML of one item of the Mock.js sample of the 藁城区 智慧党建 WeChat app "
       "(src/api/mock.js, API PaPartyDynamic/GetDynamicByAdopt: party news posted by 藁城区 units); the item's "
       "PartyDynamicTitle ('%s') and ReportDate (%s) are other fields, not in the text. ")
DTN = ("body-only: the 'content' of one notice of the GsonFormat sample response kept in the Javadoc of the bean "
       "NoticeAnounce.java of a meter-reading app for 东台市 water services (list of 通知公告); the item's title ('%s') "
       "and createDate (2016-09-17, the app's import day) are other fields, not in the text. ")
L = [
(1, None, [], None, None, GC, "county", None, "新闻", None, None, False, False,
 GCN % ("藁城区税务局召开“双报到”工作动员会", "2018-08-07") + "藁城区税务局 holds a 双报到 mobilisation meeting on '8月7日'; no year in the text."),
(2, None, [], None, None, GC, "county", None, "新闻", None, None, False, False,
 GCN % ("藁城区税务局召开党员教育管理重点工作自查推进会", "2018-08-02") + "'8月2日上午' meeting of 藁城区税务局; no year in the text."),
(3, None, [], None, None, GC, "county", None, "新闻", None, None, False, False,
 GCN % ("藁城区税务局召开党建智慧云平台推进会", "2018-07-26") + "'7月26日上午' 藁城区税务局（原地税） meeting on the 智慧党建 platform; no year in the text."),
(4, None, [], 2018, None, GC, "county", None, "新闻", None, None, False, False,
 GCN % ("藁城区纪委圆满完成党总支和党支部的改选工作", "2018-07-26") + "the 区纪委监委 party meeting held on 2018年7月25日 (event date in the body; the posting date is not in the text, so date null)."),
(5, None, [], None, None, GC + ["西关镇"], "town", None, "新闻", None, None, False, False,
 GCN % ("反腐倡廉  警钟长鸣 西关镇开展新任“两委”干部培训会", "2018-07-20") + "西关镇 (藁城区) training of new village cadres on '7月19日', chaired by the 镇党委书记; no year in the text; 西关镇 is not tied to 藁城区 in the text itself (only 石家庄市监察委员会 is named) - the path comes from the gazetteer (the app is 藁城's)."),
(6, None, [], None, None, GC, "county", None, "新闻", None, None, False, False,
 GCN % ("把握方向不动摇   将扫黑除恶专项斗争推向新高潮。", "2018-07-18") + "藁城区委组织部 meeting on 扫黑除恶 in 基层组织建设 on '7月17日下午'; no year in the text (2018 by the item's ReportDate)."),
(7, "我区成立人才绿卡服务联盟", [], None, None, GC, "county", None, "新闻", None, None, False, True,
 GCN % ("我区成立人才绿卡服务联盟", "2018-07-13") + "the heading is repeated as a bold centred first line (title line); 藁城区委组织部 signing ceremony on '7月13日上午'; no year in the text."),
(8, "高玉柱为石井村党员干部讲党课", [], None, None, GC, "county", None, "新闻", None, None, False, True,
 GCN % ("高玉柱为石井村党员干部讲党课", "2018-07-10") + "<h1> title line; the 区委书记 lectures at 廉州镇石井村 on '7月3日' (纪念建党97周年 implies 2018, but no year is written, so year null); region the district (the 区委书记's visit), alternative 藁城区/廉州镇."),
(9, "袁丽华、闫军堂等区领导到基层讲党课、慰问党员", [], None, None, GC, "county", None, "新闻", None, None, False, True,
 GCN % ("袁丽华、闫军堂等区领导到基层讲党课、慰问党员", "2018-07-10") + "bold centred title line, then two sub-headings (袁丽华到南营村讲党课 / 闫军堂到大慈邑村讲党课); the 区长 at 南营镇南营村 on '7月7日' and the 组织部长 at 增村镇大慈邑村 on '7月9日'; no year in the text."),
(10, None, [], 2015, "2015-12-18", DT, "county", "东台市水务局", "通知", None, None, False, False,
 DTN % "关于切实做好冬季和元旦节日期间安全生产工作的通知" + "addressed to 机关各科室，局属各单位，各镇区水务站，各在建工程建设处; '特此通知。' then signature 东台市水务局 and 2015年12月18日 (org, date)."),
(11, None, [], 2015, "2015-12-09", DT, "county", None, "公告", None, None, False, False,
 DTN % "关于规范性文件征求意见的公告" + "publishes the draft 《东台市城乡供水管理办法》 for comment until 2015年12月16日, replies to 东台市城乡供水管理办公室 (contact lines, 附件：); ends with the date '二O一五年十二月九日' (date); no signing body in the text, so org null (the app lists it among the 水务局's notices)."),
(12, None, [], 2016, "2016-02-17", DT, "county", "东台市水务局", "通知", None, None, False, False,
 DTN % "关于做好2015年度取水许可年检的通知" + "to 各镇区水务站，局属各有关单位; 2015 annual water-permit inspection; '以上通知，希遵照执行。' then 东台市水务局 and 2016年2月17日 (org, date)."),
(13, None, [], 2016, None, DT, "county", None, "通知", None, None, False, False,
 DTN % "东台市水务局关于2016年“水务讲堂”开讲及召开局务会的通知" + "to 机关各科室，局属各单位，各镇区水务站: the 水务讲堂 and 局务会 '定于2016年3月18日'; the text ends without signature or date (org, date null; year from the meeting it announces)."),
]
