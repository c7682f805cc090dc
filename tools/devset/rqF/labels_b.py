# Labels for rqF0031-rqF0040 (each document read in full by hand; the product was not run on them).
# Fields as in labels_a.py. Source: SH = xinzhuohkust/auto_scrape, data/<date>_table.csv: 上海市信访办 网上信访
# "意见征集·反馈" (xfb.sh.gov.cn), letters and the town's or street's reply, 2023. Header row plus one line:
#   title,agency,date,links,标题,来信日期,信件内容,回复日期,回复单位,回复内容
# (title = 标题, agency = 回复单位 and date = 回复日期 are the list page's copies of the detail page's cells).
# Conventions (as for the other boards of this round):
# - title: the letter's title (标题 / title cells, no line of its own: hasTitleLine false). Where the reply opens with a
#   form heading of its own (信访事项答复意见书, 答复意见书, 简复告知书) that heading is titleAlt (a reader may call it the
#   title; it names the form, not the matter).
# - date: the reply's signature date where it signs (most do, one to four weeks before the list's 回复日期); else 回复日期.
#   来信日期, the 受理 date and other dates in the reply are traps.
# - regionPath/org: the replying town or street (回复单位; the signature where there is one, which may shorten the
#   name). All in 上海市; the district is part of the unit's name.
# - kind 答复; docNumber null (网[2023]000145800 is a 信访 case number).
SH = "SH %s line %d: "
L = [
(31, "房屋漏水", [], 2023, "2023-06-29", ["上海市", "虹口区", "江湾镇街道"], "street", "上海市虹口区人民政府江湾镇街道办事处",
 "答复", None, None, False, False,
 SH % ("2023-07-16_table", 205) + "unsigned reply ('我们于2023年6月20日受理…街道相关部门的工作人员…特此告知'); date = 回复日期 "
 "2023-06-29; org = 回复单位. Traps: 来信 2023-06-19, '2023年6月20日反映', 2023年6月21 (the visit), the case number "
 "网[2023]000145800. 江湾镇街道 is a street office despite its 镇."),
(32, "小区绿化带被占用并设置广告牌", ["信访事项答复意见书"], 2023, "2023-08-01", ["上海市", "普陀区", "真如镇街道"], "street",
 "上海市普陀区人民政府真如镇街道办事处", "答复", None, None, False, False,
 SH % ("2023-08-22_table_error", 21) + "the reply opens with the form heading '信访事项答复意见书' run into the salutation "
 "and is signed '上海市普陀区人民政府真如镇街道办事处2023年8月1日'; 回复日期 2023-08-22 (alternative date); 来信 2023-07-24. "
 "'区公安分局治安支队' set up the billboard (a district body, not the author)."),
(33, "关于物业登记停车位时要求提供“三证”等违法事项", [], 2023, "2023-06-09", ["上海市", "长宁区", "新泾镇"], "town",
 "上海市长宁区新泾镇人民政府", "答复", None, None, False, False,
 SH % ("2023-07-16_table", 229) + "reply signed '上海市长宁区新泾镇人民政府 2023年6月9日'; 回复日期 2023-06-28 (alternative); "
 "来信 2023-06-05 ('您于2023年6月5日信访反映'). The letter also criticises '新泾镇政府信访办' and cites the 民法典; "
 "上海市房屋管理局 is cited in the reply."),
(34, "关于眼镜菜店扰民投诉", [], 2023, "2023-09-06", ["上海市", "浦东新区", "书院镇"], "town", "上海市浦东新区书院镇人民政府",
 "答复", None, None, False, False,
 SH % ("2023-09-22_table", 174) + "reply '我单位已办理完毕…如不服本意见，您可自收到本处理意见之日起30日内向浦东新区人民政府"
 "提出复查申请', signed '上海市浦东新区书院镇人民政府2023年9月6日'; 回复日期 2023-09-19 (alternative). Traps: the reply's "
 "'您于2022年7月1日反映' (a slip for 2023: 来信 2023-07-01), 浦东新区人民政府 (the review body)."),
(35, "关于九亭地铁站4号口路面高度差及非机动车停放的问题", ["答复意见书"], 2023, "2023-06-16", ["上海市", "松江区", "九里亭街道"],
 "street", "上海市松江区人民政府九里亭街道办事处", "答复", None, None, False, False,
 SH % ("2023-07-16_table", 506) + "reply headed '答复意见书' (run in), signed '上海市松江区人民政府九里亭街道办事处2023年6月16日'; "
 "回复日期 2023-06-20 (alternative); 来信 2023-06-01. Trap: '九亭地铁站' (九亭 is also the neighbouring 九亭镇), 金地广场, "
 "16-01地块."),
(36, "共享单车乱停放", [], 2023, "2023-08-15", ["上海市", "杨浦区", "长海路街道"], "street", "上海市杨浦区长海路街道办事处",
 "答复", None, None, False, False,
 SH % ("2023-08-22_table_error", 5) + "reply speaking as '我街道', signed '上海市杨浦区长海路街道办事处2023年8月15日' (the "
 "signature drops 人民政府; 回复单位 '上海市杨浦区人民政府长海路街道办事处' is the alternative org); 回复日期 2023-08-22. "
 "Traps: 长海医院 (a hospital sharing the street's name), 海军医学大学, 区交通委, 区交警支队."),
(37, "关于小区停车问题", ["信访事项答复意见书"], 2023, "2023-08-14", ["上海市", "浦东新区", "南汇新城镇"], "town",
 "上海市浦东新区南汇新城镇人民政府", "答复", None, None, False, False,
 SH % ("2023-09-08_table", 182) + "reply headed '信访事项答复意见书', '我镇受理您的信访件后', signed '上海市浦东新区南汇新城镇人民政府"
 "2023年8月14日'; 回复日期 2023-09-04 (alternative); 来信 2023-07-19. Traps: 2019年4月, 上海市房屋管理局's cited 规定."),
(38, "水岸名邸广场脏乱差", ["简复告知书"], 2023, "2023-06-13", ["上海市", "松江区", "佘山镇"], "town", "上海市松江区佘山镇人民政府",
 "答复", None, None, False, False,
 SH % ("2023-07-16_table", 505) + "reply headed '简复告知书' (a short-form notice), signed '上海市松江区佘山镇人民政府2023年6月13日'; "
 "回复日期 2023-06-20; 来信 2023-06-02 (also '6月2日上午', the meeting). 陈坊社区 is a community of the town."),
(39, "关于小区公共停车位的问题", [], 2023, "2023-06-27", ["上海市", "宝山区", "高境镇"], "town", "上海市宝山区高境镇人民政府",
 "答复", None, None, False, False,
 SH % ("2023-07-29_table", 36) + "reply signed '上海市宝山区高境镇人民政府 … 2023年6月27日' (a run of spaces between); 回复日期 "
 "2023-07-27, exactly a month later (the signature may be a slip for 7月27日: doubt); 来信 2023-06-18. '上世纪90年代' is "
 "history."),
(40, "有关污水管改造的问题", [], 2023, "2023-09-04", ["上海市", "徐汇区", "徐家汇街道"], "street",
 "上海市徐汇区人民政府徐家汇街道办事处", "答复", None, None, False, False,
 SH % ("2023-09-22_table", 237) + "reply '您反映的信访事项本机关已受理', signed '上海市徐汇区人民政府徐家汇街道办事处2023年9月4日'; "
 "回复日期 2023-09-18 (alternative); 来信 2023-07-12; 7月23日, 7月25日 are the visits. Trap: '区徐家汇综合行政执法队' "
 "(a district team named after the street)."),
]
