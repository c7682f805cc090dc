# Labels for rpY0001-rpY0002 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
L = [
(1, "省禁毒办考核陇西县2016年禁毒工作", [], 2016, None, ["甘肃省", "定西市", "陇西县"], "county", None, "新闻", None, None,
 False, True,
 "Line 1612 (0-based) of dbiir/UER-py's corpora/CLUECorpusSmall_sampled.txt (one document per line, the page's line "
 "breaks removed; the corpus keeps no url, title or date field). A 陇西县 news item in the county's own voice ('来我县考核"
 "禁毒工作', '肯定了我县禁毒工作取得的成绩'); the heading '省禁毒办考核陇西县2016年禁毒工作' runs into the body "
 "('…禁毒工作10月25日，全省禁毒年终考核…'), so it is the title and the text opens with it (hasTitleLine true). "
 "Year 2016 from the heading (the 2016 year-end assessment, held '10月25日'); the text gives no publication date and "
 "no year beside '10月25日', so date null. No signature or source line: org null (the county's police or 禁毒办 likely "
 "posted it; the site is not recorded). Names several places and bodies: 省教育厅/省公安厅 examiners, 定西 city "
 "officials (市政府副市长, 市禁毒办), 巩昌中学, 文峰镇, 东铺社区 — the unit is the county (level county)."),
(2, "不知道“街巷长”这件事你就out了!", ["西城街道“街巷长”负责制名单"], None, None,
 ["福建省", "龙岩市", "新罗区", "西城街道"], "street", None, None, None, None, False, True,
 "Field 1 (the article HTML) of line 25 (0-based, id D0000026) of zhanzecheng/SOHU_competition's data/News_info_test.txt "
 "(test sample of the 2018 Sohu content-recognition contest: id, article HTML, picture list), kept as HTML. A Sohu "
 "自媒体 repost of a 西城街道 (新罗区, 龙岩, 福建) post: heading in <title> (the WeChat-style headline), a news "
 "paragraph on the 龙岩市委、市政府 意见 and the 新罗区委、区政府 assessment of the district's 7 streets, then the "
 "street's own centred heading '西城街道“街巷长”负责制名单' (titleAlt), the roster (总街长 街道党工委书记, 第一街长 "
 "街道办事处主任, 街长, 总巷长 of its communities), the '街长办' members and the duties ('街道办事处设立“两代表一委员”"
 "工作站'). Region = the street whose roster it is (city and district are named as the bodies whose policy it applies). "
 "No date, no year and no signature in the text: year, date and org null (the contest data are of 2017–2018). Kind "
 "left null: a roster and duty list introduced by a news paragraph, none of the set's kinds fits (新闻 or 公告 are "
 "the nearest)."),
]
