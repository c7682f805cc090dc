# Labels for rqC0001-rqC0027 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
# Source: jamesfyp/WaiBaoSpider @ 6982744f (first commit; the data files were deleted in later commits), a commissioned
# crawler of city message boards. Each document is the CSV header row plus one record (one line) of
#   DL  = WaiBaoSpider/data/dalian/dalian_detail.csv  (大连市 12345 platform xzfw.dl.gov.cn, 2017-2018):
#         反映内容,反映时间,反映标题,反馈时间,受理单位,受理编号,处理状态,答复内容,链接
#   JMS = WaiBaoSpider/data/jiamusi/jiamusi_detail.csv (佳木斯市 政府网站 政民互动 www.jms.gov.cn, 2014-2018):
#         信件内容,信件标题,咨询时间,回复满意度,处理情况,处理时间,处理结果,所属类型,承办单位,来信人,链接,附件
# A citizen's letter and the county, town or street reply stored with it, as the source has them.
# Conventions of this round:
# - title: the record's 反映标题/信件标题 cell (the letter's title, the only heading the record has), except where the
#   reply opens with a heading of its own (关于…的答复, 对编号…诉求件的答复): that is the title and the letter's title is
#   titleAlt. No heading stands on a line of its own (one CSV line): hasTitleLine false, hasHeader false.
# - date/year: the reply's signature date where it signs with one, else the date part of the reply time column
#   (反馈时间 / 处理时间). The letter's own time (反映时间 / 咨询时间) is a trap.
# - regionPath: the unit the reply speaks for (我镇, 我街道, 我区, 我县, 我市, a signature), which may be narrower than
#   the answering unit column (受理单位 / 承办单位); else the answering unit.
# - org: the signature where the reply signs; else, for 大连, the 受理单位 cell (a body's name: 长海县人民政府,
#   甘井子区红旗街道 …); for 佳木斯 the 承办单位 cell is a bare district name (前进区), not a body, so org is null.
# - kind 答复; docNumber null (受理编号 G2018…, 处理单号 and 编号 are case numbers, not 文号); validity null.
DL = "DL line %d: "
JM = "JMS line %d: "
L = [
(1, "小长山海带湾垃圾堆成山没人处理", [], 2018, "2018-10-24", ["辽宁省", "大连市", "长海县", "小长山岛镇"], "town",
 "小长山岛镇人民政府", "答复", None, None, False, False,
 DL % 438 + "reply of a town: '2018年10月22日我镇针对投诉人所反映的情况…', signed '小长山岛镇人民政府2018年10月24日' (= 反馈时间 "
 "2018-10-24). 受理单位 长海县人民政府 is the county that took the case (a reader may give 长海县). Letter 2018-10-13. "
 "Cited years 1982, 2003, 2013 are history. 受理编号 G20181013-0001 is a case number."),
(2, "大长山岛镇三官庙村违规贝壳垃圾场臭气熏天", [], 2018, "2018-08-14", ["辽宁省", "大连市", "长海县", "大长山岛镇"],
 "town", "大长山岛镇人民政府", "答复", None, None, False, False,
 DL % 1120 + "'接到投诉后，我镇政府高度重视…现将有关情况答复如下', signed '大长山岛镇人民政府2018年8月14日' (= 反馈时间). "
 "受理单位 长海县人民政府 (county alternative). The letter asks '县里的或镇里的领导'; 三官庙村 and 后沙山屯 are villages."),
(3, "暖房子工程为什么不更换窗户", [], 2018, "2018-10-29", ["辽宁省", "大连市", "长海县"], "county",
 "长海县国土资源和规划建设局", "答复", None, None, False, False,
 DL % 505 + "'我局领导高度重视…2018年我县暖房子工程是根据县政府确定的工作方案具体实施的', signed "
 "'长海县国土资源和规划建设局2018年10月29日'; 反馈时间 2018-10-30 (alternative date); 受理单位 长海县人民政府 (an "
 "alternative org). The letter's 大长山 (大长山岛镇) is where the building stands, not the author."),
(4, "关于瓦房店市撤市设区进程中更名的建议的答复", ["关于瓦房店市撤市设区进程中更名的建议"], 2018, "2018-10-15",
 ["辽宁省", "大连市", "瓦房店市"], "county", "瓦房店市民政局", "答复", None, None, False, False,
 DL % 659 + "the reply opens with its own heading run into the text ('关于瓦房店市撤市设区进程中更名的建议的答复市民服务中心："
 "…现答复如下'), addressed to 市民服务中心, and is signed '瓦房店市民政局2018年10月15日'; 反馈时间 2018-10-16. The letter's "
 "title is titleAlt. Traps: the letter is addressed to '大连市民政局工作人员' (city) and cites '大连市政协十三届一次会议第0545号"
 "提案的答复函' and 复州, 盖州市, 林州市 …; 处理单号2018091255 is a case number. 我市 = 瓦房店市 (a county-level city)."),
(5, "瓦房店九龙街道姜长富占道建养殖棚，九龙街道各级政府无人管", [], 2018, "2018-08-28",
 ["辽宁省", "大连市", "瓦房店市", "九龙街道"], "street", "瓦房店市九龙街道办事处", "答复", None, None, False, False,
 DL % 733 + "'九龙街道办事处领导高度重视…现将办理情况答复如下：一、调查情况…二、办理意见…三、反馈情况', signed "
 "'瓦房店市九龙街道办事处2018.8.28' (= 反馈时间 2018-08-28). 受理单位 '瓦房店市' (county alternative). 肖炉村 is a village."),
(6, "办个船证太麻烦", [], 2018, "2018-05-30", ["辽宁省", "大连市", "瓦房店市"], "county", "瓦房店市农村经济发展局",
 "答复", None, None, False, False,
 DL % 2007 + "'网友您好：我市渔船转籍过户的流程…', signature run into the last sentence: '敬请谅解瓦房店市农村经济发展局2018年5月"
 "30日' (= 反馈时间). 受理单位 '瓦房店市'. The writer's 西杨乡 (a 乡 of 瓦房店市) and 山东 are traps; laws cited by name only."),
(7, "我们一村子人一下雨就被河水围得无路可走", [], 2018, "2018-09-06", ["辽宁省", "大连市", "瓦房店市", "瓦窝镇"], "town",
 "瓦房店市人民政府", "答复", None, None, False, False,
 DL % 851 + "unsigned reply of a town: '2018年8月28日，我镇接到民心网转来的瓦窝镇曲店村大庞屯一村民反映出行困难的投诉件，镇政府"
 "主要领导非常重视…现将答复意见如下' ('瓦窝镇党委政府…镇政府在自筹一部分'). Date = 反馈时间 2018-09-06 (2018-08-28 is the "
 "day the town received the case). Org = 受理单位 瓦房店市人民政府 (the body the record names; the speaker is the town's "
 "government, unnamed as a body: a reader may write 瓦窝镇人民政府). 轴承园区龙山村, 温比亚 typhoon: traps."),
(8, "西岗区人民广场街道和区物业办对其各自职责不作为", [], 2018, "2018-12-29", ["辽宁省", "大连市", "西岗区", "人民广场街道"],
 "street", "西岗区人民广场街道", "答复", None, None, False, False,
 DL % 96 + "受理单位 '西岗区人民广场街道'; the reply restates the demand and gives '城管科处理结果：…人民广场街道办事处正在和社区共同推进"
 "…街道可以提供法律援助' (the street office naming itself). Date = 反馈时间 2018-12-29 (letter 2018-12-10). The letter also "
 "names 西岗区国土资源局物业办 and asks the 区政府 to act (district alternative)."),
(9, "对编号20180520-0005诉求件的答复", ["普兰店区202国道大规模违建"], 2018, "2018-05-29",
 ["辽宁省", "大连市", "普兰店区", "铁西街道"], "street", "普兰店区人民政府", "答复", None, None, False, False,
 DL % 1881 + "the reply has a heading run in after the greeting ('尊敬的网友您好：对编号20180520-0005诉求件的答复诉求人您好，首先感谢您"
 "对我街道日常工作的监督与帮助。我单位…'); the letter's title is titleAlt. The speaker is a street office (我街道, 二道岭社区); "
 "the street is named only in the letter ('普兰店区铁西办事处二道岭子村'), so 铁西街道 is read from the letter (a reader may stop "
 "at 普兰店区, the 受理单位 普兰店区人民政府 = org). 2002年 and 普兰店市 (the former name) are history. Date = 反馈时间."),
(10, "普兰店公交车什么时候可以刷卡？？？", [], 2018, "2018-05-25", ["辽宁省", "大连市", "普兰店区"], "county",
 "普兰店区人民政府", "答复", None, None, False, False,
 DL % 1979 + "'我区公交企业属民营企业，至今仍属于亏损运营…' (the district speaking); 受理单位 普兰店区人民政府; date = 反馈时间 "
 "2018-05-25 (letter 2018-05-24). 大连的明珠卡 and '撤市划区' in the letter point to 大连市 (a city trap)."),
(11, "收入证明", [], 2018, "2018-04-17", ["辽宁省", "大连市", "甘井子区", "红旗街道"], "street", "甘井子区红旗街道",
 "答复", None, None, False, False,
 DL % 2346 + "受理单位 '甘井子区红旗街道'; reply: '如过西岗区日新街道需要我街道惠泽社区配合，我们将向您提供您所需的材料'. Several "
 "places: 中山区葵英街道清泉社区 (the mother's 户籍), 甘井子红旗街道惠泽社区, 西岗区日新街道 (where the business is done). "
 "Date = 反馈时间."),
(12, "大连本地农户参保", [], 2018, "2018-03-08", ["辽宁省", "大连市", "庄河市"], "county", "庄河市人民政府", "答复",
 None, None, False, False,
 DL % 2411 + "'在我市劳动年龄段内居民户籍的灵活就业人员可以缴纳…到庄河市人社局一楼大厅5号窗口办理' (speaks for 庄河市, a "
 "county-level city); 受理单位 庄河市人民政府. The letter quotes the 大连市 人社 rules and 12333 (city trap). Date = 反馈时间."),
(13, "大连塑研塑料科技开发有限公司未取得施工许可证擅自施工两个月之久，相关部门制止后仍然施工，请按照《建设工程质量管理条例》处罚！",
 [], 2018, "2018-10-29", ["辽宁省", "大连市", "旅顺口区"], "county", "旅顺口区人民政府", "答复", None, None, False, False,
 DL % 642 + "reply of an unnamed district bureau ('领导非常重视，我们立即派专人…我单位已经对其下达责令改正通知书'); the district "
 "is named only by 受理单位 旅顺口区人民政府. Date = 反馈时间 2018-10-29; 2018年9月21日 in the letter. The 条例's 第五十七条 "
 "quoted in the letter is not this text's."),
(14, "甘井子区革镇堡街道不作为对违建不处理不解决", [], 2017, "2017-11-16", ["辽宁省", "大连市", "甘井子区", "辛寨子街道"],
 "street", "甘井子区辛寨子街道", "答复", None, None, False, False,
 DL % 3072 + "trap: the letter's title blames 革镇堡街道, but the case went to '甘井子区辛寨子街道' (受理单位) and the reply is that "
 "street's: '辛寨子执法大队…属地辛寨子街道及辛寨子执法大队也多次接到过投诉，街道办事处高度重视'. Dates 2016-11-22, 2016-12-23, "
 "2017-01-11 are earlier steps; date = 反馈时间 2017-11-16."),
(15, "关于绿地被侵占的咨询", [], 2018, "2018-04-28", ["辽宁省", "大连市", "甘井子区", "机场街道"], "street",
 "甘井子区人民政府", "答复", None, None, False, False,
 DL % 2331 + "受理单位 甘井子区人民政府 (org as the record states it), but the reply is the street's report: '机场街道收到"
 "G20180411-0019号诉求件…街道高度重视，街道办事处主任做出批示…现将有关情况报告如下', so region 机场街道 (a reader may give "
 "甘井子区). 甘井子区城市管理行政执法局机场大队 is named. The letter's '美术日记' is the reply's 美树日记. Date = 反馈时间."),
(16, "事业考试成绩公示结束，同江人社局违规加分", [], 2014, "2014-09-02", ["黑龙江省", "佳木斯市", "同江市"], "county",
 "同江市人力资源和社会保障局", "答复", None, None, False, False,
 JM % 2562 + "a formal reply addressed to the city's office ('佳木斯市政府信息中心：我市此次公开招聘事业单位工作人员…我局…现就信访件中的"
 "有关情况汇报如下：一是…二是…三是…'), signed '同江市人力资源和社会保障局' without a date: date = 处理时间 2014-9-2 (letter "
 "2014-8-28). 承办单位 '同江市'. Traps: 佳木斯市政府信息中心 (city), 省委巡视组, 省委组织部, 黑政办（2013）42号 (a provincial "
 "document cited). Names exam candidates."),
(17, "建议试行社区干部定期轮岗交流制度", [], 2014, "2014-02-27", ["黑龙江省", "佳木斯市", "前进区"], "county", None,
 "答复", None, None, False, False,
 JM % 2771 + "'王先生，您好。首先感谢您对前进区社区综合体制改革的关注和支持。2012年，前进区在全市率先启动…我们做了很多努力' (the "
 "district speaking); 承办单位 '前进区' (a place name, org null: a reader may write 前进区人民政府). 2012 is history; "
 "《城市居民委员会组织法》 and 《黑龙江新录用公务员到基层锻炼实施意见》 are cited. Date = 处理时间 2014-2-27."),
(18, "反映前进区16委（四海鲜后身）棚户区", [], 2014, "2014-09-30", ["黑龙江省", "佳木斯市", "前进区"], "county", None,
 "答复", None, None, False, False,
 JM % 2613 + "'您所反映的情况前进区委、区政府十分重视，我们多次与佳木斯市住房保障局进行协调…经过我区多方协调，目前我们已经准备了三个方案'. "
 "City bodies (市住房保障局, 新时代城投公司) and 北京林达集团 are traps; the letter says 16委, the reply 18委. 承办单位 前进区. "
 "Date = 处理时间 2014-9-30."),
(19, "前进区招居委会成员什么时间发布公开招聘信息？", [], 2015, "2015-04-07", ["黑龙江省", "佳木斯市", "前进区"], "county",
 None, "答复", None, None, False, False,
 JM % 1511 + "'同志您好，我区居委会委员选聘工作刚刚启动…前进区委、区政府高度重视…区纪委监察局将全程进行监督'. 承办单位 前进区. "
 "Date = 处理时间 2015-4-7 (letter 2015-4-4)."),
(20, "请问外墙保温的惠民工程何时能给保升小区做谢谢", [], 2016, "2016-05-17", ["黑龙江省", "佳木斯市", "前进区"], "county",
 None, "答复", None, None, False, False,
 JM % 4604 + "'同志您好，前进区是老城区，旧楼房多。2012年全市既有建筑节能改造工程启动后，我们…通过区政府致社区居民一封信等方式…' "
 "with six numbered 改造原则 (2007年10月1日 is a criterion, not a date of the text). 承办单位 前进区. Date = 处理时间 2016-5-17."),
(21, "反映修灯，找谁谁不管，没办法只能麻烦政府", [], 2018, "2018-08-22", ["黑龙江省", "佳木斯市", "前进区"], "county",
 None, "答复", None, None, False, False,
 JM % 353 + "'您好，同志。经调查…我区物业办联合金港湾社区责成国网省送变电六公司尽快协调解决此事'. Traps: 国网黑龙江省佳木斯供电公司 "
 "(a company naming the province and city). 承办单位 前进区. Date = 处理时间 2018-8-22."),
(22, "巷道清雪不好", [], 2018, "2018-02-13", ["黑龙江省", "佳木斯市", "向阳区"], "county", None, "答复", None, None,
 False, False,
 JM % 94 + "the reply names its author in the third person and speaks for the district: '向阳区清雪指挥部在获知…上述三条胡同位于我区永平"
 "社区辖区范围内…区清雪指挥部在了解情况后…' (org left null: not a signature; a reader may write 向阳区清雪指挥部). "
 "承办单位 向阳区. Date = 处理时间 2018-2-13 (letter 2018-1-22)."),
(23, "佳木斯公路处和长安派出所后面楼应该外墙保温", [], 2014, "2014-08-07", ["黑龙江省", "佳木斯市", "向阳区"], "county",
 None, "答复", None, None, False, False,
 JM % 2339 + "short reply: '今年外墙保温任务目标已经落实…2015年我区根据省市总体计划工作要求…制定2015年改造计划' (2015 is the "
 "year planned, a trap for year). 承办单位 向阳区. Date = 处理时间 2014-8-7. 佳木斯公路处 and 长安派出所 in the title are "
 "landmarks."),
(24, "反映郊区清雪极差", [], 2016, "2016-01-25", ["黑龙江省", "佳木斯市", "郊区"], "county", None, "答复", None, None,
 False, False,
 JM % 1091 + "'今年市政府确定我区为绿色清雪试点区…此次降雪我区主次干道没有使用融雪剂'. 郊区 is the district's name (佳木斯市郊区); "
 "承办单位 '郊区'. Date = 处理时间 2016-1-25."),
(25, "反映佳木斯市郊区九郡小区（东方新城医院职工住宅小区）超规划范围建设房屋问题", [], 2018, "2018-12-24",
 ["黑龙江省", "佳木斯市", "郊区"], "county", None, "答复", None, None, False, False,
 JM % 492 + "two-sentence reply: '您好，我郊区城管局已到现场下达责令改正通知书…否则我分局将强制拆除' (the district's 城管 bureau; org "
 "left null, unsigned). The letter is addressed to '郊区城管局领导' and cites 佳木斯市城乡规划局 (city). Date = 处理时间 2018-12-24 "
 "(letter 2018-12-5). The 附件 cell is empty."),
(26, "严重环境污染", [], 2016, "2016-05-17", ["黑龙江省", "佳木斯市", "郊区"], "county", None, "答复", None, None,
 False, False,
 JM % 1248 + "the letter is addressed to '尊敬的环保局领导们' (city) about '佳市长青乡' and quotes a 2016-03-07 national speech on "
 "黑龙江省; the reply (承办单位 郊区) reports '区城管王局长、长青乡周副乡长、长青乡城建规划助理一行几人到五一社区现场办公' in the third "
 "person: region = the district that answered (长青乡, a 乡 of 郊区, is the alternative). Date = 处理时间 2016-5-17."),
(27, "位于胜利路佳东商场附近刷车场", [], 2016, "2016-08-30", ["黑龙江省", "佳木斯市", "东风区"], "county", None, "答复",
 None, None, False, False,
 JM % 531 + "'经查该地点有一处刷车场，东风区城管执法人员将群众反映情况告知该刷车场业主…今后若发现…区城管局将依据相关法律法规对该刷车场进行"
 "处罚' (names the district). 承办单位 东风区; 来信人 'hhhhgfh'. Date = 处理时间 2016-8-30 (letter 2016-8-23)."),
]
