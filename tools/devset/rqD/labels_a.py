# Labels for rqD0001-rqD0013 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
SZ = ["重庆市", "石柱土家族自治县"]
WS = ["山东省", "济宁市", "汶上县"]
QH = ["河北省", "邢台市", "清河县"]
RQ = ["河北省", "沧州市", "任丘市"]
CX = ["浙江省", "宁波市", "慈溪市"]
YT = ["河北省", "唐山市", "玉田县"]
BL = ["内蒙古自治区", "赤峰市", "巴林左旗"]
KB = ["内蒙古自治区", "鄂尔多斯市", "康巴什区"]
LH = ["浙江省", "绍兴市", "越城区", "沥海街道"]
YX = ["河北省", "张家口市", "蔚县"]
JD = ["上海市", "嘉定区"]
HB = ["黑龙江省", "哈尔滨市"]
HS = ["贵州省", "黔南布依族苗族自治州", "惠水县"]
S = ("one short text (field %s of line %d of %s) of the 2021 Sohu text-matching contest data a competitor committed: "
     "a post of Sohu's self-media feed, as the contest kept it (one line, about 150 characters at most, images and "
     "tables dropped); the opening and the close of the post are both there, so it reads as the whole post, but the "
     "contest cut longer posts, so this cannot be proved. No title, date or account field beside the text. ")
