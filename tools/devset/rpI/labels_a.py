# Labels for rpI0001-rpI0012 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
HZ = ["江苏省", "淮安市", "洪泽区"]
HA = ["江苏省", "淮安市"]
PT = ["上海市", "普陀区"]
WL = ["上海市", "普陀区", "万里街道"]
NB = ("pdftotext -layout text of a 政府信息公开工作年度报告 PDF kept as a sample by a developer's annual-report comparison "
      "tool; page numbers (-1-, -2-, ...) and the statistics tables (flattened into columns) stay in the text. ")
BU = ("pdftotext -layout text of a 上海市普陀区 部门预算/单位预算 PDF kept as a sample by a developer's budget-checking "
      "tool: cover line, '预算主管部门：…' (or '预算单位：…'), 目录, 主要职能, 机构设置, 名词解释, 编制说明, the budget tables "
      "flattened into columns, 其他相关情况说明, 项目经费, 绩效目标. ")
NOKIND = "kind null: a 部门预算/决算 has no kind in the set's vocabulary (it is neither a 报告 nor a 计划). "
L = [
(1, "洪泽区人民政府2023年政府信息公开工作年度报告", ["2023年政府信息公开工作年度报告"], 2023, None, HZ, "county",
 "洪泽区人民政府", "报告", None, None, False, True,
 NB + "heading on two lines (洪泽区人民政府 / 2023 年政府信息公开工作年度报告); compiled by 淮安市洪泽区人民政府办公室 "
 "('本报告由…编制'), org = the body the heading names; year = the year reported (统计期限 2023-01-01…12-31), the text "
 "gives no date of its own (published early 2024), so date null. Sample file sample_pdfs_v1/hzq2023_working.pdf."),
(2, "淮安市洪泽区人民政府2024年政府信息公开工作年度报告", ["2024年政府信息公开工作年度报告"], 2024, None, HZ, "county",
 "淮安市洪泽区人民政府", "报告", None, None, False, True,
 NB + "heading on two lines (淮安市洪泽区人民政府 / 2024 年政府信息公开工作年度报告); compiled by the 区政府办公室; year "
 "reported 2024 (统计期限), no date of its own; '2025 年我们将…' is the plan, not the date. Same unit as rpI0001, a "
 "different year's text (not a duplicate)."),
(3, "上海市普陀区2023年区级部门预算", [], 2023, None, WL, "street",
 "上海市普陀区人民政府万里街道办事处", None, None, None, False, True,
 BU + "cover: '上海市普陀区2023年区级部门预算' / '预算主管部门：上海市普陀区人民政府万里街道办事处'; the street office (a "
 "派出机关 of the 区政府) speaks for itself, so region = 万里街道 (street); year = the budget year 2023 (no date of its own; "
 "'截止2022年12月31日' is an asset count's cut-off). " + NOKIND + "Kept by the budget tool's sibling repository "
 "tianbaoxitong as an upload (uploads/archives/1770007475548-818404804.pdf)."),
(4, "上海市普陀区2025年区级部门预算", [], 2025, None, WL, "street",
 "上海市普陀区人民政府万里街道办事处", None, None, None, False, True,
 BU + "cover names the 预算主管部门 上海市普陀区人民政府万里街道办事处; budget year 2025, compared with 2024; "
 "'截至2024年8月31日' is the vehicle count's cut-off, not the document's date. " + NOKIND +
 "Same street as rpI0003, another year's text (figures, projects and wording differ)."),
(5, "上海市普陀区2025年区级部门预算", [], 2025, None, PT, "county",
 "上海市普陀区人民政府办公室", None, None, None, False, True,
 BU + "预算主管部门：上海市普陀区人民政府办公室 (which also carries the 研究室/外事办/合作交流办 plates and works "
 "with the 机关事务管理局); a district body, region 普陀区; budget year 2025. " + NOKIND +
 "The same folder holds its 单位预算 (near-duplicate text), not used."),
(6, "上海市普陀区2025年区级部门预算", [], 2025, None, PT, "county",
 "上海市普陀区商务委员会", None, None, None, False, True,
 BU + "预算主管部门：上海市普陀区商务委员会 (also 区经济委员会, 区粮食和物资储备局); budget year 2025; the 文号 it cites "
 "(普投资规范〔2023〕1号, 沪商商贸〔2024〕109号) are other documents' numbers, so docNumber null. " + NOKIND +
 "Its 单位预算 in the same folder (near-duplicate) not used."),
(7, "上海市普陀区财政局2024年度部门决算", ["2024年度部门决算"], 2024, None, PT, "county",
 "上海市普陀区财政局", None, None, None, False, True,
 "pdftotext -layout text of the 'good' sample of a budget-checking tool (samples/good/): heading on two lines "
 "(上海市普陀区财政局 / 2024年度部门决算), 目录, 概况 (职能 quoted as 第一条… of the bureau's 规定), the nine 决算 tables, "
 "情况说明, 名词解释. year = the year accounted for (2024; published 2025, no date in the text; '截至2024年12月31日' is a "
 "vehicle count's cut-off). kind null: a 部门决算 has no kind in the set's vocabulary. The tool's 'bad' samples "
 "(one marked 测试问题版本, i.e. altered) were not used."),
(8, "上海市普陀区2026年区级部门预算", [], 2026, None, PT, "county",
 "上海市普陀区司法局", None, None, None, False, True,
 BU + "预算主管部门：上海市普陀区司法局; budget year 2026 (the text slips once: '比2026年预算增加' where 2025 is meant); "
 "'截至2025年8月31日' and '2025年1月1日…12月31日' are cut-offs and periods, not the document's date; the 沪司规〔2015〕6号 "
 "etc. it cites are other texts' numbers. " + NOKIND + "Kept as tmp/pdfs/shpt_sfj_2026_budget.pdf (same bytes as "
 "tmp/doc_check/dept_budget.pdf); its 单位预算 not used."),
(9, "上海市普陀区2025年区级部门预算", [], 2025, None, PT, "county",
 "上海市普陀区财政局", None, None, None, False, True,
 BU + "预算主管部门：上海市普陀区财政局 (上海市普陀区人民政府组成部门); budget year 2025. " + NOKIND +
 "Same bureau as rpI0007 (its 2024 决算), a different document."),
(10, "上海市普陀区社会福利院2024年单位预算", [], 2024, None, PT, "county",
 "上海市普陀区社会福利院", None, None, None, False, True,
 "pdftotext -layout text of a 单位预算 PDF uploaded to a budget-reporting tool (uploads/archives/…): cover "
 "'上海市普陀区社会福利院2024年单位预算' / '预算单位：上海市普陀区社会福利院', 主要职能 (a 事业单位 caring for elderly "
 "residents; the text names no supervising bureau), 机构设置, 名词解释, 编制说明, tables. Budget year 2024, no date ('截至2023年12月31日' is the vehicle count's cut-off). "
 "org = the 预算单位 as the cover gives it (a public institution, not an administrative body). " + NOKIND),
(11, "淮安市人民政府2024年政府信息公开工作年度报告", ["2024年政府信息公开工作年度报告"], 2024, None, HA, "city",
 "淮安市人民政府", "报告", None, None, False, True,
 "pdftotext -layout text of szfgs2024.pdf, the sample of a developer's annual-report parser (the same developer's "
 "洪泽区 reports are rpI0001-0002; kept as the city-level counterpart). Heading on two lines (淮安市人民政府 / 2024 年政府"
 "信息公开工作年度报告); compiled by 淮安市人民政府办公室; year reported 2024, no date of its own."),
(12, "上海市普陀区2024年区级部门预算", [], 2024, None, WL, "street",
 "上海市普陀区人民政府万里街道办事处", None, None, None, False, True,
 BU + "cover: '上海市普陀区2024年区级部门预算' / '预算主管部门：上海市普陀区人民政府万里街道办事处'; budget year 2024 "
 "(compared with 2023; '截至2023年8月31日' is the vehicle count's cut-off). " + NOKIND +
 "The third year of the same street (rpI0003 2023, rpI0004 2025): same outline, other figures and projects."),
]
