# Labels for rpS0001-rpS0008 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
# Source: grd666/covid-19-policy-text-mining, html_crawling.ipynb: the printed page text of WeChat posts of the city
# account 张家口发布 (zjkfabu, run by 张家口市政府新闻办公室), 2020-2022, fetched by a student's policy-text-mining
# notebook. Every text opens with the post's headline, the account lines (张家口发布 / 微信号 zjkfabu / 功能介绍 … /
# 收录于合集) and ends with the post credits (来源：… 编辑：… 转载此文章请注明：张家口发布), a line of the page's
# JavaScript and WeChat's menu words (预览时标签不可点 … 关注该公众号); all kept. No posting date is in the text.
ZJK = ["河北省", "张家口市"]
NB = "html_crawling.ipynb output of cell %d: WeChat post of 张家口发布; first line the post headline ('%s'). "
L = [
(1, "张家口经开区应对新型冠状病毒肺炎疫情工作领导小组办公室关于进一步加强来经返经人员报备的公告",
 ["张家口一地发布疫情防控报备公告"], 2022, "2022-05-04", ZJK + ["张家口经济开发区"], "county",
 "张家口经开区应对新型冠状病毒肺炎疫情工作领导小组办公室", "公告", "张经防疫办〔2022〕5号", None, False, True,
 NB % (8, "张家口一地发布疫情防控报备公告") + "A repost of one 公告 of the development zone's epidemic office "
 "('结合我区实际'): its 文号 line '张经防疫办〔2022〕5号' stands above the heading; signature split over two lines "
 "('张家口经开区应对新型冠状病毒肺炎' / '疫情工作领导小组办公室') and '2022年5月4日'. The list of 镇街/社区 phone "
 "numbers announced after the signature was an image (not in the text); '来源：经开发布'. 张家口经济开发区 is in the "
 "gazetteer as a county-level unit of 张家口市. Title is the notice's heading; the post headline is titleAlt."),
(2, "张家口市宣化区应对新冠肺炎疫情工作领导小组办公室关于解除全域临时封控管理的通告",
 ["全域解封！宣化区应对新冠肺炎疫情工作领导小组办公室发布通告"], 2022, "2022-05-04", ZJK + ["宣化区"], "county",
 "张家口市宣化区应对新冠肺炎疫情工作领导小组办公室", "公告", None, None, False, True,
 NB % (9, "全域解封！宣化区应对新冠肺炎疫情工作领导小组办公室发布通告") + "A repost of one 通告 (kind 公告: the set "
 "has no 通告) of 宣化区's epidemic office lifting the district-wide lockdown from 5月4日16时 (洋河南镇 and 江家屯镇 "
 "stay under control); signature split over two lines and '2022年5月4日'; '来源：宣化发布'."),
(3, "全国本土+44！张家口一地最新通告！国产“特效药”来了，能有效应对吗？！",
 ["张家口阳原县应对新冠肺炎疫情工作领导小组办公室关于全面推行村、小区和重要公共场所查验出入证制度的通告"],
 2021, None, ZJK, "city", None, "新闻", None, None, False, True,
 NB % (14, "全国本土+44！…") + "A city-account news roundup: 国家卫健委's figures for 12月18日, 河北省's for "
 "'2021年12月18日0—24时', then a 通告 of 阳原县's epidemic office (signed '县防疫办 2021年12月17日'), then an "
 "interview on a national COVID drug; credits '来源： 健康中国、河北广播电视台、阳原之声'. Labelled as the city "
 "office's post (region 张家口市, org null, kind 新闻, year 2021 from the figures' date; the post's own date is not in "
 "the text). Alternative reading: the county notice is the post's one local document (region 张家口市/阳原县, county; "
 "org 阳原县应对新冠肺炎疫情工作领导小组办公室, kind 公告, date 2021-12-17); the headline's '张家口一地' means 阳原县."),
(4, "张家口一地急寻次密接同轨迹人员！天津二轮全员筛查44例阳性！",
 ["张家口万全区应对新型冠状病毒肺炎疫情工作领导小组办公室关于寻找张某某同轨迹人员的公告"],
 2022, None, ZJK, "city", None, "新闻", None, None, False, True,
 NB % (15, "张家口一地急寻次密接同轨迹人员！…") + "A city-account news roundup: national and 河北 figures "
 "('2022年1月13日0—24时'), a 公告 of 万全区's epidemic office on the movements of a secondary contact (signed "
 "'张家口市万全区应对新型冠状病毒肺炎疫情工作领导小组办公室 2022年1月13日'), then a 天津 news item; credits "
 "'来源：健康中国、河北日报、厚德万全'. Labelled as the city office's post (region 张家口市, kind 新闻, year 2022, "
 "date null). Alternative reading: the 万全区 公告 (region 张家口市/万全区, county, date 2022-01-13)."),
(5, "全国本土846+6895！张家口主城区对重点人员进行核酸检测！",
 ["张家口市桥西区关于对重点人员进行核酸检测的公告", "张家口市桥东区关于对重点人员进行核酸检测的公告"],
 2022, None, ZJK, "city", None, "新闻", None, None, False, True,
 NB % (11, "全国本土846+6895！张家口主城区对重点人员进行核酸检测！") + "A city-account roundup: national, 北京 "
 "and 河北 figures for 5月1日, then two district 公告 of the same day on testing people back from 宣化区: 桥西区's "
 "(heading on one line, signed '桥西区应对新型冠状病毒肺炎疫情防控工作领导小组办公室 2022年5月1日') and 桥东区's "
 "(heading over two lines '张家口市桥东区' / '关于对重点人员进行核酸检测的公告', signed '张家口市桥东区应对新型冠状病毒"
 "肺炎疫情防控工作领导小组办公室 2022年5月1日'); credits '来源：健康中国、北京日报、河北日报、魅力桥西、桥东发布'. "
 "The headline's 主城区 covers both districts, so the post is the city's (region 张家口市); year 2022 from the "
 "notices, date null (the post's own date is not given)."),
(6, "张家口市2022年硕博人才引进公告", ["有编制、发房补！张家口最新引才公告来了"], 2022, "2022-05-06", ZJK, "city",
 "中共张家口市委人才工作领导小组办公室", "公告", None, None, False, True,
 NB % (7, "有编制、发房补！张家口最新引才公告来了") + "A repost of the city's 2022 talent-recruitment 公告 (a 人才政策 "
 "text: 38 doctoral and 116 master's posts, 住房补贴 and 学位补贴). The heading stands on two lines, '张家口市2022年"
 "硕博人才引进' and '公  告' (two spaces inside, kept in the text; joined without them in the title). Signed "
 "'中共张家口市委人才工作领导小组办公室 2022年5月6日'; '更多详情请点击阅读原文！来源：张家口人才之家'. City level, kept "
 "because it comes from the same source as the county notices."),
(7, "依法防控新冠疫情明白纸", ["事关疫情防控！张家口市最新发布"], 2022, "2022-05-03", ZJK, "city",
 "张家口市应对新冠肺炎疫情工作领导小组办公室", None, None, None, False, True,
 NB % (10, "事关疫情防控！张家口市最新发布") + "A 明白纸 (22 questions and answers on the legal duties and "
 "penalties in epidemic control) of the city's epidemic office, signed '张家口市应对新冠肺炎疫情工作领导小组办公室 "
 "2022年5月3日', source line repeating the office. Kind null (明白纸 is none of the set's kinds). The date "
 "'2020年1月20日' in the text is a cited event. City level, same source as the county notices."),
(8, "疫情期间暂时停业停运通告！", ["张家口市殡葬管理处关于在疫情期间暂停部分殡葬服务的公告"], 2020, None, ZJK,
 "city", None, "公告", None, None, False, True,
 NB % (12, "疫情期间暂时停业停运通告！") + "A compilation of four notices of late January 2020: 张家口市殡葬管理处's "
 "公告 (heading over two lines, undated), a 通知 of 张家口通泰集团有限公司/张家口汽车站 (2020年1月26日), a 通知 of "
 "宣化区新型冠状病毒感染的肺炎疫情防控工作领导小组办公室 on the 宣化 bus station (2020年1月27日) and a 停运通告 of "
 "涿鹿县's epidemic office (2020年1月27日); credits '来源：综合张家口市殡葬管理处、张家口通泰集团有限公司等'. Region the "
 "city (the post gathers city and county notices), org null (several issuers), kind 公告 (all parts are notices), year "
 "2020, date null (each part has its own). titleAlt holds the first notice's heading, joined from its two lines."),
]
