# Labels for rpV0001-rpV0038 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
# Source: IAAR-Shanghai/CRUD_RAG's retrieval corpus (data/80000_docs/documents_dup_part_*), one document per line:
# '<time>，正文：<text>' with the line breaks of the page removed by the corpus (some lines keep runs of spaces where
# the page had breaks); no url is kept. The conventions are rpO's and rpP's (same corpus): the time before '，正文：'
# is the corpus's publication time of the (mostly Sohu) repost and is taken as the 发布时间 of news; notices are dated
# by their signature; a reposter's headline after '原标题：' is titleAlt when the text's own heading follows; 通告 and
# signed public warnings are kind 公告; 通报 / 协查通报 are null; news posts carry no org (no body signs them).
S = "CRUD_RAG corpus file documents_dup_part_%s line %d (0-based); no url in the corpus. "
RUN = "The heading opens the text after '原标题：' and runs into the body (the corpus joins the page's lines). "
TWICE = "Heading written twice (repost headline, then the page's own). "
GOV = ("Reposted from the government site named in the closing '（来源：…网站）', followed by the reposting account's "
       "contact line '【投稿、区域合作请…】' and the Sohu footer. ")
REP = "Date = the repost time (发布时间), as in rpO/rpP. "
L = [
(1, "关于“大柴旦银河谷紫罗驿站” 网络舆情事件的处理情况公告", [], 2023, "2023-08-06",
 ["青海省", "海西蒙古族藏族自治州", "大柴旦行政委员会"], "county", "大柴旦行政委员会", "公告", None, None, False, True,
 S % ("10_part_3", 161) + "No time prefix; the notice's heading (a space inside, kept) opens the text and runs into the "
 "body. The 行政委员会 (a county-level unit of 海西州) reports how it handled the '停车10分钟收费50元' video ('在全区开展"
 "旅游市场规范整治'); signed '大柴旦行政委员会2023年8月6日', then '来源：大柴旦发布' and a portal's editor and copyright "
 "lines. Kind 公告 (its own word). The corpus holds many media reports of the case (10_part_2 951, 1_part_2 582, "
 "4_part_2 530, 6_part_2 1491, 6_part_3 898 …: rpP's 'media summaries'); this line is the full notice, not taken elsewhere."),
(2, "兴海县公安局紧急预警", ["青海一地公安发布紧急预警！"], 2023, "2023-07-29", ["青海省", "海南藏族自治州", "兴海县"],
 "county", "兴海县公安局", "公告", None, None, False, True,
 S % ("3_part_3", 327) + "As rpO's 祁连 notice (same reposting account): '原标题：青海一地公安发布紧急预警！' is the reposter's "
 "headline (titleAlt), then its ad line '投稿微信…WeMedia联盟成员' and the warning's own heading. Addressed to '兴海县广大"
 "个体商户及群众' (a case of 子科滩镇, 警方提醒 in three points); signed '兴海县公安局2023 年 7 月 29 日' (spaces kept), then "
 "the account's '编辑/来源/律师顾问' credits. Kind 公告 by judgement, as rpO's 库伦旗 反诈预警 (a signed public warning)."),
(3, "警情通报", [], 2023, "2023-07-26", ["宁夏回族自治区", "固原市", "西吉县"], "county", "西吉县公安局", None, None, None,
 False, True,
 S % ("6_part_3", 989) + "Time prefix '7-27 09:14' (no year). The text keeps the page's layout as runs of spaces: a long "
 "blank run, the heading '警情通报', the one-paragraph body (a boy of 兴平乡 killed by his stepmother, suspect detained), "
 "the signature '西吉县公安局  2023年7月26日', '图源：“西吉公安”微信公众号' and a news portal's editor line and column link. "
 "Kind null (通报, as rpN/rpO). Another copy: 3_part_3 619 (not taken)."),
(4, "一天连救两人！“00”后民警郭胜好样的！", [], 2023, "2023-07-25", ["宁夏回族自治区", "石嘴山市", "惠农区"], "county",
 None, "新闻", None, None, False, True,
 S % ("1_part_2", 799) + RUN + "Police news of the 红果子 station (two rescues on 7月23日); the post's line breaks were "
 "dropped without punctuation, so sentences and the section numbers '01 02 03' run together ('…好样的！017月23日13时许…'). "
 "Credits '素材 | 惠农区公安分局来源：平安石嘴山' (the district police branch's material on the city police account): "
 "unit 惠农区, org null (news). " + REP),
(5, "西藏昌都市2023年三江茶马文化艺术节放假通知", [], 2023, "2023-08-09", ["西藏自治区", "昌都市", "卡若区"], "county",
 "昌都市卡若区人民政府", "通知", None, None, False, False,
 S % ("4_part_1", 1702) + "No time prefix. A media lead opens the text ('8月10日“西藏发布”官方微信发布最新放假通知…详情如下：'), "
 "then the notice's heading and its addressees '驻卡若区市（中、区）直各单位，驻昌、援昌部队，卡若区各乡（镇）人民政府，"
 "卡若区区直各单位：'; the body is cut after '二、工作要求' by two ad lines, then the signature '昌都市卡若区人民政府"
 "2023年8月9日', the outlet's links and '（都市现场综合西藏发布、今日卡若）'. Kept (unlike reports that only quote) "
 "because heading, salutation, first section and signature are the district's own; hasTitleLine false (the lead "
 "opens the text). The heading names 西藏昌都市 (the festival is the city's); the notice is the district "
 "government's (signature, addressees): region 卡若区, a reader may take 昌都市. Kind 通知."),
(6, "反诈宣传进家门 扎牢群众“钱袋子”", [], 2023, "2023-07-26",
 ["新疆维吾尔自治区", "巴音郭楞蒙古自治州", "若羌县", "祁曼塔格乡"], "town", None, "新闻", None, None, False, True,
 S % ("2_part_1", 627) + RUN + "Town news ('新疆若羌县祁曼塔格乡', '在全乡范围内'); photo captions '（若羌县融媒体中心供图）' "
 "run into the text; authors '（王中信 杨博）'. " + REP),
(7, "柯坪县召开2023年志愿者培训班", [], 2023, "2023-08-04", ["新疆维吾尔自治区", "阿克苏地区", "柯坪县"], "county", None,
 "新闻", None, None, False, True,
 S % ("5_part_1", 1723) + RUN + "County news (西部计划 volunteers' opening, the county's 组织部长 speaking; '全县西部计划"
 "志愿者'); authors '（谭振国 穆斯塔帕）'. Another item of the county (5_part_2 1258, 骆驼 training) was not taken (one per "
 "county). " + REP),
(8, "文昌：加大执法和查处力度 严厉打击涉水违法行为", [], 2023, "2023-08-14", ["海南省", "文昌市"], "county", None, "新闻",
 None, None, False, True,
 S % ("8_part_3", 1340) + RUN + "News of 文昌市综合行政执法局 (checks of 7月12日, 2022 figures); '(来源：文昌市融媒体中心)'. "
 "文昌市 is a county-level city under the province (the gazetteer's path has no city level). Another copy: 8_part_3 "
 "1284 (not taken). " + REP),
(9, "情况通报", [], 2023, "2023-08-18", ["江西省", "南昌市", "红谷滩区"], "county", "红谷滩区教育体育局", None, None, None,
 False, True,
 S % ("10_part_3", 1437) + "No time prefix; the heading '情况通报' opens the text and runs into the body ('我局对该情况进行了"
 "核实', '对我区此类情况进行监督举报'). Signed '红谷滩区教育体育局2023年8月18日', '来源：红谷滩区教育体育局发布微信公众号' "
 "and a portal's lines. Kind null (通报). Media reports quoting it (10_part_3 1444 with a lead, 10_part_2 1676, "
 "10_part_3 296, 3_part_1 195) were not taken."),
(10, "烟台市公安局蓬莱分局关于敦促滞留境外涉赌涉诈重点人员投案自首的通告", ["刚刚，蓬莱公安发布最新通告！"], 2023,
 "2023-07-27", ["山东省", "烟台市", "蓬莱区"], "county", "烟台市公安局蓬莱分局", "公告", None, None, False, True,
 S % ("2_part_3", 172) + "'原标题：刚刚，蓬莱公安发布最新通告！' is the reposter's headline (titleAlt); the notice's own "
 "heading follows and runs into the body (six points, deadline 2023年9月30日, '本通告自发布之日起施行'). Signed "
 "'烟台市公安局蓬莱分局2023年7月27日', '来源：蓬莱公安'. The city bureau's district branch: region 蓬莱区 (as rpO's 商州分局). "
 "Kind 公告 (通告)."),
(11, "公告", [], 2023, "2023-08-08", ["山东省", "德州市", "平原县"], "county", "平原县住房和城乡建设局", "公告", None, None,
 False, False,
 S % ("4_part_2", 1764) + "A reposter's lead ('“德州发布”消息，8月8日，平原县住建局发布公告，…') opens the text, then the "
 "notice headed '公告' (the lead's sentence is its first sentence), eight safety points after the 5.5 earthquake, gas "
 "companies' numbers, signed '平原县住房和城乡建设局2023年8月8日', then the portal's editor line. hasTitleLine false "
 "(as rpP's 蓝田 notice). A 新京报 report of the same notice (11_part_3 1479) was not taken."),
(12, "宁武县关于2023年脱贫家庭本科大学新生资助工作的公告", [], 2023, "2023-08-01", ["山西省", "忻州市", "宁武县"], "county",
 "宁武县教育科技局", "公告", None, None, False, True,
 S % ("4_part_2", 1546) + RUN + "The text keeps runs of spaces between its sections (一、… 四、…). '今年我县继续开展…'; "
 "signed '宁武县教育科技局2023年8月1日' (the heading names only 宁武县; org from the signature, as rpO's 文水 notice); "
 "晋乡振发＜综＞字〔2023〕11号 is the cited provincial notice, not this one's number. Same programme as rpO's 交城/文水 "
 "notices (rpO left this one out for variety), a different county and text."),
(13, "协查通报", ["陕西发生一起重大刑案，嫌疑人在逃！警方万元征集线索"], 2023, "2023-07-24", ["陕西省", "延安市", "安塞区"],
 "county", "延安市公安局安塞分局", None, None, None, False, True,
 S % ("1_part_2", 1764) + "'原标题：' gives the reposter's headline (titleAlt), then a one-line lead ('7月24日，陕西省延安市"
 "公安局安塞分局发布一则协查通报，以下为详情：') and the bulletin headed '协查通报' with its addressees '各市（区）县公安局、"
 "分局：' (suspect's description, reward 壹万元), signed '延安市公安局安塞分局2023年7月24日', '附嫌疑人照片来源丨…'. "
 "hasTitleLine true as rpO's reposts that open with '原标题'; a reader may say false for the lead. Kind null (通报). "
 "Other copies: 1_part_2 803 (via 陕西都市快报), 2_part_1 1897 (not taken)."),
(14, None, [], 2023, "2023-08-03", ["吉林省", "松原市", "前郭尔罗斯蒙古族自治县", "平凤乡"], "town", None, "新闻", None,
 None, False, False,
 S % ("3_part_1", 1679) + "The time prefix is padded with spaces; no heading: the text opens with the body ('按照前郭县委、"
 "县政府关于进一步优化全县营商环境的安排部署，…前郭县平凤乡…') and ends '来源：前郭县平凤乡人民政府'. A town's account of "
 "its 放管服 / 营商环境 work (several points, no event) that reads like a short 工作总结; kind 新闻 as rpP's 庙滩镇 (a reader "
 "may say 总结). Org null (a source line, not a signature). " + REP),
(15, "甘州区小满镇多措并举跑出人居环境整治“加速度”", [], 2023, "2023-07-26", ["甘肃省", "张掖市", "甘州区", "小满镇"],
 "town", None, "新闻", None, None, False, True,
 S % ("2_part_2", 509) + RUN + "'甘州融媒讯' (the district's media centre); a town's account of its 集中攻坚行动 in four "
 "points (积极动员部署 / 全面开展行动 / 严格督促整改 / 建立长效机制) with figures ('全镇共发动群众1346人次'), close to a "
 "short work summary; kind 新闻 (a reader may say 总结). " + REP),
(16, "潞城镇：文明实践落实处 志愿普法惠民心", [], 2023, "2023-08-14", ["山西省", "晋城市", "陵川县", "潞城镇"], "town", None,
 "新闻", None, None, False, True,
 S % ("8_part_2", 24) + RUN + TWICE + "Town news (普法 event of 8月10日, the town's 司法所). " + GOV +
 "(陵川县人民政府网站; the text names 潞城镇 and '县司法局' only, the county from the source line.) " + REP),
(17, "青州镇微网格长（警务助理）与民警帮助迷路人员回家", [], 2023, "2023-08-18", ["福建省", "三明市", "沙县区", "青州镇"], "town",
 None, "新闻", None, None, False, True,
 S % ("10_part_2", 586) + RUN + TWICE + "Town news (8月12日, 青纸社区, the town's grid workers and 青州派出所). " + GOV +
 "(沙县区人民政府网站.) Another copy: 9_part_3 1634 (not taken). " + REP),
(18, "沿河镇：暑期阅读教育活动丰富精彩", [], 2023, "2023-08-13", ["江苏省", "盐城市", "建湖县", "沿河镇"], "town", None, "新闻",
 None, None, False, True,
 S % ("7_part_3", 1751) + RUN + TWICE + "Town news (the town's 爱心暑托班, '该镇关工委'); authors '孙慎青 成晔 陈以忠'. " + GOV +
 "(建湖县人民政府网站.) " + REP),
(19, "儿童友好城市", [], 2023, "2023-08-12", ["浙江省", "台州市", "玉环市", "芦浦镇"], "town", None, "新闻", None, None,
 False, True,
 S % ("7_part_3", 281) + RUN + TWICE + "The heading is only '儿童友好城市' (as published); town news of 芦浦镇妇联's "
 "children's observer group (8月4日, 井头村); '作者：许声凯'. " + GOV + "(玉环市人民政府网站; 玉环市 is a county-level city.) " + REP),
(20, "返乡大学生宣讲团走进梁园区双八镇", [], 2023, "2023-07-26", ["河南省", "商丘市", "梁园区", "双八镇"], "town", None, "新闻",
 None, None, False, True,
 S % ("2_part_2", 471) + RUN + TWICE + "Town news (7月20日, '镇团委', '双八镇志愿服务站'). " + GOV +
 "(梁园区人民政府网站), and a site line '发布日期：2023-07-26 13:34:49 所属分类： 传媒' before the footer; the repost time "
 "2023-07-26 15:16 gives the same day."),
(21, "开阳县花梨镇：倡导绿色生活 共创绿色家庭", [], 2023, "2023-08-16", ["贵州省", "贵阳市", "开阳县", "花梨镇"], "town", None,
 "新闻", None, None, False, True,
 S % ("8_part_3", 1219) + RUN + "A town's account of its 绿色家庭 work in three points with figures ('2023年引导群众成功"
 "创建…70户', target for 2025), the town's 妇联; '来源：开阳县融媒体中心作者：张小丽'. Kind 新闻 (reads like a short "
 "work summary). " + REP),
(22, "昆都仑区公安开展防拐安全守护宣讲活动", [], 2023, "2023-08-10", ["内蒙古自治区", "包头市", "昆都仑区"], "county", None,
 "新闻", None, None, False, True,
 S % ("7_part_2", 1158) + RUN + "Police news (event of 2023年8月2日 with 鞍山道街道); '（昆都仑区公安分局供稿）' (the district "
 "branch's own text; org null, news). " + REP),
(23, "内丘县“中医药文化服务月”活动多种多样", [], 2023, "2023-07-24", ["河北省", "邢台市", "内丘县"], "county", None, "新闻",
 None, None, False, True,
 S % ("1_part_2", 1032) + RUN + "County news (7月22日 at 扁鹊庙, '县领导…致辞', '以提升全县医疗服务能力'); credit "
 "'（内丘县卫健局）'. " + REP),
(24, "泾县：“爱我泾川”——小手拉大手红领巾爱家园活动暑期火热开展", [], 2023, "2023-07-24", ["安徽省", "宣城市", "泾县"], "county",
 None, "新闻", None, None, False, True,
 S % ("1_part_2", 243) + RUN + "The heading ends before '快乐过暑假，文明不放假。'. County news (organised by 泾县新时代文明"
 "实践中心办公室 and 共青团泾县委员会 in the communities of 泾川镇, the county seat; '全县400余名少先队员'): unit the county. "
 "Author '（李嘉乐）'. " + REP),
(25, "重庆市中医院博士后科普讲解团受邀到武胜指导交流", [], 2023, "2023-08-19", ["四川省", "广安市", "武胜县"], "county", None,
 "新闻", None, None, False, True,
 S % ("10_part_1", 532) + RUN + "County news ('武胜县邀请…', 武胜县中医医院); '来源：武胜县融媒体中心'. " + REP),
(26, "西乡塘区民族团结人大代表联络站组织开展“云督政+民生实事+服务日”活动", [], None, None, ["广西壮族自治区", "南宁市", "西乡塘区"],
 "county", None, "新闻", None, None, False, True,
 S % ("3_part_2", 1117) + "No time prefix. The text opens '来源： 原创稿' (the portal's credit) and then the heading, run "
 "into the body (hasTitleLine true: the heading follows the one-word credit; a reader may say false). News of the "
 "district's 人大常委会 ('城区13个代表活动小组', 金陵镇人大主席 quoted), author '(韦仕国)'. No year in the text ('今年以来') "
 "and no repost time: year and date null (as rpO's 双江, rpP's 苍溪)."),
(27, "以最充分准备全力做好 台风防御各项工作", [], 2023, "2023-07-30", ["广东省", "梅州市", "梅县区"], "county", None, "新闻",
 None, None, False, True,
 S % ("11_part_3", 166) + RUN + "A photo caption ('梅县区严密做好防御台风各项准备工作。区人武部供图') follows the heading. "
 "District news of the 区委书记's 防台风工作会议 on 7月27日 ('会议指出…会议强调…'); names of the writers at the end. " + REP),
(28, "宁乡5人落网！有你认识的吗？", [], 2023, "2023-08-17", ["湖南省", "长沙市", "宁乡市"], "county", None, "新闻", None, None,
 False, True,
 S % ("10_part_1", 1548) + RUN + "Police news of 宁乡市公安局 (arrests of 8月10日 by 回龙铺派出所; much of the post lost its "
 "punctuation with its line breaks), '来源 | 回龙铺派出所', a 警方提醒, '来源：宁乡公安' and a local account's ad line "
 "('宁乡帮免费发布拼车信息…'). 宁乡市 is a county-level city. " + REP),
(29, "新城区自强路街道：满分服务居民 幸福感“景”上添“花”", [], 2023, "2023-07-25", ["陕西省", "西安市", "新城区", "自强路街道"],
 "street", None, "新闻", None, None, False, True,
 S % ("2_part_1", 775) + RUN + "Street news (麟德社区's garden and activities, with two sub-headings run in); "
 "'来源：新城区融媒体中心' and the account's '推荐阅读' links before the footer. " + REP),
(30, "睡醒≠酒醒！两男子因“隔夜酒”被查", [], 2023, "2023-08-19", ["云南省", "大理白族自治州", "鹤庆县"], "county", None, "新闻",
 None, None, False, True,
 S % ("10_part_3", 272) + RUN + "A zero-width joiner stands after the heading (kept in the text, left out of the title). "
 "News of 鹤庆县公安局交警大队 (two cases of 8月18日, '交警温馨提示'); '来源：大理交警供稿丨杨泽珍' (the city traffic police "
 "account carrying the county brigade's text): region 鹤庆县, org null (news). " + REP),
(31, "火花街道：举办新就业群体主题摄影展 致敬最美劳动者", [], 2023, "2023-08-14", ["江苏省", "徐州市", "泉山区", "火花街道"],
 "street", None, "新闻", None, None, False, True,
 S % ("8_part_2", 595) + RUN + "Street news (8月4日 exhibition by 火花街道 and 自力社区; the street's 工会副主席 quoted). " + GOV +
 "(泉山区人民政府网站.) " + REP),
(32, "健康路街道“践陶乐学”爱心暑托班开班", [], 2023, "2023-08-10", ["江苏省", "镇江市", "京口区", "健康路街道"], "street", None,
 "新闻", None, None, False, True,
 S % ("7_part_1", 1807) + RUN + TWICE + "Street news ('京口区健康路街道', the street's 团工委, opening on 8月2日); "
 "'记者了解到' and authors '（庄心怡 王洪生 林兰）' (the district's media). " + GOV + "(京口区人民政府网站.) " + REP),
(33, "南桥街道：以实际行动助力文明城区创建提质增效", [], 2023, "2023-08-13", ["河南省", "新乡市", "卫滨区", "南桥街道"], "street",
 None, "新闻", None, None, False, True,
 S % ("7_part_3", 1766) + RUN + "A street's account of its '每日一小时' campaign since April with figures (整治辖区庭院98个 …) "
 "and its next steps ('下一步，南桥街道将…'): reads like a short work report; kind 新闻 as posted (a reader may say 总结). "
 + GOV + "(卫滨区人民政府网站.) " + REP),
(34, "共同富裕新征程｜花园岗村共享食堂吃出“幸福味”", [], 2023, "2023-08-12", ["浙江省", "衢州市", "江山市", "清湖街道"], "street",
 None, "新闻", None, None, False, True,
 S % ("7_part_3", 16) + RUN + "Column tag '共同富裕新征程｜' kept in the title. News of 花园岗村 in 清湖街道 ('笔者', the "
 "village head quoted); the village is not in the gazetteer, so the unit is its street. " + GOV +
 "(江山市人民政府网站; 江山市 is a county-level city.) " + REP),
(35, None, [], 2023, "2023-08-04", ["上海市", "宝山区", "月浦镇"], "town", None, "新闻", None, None, False, False,
 S % ("11_part_2", 996) + "No heading: the text opens with the body ('近年来，宝山区月浦镇各社区党组织…'); two sub-headings "
 "run into the text ('星月党总支破解加装新能源充电桩难题，这“桩”好事落地', '盛桥新村党总支把“危墙”变“新墙”，修到居民心坎里'); "
 "'（来源：上海宝山）' (the district's account) closes it; no Sohu footer. Town news ('月浦镇各社区党组织将继续…'). "
 "Date = the repost time 2023-08-04 17:29:22. A Shanghai town of a district neither rpO (普陀区 长征镇) nor rpP (松江区) had."),
(36, "粗心母亲忙购物弄丢孩子，枣阳民警及时帮其找回", [], 2023, "2023-07-26", ["湖北省", "襄阳市", "枣阳市"], "county", None,
 "新闻", None, None, False, True,
 S % ("1_part_3", 1862) + RUN + "Police news of 枣阳市公安局巡警大队 (7月25日); '来源:枣阳市公安局通讯员：殷俊涛 朱玲玲'. "
 "枣阳市 is a county-level city. " + REP),
(37, "派出所抓获一名“能人”：自称能“花钱脱罪”", [], 2023, "2023-08-02", ["重庆市", "万州区"], "county", None, "新闻", None,
 None, False, True,
 S % ("4_part_3", 383) + RUN + "The heading ends before the quotation '“太感谢你们了…'. Police news of 万州区公安局九池派出所 "
 "with a closing 民警提醒; '来源：万州公安' (the district police account). " + REP),
(38, "盗窃惯犯“重操旧业”，被冰城公安再次抓获", [], 2023, "2023-07-31", ["黑龙江省", "哈尔滨市", "道里区"], "county", None,
 "新闻", None, None, False, True,
 S % ("4_part_1", 263) + RUN + "Police news of the 榆树派出所 of 道里分局 (burglaries from 6月25日, arrest on 7月13日; the text "
 "also names 南岗区, where the suspect was traced); '（来源：哈尔滨市公安局道里分局 通讯员：王时）': unit 道里区 (the city "
 "bureau's district branch), org null (news). " + REP),
]