L = [
(1, "温馨提醒", [], None, None, SZ, "county", None, None, None, None, False, True,
 S % (1, 2232, "ssB/train.tsv") +
 "A county notice of a 疫情防控应急演练 ('我县将在体育运动中心足球场开展…'); heading '温馨提醒' run into the body "
 "(a generic heading, taken as the title, as rpF took 倡议书 headings); '2月4月' (sic) with no year; the county only "
 "from '来源：石柱县融媒体中心' (石柱县 = 石柱土家族自治县, 重庆). The 融媒体中心 is the source account, not the issuing "
 "body, so org null. Kind null (温馨提醒, no kind in the vocabulary). The pair's other text is the headline "
 "'【温馨提示】请勿恐慌！石柱将于2月4日开展疫情防控应急演练' (not in this document)."),
(2, None, [], 2021, "2021-01-09", WS, "county", "中共汶上县委网信办", None, None, None, False, False,
 S % (1, 4441, "ssA/test.tsv") +
 "A county 网信办 rebuttal: '1月8日晚，网上流传汶上县所有药店…停止销售感冒药、退烧药信息。经向县疫情防控指挥部、县卫健局等部门了解，"
 "该信息不实…不信谣、不传谣。', signed '中共汶上县委网信办 2021年1月9日', then '来源：济宁新闻网' (the city news site that "
 "carried it). Region, org and date from the signature; no heading. Kind null (a 辟谣 statement, as rqA left 声明 null)."),
(3, "清河县2021年公开招聘社区工作人员拟聘公示", [], 2021, "2021-02-25", QH, "county",
 "清河县公开招聘社区工作人员领导小组", "公告", None, None, False, True,
 S % (1, 6560, "ssA/train.tsv") +
 "Heading run into the body, then '我县经过报名…拟聘用以下55人为我县社区工作人员，现予以公示：' (the list of 55 names, an "
 "image or table in the post, is not in the text), signed '清河县公开招聘社区工作人员领导小组 2021年2月25日', '来源：邢台人事"
 "考试网' (the city personnel-exam site). Kind 公告 (a 公示). 2021 also in the title (the recruitment year)."),
(4, "关于解除重污染天气橙色预警和二级应急响应的通告", [], 2021, "2021-02-28", RQ, "county", None, "公告", None, None,
 False, True,
 S % (0, 5044, "ssA/train.tsv") +
 "Heading run into the body; '接沧州市大气污染防治工作领导小组办公室通知，经市政府研究，决定我市于2月28日18时解除…' and the date "
 "line '2021年2月28日', then '来源：任丘交警' (the account of 任丘市公安局交警大队). '我市' is 任丘市 (a county-level city of "
 "沧州) by the source line; 沧州市 (named as the body that notified) is the trap. The issuing body is not named (no "
 "signature; '市政府' decided), so org null. Kind 公告 (通告)."),
(5, "规划公示", ["规划公示（慈规观建示【2021】第2号）"], 2021, None, CX, "county", "慈溪市自然资源和规划局观海卫分局",
 "公告", "慈规观建示【2021】第2号", None, False, True,
 S % (0, 3368, "ssB/test.tsv") +
 "'规划公示（慈规观建示【2021】第2号）' then the body: 慈溪市观海卫镇人民政府 (the applicant) plans to widen a road in 观海卫镇; "
 "'公示时间自2021年1月14日起10日内，如有意见、建议，请…来电或来信到慈溪市自然资源和规划局观海卫分局。' The 公示 is the planning "
 "bureau's (its branch for 观海卫; the 文号 prefix 慈规观建示 is the bureau's), so region 慈溪市 (county) and org the "
 "branch named in the text (it is named as the office receiving opinions; no signature). Alternative region: 观海卫镇 "
 "(the town whose government applies and where the project lies). Year 2021 from the 文号 and the 公示 period; the "
 "period's start (2021-01-14) is probably the posting day but the text does not say so: date null."),
(6, "玉田县气象台发布大风蓝色预警[Ⅳ级/一般]", [], 2021, "2021-02-28", YT, "county", "玉田县气象台", "公告", None, None,
 False, True,
 S % (0, 4405, "ssB/test.tsv") +
 "A county weather warning: headline '玉田县气象台发布大风蓝色预警[Ⅳ级/一般]' run into the text '玉田县气象台2021年02月28日"
 "11时15分发布大风蓝色预警信号：…我县大部分地区有东北风4-5级…'. Date the issuing time's day; org the 气象台 that issues "
 "it. Kind 公告 (a signed public warning, as rpV/rqA labelled 预警)."),
(7, None, [], 2021, "2021-02-27", BL, "county", "巴林左旗气象台", "公告", None, None, False, False,
 S % (0, 3481, "ssB/train.tsv") +
 "One sentence: '巴林左旗气象台2021年2月27日09时54分发布大风蓝色预警信号：预计今天白天,巴林左旗大部地区平均风力可达5至6级、"
 "阵风7级以上，请注意防范。' No heading. A 旗 is county level (赤峰市, 内蒙古). Kind 公告 (预警)."),
(8, "温馨提示", [], None, None, KB, "county", "鄂尔多斯市康巴什区医疗保障局", None, None, None, False, True,
 S % (1, 3992, "ssA/test.tsv") +
 "'“温馨提示”' then the reminder that the 城乡居民医疗保险 collection period ('2020年9月1日至2月28日') ends in 8 days; "
 "'来源：鄂尔多斯市康巴什区医疗保障局 编辑：包裕婷 审核：冯小丽'. Org from the 来源 line (a government bureau naming itself "
 "as the source of its own reminder). No year of its own: 2020 opens the cited period (the post is of February 2021), "
 "so year null. Kind null (温馨提示)."),
(9, None, [], None, None, LH, "street", "沥海街道办事处", "答复", None, None, False, False,
 S % (1, 4431, "ssB/test.tsv") +
 "A 留言板 question and its answer run together: a resident asks about the 拆迁 of 阮家村 ('村民在这留言板问了好几次了… "
 "只是回答列入滨海新区2020拆迁计划…'), then '沥海街道办事处：：经调查，沥海街道目前正在开展阮家村前期拆迁准备工作…将第一时间"
 "通知阮家村村民。' The answer is the street office's: region 沥海街道 (now under 越城区, 绍兴; the text names no county "
 "or city, only 滨海新区, the development zone it lies in), org 沥海街道办事处, kind 答复. 2020 is a cited plan year; no "
 "date. Which 留言板 (the post does not say) and whether the whole reply is kept are doubtful."),
(10, "蔚县经济开发区总体规划环境影响评价报告书公众参与第一次公告信息", [], 2021, "2021-02-24", YX, "county",
 "蔚县经济开发区管理委员会", "公告", None, None, False, True,
 S % (1, 3568, "ssB/test.tsv") +
 "Only the heading and the signature: '蔚县经济开发区总体规划环境影响评价报告书公众参与第一次公告信息 蔚县经济开发区管理委员会 "
 "2021年2月24日' (the notice's body was an image or attachment in the post). Region the county whose development zone "
 "issues it (蔚县, 张家口, 河北); the zone's 管委会 is the signer."),
(11, "公告", [], 2021, "2021-02-25", JD, "county", "嘉定体育场", "公告", None, None, False, True,
 S % (1, 2537, "ssB/test.tsv") +
 "'公 告' (spaced heading) then '嘉定体育场乒乓房因故自2月27日（周六）起暂停对外开放…', signed '嘉定体育场 2021年2月25日', "
 "'来源：区体育局 编辑：卢泽斌'. A district sports venue's notice carried by the district sports bureau's account: region "
 "嘉定区 (上海), the district level; org the signer (the venue; '区体育局' of the source line is the alternative)."),
(12, "哈尔滨市应对新冠肺炎疫情工作指挥部关于调整道外区永源镇等地区风险等级的通告",
 ["关于调整道外区永源镇等地区风险等级的通告"], 2021, "2021-02-16", HB, "city", "哈尔滨市应对新冠肺炎疫情工作指挥部", "公告", None,
 None, False, True,
 S % (0, 930, "ssB/valid.tsv") +
 "Kept along with the county items (city level): ' 荔枝新闻讯' (the 江苏 outlet's lead, a leading space kept) runs into the "
 "notice's heading, one sentence ('从2021年2月16日12时起，将道外区永源镇、呼兰区兰河街道风险等级调整为低风险。') and the "
 "signature '哈尔滨市应对新冠肺炎疫情工作指挥部 2021年2月16日'. Region the city whose 指挥部 signs; 道外区/永源镇 and 呼兰区/"
 "兰河街道 are the places the notice is about (traps). Kind 公告 (通告)."),
(13, None, [], None, None, HS, "county", "惠水县气象局", None, None, None, False, False,
 S % (0, 1543, "ssB/valid.tsv") +
 "'惠水县气象局1月16日发布天气预报：预计今天夜间到明天白天阴天有雨夹雪或冻雨…出行注意交通安全。' A county weather bureau's "
 "forecast; '1月16日' without year (January 2021 by the contest data, not in the text). Org the bureau named as issuer. "
 "Kind null (a forecast)."),
]
