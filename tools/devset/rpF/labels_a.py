# Labels for rpF0001-rpF0016 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
JSX = ["云南省", "红河哈尼族彝族自治州", "建水县"]
WYX = ["甘肃省", "定西市", "渭源县"]
JS = ("body-only: the content column (app_articles.content, Markdown converted from a WeChat article of the 建水县 "
      "official account 古城建水 / 建水县融媒体中心) of a student site's MySQL dump; the row's title column ('%s') and its "
      "create_date (2024-08-14, the day the site imported it) are not in the text; the article ends with its WeChat address. ")
WY = ("body-only: the 'content' HTML of one Post::create call of an October CMS seeder of the 渭源县电子商务公共服务中心 site "
      "(the county's 国家电子商务进农村综合示范县 public service centre, category 信息公开); the call's title ('%s') and "
      "published_at (%s) are other fields, not in the text. ")
L = [
(1, None, [], None, None, JSX, "county", None, "新闻", None, None, False, False,
 JS % "用心铺筑民生幸福路 跑出乡村振兴“加速度”" + "county rural-road programme (建水县交通运输局), with the 曲江镇 曲江大河 road as its example (alternative region 建水县/曲江镇); only '自2022年以来', no year of its own (2024 by the CMS row)."),
(2, None, [], 2024, "2024-08-06", JSX, "county", "建水县公安局交警大队", "公告", None, None, False, False,
 JS % "双龙桥周边道路实行交通管制" + "a 通告 ('特此通告') of the county traffic police, signed and dated 2024年8月6日; 双龙桥稻田公园 lies in 西庄镇 but the notice is the county body's; kind 公告 (the set has no 通告)."),
(3, None, [], None, None, JSX, "county", None, "新闻", None, None, False, False,
 JS % "非遗传承人黄倩：用互联网“拥抱”建水紫陶" + "feature on a 紫陶 heritage bearer of 碗窑村 and the county's e-commerce support; years 2017/2018/2020 are past events, the article's own year is not stated ('经过四年多的努力' since 2020)."),
(4, None, [], None, None, JSX, "county", None, "新闻", None, None, False, False,
 JS % "来这里，能带走的不止有回忆……" + "建水县团山景区's cultural products shop ('从今年7月份开始营业'); no year in the text; the scenic area lies in 西庄镇, which the text does not name."),
(5, None, [], 2024, None, JSX, "county", None, "新闻", None, None, False, False,
 JS % "建水选手，第一！！！" + "a 建水县 player wins at the 2024年云南省第29届象棋棋王赛 held in 石屏县 on 8月10日至11日; year from the event the news reports, no posting date in the text."),
(6, "中元节文明祭祀倡议书", [], 2024, "2024-08-14", JSX, "county", "建水县民政局", None, None, None, False, True,
 JS % "中元节文明祭祀倡议书" + "an 倡议书 of 建水县民政局 to 全县广大人民群众, title in bold as the first line, signed and dated 2024年8月14日; kind left null (the set's kinds have no 倡议)."),
(7, "建水县人大常委会关于批准建水县“县树、县花”的决定", ["关于批准建水县“县树、县花”的决定"], 2024, "2024-07-30", JSX, "county", "建水县人大常委会", "决定", None, None, False, True,
 JS % "建水县“县树、县花”已确定！" + "the decision's heading stands on two bold lines (建水县人大常委会 / 关于批准…的决定), then '（2024年7月30日建水县第十六届人大常委会第二十三次会议通过）' (date); source line 来源：建水县人大常委会."),
(8, None, [], 2024, None, JSX, "county", None, "新闻", None, None, False, False,
 JS % "海拔1314米上的婚礼，建水太会了！" + "the county's 七夕 collective wedding ('2024年集体婚礼系列活动', 8月10日) at the 稻田公园 marriage registration point 'in 西庄镇', with the 县委书记 and 县长; county event (alternative region 建水县/西庄镇)."),
(9, None, [], None, None, WYX + ["会川镇"], "town", None, "新闻", None, None, False, False,
 WY % ("【选点进行时】会川镇村级电子商务公共服务点建设选点工作继续进行中", "2017-07-05") + "'我中心' staff choose village service points in 会川镇 (and one village of 五竹镇) on '7月5日'; no year in the text; alternative region 渭源县 (the centre's)."),
(10, None, [], 2017, None, WYX + ["北寨镇"], "town", None, "新闻", None, None, False, False,
 WY % ("【电商到农村】国家电子商务进农村综合示范县普及性培训第五期在北寨镇完美收工！", "2017-07-04") + "training held in 北寨镇 on 2017年7月4日 by 渭源县商务局 with 渭源县北寨镇人民政府 and the centre; the event date is in the body, no posting date, so date null."),
(11, None, [], None, None, WYX + ["会川镇"], "town", None, "新闻", None, None, False, False,
 WY % ("【选点进行时】会川镇村级电子商务公共服务点选点工作开始了。", "2017-06-29") + "survey of 会川镇 villages on '6月29日', no year in the text."),
(12, None, [], None, None, WYX + ["清源镇"], "town", None, "新闻", None, None, False, False,
 WY % ("【考察进行中】中心工作人员实地考察清源镇马家窑村村级电子商务公共服务点", "2017-06-20") + "the 包村领导 of 清源镇马家窑村 and the town's 电商办专干 visit 池坪 and 马家窑村 on '6月20日'; no year in the text."),
(13, None, [], 2017, None, WYX, "county", None, "新闻", None, None, False, False,
 WY % ("渭源县农村电子商务考察组抵达庆阳环县进行学习交流", "2017-06-17") + "a 渭源县 delegation (县人大常委会 vice-chairs, 商务局) visits 庆阳市环县 on 2017年6月17日; region = the delegation's county, 环县 is the place visited."),
(14, None, [], 2017, None, WYX, "county", None, "新闻", None, None, False, False,
 WY % ("我县调研小组检查渭源县各乡镇电子商务发展现状", "2017-06-19") + "'我县' 县人大常委会 inspection of e-commerce points in 锹峪乡、五竹镇、上湾乡、会川镇 on 2017年6月19日 (event date in the body, date null)."),
(15, None, [], None, None, WYX + ["清源镇"], "town", None, "新闻", None, None, False, False,
 WY % ("渭源县电子商务公共服务中心初步确定清源镇六个村级电子商务服务点建设", "2017-06-09") + "'截至6月9日' the centre has surveyed the 25 villages of 渭源县清源镇 and chosen six; no year in the text."),
(16, None, [], None, None, WYX, "county", None, "新闻", None, None, False, False,
 WY % ("【电商纪实】电商助力渭河源 千年药乡展新颜", "2017-09-10") + "county 推进会暨培训会 on '9月7日' chaired by a 县委常委 with the 副县长 speaking; '自2016年正式获批' is a past year, the meeting's year is not stated (2017 by the seeder's published_at); three in-text sub-headings, no title line."),
]
