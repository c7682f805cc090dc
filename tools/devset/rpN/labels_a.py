# Labels for rpN0001-rpN0031 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
# Source: zhanshijinwat/Steel-LLM's 1,000-record corpus samples. Records carry no url (WanJuan: id + content;
# SkyPile: text only), so no url can be recorded; the note gives the record's line and, for WanJuan, its id.
WJ = ("WanJuan 1.0 web-text sample (data/download_data/wanjuan/part-010205-a894b46e_sample.jsonl) line %d, id %s, "
      "no url in the record; Markdown of a WeChat-style post (first line '# ' heading). ")
SKY = ("SkyPile-150B sample (data/download_data/sky/2021-31_zh_head_0000_sample.jsonl) line %d, field text only "
       "(no url, no title field); CommonCrawl-derived page text. ")
L = [
(1, "【特别关注】克拉玛依区市场监督管理局举办药品普法宣传站揭牌仪式", ["克拉玛依区市场监督管理局举办药品普法宣传站揭牌仪式"],
 None, None, ["新疆维吾尔自治区", "克拉玛依市", "克拉玛依区"], "county", "克拉玛依区市场监督管理局", "新闻", None, None, False, True,
 WJ % (57, "BkPnsiXxK7Ehrb_ol7ck") + "heading with column tag; the bold two-line heading without the tag is titleAlt. "
 "Event '8月4日' in 天山路街道幸福社区, no year of its own (the related links below name 2022年秋季 招生公告, not this item). "
 "org from the closing line '来源：克拉玛依区市场监督管理局'."),
(2, "【安全生产】洮阳镇开展国庆节及党的二十大前安全生产大排查活动", ["洮阳镇开展国庆节及党的二十大前安全生产大排查活动"],
 None, None, ["甘肃省", "定西市", "临洮县", "洮阳镇"], "town", None, "新闻", None, None, False, True,
 WJ % (82, "BkPo0CrxK0wAetCEAL1F") + "town news (镇应急管理所、镇市场监督管理所… checks before 国庆节 and 党的二十大, i.e. 2022, "
 "but no year is written). The text names 洮阳镇 only, not its county; 洮阳镇 is 临洮县's seat and unique in the gazetteer. "
 "Closing credits 撰稿/编辑/审核 name persons only: org null."),
(3, "【振兴新突破 我要当先锋】我区1-8月在全市第九赛道考核中位列第一", ["我区1-8月在全市第九赛道考核中位列第一"],
 None, None, ["辽宁省", "沈阳市", "大东区"], "county", None, "新闻", None, None, False, True,
 WJ % (112, "BkPo20HxK2ljXLfA1Zk0") + "posted by the 大东区 account '大东观澜'; '我区' = 大东区 (named in the body), ranked in "
 "沈阳市's assessment; the 区商务局 reports its 1-8月 results. No year stated (华晨宝马 share transfer, 消费券 point to 2022); "
 "no signature, org null."),
(4, "临县关于调整静默管理期间核酸检测频次的通告", [],
 2022, "2022-10-10", ["山西省", "吕梁市", "临县"], "county", "吕梁市临县新冠肺炎疫情防控领导组办公室", "公告", None, None, False, True,
 WJ % (139, "BkPo3NLxK7FiLToC7bVX") + "a 通告 (kind 公告: the set has no 通告); heading repeated in bold over two lines "
 "('…频次的' / '通告'); signed '吕梁市临县新冠肺炎疫情防控' + line break + '领导组办公室' and dated 二〇二二年十月十日. The body "
 "names the deciding body 临县疫情防控领导组."),
(5, "区局动态 | 宁河区市场监管局大力推进家庭过期药品回收网络建设", ["宁河区市场监管局大力推进家庭过期药品回收网络建设"],
 None, None, ["天津市", "宁河区"], "county", None, "新闻", None, None, False, True,
 WJ % (142, "BkPo3bLxK0wAXrey1P2J") + "'区局动态 |' is the account's column label in the heading (titleAlt without it). "
 "No date or year; no signature ('该局'), org null."),
(6, "【能力提升建设年】澄迈县计生服务中心举办基本医疗卫生与健康促进法培训班", ["澄迈县计生服务中心举办基本医疗卫生与健康促进法培训班"],
 None, None, ["海南省", "澄迈县"], "county", None, "新闻", None, None, False, True,
 WJ % (147, "BkPo41DxK0yhES5WpkYL") + "training held '10月9日下午' at the 县卫健委; no year. Closing '责任岗室：县卫健委能力提升活动办供稿：李跃芸' "
 "is a credit, org null."),
(7, "官渡区社保局延时服务有温度", [], None, None, ["云南省", "昆明市", "官渡区"], "county", None, "新闻", None, None, False, True,
 WJ % (195, "BkPo8drxK6-gNwpShdhE") + "district news of 官渡区社会保险事业管理局 ('近日'); the year is not stated as the item's own "
 "('今年9月接到短信通知2022年灵活就业养老保险费开始缴纳' implies 2022: a reader may set year 2022). Credits '来源：区融媒体中心"
 "夏雯，区社保局' and '中共官渡区委宣传部主办' (the account's footer), org null; related links follow the text."),
(8, "鹿邑县城市管理局关于《行政相对人法律风险重点问题防控清单》的公告", [], None, None, ["河南省", "周口市", "鹿邑县"], "county",
 "鹿邑县城市管理局", "公告", None, None, False, True,
 WJ % (213, "BkPo9ibxK7DhEBn6KVau") + "the bureau's 公告 reposted by the private account 鹿邑百事通, whose advertising block "
 "(客服 WeChat ids) stands between the heading and the text and whose footer follows ('文章来源于鹿邑县城市管理局'). org from the "
 "heading; no date; 豫建法〔2022〕257号 is a cited provincial document (not this one's 文号, and its year is not this one's)."),
(9, "长汀县专项招聘2022年期满“三支一扶”人员面试成绩公示", [], 2022, "2022-08-13", ["福建省", "龙岩市", "长汀县"], "county",
 "中共长汀县委组织部、长汀县人力资源和社会保障局", "公告", None, None, False, True,
 WJ % (223, "BkPoDvTxK7EiKcN3jz5A") + "a 公示 (kind 公告), signed by two joint bodies and dated 2022年8月13日; the attachment "
 "(score list) is not in the text."),
(10, "7月份磁灶镇环境卫生考评情况通报", [], 2022, None, ["福建省", "泉州市", "晋江市", "磁灶镇"], "town", None, None, None, None,
 False, True,
 WJ % (253, "BkPoUjbxK1yB7pHeJZIC") + "a town 通报 ('我镇26个村（社区）'), period '2022年7月' (year = the month it reports); "
 "no signature or date, credits 供稿/编辑/初审/审核 name persons only; kind null (通报 is not in the set's kinds). "
 "Region from the text: 磁灶镇 inspected by 泉州市 and 晋江市 centres."),
(11, "【我为群众办实事践行责任担当】富平县城市管理执法局“党课开讲啦”（十六）", ["富平县城市管理执法局“党课开讲啦”（十六）"],
 2022, None, ["陕西省", "渭南市", "富平县"], "county", None, "新闻", None, None, False, True,
 WJ % (317, "BkPoh3HxK19LLjF1IdOf") + "party-lecture news ('8月29日'); year from the closing issue line "
 "'富平城市管理执法局2022年第116期' (the bureau's bulletin number, also the only place naming the bureau as publisher; org left "
 "null, a reader may take 富平县城市管理执法局)."),
(12, "洋县交警发布2022年“中秋节”假期重要提示", ["洋县公安局交通警察大队2022年“中秋节”假期两公布一提示"], 2022, "2022-09-08",
 ["陕西省", "汉中市", "洋县"], "county", "洋县公安局交通警察大队", "公告", None, None, False, True,
 WJ % (376, "BkPoqD_xK3YBrDebIJq-") + "the account's heading, then two '# ' lines '洋县公安局交通警察大队' / '2022年“中秋节”假期两公布"
 "一提示' (titleAlt joined); addressed to 广大市民朋友 and dated 2022年9月8日, no signature (org from the inner heading). kind "
 "公告 by judgement (a public notice of traffic forecasts; the set has no 提示/通告)."),
(13, "包河区三季度经济数据新鲜“出炉”，60天！奋力冲刺“期末考”~", [], 2019, None, ["安徽省", "合肥市", "包河区"], "county",
 None, "新闻", None, None, False, True,
 WJ % (388, "BkPor5jxK0yjdfkjW5tt") + "'包河区2019年三季度经济数据正式发布'; report of the district's 三季度经济运行分析会 on '11月1日下午' "
 "(2019-11-01 is the meeting, not a posting date: date null). No signature."),
(14, "佛山市高明区农业农村局关于开展2022年度区级农业龙头企业申报认定监测工作的通知", [], 2022, "2022-09-22",
 ["广东省", "佛山市", "高明区"], "county", "佛山市高明区农业农村局", "通知", None, None, False, True,
 WJ % (462, "BkPoySrxK6mjOm5C0k4u") + "addressed to 各镇（街道）农业农村办, signed 佛山市高明区农业农村局 and dated 2022年9月22日; "
 "明府字〔2014〕25号 and 明农林渔〔2014〕35号 are cited documents (no 文号 of its own). A planning company's advertisement "
 "(中科索顿…) follows the contact line: added by the posting account."),
(15, "温馨提示！元宵节期间，黄埔区这些路段临时交通管制", ["广州市公安局黄埔区分局2023年元宵节期间交通管制通告"], 2023, "2023-02-03",
 ["广东省", "广州市", "黄埔区"], "county", "广州市公安局黄埔区分局", "公告", None, None, False, True,
 WJ % (481, "BkPp-nrxK7IAQ4_GTAZZ") + "the account's heading, then the 通告's bold two-line heading (titleAlt joined); signed "
 "广州市公安局黄埔区分局 2023年2月3日; kind 公告 (通告). A '小贴士' block follows the signature."),
(16, "定西市安定区市场监督管理局关于规范煤炭现货市场价格行为提醒告诫函", ["关于规范煤炭现货市场价格行为提醒告诫函"], 2022, "2022-10-28",
 ["甘肃省", "定西市", "安定区"], "county", "定西市安定区市场监督管理局", "函", None, None, False, True,
 WJ % (540, "BkPpAZHxK6-iVAIzoR7_") + "a 提醒告诫函 to 全区各煤炭经营者; bold heading on two lines (issuer / 关于…函); signed and dated "
 "on one run-on line '定西市安定区市场监督管理局2022年10月28日【来源：价格监督管理与反不正当竞争股|…】'."),
(17, "“家门口”办！大丰街道增设医保窗口", [], None, None, ["四川省", "成都市", "新都区", "大丰街道"], "street", None, "新闻",
 None, None, False, True,
 WJ % (554, "BkPpBZDxK0wEjrzIIIfb") + "street news ('大丰街道便民服务中心增设医保专项服务窗口'), '来源：爱大丰' (the street's account), "
 "reposted by 新都服务 (主办：新都区行政审批局服务促进科 — the only place 新都区 is named). No date or year; org null."),
(18, "关于调整巴南区部分疫情高风险区域的通告（2022年第204号）",
 ["重庆市巴南区新型冠状病毒肺炎疫情防控指挥部关于调整巴南区部分疫情高风险区域的通告（2022年第204号）"], 2022, "2022-11-28",
 ["重庆市", "巴南区"], "county", "重庆市巴南区新型冠状病毒肺炎疫情防控指挥部", "公告", "2022年第204号", None, False, True,
 WJ % (679, "BkPpM-nxK1fAchagswjn") + "a weather line ('28日夜间到29日白天…') stands under the heading; the bold heading names the "
 "指挥部 over three lines; signed and dated '…指挥部2022年11月28日' run on with the editors' credits. docNumber = the 通告's "
 "serial '（2022年第204号）' (a numbered 通告, no 〔〕文号; a reader may leave it null). Links to 第203号/第202号 follow."),
(19, "超方便，网上办！灌南“法人账号”注册指南请查收→", ["关于注册政务网法人账号的温馨提示"], None, None,
 ["江苏省", "连云港市", "灌南县"], "county", None, None, None, None, False, True,
 WJ % (750, "BkPpSa_xK7DhO-lWfscY") + "a 温馨提示 ('我县' enterprises to register on 江苏政务服务网 by '12月中旬'); 灌南 named in the "
 "heading and '技术支持：灌南县行政审批局' (a credit, org null); no year; kind null (a reminder, no kind of the set fits); "
 "the registration screenshots are not in the text."),
(20, "【基层动态】靖远县公安局平堡派出所救助一只国家二级保护动物雕枭", ["靖远县公安局平堡派出所救助一只国家二级保护动物雕枭"],
 2022, None, ["甘肃省", "白银市", "靖远县"], "county", "靖远县公安局", "新闻", None, None, False, True,
 WJ % (762, "BkPpTerxK6no9ZJK1FGU") + "event '2022年12月5日' in 平堡乡蒋滩村 (year from the event, date null); org from the closing "
 "'发布：靖远县公安局'. Region the county (the 派出所 is the county bureau's; alternative 靖远县/平堡乡)."),
(21, "今年全县药品安全工作开展如何？这场发布会告诉你", [], 2022, None, ["安徽省", "宣城市", "泾县"], "county", None, "新闻",
 None, None, False, True,
 WJ % (841, "BkPpeyvxK5YoCRovMKi1") + "the 泾县市场监管局 '2022年药品安全工作新闻发布会' held '12月22日' (year from it; date null); "
 "ends with a 泾县之窗APP prompt. No signature."),
(22, "鄠邑区2022年第十二批185名城镇社区工作人员薪酬待遇发放名单公示", [], 2022, "2022-12-28", ["陕西省", "西安市", "鄠邑区"],
 "county", "西安市鄠邑区民政局", "公告", None, None, False, True,
 WJ % (857, "BkPph0XxK6mk9MY0gYJk") + "a 公示 (kind 公告) signed and dated '西安市鄠邑区民政局2022年12月28日' (run on with "
 "'扫码查看附件## 来源：鄠邑政务'); the name list is an attachment, not in the text."),
(23, "稳中有增，长沙县元旦期间共接待游客近35万人次", [], 2023, None, ["湖南省", "长沙市", "长沙县"], "county", None, "新闻",
 None, None, False, True,
 WJ % (891, "BkPplVbxK7FisMGqIJm1") + "'2023年元旦' tourism figures of 长沙县 (县文旅局 quoted); 2022年12月31日 is an event in it. "
 "No signature (编辑/校对/责编/审核 credits)."),
(24, "“学森林草原防火，筑美丽绿色崇礼”丨崇礼区22所学校开展森林草原防火安全教育课", [], 2023, None, ["河北省", "张家口市", "崇礼区"],
 "county", None, "新闻", None, None, False, True,
 WJ % (919, "BkPpq_zxK5YpVKuNQCjw") + "崇礼区防火办 with 区教科局 hold the '2023年森林草原防火安全教育课' (year from the campaign's "
 "name); short item, no date, no signature. 张家口市 is not named (path from the gazetteer)."),
(25, "2023年伽师县就业援助月招聘会公告", [], 2023, "2023-01-16", ["新疆维吾尔自治区", "喀什地区", "伽师县"], "county",
 "伽师县人力资源和社会保障局", "公告", None, None, False, True,
 WJ % (965, "BkPpyHnxK6nvdvwXrbde") + "heading given twice ('# ' lines); signed 伽师县人力资源和社会保障局 2023年1月16日; the fair "
 "itself is on 2023年1月19日."),
(26, "花溪区经开区自建房及城镇危房安全整治工作专题会议召开", [], None, None, ["贵州省", "贵阳市", "花溪区"], "county", None, "新闻",
 None, None, False, True,
 WJ % (971, "BkPpzcrxK0iCbTBntSCS") + "meeting '1月16日' chaired by the 花溪区 常务副区长 (also 经开区 管委会副主任) for 花溪区 and "
 "贵阳经开区 jointly; no year; '来源：花溪区融媒体中心', org null; a stray code fence ('关注') ends the text."),
(27, "【拱墅区】关于申报2023年杭州市企业高新技术研究开发中心的通知", ["关于申报2023年杭州市企业高新技术研究开发中心的通知"], 2023,
 "2023-02-09", ["浙江省", "杭州市", "拱墅区"], "county", "杭州市拱墅区科学技术局", "通知", None, None, False, True,
 WJ % (996, "BkPqEULxK1fC1YEh_OZc") + "addressed to 拱墅区各相关企业, signed 杭州市拱墅区科学技术局 2023年2月9日; 杭科高〔2022〕39号 "
 "is the cited city 办法. A district relay of a city call (the 申报 is for a city title; region the district, the issuer's)."),
(28, "榆社公安：集中侦破一批刑事案件", [], 2022, None, ["山西省", "晋中市", "榆社县"], "county", None, "新闻", None, None,
 False, True,
 WJ % (238, "BkPoOLzxK0zgWyMi5uAY") + "reposted ('◆来源：晋中公安', the city police account) news of 榆社县公安局's cases of "
 "2022年8月10日–15日 (year from them; date null); '我局' = 榆社县公安局. org null (source line names the city account)."),
(29, None, [], 2017, None, ["广西壮族自治区", "南宁市", "江南区"], "county", "江南区经济贸易和信息化局", "报告", None, None,
 False, False,
 SKY % 527 + "the 江南区经信局 2017年政府信息公开工作年度报告 without its heading: the text opens '根据《…条例》…要求编制了"
 "《江南区经信局2017年政府信息公开工作年度报告》' (the name only inside that sentence, so no title line); year = the year "
 "reported (统计日期 2017年1月1日–12月31日). org: the body's full name as the text gives it ('江南区经济贸易和信息化局门户网站'; "
 "'江南区经信局' elsewhere). No date. The page text skips the report's tables (sections 二–六 reduced to one paragraph each)."),
(30, None, [], 2017, None, ["江苏省", "南京市", "江宁区"], "county", None, "新闻", None, None, False, False,
 SKY % 605 + "a short 政务信息 item on 江宁区财政局 unifying payment terms of government-investment contracts ('截至11月底，2017年…'; "
 "year 2017 from it); no heading, no signature, org null (the bureau is the subject). 南京市 is not named."),
(31, None, [], 2021, None, ["江苏省", "连云港市"], "city", None, "通知", None, None, False, False,
 SKY % 967 + "city-level notice kept alongside the county texts: to 各县区人民政府、管委会，市质量发展委员会各成员单位, calling the "
 "2021年度连云港市市长质量奖 申报 (deadline 2021年8月2日); the page text has no heading and no signature/date (cut), so title, "
 "date and org are null (the 市质量发展委员会办公室 is named as the office receiving the files; a reader may take it as issuer). "
 "连发〔2018〕21号 and 连政办发〔2021〕26号 are cited documents."),
]
