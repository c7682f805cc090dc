# Labels for rqE0001-rqE0013 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
NX = ["湖南省", "长沙市", "宁乡市"]
DLX = NX + ["道林镇"]
CS = ["湖南省", "长沙市"]
CXD = ["上海市", "崇明区", "长兴镇"]
DG = ("whole page of the Hexo (NexT) hometown blog '家乡印象⛽' (author 收录客) in its 2025 copy daolinguzhen/daolinguzhen.github.io "
      "(the blog rqB took from shouluke/shouluke.github.io and daolinguzhen/dlgz.us.kg; none of rqB's posts is repeated here): "
      "site menu, sidebar (the blog's tag counts, a link named '道林镇人民政府'), the post heading, '发表于 %s' (the blogger's date), "
      "%s the body, '本文已到底啦', licence lines with the post's dlgz.us.kg address, the tags 民生话题/经济发展/社会热点, the titles of "
      "the previous and next posts (other documents' headings: a trap for title readers) and the footer. ")
CAT = "'分类于 乡镇动态',"
L = [
(1, "走进长兴岛", [], None, None, CXD, "town", None, "简介", None, None, False, True,
 "Whole page 'detail.html' of a vendor's static front-end of the 上海长兴岛 site (FearlessBBH/static-changxingdao, one commit "
 "of 2020-12-31; <title> is the template's '新闻列表页'): menu (新闻中心 营商环境 政务公开 一网通办 产城人文), breadcrumb "
 "'首页 > 新闻中心 > 走进长兴岛', the heading '走进长兴岛', a line '时间：2020-09-29 来源：上海长兴岛官网 浏览：146002', then the "
 "island's profile in four sections (现状概况, 功能定位, 发展规模, 总体布局; figures of 2008-2009, '规划到2020年'), and the footer "
 "of 上海市长兴岛开发建设管理委员会办公室 (address, phone, ICP). The profile is the official site's text (source line), not the "
 "vendor's. Region: the text describes 长兴岛, whose settlement is 长兴镇 ('长兴镇人民政府下辖24个行政村', with 前卫农场 besides), "
 "so the town of 崇明区 (the text still says 崇明县; it also names 宝山区 and '市政府' = 上海市): labelled town; a reader may give "
 "崇明区, or 上海市 for the municipal office that runs the site. Org null: no author line; the footer's office is the site's "
 "owner (alternative). Year/date null as for profiles: 2020-09-29 is the page's posting line (a reader giving it is not "
 "counted), the text's own years are cited ones. kind 简介."),
(2, "在崎岖的山路上守望彩虹", ["记宁乡县道林镇党委组织委员 郑香平"], 2010, "2010-09-16", DLX, "town", None, "新闻", None, None, False, True,
 DG % ("2010-09-16", CAT) + "A 2010 feature on 郑香平, 道林镇党委组织委员, under a literary heading with the subtitle '——记宁乡县道林镇党委组织委员 "
 "郑香平' (titleAlt). It names 黄材镇, 原祖塔乡, 鑫星村 and '全县' in passing (宁乡县, a 县 until 2017; the gazetteer names 宁乡市, so "
 "the path uses it). No author and no date in the text: written about the town in the third person ('该镇'), probably by the "
 "county's 组织部 or a paper; region labelled the town the text is about (the county is the alternative), org null. Date = the "
 "blog's posting date, which agrees with the text ('1996年…一干就是14年', '2009年还记了三等功'); a strict reader may leave year/date null."),
(3, "道林镇组织召开2017年非煤矿山治理座谈会", [], 2017, "2017-08-23", NX, "county", None, "新闻", None, None, False, True,
 DG % ("2017-08-23", CAT) + "The meeting was held '2017年8月22日上午' by 宁乡国土资源局执法监察大队, 道林镇政府 and 道林国土所 with eight illegal "
 "miners of 鑫星村. The heading names the town, but the text speaks as the county: '2015年，我县加强生态保护' (宁乡县, now 宁乡市; "
 "the item reads as the county 国土资源局's), so region = the county; the town is the alternative a reader of a town blog will "
 "give. Date = the posting (8月23日), the meeting day 8月22日 being the other date in the text. Org null (no signature)."),
(4, "道林镇召开第一届人民代表大会第一次会议", [], 2018, "2018-03-30", DLX, "town", None, "新闻", None, None, False, True,
 DG % ("2018-03-30", CAT) + "Town news on the town people's congress of '3月30日' (77 deputies; 《政府工作报告》《人大工作报告》《财政预决算报告》 "
 "adopted; the town's target quoted as '我镇…'). Date = the posting, which matches the meeting day. Next-post title in the page: "
 "'道林镇人民政府2017年政府工作报告' (another document, encrypted in the blog: a trap for title and kind readers); previous: "
 "'重拳出击，道林镇全面打响蓝天保卫战'."),
(5, "宁乡市委副书记刘永红调研道林镇龙泉湖村", [], 2018, "2018-09-11", DLX, "town", None, "新闻", None, None, False, True,
 DG % ("2018-09-11", CAT) + "The heading's actor is a county leader (宁乡市委副书记), but the text speaks as the town: '9月10日晚至9月11日上午，"
 "市委副书记刘永红一行前来我镇龙泉湖村进行调研', accompanied by the town's 党委书记 and 镇长; so region = 道林镇 (the county is the "
 "alternative; contrast rqB0013, where no '我镇' was written and the county was labelled). Date = the posting, the visit's last day."),
(6, "市人大调研道林镇农村“五治”和脱贫攻坚工作", [], 2019, "2019-04-29", NX, "county", None, "新闻", None, None, False, True,
 DG % ("2019-04-29", CAT) + "On '4月29日' '市人大闵志平主任一行' (the 宁乡市 people's congress; '市' is the county-level city, not 长沙市) visits "
 "道林镇靳水村 and holds a meeting where the town's 镇长候选人 reports. No '我镇': the acting body is the county's, so region = "
 "the county, as rqB did for county actors in town items; the town is the alternative. Date = the posting = the visit."),
(7, "道林镇赴玉潭街道、煤炭坝镇、喻家坳乡学习党建引领、乡村振兴产业发展和经营模式等工作", [], 2019, "2019-09-04", DLX, "town", None, "新闻",
 None, None, False, True,
 DG % ("2019-09-04", CAT) + "On '9月4日' the town's party secretary and 镇长 lead its cadres to three other units of 宁乡市 (喻家坳乡湖溪塘村, "
 "煤炭坝镇 with its party secretary's talk, 玉潭街道南苑社区). Region = the acting town; the street, town and township visited "
 "are traps (three places named before 道林 in the body). Date = the posting = the visit."),
(8, "长沙市生态环境局关于《宁乡市公路养护中心G354宁乡段（宗师庙—道林—联湖塘）公路工程建设项目环境影响报告表》拟审批意见公示", [],
 2020, "2020-06-19", CS, "city", "长沙市生态环境局", "公告", None, None, False, True,
 DG % ("2020-06-19", CAT) + "A city bureau's 环评 公示 reposted in the town column (kept as a city-level document along with the county "
 "ones): 项目名称, 建设地点 '湖南省宁乡市道林镇和大屯营镇', 建设单位 宁乡市公路养护中心, '公示日期：2020年6月19日' (date), the project "
 "and its measures (the route ends at the border with 韶山; 靳江 provincial wetland park). Org from the heading (no signature). "
 "Region = the issuing bureau's city; the towns, the county's 养护中心 and 韶山 are traps. kind 公告 (a 公示)."),
(9, "中共宁乡市委第二十七巡察组向道林镇村级党组织反馈巡察情况", [], 2020, "2020-10-15", NX, "county", None, "新闻", None, None, False, True,
 DG % ("2020-10-15", CAT) + "A county inspection group (市委第二十七巡察组 of 中共宁乡市委) reports on '2020年10月14日' its 2020-04-26 to 06-30 "
 "inspection of the town's village party organisations; the town's 镇长 chairs and answers. Region = the county whose body acts "
 "(no '我镇'); the town is the alternative. Date = the posting (10月15日); the meeting day 2020年10月14日 is written in the body "
 "(a reader giving it is near). Org null: a news item, not the group's own report."),
(10, "道林镇多管齐下加强疫情防控工作", [], 2022, "2022-03-24", DLX, "town", None, "新闻", None, None, False, True,
 DG % ("2022-03-24", "(no category line: this post has none),") + "Short town item on COVID measures (镇疫情防控工作指挥部 carrying out "
 "'宁乡市防指调度令'; villages' 村村响 broadcasts). No date in the body: date = the posting."),
(11, "沪昆高铁公铁并行护栏正式移交道林镇政府管理", [], 2023, "2023-06-28", NX, "county", None, "新闻", None, None, False, True,
 DG % ("2023-06-28", CAT) + "'近日，经过市公铁站场事务中心有力督促…护栏正式移交道林镇政府管理' and '确保我市境内列车运行安全': the text speaks as "
 "宁乡市 (its 公铁站场事务中心), while the heading names the town; region = the county (the town is the alternative). Also named: "
 "沪昆高铁长沙工务段 (railway). No date in the body: date = the posting."),
(12, "长沙市生态环境局关于《宁乡市道林镇善山岭村消纳场项目环境影响报告表》审批前的公示", [], 2024, "2024-02-02", CS, "city",
 "长沙市生态环境局", "公告", None, None, False, True,
 DG % ("2024-09-13", CAT) + "A city bureau's 环评 公示 on a village's earth-disposal site (建设单位 湖南省宁乡市道林镇善山岭村村民委员会; "
 "'公示日期：2024.2.2-2024.2.8'; hearing notice; contact '宁乡市民之家环保窗口'). Date = the first day of the 公示 period; the "
 "blog posted it seven months later (2024-09-13, a trap). Org from the heading; region = the bureau's city (kept along with "
 "the county ones); the village, the town and the county are traps. kind 公告."),
(13, "宁乡市道林镇开展2024年政务公开主题日活动", [], 2024, "2024-09-23", DLX, "town", None, "新闻", None, None, False, True,
 DG % ("2024-09-23", CAT) + "Town item ('按照宁乡市政府关于“政务公开主题日”的工作部署…特在我镇举办惠民政策宣讲活动'; '我们'): region = the "
 "town; 宁乡市政府 is cited as the body that set the task. No date in the body: date = the posting."),
]
