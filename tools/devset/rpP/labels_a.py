# Labels for rpP0001-rpP0051 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
# Source: IAAR-Shanghai/CRUD_RAG's retrieval corpus (data/80000_docs/documents_dup_part_*), one document per line:
# '<time>，正文：<text>' with the line breaks of the page removed by the corpus; no url is kept. The conventions are
# rpO's (same corpus): the time before '，正文：' is the corpus's publication time of the (mostly Sohu) repost and is
# taken as the 发布时间 of news; notices are dated by their signature; the heading after '原标题：' that a reposter
# wrote is titleAlt when the text's own heading follows; 通告 is kind 公告; 通报 / 情况说明 / 声明 / letters are null.
S = "CRUD_RAG corpus file documents_dup_part_%s line %d (0-based); no url in the corpus. "
RUN = "The heading opens the text after '原标题：' and runs into the body (the corpus joins the page's lines). "
GOV = ("Reposted from the government site named in the closing '（来源：…网站）', followed by the reposting account's "
       "contact line '【投稿、区域合作请…】' and the Sohu footer. ")
L = [
(1, None, [], 2023, "2023-08-05", ["河北省", "廊坊市", "霸州市"], "county", "中共霸州市委、霸州市人民政府", None, None, None, False, False,
 S % ("2_part_3", 1000) + "No time prefix and no heading: the text opens with the salutation '全市父老乡亲：'. A letter of "
 "the city's party committee and government to the people moved out of the 东淀 flood-storage area ('我市东淀蓄滞洪区'), "
 "signed '中共霸州市委 霸州市人民政府2023年8月5日' (joint signers joined with 、). Kind null (a letter, as rpJ's "
 "一封信). 霸州市 is a county-level city."),
(2, "关于五常市防汛救援的公告", ["黑龙江五常市公告"], 2023, "2023-08-05", ["黑龙江省", "哈尔滨市", "五常市"], "county",
 "五常市防汛抗旱指挥部办公室", "公告", None, None, False, True,
 S % ("5_part_3", 462) + "'原标题：黑龙江五常市公告' is the reposter's headline (titleAlt); then '来源：五常发布' and the "
 "notice's own heading (a zero-width joiner stands before it, kept). Signed '五常市防汛抗旱指挥部办公室2023年8月5日'; "
 "a caption of the WeChat screenshot and the headline of another item ('仍在搜救！…') follow before the Sohu footer. "
 "Other reposts of the notice in the corpus (5_part_2 1747, 5_part_3 1192) were not taken."),
(3, "关于做好迎战台风“卡努”工作的通知", [], 2023, "2023-08-09", ["黑龙江省", "哈尔滨市", "尚志市"], "county",
 "尚志市人民政府防汛抗旱指挥部", "通知", None, None, False, False,
 S % ("3_part_3", 1359) + "No time prefix. A reposter's lead ('8月9日，黑龙江尚志市融媒体中心发布《…的通知》：') names "
 "the title, then the full notice from the salutation '各乡镇、各部门、各单位：' on ('我市', 8月10—12日 全市停课停工…); "
 "no heading line of its own, so hasTitleLine false. Signed '尚志市人民政府防汛抗旱指挥部2023年8月9日', '【来源：雪都尚志】' "
 "and the reposting site's copyright notice follow. Another copy: 11_part_3 1634 (not taken)."),
(4, "关于网络平台传播“盐池县冯记沟村化学污水随意排放”情况说明", [], 2023, "2023-07-18", ["宁夏回族自治区", "吴忠市", "盐池县"],
 "county", "吴忠市生态环境局盐池分局", None, None, None, False, True,
 S % ("10_part_2", 530) + "The heading opens the text after the time prefix and runs into the body. A 情况说明 answering an "
 "online video (kind null, as 通报 in rpN/rpO); signed '吴忠市生态环境局盐池分局2023年7月18日': the city bureau's county "
 "branch, speaking about 盐池县冯记沟乡 ('感谢广大网民对盐池县生态环境的关注'), so the region is the county."),
(5, "西安市公安局长安分局关于惩戒长安籍滞留缅北、滞留金三角、滞留阿联酋、滞留柬埔寨人员的通告",
 ["西安长安区20余人滞留缅北和金三角等地，警方发布惩戒通告"], 2023, None, ["陕西省", "西安市", "长安区"], "county",
 "西安市公安局长安分局", "公告", None, None, False, True,
 S % ("9_part_3", 1311) + "'原标题：' gives the reposter's headline twice (titleAlt), then the notice's own heading and text "
 "('我局决定…'). No signature and no date: org from the heading; year 2023 from the text's deadline ('2023年9月10日前') "
 "and the repost time 2023-08-16, date left null (as rpO's 涿州 notice). Kind 公告 (通告)."),
(6, "情况说明", ["刚刚！这个区发布通报：情况不属实！"], 2023, None, ["广东省", "深圳市", "南山区", "西丽街道"], "street",
 "南山区西丽街道办事处", None, None, None, False, False,
 S % ("11_part_3", 247) + "No time prefix. A reposter's lead ('7月30日，南山区西丽街道办事处发布通报，…全文如下：') and then "
 "the street office's statement headed '情况说明' ('我办工作人员…'), unsigned and undated; the reposter's headline is named "
 "at the end ('原标题《刚刚！这个区发布通报：情况不属实！》', titleAlt). hasTitleLine false (the lead opens the text). "
 "Year 2023 from the text (the 2023 lychee season it speaks of is over); the lead's '7月30日' has no year, date null. "
 "Kind null. Another copy: 2_part_3 509 (not taken)."),
(7, "致全区人民的一封信", [], 2023, "2023-08-02", ["天津市", "静海区"], "county", "天津市静海区防汛抗旱指挥部", None, None, None,
 False, False,
 S % ("6_part_1", 108) + "A one-line lead of the reposter ('微信公众号“静海融媒”8月2日发布“致全区人民的一封信”，全文如下：') "
 "names the title; the letter follows from '各位父老乡亲：' (台头镇、独流镇、王口镇 moved out of the 东淀 flood-storage area), "
 "signed '天津市静海区防汛抗旱指挥部 2023年8月2日', and then a related headline ('相关报道：天津两区通告：…'). No heading "
 "line, so hasTitleLine false. Kind null (a letter). Another copy: 11_part_3 948 (not taken)."),
(8, "致全区人民的一封信", [], 2023, "2023-08-01", ["北京市", "门头沟区"], "county", "北京市门头沟区人民政府", None, None, None,
 False, False,
 S % ("1_part_2", 21) + "A one-sentence lead of the reposter ('8月1日，北京市门头沟区人民政府发布《致全区人民的一封信》。') "
 "and then the letter from '全区40万老区人民：' ('我区遭遇历史罕见的连续强降雨…'); no signature: org from the lead; date = "
 "the lead's 发布 date 8月1日 with the year of the text ('2023年7月31日，注定是…') and of the repost time 2023-08-01. "
 "Kind null (a letter). hasTitleLine false."),
(9, "2023中国生态铁人三项赛—娄烦站交通管制通告", ["【通告】2023中国生态铁人三项赛—娄烦站交通管制通告"], 2023, "2023-07-26",
 ["山西省", "太原市", "娄烦县"], "county", "娄烦县公安局", "公告", None, None, False, True,
 S % ("2_part_2", 988) + RUN + "The heading is written twice, each time with the column mark '【通告】' in front (title "
 "without it, titleAlt with it). Signed '娄烦县公安局2023年7月26日', '来源：娄烦融媒'. Kind 公告 (通告)."),
(10, "情况通报", [], 2023, "2023-07-18", ["安徽省", "亳州市", "利辛县"], "county", "利辛县水利局", None, None, None, False, True,
 S % ("2_part_3", 483) + "After the time prefix: '来源：利辛发布' and the heading '【情况通报】' (brackets left out of the "
 "title), with the page's runs of spaces kept. About the county's water-administration boat ('县水政执法大队'); signed "
 "'利辛县水利局 2023年7月18日'; a '此前报道' line with an earlier headline ends the text. Kind null (通报)."),
(11, "情况通报", ["一在编人员档案丢失无法办理退休？广西柳州柳城县发布情况通报"], 2023, "2023-07-29", ["广西壮族自治区", "柳州市", "柳城县"],
 "county", "柳城县人民政府", None, None, None, False, True,
 S % ("10_part_3", 836) + "The reposter's headline opens the text (titleAlt), then a one-line lead ('7月29日，柳城县人民政府发布"
 "情况通报：') and the 通报 headed '情况通报' ('我县将进一步完善档案管理制度'), signed '特此通报柳城县人民政府2023年7月29日'; "
 "a line of the city's rumour-refuting platform ends the text. Kind null. Another repost: 3_part_3 1709 (not taken)."),
(12, "悬 赏 通 告", [], 2023, "2023-07-06", ["江西省", "赣州市", "会昌县"], "county", "会昌县公安局", "公告", None, None, False, True,
 S % ("10_part_3", 26) + "The heading is spaced out as published ('悬 赏 通 告'); the text is the county police's reward "
 "notice for people staying abroad in fraud zones, signed '会昌县公安局2023年7月6日' (repost time 2023-07-11); the list of "
 "names it announces ('附：会昌籍非法滞留境外重点人员名单') is not in the text. Kind 公告 (通告)."),
(13, "关于征集违法犯罪线索的通告", ["逞强耍横、随意殴打他人，警方征集项多升违法犯罪线索"], 2023, "2023-08-12", ["安徽省", "铜陵市", "枞阳县"],
 "county", "枞阳县公安局扫黑办", "公告", None, None, False, True,
 S % ("9_part_2", 1268) + "'原标题：' gives the reposter's headline (titleAlt), then '本文转自【安徽警方】；' and the notice's "
 "own heading. Signed '枞阳县公安局扫黑办 2023年8月12日' (org as signed; the text speaks for 枞阳县公安局). Kind 公告."),
(14, "关于网友发布有关投资项目信息的声明", [], 2023, "2023-07-31", ["海南省", "海口市", "龙华区"], "county",
 "龙华区招商引资和项目开发服务中心", None, None, None, False, True,
 S % ("1_part_1", 1892) + "The heading opens the text after the time prefix. A 声明 of the district's investment-service "
 "centre ('我中心', '在海口市龙华区注册'), signed '龙华区招商引资和项目开发服务中心2023年7月31日'. Kind null (声明). "
 "Another copy: 5_part_1 1911 (not taken)."),
(15, "关于辉发河水质排查情况的通告", [], 2023, "2023-08-16", ["吉林省", "通化市", "梅河口市"], "county",
 "梅河新区（梅河口市）生态环境局", "公告", None, None, False, False,
 S % ("1_part_3", 243) + "A reposter's lead ('8月16日，吉林省梅河新区（梅河口市）生态环境局发布《关于辉发河水质排查情况的通告》。') "
 "names the title; the notice's text follows and ends '特此通告。' without signature or date. Org from the lead (the "
 "bureau names itself so in the text); date = the lead's 发布 date with the year of the repost time 2023-08-16. "
 "梅河口市 is a county-level city (gazetteer under 通化市). hasTitleLine false."),
(16, "公告", [], 2023, "2023-08-05", ["陕西省", "西安市", "蓝田县"], "county", "蓝田县文化和旅游体育局", "公告", None, None, False,
 False,
 S % ("2_part_3", 6) + "A 华商网 lead sentence ('华商网讯 8月6日—7日西安蓝田县将出现…') opens the text; the notice follows, "
 "headed '公  告' (spaced out), '我县', closing of mountain valleys before a storm; signed '特此公告蓝田县文化和旅游体育局"
 "2023年8月5日', then the site's editor line. hasTitleLine false (the lead opens the text)."),
(17, "关于公开征集汪雪辉违法犯罪线索的通告", [], 2023, "2023-08-16", ["江西省", "鹰潭市", "贵溪市"], "county", "贵溪市公安局", "公告",
 None, None, False, True,
 S % ("6_part_1", 742) + "No time prefix; '来源：天天鹰潭' and then the heading, run into the text. Signed '特此通告贵溪市公安局"
 "2023年8月16日'; the photograph announced at the end is not in the text. 贵溪市 is a county-level city. Kind 公告."),
(18, "“中战华信”涉嫌非法集资案集资参与人信息登记公告", ["非法集资，数额巨大！警方通报"], 2023, "2023-08-05", ["湖南省", "长沙市", "开福区"],
 "county", "长沙市公安局开福分局", "公告", None, None, False, True,
 S % ("6_part_1", 81) + "'原标题：非法集资，数额巨大！警方通报' (the reposter's headline, titleAlt), '来源：开福公安' and a "
 "lead naming the notice in 《》 (the title, with the spaces inside the brackets dropped), then the notice's text, signed "
 "'长沙市公安局开福分局2023年8月5日', and a newspaper's editor and copyright lines. hasTitleLine true as in rpO (a "
 "headline opens the text). Another copy: 6_part_1 688 (not taken)."),
(19, None, [], 2023, "2023-08-15", ["北京市", "房山区"], "county", "北京市房山区市场监督管理局", "公告", None, None, False, False,
 S % ("10_part_3", 1301) + "No time prefix and no heading: the text opens with the body ('近期，受强台风“杜苏芮”影响，我区部分"
 "乡镇…现将相关事宜公告如下'). Signed '北京市房山区市场监督管理局2023年8月15日', '来源：北京房山' and a portal's lines. "
 "Kind 公告 by its own words. A different body of 房山区 than rpO's 防汛抗旱指挥部 notice."),
(20, "关于启用斑马线机动车不礼让行人电子抓拍设备的通告", ["司机们注意了这些路段要启用电子眼抓拍设备"], 2023, "2023-08-07",
 ["广西壮族自治区", "玉林市", "博白县"], "county", "博白县公安局交通管理大队", "公告", None, None, False, True,
 S % ("3_part_2", 1927) + "No time prefix. The reposter's headline (titleAlt), a caption ('图片来自网络') and a lead open the "
 "text, then the notice's own heading ('全县动态交通秩序'), signed '特此通告博白县公安局交通管理大队2023年8月7日'; the "
 "locations of the cameras and '（玉林晚报）' follow. Kind 公告."),
(21, "王靖任松江区副区长、代理区长", [], 2023, "2023-07-31", ["上海市", "松江区"], "county", None, "新闻", None, None, False, False,
 S % ("1_part_1", 1902) + "No heading at the start: the text opens '今天下午，区六届人大常委会第十六次会议举行' (the district "
 "people's congress appoints the acting district head) and names its title only at the end ('（原标题：王靖任松江区副区长、"
 "代理区长）'), so hasTitleLine false as rpO's 湖里区 item. Date = the repost time 2023-07-31 ('今天下午'). Kept as the one "
 "Shanghai item (rpO left 松江 out for variety)."),
(22, "【福贡大队】上帕所“四个措施”持续开展拉网式大排查活动", ["上帕所“四个措施”持续开展拉网式大排查活动"], 2023, "2023-07-26",
 ["云南省", "怒江傈僳族自治州", "福贡县", "上帕镇"], "town", None, "新闻", None, None, False, True,
 S % ("2_part_1", 914) + RUN + "News of the 上帕 border police station of the 福贡 brigade ('来源：上帕边境派出所通讯员：张琪'); "
 "title as written with the column tag, titleAlt without it. The unit is the station of 上帕 (福贡县's seat town): "
 "labelled the town 上帕镇 (gazetteer), as rpO labelled a town's 司法所; a reader may take 福贡县. Date = repost time."),
(23, "云南南华：“志愿红”点亮野生菌美食文化节", [], 2023, "2023-08-06", ["云南省", "楚雄彝族自治州", "南华县"], "county", None, "新闻",
 None, None, False, True,
 S % ("5_part_3", 1220) + RUN + "County news (南华县 volunteers at the 20th wild-mushroom festival, '为全县经济社会发展'); "
 "photo credits run into the text; '(蒋雪)来源：南华县委宣传部'. Date = repost time. Another copy: 3_part_1 406 (not taken)."),
(24, "永平街：执法普法，解决垃圾分类难题", [], 2023, "2023-08-15", ["广东省", "广州市", "白云区", "永平街道"], "street", None, "新闻",
 None, None, False, True,
 S % ("9_part_2", 807) + RUN + "Street news ('白云区永平街市政服务所和执法人员'), '来源：广州市白云区永平街道办事处' (org null: "
 "news, no body signs, as in rpO). Date = repost time."),
(25, "购买狩猎夹非法狩猎？“捕猎”反被“捕”！", [], 2023, "2023-07-27", ["内蒙古自治区", "赤峰市", "宁城县"], "county", None, "新闻",
 None, None, False, True,
 S % ("2_part_2", 284) + RUN + "Police news of 宁城县公安局 (arrest on 7月24日), with '法律速递' and '警方提醒' sections; "
 "'转自：宁城县公安局来源：赤峰市宁城县公安局'. Date = repost time."),
(26, "海原县开展“文明礼让 平安出行”志愿服务活动", [], 2023, "2023-07-27", ["宁夏回族自治区", "中卫市", "海原县"], "county", None,
 "新闻", None, None, False, True,
 S % ("2_part_3", 306) + RUN + "County news ('全县17个新时代文明实践所'), '(来源：海原县委宣传部)'. Date = repost time."),
(27, "磨子潭镇：赓续双拥优良传统 多种活动庆祝“八一”", [], 2023, "2023-08-02", ["安徽省", "六安市", "霍山县", "磨子潭镇"], "town", None,
 "新闻", None, None, False, True,
 S % ("4_part_2", 1521) + RUN + "Town news ('霍山县磨子潭镇', '2023年，该镇…'), '信息来源：磨子潭镇(王庆)'. Date = repost time."),
(28, "龙口市诸由观镇：“美德信用＋”爱心助老 持续提升百姓幸福指数", [], 2023, "2023-08-17", ["山东省", "烟台市", "龙口市", "诸由观镇"],
 "town", None, "新闻", None, None, False, True,
 S % ("9_part_2", 1046) + RUN + "Town news ('今年以来，各村…'), '来源：龙口市诸由观镇'. Date = repost time. Another copy "
 "(1_part_3 517, without the headline) was not taken."),
(29, "小店街道 流动宣传车 奏响创城“最强音”", [], 2023, "2023-08-13", ["山西省", "太原市", "小店区", "小店街道"], "street", None, "新闻",
 None, None, False, True,
 S % ("7_part_3", 1576) + RUN + "Heading written twice. Street news (小店街道恒大社区); '（来源：小店区人民政府网站）' and the "
 "reposting account's contact line. Date = repost time."),
(30, "石楼县退役军人事务局集中开展送喜报进家门活动", [], 2023, "2023-08-01", ["山西省", "吕梁市", "石楼县"], "county", None, "新闻", None,
 None, False, True,
 S % ("4_part_1", 1127) + RUN + "County bureau news ('涵盖了全县6个乡镇'), '石楼县退役军人事务局供稿'. Date = repost time."),
(31, "阳西县启动郑家康烈士生平考证工作", [], 2023, "2023-07-29", ["广东省", "阳江市", "阳西县"], "county", None, "新闻", None, None,
 False, True,
 S % ("3_part_1", 1884) + RUN + "County news (launch on 7月26日 '该县'), with speakers' names run in as in a TV script "
 "('谢宣渠后人 谢惊雷：…', '市委党史研究室主任 陈宝德：…'); '来源：阳西县融媒体中心'. Date = repost time."),
(32, "惠来：48小时查获11艘违反休渔乡镇船舶...", [], 2023, "2023-07-31", ["广东省", "揭阳市", "惠来县"], "county", None, "新闻", None,
 None, False, True,
 S % ("4_part_1", 1161) + RUN + "Headline cut with '...' as published. News of 惠来县海洋综合执法大队 (checks of 7月12日-14日); "
 "photo captions run in; '来源：惠来县海洋综合执法大队、和畅惠来'. Date = repost time."),
(33, "八步区：通过“转方式”提高投诉调解“满意率”", [], 2023, "2023-08-18", ["广西壮族自治区", "贺州市", "八步区"], "county", None, "新闻",
 None, None, False, True,
 S % ("10_part_2", 91) + RUN + "News of the district market-supervision bureau ('2023年1-7月…共受理投诉举报1648件'), "
 "'(杨少珍、岳妍菲)来源：八步区市场监管局'. Date = repost time."),
(34, "尉犁县司法局开展“法律进企业”普法宣传活动", [], 2023, "2023-08-07", ["新疆维吾尔自治区", "巴音郭楞蒙古自治州", "尉犁县"], "county",
 None, "新闻", None, None, False, True,
 S % ("6_part_2", 993) + RUN + "County bureau news; photo credit '（尉犁县融媒体中心供图）', authors '（杨春丽 买热古丽·苏来曼）'. "
 "Date = repost time."),
(35, "焉耆镇：“传递绿书签 携手共护苗”", [], 2023, "2023-08-08", ["新疆维吾尔自治区", "巴音郭楞蒙古自治州", "焉耆回族自治县", "焉耆镇"],
 "town", None, "新闻", None, None, False, True,
 S % ("6_part_3", 2) + RUN + "Town news (焉耆镇友好社区); '（通讯员：殷振兴、阿里太）'. The text names no county: 焉耆镇 is "
 "unique in the gazetteer (焉耆回族自治县). Date = repost time."),
(36, "博乐市青达拉街道：红领巾小课堂乐趣多", [], 2023, "2023-08-18", ["新疆维吾尔自治区", "博尔塔拉蒙古自治州", "博乐市", "青达拉街道"],
 "street", None, "新闻", None, None, False, True,
 S % ("9_part_3", 433) + RUN + "Street news ('博乐市青达拉街道党工委统筹各社区…'), '来源：博乐市融媒体中心'. Date = repost time."),
(37, "滨海港镇精细做好治理文章", [], 2023, "2023-08-10", ["江苏省", "盐城市", "滨海县", "滨海港镇"], "town", None, "新闻", None, None,
 False, True,
 S % ("7_part_1", 1833) + RUN + "Heading written twice. A town's account of its work this year ('今年以来，滨海港镇紧紧围绕"
 "全镇大局…', four points) reading like a short 工作总结 but posted as news on the county site: kind 新闻 (a reader may "
 "say 总结). " + GOV + "(滨海县人民政府网站). Date = repost time."),
(38, "星甸街道“三步走”营造干净整洁村容村貌", [], 2023, "2023-08-14", ["江苏省", "南京市", "浦口区", "星甸街道"], "street", None, "新闻",
 None, None, False, True,
 S % ("8_part_2", 1128) + RUN + "Street news in three points ('一是…二是…三是…'). " + GOV + "(浦口区人民政府网站; the text "
 "itself names only 星甸街道). Date = repost time."),
(39, "光亚街道：开展暑期未成年人防溺水安全教育宣讲活动", [], 2023, "2023-07-26", ["河南省", "焦作市", "山阳区", "光亚街道"], "street",
 None, "新闻", None, None, False, True,
 S % ("2_part_2", 376) + RUN + "Street news. " + GOV + "(焦作市山阳区人民政府网站; the text names only 光亚街道). Date = "
 "repost time."),
(40, "快乐过暑假！马村区司法局护“未”队出动！", [], 2023, "2023-07-25", ["河南省", "焦作市", "马村区"], "county", None, "新闻", None,
 None, False, True,
 S % ("1_part_2", 1386) + RUN + "The heading ends at the second '！'; '平安过暑假，安全“不放假”。' is the lead line. District "
 "bureau news (its 司法所 in 安阳城街道 and 马村街道). " + GOV + "(焦作市马村区人民政府网站). Date = repost time."),
(41, "前亭镇组织观看反诈教育电影《孤注一掷》", [], 2023, "2023-08-18", ["福建省", "漳州市", "漳浦县", "前亭镇"], "town", None, "新闻",
 None, None, False, True,
 S % ("10_part_2", 651) + RUN + "Town news (screening on '8月10日晚' for the town's cadres). " + GOV + "(漳州市漳浦县人民政府网站). "
 "Date = repost time (2023-08-18), a week after the event."),
(42, "水部街道：聚焦普惠小微 服务创新发展", [], 2023, "2023-07-28", ["福建省", "福州市", "鼓楼区", "水部街道"], "street", None, "新闻",
 None, None, False, True,
 S % ("3_part_1", 5) + RUN + "Heading written twice. Street news (event of 7月26日 by '区委统战部、水部街道'). " + GOV +
 "(福州市鼓楼区人民政府网站). Date = repost time."),
(43, "习水县东皇街道：志愿服务进社区 情暖暑期留守娃", [], 2023, "2023-08-01", ["贵州省", "遵义市", "习水县", "东皇街道"], "street", None,
 "新闻", None, None, False, True,
 S % ("4_part_1", 1534) + RUN + "Street news (东皇街道绿洲社区, '今年7月'); credits '通讯员罗利飞编辑王其伦二审黄霞三审唐正平' "
 "(the posting account's editing chain). Date = repost time."),
(44, "清镇市暗流镇：垃圾分类扮靓乡村 绿色环保擦亮“文明底色”", [], 2023, "2023-08-10", ["贵州省", "贵阳市", "清镇市", "暗流镇"], "town",
 None, "新闻", None, None, False, True,
 S % ("7_part_1", 1139) + RUN + "Town news (韩家坝村 of 暗流镇, '今年6月'); '来源：清镇市融媒体中心作者：闫柏丽 令狐克慧'. "
 "Date = repost time."),
(45, "虎溪街道：校地合作 为孩子打造“多彩假期”", [], 2023, "2023-08-08", ["重庆市", "沙坪坝区", "虎溪街道"], "street", None, "新闻",
 None, None, False, True,
 S % ("6_part_3", 240) + RUN + "Street news ('重庆高新区虎溪街道花马社区', '今年暑假'), '来源：虎溪街道'. The text names the "
 "high-tech zone that runs the street; the gazetteer's path is 沙坪坝区 (a reader may find the zone, not the district, in "
 "the text). Date = repost time."),
(46, "江津区查处1起放射职业卫生案件", [], 2023, "2023-08-17", ["重庆市", "江津区"], "county", None, "新闻", None, None, False, True,
 S % ("10_part_1", 1540) + RUN + "News of the district health enforcement unit; '(黄欢)来源：江津区卫生健康综合行政执法支队'. "
 "Date = repost time."),
(47, "华池县开展儿童主任儿童督导员能力提升培训会", [], 2023, "2023-08-16", ["甘肃省", "庆阳市", "华池县"], "county", None, "新闻", None,
 None, False, True,
 S % ("9_part_1", 1501) + RUN + "Heading written twice. County news (training of 8月13日, '会议要求…会议强调…'). " + GOV +
 "(华池县人民政府网站). Date = repost time."),
(48, "陇西县宏伟乡红领巾暑期爱心托管班开班", [], 2023, "2023-07-26", ["甘肃省", "定西市", "陇西县", "宏伟乡"], "town", None, "新闻",
 None, None, False, True,
 S % ("2_part_2", 987) + RUN + "Heading written twice. Town news (opening on 7月19日, with quoted speakers run in), credited "
 "'陇西融媒全媒体记者柳国伟 实习生李涛' (the county's media centre). " + GOV + "(陇西县人民政府网站). Date = repost time."),
(49, "枫坪乡：用心织密反诈安全网", [], 2023, "2023-08-18", ["浙江省", "丽水市", "松阳县", "枫坪乡"], "town", None, "新闻", None, None,
 False, True,
 S % ("10_part_2", 864) + RUN + "Town news; a photo caption ('枫坪村网格员潘美华下村宣传') runs into the heading's end. " + GOV +
 "(松阳县人民政府网站). Date = repost time."),
(50, None, [], None, None, ["四川省", "广元市", "苍溪县"], "county", None, "新闻", None, None, False, False,
 S % ("6_part_1", 275) + "No time prefix and no heading: the text opens '来源： 原创稿' and two photo captions ('苍溪县融媒体"
 "中心供图'), then county news (a house on basic farmland in 元坝镇 removed; '今年，苍溪县…'), '(邓志勇、王平原)'. No year "
 "in the text ('今年', '近日') and no repost time: year and date null (as rpO's 双江 item)."),
(51, None, [], 2023, "2023-08-04", ["湖北省", "襄阳市", "谷城县", "庙滩镇"], "town", None, "新闻", None, None, False, False,
 S % ("6_part_1", 1251) + "No heading: the text opens with the body ('近年来，谷城县庙滩镇坚持“一切工作党建引领”…'), a town's "
 "account of its party-building work ('上半年，共化解各类矛盾纠纷100余起') that reads like a 工作总结 excerpt, kind 新闻 as "
 "carried by a paper's app ('（湖北日报客户端通讯员翟竞 罗雪）', the 通讯员 being the town's). Year and date from the "
 "repost time 2023-08-04 (the text says '上半年' without a year)."),
(52, "涉案140万余元！青海警方抓获11人", [], 2023, "2023-08-07", ["青海省", "果洛藏族自治州", "班玛县"], "county", None, "新闻", None,
 None, False, True,
 S % ("6_part_2", 1755) + RUN + "Police news of 班玛县公安局 in the bureau's voice ('我局抓获犯罪嫌疑人11名', case of "
 "2023年6月24日), credited '综合/果洛公安、班玛公安来源：西海都市报': the county police's text as a paper compiled it (like "
 "rpO's 如东 item); the headline may be the paper's. Date = repost time."),
(53, "男子往车上贴淫秽小卡片，刚摸到“门路”就被发现", [], 2023, "2023-08-17", ["辽宁省", "葫芦岛市", "建昌县"], "county", None, "新闻",
 None, None, False, True,
 S % ("10_part_1", 1521) + RUN + "'本文转自【建昌公安】；' then the county police account's item (建昌县局河东派出所, arrest "
 "on 8月9日). No year in the text; year and date from the repost time."),
]
