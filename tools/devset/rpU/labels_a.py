# Labels for rpU0001-rpU0008 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
WL = ["浙江省", "台州市", "温岭市"]
TZ = ["浙江省", "台州市"]
SRC = ("body-only: the `content` value of row %s of table wlzx_oa_notice in the MySQL dump of 温岭中学's OA system "
       "(enoguerola/wlzx-oa, a Flex/PHP school OA developed and used in 2011-2012), where the school office re-posted "
       "notices it received for its staff; the row's own title ('%s'), type 通知 and postTime (%s) are other columns, "
       "not in the text. ")
L = [
(1, "关于组织对申报中学高级对象进行教学水平考核的通知", [], 2011, "2011-10-17", TZ, "city", "台州市教育局", "通知", None, None, False, True,
 SRC % ("20", "关于组织对申报中学高级对象进行教学水平考核的通知", "2011-10-17 15:12:08") +
 "A city-level notice that comes with the county ones: the issuer line 台州市教育局 stands above the heading; signed 台州市教育局人事处 / "
 "二0一一年十月十七日 (date from the signature; org from the issuer line, the signature names its 人事处, an alternative). "
 "Addressed to 各县（市、区）教育局人事科、市直中小学; '根据我局《关于做好2011年中专及中小学教师职务评审工作的通知》' is a cited document. No 文号 in the text."),
(2, "关于推荐普通高中校本培训指导教师的通知", [], 2011, "2011-10-13", WL, "county", "温岭市教育局人事科", "通知", None, None, False, True,
 SRC % ("36", "关于推荐普通高中校本培训指导教师的通知", "2011-10-19 17:00:22") +
 "Heading, addressee 各普通高中, short body ('我市…市教育局决定建立“十二五”普通高中校本培训指导教师团'), signed 温岭市教育局人事科 / 2011年10月13日; "
 "the last line '推荐表请在附件区下载' is the school office's addition. Row 27 of the same table holds the same notice without "
 "that line and without a postTime; it was left out as a duplicate."),
(3, "关于做好各类名师工作室成员及名师名校长师徒结对意向申报的通知", [], 2011, "2011-10-26", WL, "county", "温岭市教育局办公室", "通知", None, None, False, True,
 SRC % ("43", "关于做好各类名师工作室成员及名师名校长师徒结对意向申报的通知", "2011-10-28 16:42:56") +
 "Heading, addressee 各镇（街道）中小学、市直属学校、民办学校, five sections, 附件 list, signed 温岭市教育局办公室 / 二〇一一年十月二十六日. "
 "docNumber null: the text states no 文号; the dump's attachment table names the file '温教办人〔2011〕107号 关于做好…的通知.doc' "
 "(outside this text). '2011-2012年' is the period of the 工作室 round, '2011年10月30日前' a deadline."),
(4, "关于在全市机关事业单位开展机构编制实名制信息采集工作的通知", [], 2011, "2011-11-11", WL, "county", None, "通知", None, None, False, True,
 SRC % ("52", "关于在全市机关事业单位开展机构编制实名制信息采集工作的通知", "2011-11-14 15:28:12") +
 "Stored as the OA's Flash-editor markup (<TEXTFORMAT><P><FONT>); the heading stands on two lines (关于在全市机关事业单位 / "
 "开展机构编制实名制信息采集工作的通知). Addressed to 各镇（街道）党（工）委、政府（办事处），市级机关各单位; the forms are "
 "《温岭市行政（事业）机构编制台帐信息采集表》 etc. (region 温岭市); the text ends with the date 二○一一年十一月十一日 and no "
 "signature, so org null (materials go to 市编办 / 市编委办, presumably the issuer, 温岭市编委办, not stated as such). The last line "
 "'请各位教职工在附件区下载表格…' is the school office's addition. '2011年12月20日止' is a deadline."),
(5, "关于组织申报高层次创业创新人才人选工作的通知", [], 2011, "2011-10-18", WL, "county", "中共温岭市委人才工作领导小组办公室", "通知", "温人才办〔2011〕3号", None, False, True,
 SRC % ("63", "转发《关于组织申报高层次创业创新人才人选工作的通知》", "2011-11-17 09:30:47") +
 "Markup as in rpU0004. The text opens with an unsigned, undated forwarding note to 各有关学校 ('现将中共温岭市委人才工作领导小组办公室"
 "《关于组织申报高层次创业创新人才人选工作的通知》转发给你们…报人事科', the education bureau's, not named), then '附：', the "
 "forwarded notice's heading, its 文号 温人才办〔2011〕3号 on its own line, addressee 各镇党委，街道党工委，市级各有关单位, body and the "
 "signature 中共温岭市委人才工作领导小组办公室 / 2011年10月18日. Labelled as that notice (the only heading, 文号, issuer and date the "
 "text gives); a reader may instead treat the forwarding note as the document (then title, org, date and 文号 would be null). "
 "Cited, not its own: 温市委发〔2010〕64号, 温人才领〔2011〕1号; '2011年11月20日前' is a deadline."),
(6, "通知", [], 2011, "2011-11-18", WL, "county", "温岭市委组织部干部二科", "通知", None, None, False, True,
 SRC % ("64", "关于填报《配偶及子女移居国（境）外的国家公职人员有关情况报告表》的通知", "2011-11-21 14:47:52") +
 "Markup as in rpU0004. The text's heading is the bare word 通知; a short request ('接上级通知…于11月23日前报组织部干部二科1232室') with a 说明 "
 "and 附 line (the 附 line is repeated in the markup), signed 温岭市委组织部干部二科 / 2011年11月18日. The row title "
 "关于填报…的通知 is not in the text (a reader might take it as titleAlt; not labelled)."),
(7, None, [], 2011, "2011-12-06", WL, "county", "温岭市教育局办公室", "通知", None, None, False, False,
 SRC % ("70", "转发台州市《关于做好台州市电化教育研究专项课题申报工作的通知》", "2011-12-08 10:23:43") +
 "Markup as in rpU0004. No heading in the text: it opens with the addressee 各镇（街道）中小学、市直属学校、民办学校 and forwards the "
 "台州市教育科学规划领导小组办公室 notice (named, not included: 附件1), asks for applications to 市电教仪器站 by 12月26日, signed "
 "温岭市教育局办公室 / 二〇一一年十二月六日, then the source address http://www.wledu.org/cms/app/info/doc/index.php/48860 "
 "(温岭教育网). kind 通知 (a 转发 notice: '转发给你们')."),
(8, "温岭市教育局关于做好2011年骨干教师名师名校长量化考核工作的通知", [], 2011, "2011-12-15", WL, "county", "温岭市教育局", "通知", None, None, False, True,
 SRC % ("74", "温岭市教育局关于做好2011年骨干教师名师名校长量化考核工作的通知", "2011-12-19 11:10:41") +
 "Markup as in rpU0004. Heading with the issuer in front, addressee 各镇（街道）中小学、市直属学校、民办学校, five sections, 附件 list, "
 "'表格请在附件区下载' (school office), and the date 二Ｏ一一年十二月十五日 (full-width Ｏ) with no signature line; org from the heading. "
 "温教人〔2005〕172号 is the cited 管理办法, not this notice's 文号 (none given). '2011年12月' is the assessment period."),
]
