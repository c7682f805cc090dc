# Labels for rpO0001-rpO0031 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
# Source: IAAR-Shanghai/CRUD_RAG's retrieval corpus (data/80000_docs/documents_dup_part_*), one document per line:
# '<time>，正文：<text>' with the line breaks of the page removed by the corpus; no url is kept. The time before
# '，正文：' is the corpus's publication time of the (mostly Sohu) repost; for news it is taken as the 发布时间.
S = "CRUD_RAG corpus file documents_dup_part_%s line %d (0-based); no url in the corpus. "
RUN = "The heading opens the text after '原标题：' and runs into the body (the corpus joins the page's lines). "
L = [
(1, "商洛市公安局商州分局关于对举报“跨境违法犯罪”线索的通告", [], 2023, "2023-08-17", ["陕西省", "商洛市", "商州区"], "county",
 "商洛市公安局商州分局", "公告", None, None, False, True,
 S % ("10_part_1", 1557) + RUN + "A 通告 (kind 公告: the set has no 通告) of the district police branch ('我区居民'); signed "
 "'商洛市公安局商州分局 2023年8月17日'. Sohu footer '返回搜狐，查看更多责任编辑：' kept."),
(2, "北京市房山区人民政府防汛抗旱指挥部关于维护防汛救灾期间社会治安秩序的通告", [], 2023, "2023-08-03", ["北京市", "房山区"], "county",
 "北京市房山区人民政府防汛抗旱指挥部", "公告", None, None, False, True,
 S % ("10_part_3", 98) + "The text opens with the heading (no time prefix, no '原标题'), run into the body. 通告 (kind 公告) "
 "of the district flood-control headquarters during the July-August 2023 floods ('我区'); signed with the body and "
 "'2023年8月3日'; closing credits '来源：北京房山' and a portal's copyright lines kept. The same notice stands twice more "
 "in the corpus (other reposts), not taken."),
(3, "怀柔区交通局关于我区部分公交线路恢复运行的通知", [], 2023, "2023-08-07", ["北京市", "怀柔区"], "county",
 "怀柔区交通局", "通知", None, None, False, True,
 S % ("10_part_3", 178) + "Heading at the start, followed by '公告' and the salutation '市民朋友们：' (read as a column "
 "word of the page, left out of the title; a reader may take '…恢复运行的通知公告'). Signed '怀柔区交通局2023年8月7日', "
 "'来源：山水怀柔'. The lists of bus lines the page held are not in the text."),
(4, "江孜县文化和旅游局关于卡若拉冰川景区管理不规范存在不文明行为问题核查处理情况的通报", [], 2023, "2023-07-31",
 ["西藏自治区", "日喀则市", "江孜县"], "county", "江孜县文化和旅游局", None, None, None, False, True,
 S % ("10_part_3", 1014) + "A 情况通报 answering a social-media complaint ('我县卡若拉冰川景区'); kind null (通报 is not "
 "one of the set's kinds; rpN did the same). Signed '江孜县文化和旅游局2023年7月31日'; the prefix time 2023-08-01 is the repost's."),
(5, "重庆市铜梁区公安局 关于对电信诈骗案件中涉案账户内冻结资金予以返还公告", [],
 2023, "2023-08-09", ["重庆市", "铜梁区"], "county", "重庆市铜梁区公安局", "公告", None, None, False, True,
 S % ("7_part_1", 940) + RUN + "The heading has a space after the issuer (kept). Signed '重庆市铜梁区公安局 "
 "2023年8月9日'; 银监发〔2016〕41号 / 银监办发〔2016〕170号 are cited national rules, not this notice's number."),
(6, "交城县乡村振兴局关于做好2023年脱贫家庭本科大学新生资助工作的公告", [], 2023, "2023-07-31", ["山西省", "吕梁市", "交城县"], "county",
 "交城县乡村振兴局", "公告", None, None, False, True,
 S % ("4_part_3", 1595) + RUN + "The heading is written twice (repost headline, then the page's own heading). Signed "
 "'交城县乡村振兴局2023年7月31日'; 晋乡振(综)〔2023〕11号 is the cited provincial notice, not this one's number."),
(7, "文水县关于做好2023年脱贫家庭本科大学新生资助工作的公告", [], 2023, "2023-07-31", ["山西省", "吕梁市", "文水县"], "county",
 "文水县乡村振兴中心", "公告", None, None, False, True,
 S % ("4_part_3", 1640) + RUN + "Same programme as rpO0006 in another county (a different text). Signed '文水县乡村振兴中心"
 "2023年7月31日' (org from the signature; the heading names only 文水县); '来源：文水县人民政府网站'."),
(8, "交口县公安局交警大队开展未成年人交通违法专项整治的通知", [], 2023, "2023-07-28", ["山西省", "吕梁市", "交口县"], "county",
 "交口县公安局交警大队", "通知", None, None, False, True,
 S % ("2_part_3", 820) + RUN + "Heading written twice. A public 通知 of the county traffic police brigade; signed "
 "'交口县公安局交警大队2023年7月28日'."),
(9, "东明警方关于侦办张某、夏某等人涉嫌非法吸收公众存款案的公告", [], 2023, "2023-07-28", ["山东省", "菏泽市", "东明县"], "county",
 "东明县公安局", "公告", None, None, False, True,
 S % ("3_part_3", 1705) + RUN + "The heading (as reposted) is followed by the word '公告' and the text; signed "
 "'东明县公安局2023年7月28日' (org from the signature); a 警方提醒 paragraph and '（来源：大众报业·齐鲁壹点）' follow."),
(10, "祁连县公安局关于收缴假币的通告", ["青海这地公安发布关于收缴假币的通告"], 2023, "2023-07-31", ["青海省", "海北藏族自治州", "祁连县"],
 "county", "祁连县公安局", "公告", None, None, False, True,
 S % ("4_part_2", 695) + "'原标题：青海这地公安发布关于收缴假币的通告' is the reposting account's headline (titleAlt), followed by "
 "its ad line '投稿微信…WeMedia联盟成员' and the notice's own heading. Addressed to '全县广大人民群众'; signed "
 "'祁连县公安局2023年7月31日'; 警方提示 with cited laws and credits '来源：祁连公安' follow."),
(11, "关于县道义流线封闭施工的公告", [], 2023, "2023-08-16", ["山东省", "临沂市", "兰陵县"], "county",
 "临沂市公安局交通警察支队兰陵大队、兰陵县交通运输局", "公告", None, None, False, True,
 S % ("6_part_1", 1183) + "Opens with the heading (no time prefix). The page holds two notices of the same day and "
 "signers: 义流线 (labelled) and then 关于县道安艾线封闭施工的公告; an advertisement line ends the text. Joint signers joined "
 "with 、; the traffic brigade belongs to the city police detachment, the road is a 兰陵县 county road ('优化兰陵县道路交通环境'). "
 "The same page stands twice more in the corpus (lines 1190, 1537), not taken."),
(12, "关于2023年第二季度全区住宅小区物业红黑榜的通报", [], 2023, None, ["山东省", "临沂市", "兰山区"], "county",
 "兰山区物业领域突出问题综合整治工作领导小组办公室", None, None, None, False, True,
 S % ("5_part_1", 70) + "Opens with the heading; addressed '各街道、义堂镇，各物业服务企业：'. No signature or date: org is "
 "the office the body says formed the 通报; year = the quarter it reports (2023年第二季度). Kind null (通报). The "
 "attachments (红榜, 黑榜) are named only; an advertisement line ends the text."),
(13, "关于对2023威马赛事期间威宁城区部分路段交通管制的通告", [], 2023, "2023-08-07", ["贵州省", "毕节市", "威宁彝族回族苗族自治县"],
 "county", "威宁县公安局交通警察大队", "公告", None, None, False, True,
 S % ("6_part_2", 1053) + RUN + "Traffic-control 通告 for a half-marathon '在我县城区'; signed '威宁县公安局交通警察大队"
 "2023年8月7日' (the text writes 威宁县; the gazetteer's 威宁彝族回族苗族自治县)."),
(14, "关于敦促兴国籍非法滞留境外涉诈高危地区人员限期回国的通告", ["限期回国！警方发布通告"], 2023, "2023-08-11", ["江西省", "赣州市", "兴国县"],
 "county", "兴国县打击治理电信网络新型违法犯罪工作联席会议办公室", "公告", None, None, False, True,
 S % ("8_part_3", 1281) + "'原标题：限期回国！警方发布通告' is the repost headline (titleAlt); the notice's own heading "
 "follows. Signed '兴国县打击治理电信网络新型违法犯罪工作联席会议办公室2023年8月11日'; '转自丨兴国公安 来源：中国警察网'."),
(15, "河北涿州市防汛抗旱指挥部关于接受社会捐赠的公告", ["涿州市防汛抗旱指挥部关于接受社会捐赠的公告"], 2023, None,
 ["河北省", "保定市", "涿州市"], "county", "涿州市防汛抗旱指挥部", "公告", None, None, False, True,
 S % ("1_part_2", 329) + "Opens with the heading as reposted ('河北' put in front by the reposter; titleAlt without it). "
 "No signature or date: org from the heading; year from the repost's time 2023-08-03 (the floods of 2023), date left "
 "null. 涿州市 is a county-level city. Another line (10_part_3 1736) holds the same notice after a bookseller's story."),
(16, "关于公布防台风救援便民电话的通告", [], 2023, "2023-07-28", ["福建省", "厦门市", "湖里区"], "county",
 "湖里区人民政府防汛抗旱指挥部", "公告", None, None, False, False,
 S % ("11_part_3", 63) + "No heading at the start: the text begins with the body ('做好我区应急救援工作') and names its "
 "title only at the end ('原标题：《关于公布防台风救援便民电话的通告》'), so hasTitleLine false. Signed "
 "'湖里区人民政府防汛抗旱指挥部2023年7月28日'; lists of district and street duty telephones."),
(17, "紧急预警！我旗已发生多起 ... ...", ["反 诈 预 警"], 2023, "2023-07-28", ["内蒙古自治区", "通辽市", "库伦旗"], "county",
 "库伦旗公安局", "公告", None, None, False, True,
 S % ("2_part_3", 1788) + "'原标题：' gives the post's headline (cut with '... ...' as published), then the banner "
 "'反 诈 预 警' (titleAlt). A warning to '广大市民朋友' ('我旗'), signed '库伦旗公安局2023年7月28日', '来源：平安库伦'. "
 "Kind 公告 by judgement (a signed public warning; a reader may leave it null)."),
(18, "看“小视频”被骗！这下远安人都知道了，不仅没了“钱”还丢了....", [], 2023, None, ["湖北省", "宜昌市", "远安县"], "county",
 None, None, None, None, False, True,
 S % ("4_part_2", 204) + RUN + "The county police account's weekly fraud bulletin ('2023年7月24日至30日我县电信网络诈骗共"
 "发案2起'; charts named but not in the text) with tips; '来源：平安远安' (the 远安 police account; no body named, org "
 "null). Year = the week it reports; kind null (a bulletin, neither news nor a notice)."),
(19, "华丰镇：慰问见义勇为先进个人 积极弘扬社会正气", [], 2023, "2023-07-26", ["山东省", "泰安市", "宁阳县", "华丰镇"], "town",
 None, "新闻", None, None, False, True,
 S % ("2_part_2", 387) + RUN + "Town news ('我镇见义勇为先进个人'), by the town's correspondent ('通讯员 苏筱茜'), published "
 "through the 齐鲁壹点 platform (its call for tips ends the text). Event '7月24日' without year; date = the repost's time "
 "2023-07-26 (发布时间). org null (no body signs)."),
(20, "独山港开展“八一”走访慰问", [], 2023, "2023-08-11", ["浙江省", "嘉兴市", "平湖市", "独山港镇"], "town", None, "新闻", None, None,
 False, True,
 S % ("7_part_2", 1018) + RUN + "Town news ('对我镇的经济发展…'; 镇党委书记 visits the city 人武部), '（来源：平湖市人民政府网站）' "
 "and a reposting account's contact line. Date = repost time. The town is named 独山港 only; the path is the gazetteer's "
 "独山港镇 (平湖市, named in the source line). Another line (980) is a different 独山港 item, not taken."),
(21, "入铺宣传签协议 举手之劳暖人心", [], 2023, "2023-08-04", ["浙江省", "绍兴市", "越城区", "皋埠街道"], "street", None, "新闻", None,
 None, False, True,
 S % ("5_part_1", 1783) + RUN + "Street news on waste sorting ('我街道', '今年我街道创建任务数'); no signature. The text names "
 "皋埠街道 and '区公用事业集团' only; the path is the gazetteer's (越城区). Date = repost time."),
(22, "鱼塘街道：闻令而动——小手牵大手护林区安全", [], 2023, "2023-08-18", ["四川省", "泸州市", "龙马潭区", "鱼塘街道"], "street",
 None, "新闻", None, None, False, True,
 S % ("9_part_3", 372) + RUN + "Street news (volunteers after the 龙马潭区 森林防火指挥部's warning of 8月15日); closing credit "
 "'（泸州市鱼塘街道 胡友焱）' names a person, org null. Date = repost time."),
(23, "乌当区学生资助管理中心开展2023年学生资助政策宣传活动", [], 2023, "2023-08-15", ["贵州省", "贵阳市", "乌当区"], "county", None,
 "新闻", None, None, False, True,
 S % ("8_part_2", 1499) + RUN + "District news ('截至8月14日，我区共有376人…'); photo captions run into the text; "
 "'来源：乌当区融媒体中心记者 姚益' (the district's own media centre). Date = repost time."),
(24, "印江县杨柳镇司法所：“三变”提升社区矫正教育质效", [], 2023, "2023-08-09", ["贵州省", "铜仁市", "印江土家族苗族自治县", "杨柳镇"],
 "town", None, "新闻", None, None, False, True,
 S % ("7_part_1", 684) + RUN + "News of the town's justice office (the county justice bureau's office in 杨柳镇; unit "
 "labelled the town, 全镇 figures for 2023); '(杨茜)来源：印江网'. Date = repost time."),
(25, "双江公安开展盗伐滥伐林木集中整治 筑牢辖区生态安全屏障", [], None, None, ["云南省", "临沧市", "双江拉祜族佤族布朗族傣族自治县"],
 "county", None, "新闻", None, None, False, True,
 S % ("5_part_1", 751) + RUN + "News of 双江县公安局 ('全县公安机关“夏季行动”'), written in the bureau's third person and "
 "credited '李晓超 杨卫涛（云南法治网）'; an advertisement line stands inside the text. No time prefix and no year in the "
 "text: year and date null. The text writes 双江县 (gazetteer: 双江拉祜族佤族布朗族傣族自治县)."),
(26, "如东警方跨省捣毁一无证电子烟加工厂 涉案金额500余万元", [], 2023, "2023-08-16", ["江苏省", "南通市", "如东县"], "county", None,
 "新闻", None, None, False, True,
 S % ("10_part_1", 193) + RUN + "Police news of 如东县公安局 ('有力维护了我县烟草行业经营秩序'), credited '通讯员 张斌彬 吴阳' "
 "with a newspaper's proof-reader line ('校对 陶善工'): a police press text carried by a paper. Date = repost time."),
(27, None, [], 2023, "2023-07-21", ["上海市", "普陀区", "长征镇"], "town", None, "新闻", None, None, False, False,
 S % ("11_part_1", 645) + "No heading: the text starts '7月20日，长征镇第二十届人民代表大会第四次会议召开。' (town NPC session; the "
 "镇长 reports for 长征镇人民政府 on 2023年上半年). Year from the text (2023年上半年工作) and the repost time 2023-07-21 13:22:52 "
 "(date). No source line."),
(28, "加强业务知识培训 提高应急管理能力", [], 2023, "2023-08-04", ["新疆维吾尔自治区", "乌鲁木齐市", "新市区"], "county", None, "新闻",
 None, None, False, True,
 S % ("5_part_2", 1256) + RUN + "District news of 高新区（新市区） (a development zone run together with 新市区; labelled "
 "新市区, '以点带面提升我区干部队伍…'); photo credit '高新区[新市区]融媒体中心供图', authors '（张建斌 翟晓静）'. Date = repost time."),
(29, "滑县举行“文明探源我来说”文物和文化遗产保护宣讲活动", [], 2023, "2023-07-27", ["河南省", "安阳市", "滑县"], "county", None, "新闻",
 None, None, False, True,
 S % ("2_part_3", 220) + RUN + "Heading written twice. County news ('我县丰富的文化'), '（来源：安阳市人民政府网站）' and a reposting "
 "account's contact line. The campaign runs '从2023年7月份至2024年7月份'. Date = repost time."),
(30, None, [], 2023, "2023-08-02", ["湖南省", "衡阳市", "衡南县"], "county", None, "新闻", None, None, False, False,
 S % ("10_part_3", 1498) + "No heading: opens with a quotation ('“警察同志，太感谢你们了…”'). Police news of 衡南县公安局 "
 "('我县有村民被骗至缅甸'), '2023年7月28日上午' the banner visit; ends with a 警方提示. Date = repost time. Two more copies in "
 "the corpus (4_part_1 1168, 5_part_3 736), not taken."),
(31, "佛耳湖镇召开“我为家乡添光彩、争做环境监督员”活动动员会", [], 2023, "2023-07-26", ["河南省", "许昌市", "长葛市", "佛耳湖镇"], "town",
 None, "新闻", None, None, False, True,
 S % ("2_part_1", 1928) + RUN + "Heading written twice. Town news ('对我镇活动月期间…进行部署', 25个村（社区）); the text names "
 "no county: 佛耳湖镇 is unique in the gazetteer (长葛市, 许昌市). Event '7月25日上午'; date = repost time."),
]
