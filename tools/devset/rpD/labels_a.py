# Labels for rpD (read by hand). Fields: n, title, titleAlt, year, date, region, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
SC = ["江西省", "赣州市", "石城县"]
GS = ["浙江省", "杭州市", "拱墅区"]
L = [
(1, "石城县2018年度河长制湖长制工作责任单位目标管理（绩效）考核细则", [], 2018, None, SC, "county", None, "办法", None, None, False, True,
 "JSP page of the 石城县 河长制 management system; the rules are an HTML table under a <caption> title; the page heading '县级考核依据' is the app's menu label, not a title. "
 "No issuing body, date or 文号 in the text (县河长办 only appears as an actor). kind doubtful: a 考核细则 (办法 chosen, as for other 细则; 规定/方案 also defensible). "
 "Scores for ~30 county departments (县委农工部 … 县能源办)."),
(2, "石城县2018年度河长制湖长制工作乡镇目标管理(绩效）考核细则", [], 2018, None, SC, "county", None, "办法", None, None, False, True,
 "Companion page (乡镇考核依据) of rpD0001: the county's scoring rules for its 乡镇; title written with a half-width '(' and full-width '）' as in the source. "
 "Mentions 琴江镇温坊人工湖 and the deadline 2018年7月底 (a task date, not the document date). No issuer/date/文号 in the text; kind doubtful as for rpD0001."),
(3, None, [], None, None, GS, "county", None, "简介", None, None, False, False,
 "Profile of 拱墅区 stored as HTML in the t_article table (row 208) of a MySQL dump in a 汤阴县 CMS project; the row's title cell '拱墅区简介' and source cell '拱墅人才网' are outside the extracted text, so title/org null. "
 "No year in the text; it describes the district with 4 镇 and 6 街道 (before later boundary changes), probably 2000s. A second identical row (214) was not taken."),
(4, None, [], None, None, GS, "county", None, "简介", None, None, False, False,
 "Profile of 拱墅区人事局 and 拱墅区人才交流中心 (row 209 of the same dump; row title cell '人事局简介' not in the text). "
 "'截止到今年上半年' gives no year; 1995年5月 is the founding date of the 人才市场 (past event). org null (no signature); the body is about a county department."),
]
