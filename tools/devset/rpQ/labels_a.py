# Labels for rpQ0001-rpQ0018 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
MX = ["浙江省", "宁波市", "鄞州区", "梅墟街道"]
NB = ["浙江省", "宁波市"]
JY = ["四川省", "成都市", "简阳市"]
ATT = ("an attachment file of the 宁波国家高新区 portal (www.nbhtz.gov.cn) that a scrapy FilesPipeline saved as "
       "Download/full/<sha1>.%s in a Ningbo crawler project (w1614067865/nbyc); kept %s. ")
DOC = ATT % ("doc", "as is (Word 97-2003 file)")
DOCX = ATT % ("docx", "as is")
PDF = ATT % ("pdf", "as its `pdftotext -layout` text (page numbers '— 1 —', red-head lines and the 印发 line stay)")
ZONE = ("Region: the issuer is a body of 宁波国家高新区（新材料科技城）, a national high-tech zone that administers the "
        "梅墟/新明 (鄞州区) and 贵驷 (镇海区) streets; the gazetteer has no unit for the zone, so the path stops at the "
        "deepest unit it has (宁波市) and the level is that unit's (city). ")
GI = ("body text (crawl_details.content_text) of one page a student's 政务信息采集 crawler fetched through a search "
      "engine and stored in its committed SQLite file (asuka-4908/GovInfoCheckSystem, project/app/data/app.db); ")
