# Labels for rpZ0001-rpZ0016 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
JY = ["湖北省", "咸宁市", "嘉鱼县"]
LA = ["浙江省", "杭州市", "临安区"]
P = ("static page of the 嘉鱼县人民政府门户网站 (www.jiayu.gov.cn, 2011-2012 export committed by the site's developer), "
     "GBK HTML kept as is with its menus and footer (Copyright © 嘉鱼县人民政府办公室); column %s; the posting line under "
     "the heading reads '%s 来源：%s'. ")
PW = P % ("嘉鱼政务 > 政府文件", "%s", "嘉鱼政务网")
NOREG = ("The heading and signature name no county ('县人民政府'/'县人民政府办公室'); 嘉鱼 comes from the site name, the page "
         "title suffix, the footer and, in the body, '嘉鱼经济开发区管委会' / '我县'. org written with the county name. ")
L = [
(1, "县人民政府关于进一步加强全县安全生产行政执法工作的意见", [], 2011, "2011-03-31", JY, "county", "嘉鱼县人民政府", "意见",
 "嘉政发[2011]7号", None, False, True,
 PW % "2011-04-02" + NOREG + "文号 line above the body heading (split over two lines: 县人民政府关于 / 进一步加强…意见); "
 "addressees 各镇人民政府，县政府各部门，嘉鱼经济开发区管委会; no signature body, only the date 二0一一年三月三十一日 (成文, taken as "
 "date; 2011-04-02 is the posting)."),
(2, "县人民政府县人民武装部关于做好2011年度冬季征兵工作的通知", [], 2011, "2011-10-11", JY, "county",
 "嘉鱼县人民政府、嘉鱼县人民武装部", "通知", "嘉政发[2011]17号", None, False, True,
 PW % "2011-10-12" + "joint notice: the heading runs the two issuers together without a separator (县人民政府县人民武装部关于…); "
 "the signature names both in full (嘉鱼县人民政府 嘉鱼县人民武装部) over 二○一一年十月十一日 (date). Cites 国务院、中央军委 "
 "[1995]24号 (another document)."),
(3, "县人民政府关于鼓励和促进旅游业发展的暂行规定", [], 2011, "2011-10-14", JY, "county", "嘉鱼县人民政府", "规定",
 "嘉政发[2011]15号", None, False, True,
 PW % "2011-10-15" + NOREG + "27 articles issued directly as a 暂行规定 under a 文号 (no 印发 notice); date 二0一一年十月十四日 "
 "without a signing body; cites 鄂发〔2010〕11号, 咸政发〔2007〕30号, 嘉发〔2010〕9号 (other documents)."),
(4, "县人民政府办公室关于印发嘉鱼县机关和县直事业单位聘用公务用车司机管理办法（试行）的通知",
 ["嘉鱼县机关和县直事业单位聘用公务用车司机管理办法(试行)"], 2011, "2011-04-12", JY, "county", "嘉鱼县人民政府办公室", "通知",
 "嘉政办发[2011]30号", None, False, True,
 PW % "2011-04-14" + "A short 印发 notice ('经县人民政府同意…印发给你们') dated 二0一一年四月十二日 without a signing body, then the "
 "办法's own heading (two lines) and 14 articles; the last article is cut off in the page ('本办法自2011年5月1日起施 '). "
 "org: 县人民政府办公室 of 嘉鱼 (county from the site and the 办法's title)."),
(5, "县人民政府办公室转发市人民政府《关于深入推进企业工资集体协商工作的意见》的通知", [], 2012, "2012-05-16", JY, "county",
 "嘉鱼县人民政府办公室", "通知", "嘉政办发[2012]58号", None, False, True,
 PW % "2012-05-18" + "a county repost: a two-line forwarding notice (嘉政办发[2012]58号, 二0一二年五月十六日, no signing body) followed by "
 "the whole city document 市人民政府关于深入推进企业工资集体协商工作的意见 (咸政发[2012]17号, to 各县、市、区人民政府, signed 咸宁市人民政府, "
 "二0一二年三月十五日). Labelled as the county's notice (its heading, number and date); the city's are the forwarded text's. "
 "Trap: the only place name signed in the text is 咸宁市人民政府."),
(6, "县人民政府关于创建国家级园林县城的决定", [], 2012, "2012-08-13", JY, "county", "嘉鱼县人民政府", "决定",
 "嘉政发[2012]15号", None, False, True,
 PW % "2012-08-15" + NOREG + "date 二O一二年八月十三日 (with a Latin O) without a signing body; years 2008/2009/2011 in the body are past events."),
(7, "县人民政府办公室关于表彰2010年度政策性“三农”保险工作先进单位和先进个人的通报", [], 2011, "2011-03-11", JY, "county",
 "嘉鱼县人民政府办公室", None, "嘉政办发[2011]16号", None, False, True,
 PW % "2011-03-13" + "page editor 嘉鱼政府办. A 通报 (kind null, as the set labels 通报) dated 二0一一年三月十一日 without a signing body, "
 "then a list of commended units and persons by town (渡普镇、高铁岭镇、官桥镇、新街镇人民政府 …): many places named, the author is the county office."),
(8, "县人民政府办公室关于2012年部分节假日安排的通知", [], 2011, "2011-12-12", JY, "county", "嘉鱼县人民政府办公室", "通知",
 "嘉政办发[2011]132号", None, False, True,
 PW % "2011-12-15" + "passes on the State Council's holiday schedule (国办发明电[2011]45号, another document); the year in the title (2012) is "
 "the year planned, the notice's own date is 二0一一年十二月十二日 (no signing body), so year 2011."),
(9, "嘉鱼县人民政府关于血防疫区淘汰耕牛的通告", [], 2011, "2011-11-11", JY, "county", "嘉鱼县人民政府", "公告", None, None, False, True,
 (P % ("嘉鱼政务 > 政府公告", "2011-11-20", "嘉鱼政务网")) + "a 通告 (kind 公告, the set has no 通告) without 文号, '特此通告', signed 嘉鱼县人民政府, "
 "二0一一年十一月十一日; names the pilot towns 牌洲湾镇、潘家湾镇 (county document)."),
(10, "公告：征集城区公交经营价格听证会代表", [], 2011, "2011-12-06", JY, "county", "嘉鱼县物价局", "公告", None, None, False, True,
 (P % ("嘉鱼政务 > 政府公告", "2011-12-06", "嘉鱼政务网")) + "page editor 县物价局. The issuer is never signed: the text says '我局拟…' and "
 "'凭身份证原件到县物价局报名 / 报名地址：县物价局3楼价格股', and ends with the date 二0一一年十二月六日 only; org = 嘉鱼县物价局 from those "
 "lines and the site (hard). Cites 鄂价法规[2002]257号 (another document). Heading as the page gives it, with the '公告：' prefix."),
(11, "嘉鱼县烟草制品零售点合理布局规定", [], 2012, "2012-07-23", JY, "county", "嘉鱼县烟草专卖局", "规定", None, None, False, True,
 (P % ("嘉鱼政务 > 政府公告", "2012-07-23", "嘉鱼政务网")) + "page editor 县烟草公司. 20 articles in chapters; last article: interpreted by "
 "嘉鱼县烟草专卖局, '自公告之日起施行', and the bureau's 2008-03-28 规定 of the same name 同时废止 (the earlier text's status, not this one's: "
 "validity null); signed 嘉鱼县烟草专卖局, 二〇一二年七月二十三日. Cites 国烟专/国烟法 numbers (other documents)."),
(12, "2008年政府工作报告", [], 2008, "2008-02-24", JY, "county", "嘉鱼县人民政府", "报告", None, None, False, True,
 (P % ("嘉鱼政务 > 政府工作报告", "2011-10-26", "嘉鱼政务网")) + "the county's 2008 work report, posted in 2011 with the 2009-2012 ones; "
 "session line '——2008年2月24日在县人大第十六届三次代表大会上' then '县 长 夏福卿'; '我代表县人民政府' (org); reviews 2007 and plans 2008 "
 "(year = the session's). The page heading is the site's short title; the text has no other heading."),
(13, "中共嘉鱼县委办公室关于规范党务公开“屏、栏、网”建设的通知", ["关于规范党务公开“屏、栏、网”建设的通知"], 2011, "2011-06-15", JY, "county",
 "中共嘉鱼县委办公室", "通知", "嘉办发[2011]25号", None, False, True,
 (P % ("党务公开 > 县委工作 > 重要文件", "2012-09-04", "嘉鱼政务网")) + "a county party-office notice: 文号, then the heading on two lines "
 "(中共嘉鱼县委办公室 / 关于规范…的通知), addressees 各镇党委，县人武部党委…, signed 中共嘉鱼县委办公室, 2011年6月15日 (date; posted "
 "2012-09-04, a year later), then an attachment link 附件.doc."),
(14, "渡普镇", [], None, None, JY + ["渡普镇"], "town", None, "简介", None, None, False, True,
 (P % ("乡镇链接", "2011-11-23", "嘉鱼政务网")) + "a town profile: the heading is only the town's name; the text (printed twice in the page) "
 "gives 2010 figures and '2011年，镇党委、政府将…' plans; no year of its own, no author (year, date, org null)."),
(15, None, [], 2011, "2011-12-03", JY + ["潘家湾镇"], "town", None, "新闻", None, None, False, True,
 (P % ("专题专栏 > 嘉鱼县治庸问责", "2011-12-03", "中国嘉鱼网")) + "editor 鲁辉. Town news: 潘家湾镇 holds its 治庸问责 mobilisation "
 "meeting on '12月2日下午' with the 县委副书记 and a 人大副主任; date = the posting (news). Title: the page heading "
 "'潘家湾镇隆重召开治庸问责工作动员大会' is a news headline; kept as title below."),
(16, "临安市人民政府办公室关于成立临安市信用建设工作领导小组的通知", [], 2013, "2013-10-10", LA, "county", "临安市人民政府办公室", "通知",
 "临政办函[2013]89号", None, False, True,
 "a JSP fragment of the '信用临安' credit portal (built by 浙江汇信科技有限公司; the repository's other pages are placeholders of a 台州 "
 "template) holding the text of a 临安市 (county-level city, now 临安区 of 杭州市; the gazetteer names it 临安区) notice: 文号 "
 "临政办函[2013]89号 centred, the heading split over two lines by <br/>, then only the member list (组长, 副组长, 成员 by body), the "
 "office clause, signature 临安市人民政府办公室, 2013年10月10日 and '（此件可公开发布）'. No addressees or opening paragraph (the page "
 "keeps the list only). One member reads '于才土（区统计局）' among 市 bodies (as in the source). The file begins with JSP directives and a style block."),
]
# rpZ0015: the headline is the page's own heading line; the set labels news headlines as titles where the text carries one.
L[14] = (15, "潘家湾镇隆重召开治庸问责工作动员大会",) + L[14][2:]
