# Labels for rpH0001 (the document read in full by hand; the product was not run on it).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
QJ = ["湖北省", "潜江市"]
L = [
(1, None, [], 2024, None, QJ, "county", None, None, None, None, False, False,
 "body-only: the raw text of one sample of a 公文 writing assistant's corpus (corpus/raw/gov-cn/2024-10/"
 "gw-jiyao-20241024-001.raw.txt), copied from the 潜江市 government portal page of the city's 住房和城乡建设局 "
 "(hbqj.gov.cn/szfhcxjsj/..., 法定主动公开 › 其他 › 政府会议, t20241024); the collector's header lines (标题：潜江市住建局党组"
 "理论学习中心组暨党组会议纪要, 来源：潜江市人民政府, URL, 抓取时间：2026-04-03, 文种：会议纪要) are cut off by the "
 "extraction, so the text has no heading; the corpus index gives publish_date 2024-10-24 (the page's posting date, "
 "not in the text). A 会议纪要 of the bureau's 党组 meeting '2024年4月3日下午' chaired by '局党组书记、局长龚义海': year "
 "from the meeting the minutes record, date left null (no date of the minutes themselves); org null (the text says only "
 "'局党组'; the bureau is known from the URL and header, not the text); kind null (the set's kinds have no 纪要). "
 "潜江市 is a county-level city directly under 湖北省 (gazetteer 湖北省 › 潜江市, level county). The text keeps a slip of "
 "the original ('中国式现代会'), which suggests it was copied verbatim rather than rewritten by the collector."),
]