L = [
(1, "宁波国家高新区梅墟街道办事处公开招聘社会服务管理综治工作人员公告", [], 2018, "2018-12-06", MX, "street",
 "宁波高新区梅墟街道办事处", "公告", None, None, False, True,
 DOC + "heading on two lines (…公开招聘 / 社会服务管理综治工作人员公告); signed '宁波高新区梅墟街道办事处' and dated 2018年12月6日 "
 "(org as signed; the heading says 宁波国家高新区梅墟街道办事处); the registration period 2018年12月6日至12月19日 is in the body; "
 "the attached 报名表 follows the signature. 梅墟街道 is administered by the 高新区 but belongs to 鄞州区 in the gazetteer."),
(2, "关于宁波国家高新区（新材料科技城）梅墟街道社区卫生服务中心招聘事业身份工作人员拟递补录用人员公示", [], 2018, "2018-04-24",
 MX, "street", "宁波国家高新区梅墟街道办事处", "公告", None, None, False, True,
 DOC + "a 公示 (the set's kinds have no 公示; 公告 as in earlier rounds) of the street office for its community health "
 "centre's recruitment; signed 宁波国家高新区梅墟街道办事处, 2018年4月24日 (also the first day of the 公示 period, "
 "2018年4月24日至5月3日); the name list table follows."),
(3, "宁波国家高新区梅墟街道办事处公开招聘社区工作者入围面试人员公告", [], 2018, "2018-11-12", MX, "street",
 "宁波国家高新区梅墟街道办事处", "公告", None, None, False, True,
 DOCX + "heading on two lines; one sentence, then a long table of 准考证号 and 笔试成绩 (exam numbers 2018010…), then "
 "'面试时间、地点另行通知。' and the signature 宁波国家高新区梅墟街道办事处 2018年11月12日."),
(4, "宁波国家高新区（新材料科技城）管委会关于加快金融业集聚发展推进企业上市和并购重组的政策意见",
 ["关于加快金融业集聚发展推进企业上市和并购重组的政策意见"], 2018, "2018-07-16", NB, "city",
 "宁波国家高新区（新材料科技城）管委会", "意见", "甬高科〔2018〕56号", None, False, True,
 PDF + ZONE + "top lines: the 规范性文件 number BGXD00-2018-0013 (not the 文号), the 文号 甬高科〔2018〕56 号 (pdftotext keeps a "
 "space before 号), then the heading on three lines (issuer / 关于… / …政策意见); addressed to 各部门、直属企事业单位，各街道办事处; "
 "signed by two names (宁波国家高新区管委会 宁波新材料科技城管委会) and dated 2018年7月16日; 印发 line of the 管委会办公室, same "
 "day. The body cites 甬政办发〔2017〕35号, 甬政发〔2018〕6号 and 甬高科〔2017〕88号 (other documents). '本意见自发布之日起施行' "
 "is not a validity status."),
(5, "宁波国家高新区（新材料科技城）管委会关于做好公租房二期货币化租赁补贴工作的实施意见（试行）",
 ["关于做好公租房二期货币化租赁补贴工作的实施意见（试行）"], 2018, "2018-12-21", NB, "city",
 "宁波国家高新区（新材料科技城）管委会", "意见", "甬高科〔2018〕88号", None, False, True,
 PDF + ZONE + "规范性文件 number BGXD00-2018-0019 above the 文号; heading on three lines; signed by the two 管委会 and dated "
 "2018年12月21日 (date); the 印发 line says 2018年12月24日; in force from 2019年1月1日 for one year (试行), so a future "
 "year in the body; two attachments (汇总表, 二次申租资格条件) follow. Cites 建保〔2016〕281号, 甬政办发〔2010〕219号, "
 "甬高新办〔2014〕51号, 甬高新〔2015〕35号, 甬高科办〔2017〕56号."),
(6, "宁波国家高新区（新材料科技城）管委会关于公布2017年第二批创新型企业培育名单的通知",
 ["关于公布2017年第二批创新型企业培育名单的通知"], 2018, "2018-01-04", NB, "city",
 "宁波国家高新区（新材料科技城）管委会", "通知", "甬高科〔2018〕2号", None, False, True,
 PDF + ZONE + "red head '宁波国家高新区（新材料科技城）管委会文件', 文号 甬高科〔2018〕2 号, heading on three lines; signed by the "
 "two 管委会, 2018年1月4日 (= 印发 date); the heading's 2017 is the batch year, not the document's; two lists of "
 "companies follow."),
(7, "宁波国家高新区（新材料科技城）管委会关于公布2018年第一批创新型企业培育名单的通知",
 ["关于公布2018年第一批创新型企业培育名单的通知"], 2019, "2019-01-03", NB, "city",
 "宁波国家高新区（新材料科技城）管委会", "通知", "甬高科〔2019〕1号", None, False, True,
 PDF + ZONE + "no red head in the text layer: the 文号 甬高科〔2019〕1 号 first, then the heading on three lines; cites "
 "甬高科〔2016〕81号; signed by the two 管委会, 2019年1月3日 (= 印发 date); trap: 2018 in the heading is the batch year."),
(8, "宁波国家高新区（新材料科技城）管委会关于印发打造科技资源支撑型特色载体推动中小企业创新创业升级专项资金使用管理办法的通知",
 ["宁波国家高新区（新材料科技城）打造科技资源支撑型特色载体推动中小企业创新创业升级专项资金使用管理办法"], 2019, "2019-04-09",
 NB, "city", "宁波国家高新区（新材料科技城）管委会", "通知", "甬高科〔2019〕29号", None, False, True,
 PDF + ZONE + "规范性文件 number BGXD00-2019-0004; the covering 通知 (heading on four lines) is one sentence, signed by the two "
 "管委会 on 2019年4月9日; the attached 办法 (its heading is the titleAlt, five chapters, '本办法自发布之日起实施') fills the "
 "rest; 印发 line 2019年4月9日. Kind 通知 (the covering notice), the 办法 being its attachment."),
(9, "关于举办宁波国家高新区（新材料科技城）2019年文化体育嘉年华系列活动的通知", [], 2019, "2019-03-18", NB, "city",
 "宁波国家高新技术产业开发区教育文体局", "通知", "甬高新教﹝2019﹞15号", None, False, True,
 PDF + ZONE + "red head '宁波国家高新技术产业开发区教育文体局文件' (org from it; the signature says 宁波国家高新区教育文体局); "
 "文号 written with small brackets 甬高新教﹝2019﹞15 号; heading on two lines; '（此页无正文）' page, signature dated "
 "2019年3月18日, then the attached 活动方案 (2019年3月至11月 events) and the 印发 line of the same day."),
(10, "关于举办2019年宁波国家高新区（新材料科技城）文化体育嘉年华系列活动之迎春长跑比赛的通知", [], 2019, "2019-03-26", NB,
 "city", "宁波国家高新区教育文体局", "通知", None, None, False, True,
 PDF + ZONE + "no red head and no 文号; heading on two lines; signed 宁波国家高新区教育文体局, 2019年3月26日; the 竞赛规程 "
 "(race on 2019年4月13日) and its tables follow; a sibling of rpQ0009 (same bureau, same campaign)."),
(11, "宁波国家高新区（新材料科技城）总河长、河长名单公告", [], 2018, "2018-12-12", NB, "city",
 "宁波国家高新区（新材料科技城）“五水共治”领导小组（河长制）办公室", "公告", None, None, False, True,
 DOC + ZONE + "heading on two lines; one sentence, then the tables of 河长 (zone, street and village level, names and "
 "posts); signed '宁波国家高新区（新材料科技城） / “五水共治” 领导小组（河长制）办公室' (a space after the closing quote in "
 "the source) and dated 2018年12月12日. The 梅墟/新明/贵驷 street 河长 in it are listed, not the issuer."),
(12, "关于做好2017年度服务业创新之星推荐工作的通知", [], 2018, "2018-01-09", NB, "city", None, "通知", None, None, False, True,
 DOC + ZONE + "heading on two lines; addressed to 各相关单位; no issuer is named: the text asks for the forms to be sent "
 "'报送高新区经发局' (so presumably the zone's 经济发展局) and ends with a bare date 2018年1月9日 (date; year of that date, "
 "the 评选 itself being of 2017年度, part of a 宁波市 campaign); the 推荐表 follows."),
(13, "宁波国家高新区（新材料科技城）第三批人才住房抽签有关摇号确定顺序号的规则", [], 2019, "2019-01-08", NB, "city",
 "宁波国家高新区国有资产管理与会计核算中心", "规则", None, None, False, True,
 DOC + ZONE + "heading on two lines; four numbered rules (a worked example with 787户); future dates 2019年1月16日 and "
 "2019年2月22日 in the body; signed 宁波国家高新区国有资产管理与会计核算中心 (a zone 事业单位), dated 2019年01月08日."),
(14, "宁波市经济和信息化委员会关于做好2018年度宁波市工业工程技术人员中级专业技术资格评审委员会申报评审工作的通知",
 ["关于做好2018年度宁波市工业工程技术人员中级专业技术资格评审委员会申报评审工作的通知"], 2018, "2018-07-16", NB, "city",
 "宁波市经济和信息化委员会", "通知", "甬经信组〔2018〕137号", None, False, True,
 PDF + "a 宁波市 (city) document the zone's portal reposted as an attachment: 文号 line, heading on four lines (issuer / "
 "关于… / … / 申报评审工作的通知); addressed to 各区县（市）经信局，各管委会经发局…; signed 宁波市经济和信息化委员会 2018年7月16日; "
 "long attachments (申报条件, forms); 抄送 and 印发 line (2018年7月17日) at the end. Cites 浙人社发〔2018〕55号, "
 "甬人社发〔2018〕76号 and others."),
(15, "宁波市商务委员会关于公布2018年度宁波市商务系统展会目录的通知",
 ["关于公布2018年度宁波市商务系统展会目录的通知"], 2018, "2018-03-06", NB, "city", "宁波市商务委员会", "通知",
 "甬商务贸促〔2018〕30号", None, False, True,
 DOC + "a 宁波市 (city) document reposted by the zone's portal: 文号 line, heading on two lines, addressed to "
 "各区县（市）商务主管部门…; signed 宁波市商务委员会 2018年3月6日; the 展会目录 table and a form follow. Cites "
 "浙商务发〔2017〕163号."),
(16, "成都简阳：传承“东灌”精神 加快打造“天府门户 空港简阳”", [], 2024, "2024-07-24", JY, "county", None, "新闻", None, None,
 False, True,
 GI + "the whole page text of a 澎湃号·政务 post on thepaper.cn: first line the page's <title> (heading + '_澎湃号·政务_澎湃新闻-The "
 "Paper'), site menu words, the heading again, '2024-07-24 18:31' (date), '来源： 澎湃新闻·澎湃号·政务', the article, "
 "'原标题：《…》', the platform's disclaimer and footer. The posting government account is not named (org null). "
 "The article is about 简阳市 (county-level city) and its 1970s '东灌' irrigation works; 1970-1980 are history."),
(17, "简阳市召开2024年度府院联席会议", [], 2024, "2024-05-28", JY, "county", None, "新闻", None, None, False, True,
 GI + "same page form as rpQ0016 (澎湃号·政务, '2024-05-28 20:30'); the heading is broken again as a graphic caption "
 "(简阳市召开 / 2024年度府院联席 / 会议 / 会 议 速 览); meeting on 5月28日 chaired by the 常务副市长, with 市长 and the "
 "市法院 院长; ends '供稿部门：行政庭' (so the account is probably the 简阳市人民法院's; not named, org null)."),
(18, "简阳市举行第40个国际志愿者日主题活动，凝聚城市向善力量", [], 2025, "2025-12-05", JY, "county", None, "新闻", None, None,
 False, True,
 GI + "a 腾讯新闻 page of the account 简阳发布 ('四川省简阳市融媒体中心官方账号 / 简阳市融媒体中心'): page <title> line, heading, "
 "'简阳发布 / 2025-12-05 19:20 / 发布于 四川' (date), then the report of the 市委社会工作部 event and the credits "
 "(记者, 编辑, 责编, 审核). org left null as for other news (the publisher is the county 融媒体中心)."),
]
