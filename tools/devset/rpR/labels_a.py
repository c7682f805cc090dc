# Labels for rpR0001-rpR0011 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
# Source: liuwei-965/Digital-management-of-Chinese-accident-cases, `Hazmat road accidents/HazmatCases(137).json`
# (a MongoDB export of accident cases collected for keyphrase extraction): the 正文 field of one array element. The
# element's 标题 is the collector's title, not part of the text, so every document is body-only (no title line).
# Year: none of the reports prints its own date except where said; the year is set where the text ties the report
# to one (the investigation team's founding date, 'at present' statements, the year's own figures), and left null
# otherwise. Kind 报告: an accident investigation report (事故调查报告, '现将事故调查情况报告如下').
S = "HazmatCases(137).json element %d (0-based), field 正文; collector's 标题 '%s' (not in the text). "
L = [
(1, None, [], 2010, None, ["湖北省", "咸宁市", "赤壁市"], "county", None, "报告", None, None, False, False,
 S % (40, "“3·5”赤壁市危险货物道路运输事故") + "An unsigned situation report of the 赤壁市 side on the 2010-03-05 explosion "
 "of a carbide lorry at 官塘驿镇 (事故经过, 事故原因的初步分析, 事故处理情况: '由市公安局牵头成立事故调查和赔偿资金追讨组', "
 "'市政府办公室牵头…善后协调处理组', '目前政府直接支付资金伍万元'): the county-level city's own account (author not named, "
 "probably its 安监局, so org null). Year 2010 from the event and the report's 'at present' statements written days "
 "after it (the injured man moved to Wuhan on 3月7日); no date of its own."),
(2, None, [], 2015, None, ["山西省", "大同市", "云冈区"], "county", None, "报告", None, None, False, False,
 S % (48, "大同市南郊区拓展气体有限责任公司“2.5”溶解乙炔气瓶爆炸一般生产安全事故") + "Investigation report of a 一般 accident "
 "(one death, 2015-02-05): '于2015年3月10日，由区安监局牵头组织区公安分局区监察局、区工会、平旺乡等单位…组成了事故调查组…现将事故调查"
 "情况报告如下'. The team is the district's (南郊区, 大同市; renamed 云冈区 in 2018: the gazetteer's name is used, the "
 "text writes 南郊区 throughout). No signature and no date; year 2015 from the team's founding (2015-03-10). Org null: "
 "the team is not given a name."),
(3, None, [], 2003, None, ["浙江省", "嘉兴市", "嘉善县"], "county", None, "报告", None, None, False, False,
 S % (50, "非法牟利，死于非命") + "Report of the county's joint investigation (联合调查组) on an oxygen-cylinder explosion at "
 "西塘镇 on 2003-09-16: causes, responsibilities, 处理意见 by '县安监局', '县安委会', and the 抄告单 '善安委办[2003]第3号' sent "
 "to '各镇人民政府' ('县境内', '本县'): a 嘉善县 document (西塘镇, 陶庄镇, 天凝 and '嘉善县嘉龙制氧气厂' are named). The "
 "persons are masked as 何xx, 李xx (by the collector or the page it copied; place names are real). Year 2003 from the "
 "event and the measures taken 'within 24 hours'; no date, no signature. 善安委办[2003]第3号 is the cited 抄告单's number, "
 "not this report's."),
(4, None, [], 2020, None, ["广东省", "深圳市", "宝安区"], "county", None, "报告", None, None, False, False,
 S % (53, "广深高速公路宝安区新桥街道K82+500路段（南行方向）“3·22”油罐车侧翻起火交通事故") + "Investigation report of a "
 "一般 accident (tanker rollover and fire, 2020-03-22) by a team '由区应急管理局牵头…组成' under the 《宝安区生产安全事故报告和"
 "调查处理工作规则》(深宝府办〔2020〕6号, a cited rule, not this report's number); it proposes measures to '深圳市宝安区应急"
 "管理局' and '西部交警大队'. Footnotes of the page are inline in square brackets. No signature, no date; year 2020 from "
 "the event and the text's '2020年以来' figures. The accident happened on 新桥街道's stretch; the document is the "
 "district's."),
(5, None, [], 2019, None, ["江苏省", "南通市", "启东市"], "county", None, "报告", None, None, False, False,
 S % (86, "为省钱雇佣无资质人员作业致其死亡，判了！") + "Investigation report of a one-death asphyxiation at 合作镇 "
 "(2019-05-27): '启东市人民政府成立了由应急管理局牵头，监察委、公安局、交通局、总工会及合作镇政府组成的事故调查组…现将事故调查情况"
 "报告如下'; recommendations addressed to '市应急管理局', '市交通局、合作镇政府'. The collector's title is a WeChat repost's "
 "headline. No signature, no date; year 2019 from the event. Org null (team not named)."),
(6, None, [], 2017, None, ["山东省", "青岛市", "平度市"], "county",
 "平度市“4.24”山东优化物流有限公司油罐车维修致人死亡事故调查组", "报告", None, None, False, False,
 S % (100, "油罐车维修突发闪爆，致1人死亡") + "Investigation report of a 一般 accident (flash fire while cutting a tanker, "
 "新河镇, 2017-04-24): '平度市政府成立了由市安监局…新河镇人民政府等有关人员组成的事故调查组'; signed at the end on two lines "
 "'平度市“4.24” 山东优化物流有限公司' / '油罐车维修致人死亡事故调查组' (org joins them), without a date. Year 2017 from the "
 "event ('目前善后赔付工作已结束'). Persons masked as 张某某 etc. in the source."),
(7, None, [], 2016, None, ["广东省", "东莞市", "万江街道"], "street",
 "东莞市万江街道\"10·10\"爆炸起火事故调查组", "报告", None, None, False, False,
 S % (110, "东莞市万江街道“10-10”爆炸起火事故调查报告") + "Investigation report of a 一般 explosion (2016-10-10) at the "
 "国通货运中心 of 万江街道: the team was set up by the city ('东莞市政府迅速成立了由万江街道办党委副书记郑晓坚为组长，万江街道监察室、"
 "应急办、安监分局…小享社区、谷涌社区为成员…的东莞市万江街道\"10·10\"爆炸起火事故调查组') but is the street's in composition, "
 "name and measures ('万江街道办事处要…'), so the region is the street (东莞 has no counties); a reader following the "
 "appointing body would say 东莞市. Org as the text names the team (ASCII quotes as written). No signature, no date; "
 "written after 2016-12-05 ('截稿日止'), year 2016 taken (the report's deadline falls in December 2016; 2017 is "
 "possible). OCR slips of the source kept ('选氧1中型已基酮', '安全监管分同负页…')."),
(8, None, [], None, None, ["山东省", "德州市", "平原县"], "county", None, None, None, None, False, False,
 S % (16, "平原县9-13重大道路交通事故") + "A case write-up in fields (时间, 地点, 事故原因, 损失情况, 处置情况, 经验小结, 主要教训, "
 "启示) of a 2001-09-13 rear-end collision on the 京福高速 德州 stretch, written from the county's side ('时任县委常委、政法委书记、"
 "公安局长…副县长…', '向县府值班室…报告'): region 平原县, author not named. Year null: the text is written later ('时任') and "
 "gives no date of its own (2001 is the event). Kind null (an incident-handling summary; 总结 would be the nearest kind)."),
(9, None, [], 2016, None, ["河南省", "信阳市"], "city",
 "国道G230线新县段“5？14”较大道路交通事故调查组", "报告", None, None, False, False,
 S % (56, "国道G230线新县段“5.14”较大道路交通事故") + "City counterpart and region trap: the report carries 新县 in its "
 "name, but a 较大 accident's team is the city's: '2016年5月16日，市政府批准成立了由市安全监管局、监察局、公安局、交通运输局、市总工会"
 "以及新县人民政府等…参加的…事故调查组', after '市委书记乔新江、市长尚朝阳' (信阳, named in '信阳市道路运输管理局' etc.). Signed "
 "on two lines '国道G230线新县段“5？14”较大' / '道路交通事故调查组' (the '？' stands for the source's broken '·'), no date. "
 "Year 2016 from the team's founding. Alternative region a reader may give: 新县."),
(10, None, [], 2018, None, ["云南省", "昆明市"], "city",
 "嵩明县新嵩昆高速“6.09”较大道路交通事故调查组", "报告", None, None, False, False,
 S % (84, "嵩明县新嵩昆高速“6.09”较大 道路交通事故") + "City counterpart and region trap: '经昆明市人民政府批准，成立了由市"
 "安全监管局牵头，市公安局、市交运局、市总工会及嵩明县人民政府组成的嵩明县新嵩昆高速“6.09”较大道路交通事故调查组（以下简称事故调查组）'"
 "(a 4-death crash of 2018-06-09 in 嵩明县). No signature, no date; org as the text names the team; year 2018 from the "
 "event. Alternative region: 嵩明县."),
(11, None, [], 2012, None, ["陕西省", "延安市"], "city",
 "市政府宝塔区“10·01较大道路交通事故调查组", "报告", None, None, False, False,
 S % (90, "延安市宝塔区“10•01”较大道路交通事故调查报告") + "City counterpart and region trap: '报请延安市人民政府批准，2012年"
 "10月8日，成立了由市安监局、监察局、公安局、交通局、交警支队和宝塔区政府组成的市政府宝塔区“10·01较大道路交通事故调查组' (org as "
 "written, the closing quote missing in the text). Crash of 2012-10-01 in 宝塔区; measures for '全市'. The text ends with "
 "a case website's link line '更多交通事故案例请点击' (kept). No signature, no date; year 2012 from the team's founding. "
 "Alternative region: 宝塔区."),
(12, None, [], 2016, "2016-06-29", ["湖南省", "长沙市"], "city",
 "长沙市政府浏阳荷花出口烟花厂“5·17”火药爆炸事故调查组", "报告", None, None, False, False,
 S % (74, "浏阳市荷花出口烟花厂“5·17”较大火药爆炸事故") + "City counterpart and region trap: a 较大 explosion (5 deaths, "
 "2016-05-17) at a fireworks plant of 浏阳市荷花街道; '长沙市人民政府于2016年6月3日成立了由市安全监管局副局长谭应球任组长，市安全"
 "监管局、市监察局、市公安局、市总工会、浏阳市人民政府为成员单位的事故调查组'. Signed at the end on two lines '长沙市政府浏阳荷花出口"
 "烟花厂' / '“5·17”火药爆炸事故调查组' (org joins them) and dated '2016年6月29日' (date). Alternative regions a reader may "
 "give: 浏阳市 (the county-level city in the plant's name) or 荷花街道."),
]
