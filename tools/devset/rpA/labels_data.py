# Hand-made labels for part rpA (read by make_labels.py)
L = {}

L[1] = dict(title='三明市沙县区人民政府关于印发沙县区进一步稳定房地产市场的若干措施的通知',
    titleAlt=['沙县区进一步稳定房地产市场的若干措施'], year=2022, date='2022-09-18',
    regionPath=['福建省', '三明市', '沙县区'], level='county', org='三明市沙县区人民政府', kind='通知',
    docNumber='沙政规〔2022〕3号', validity=None, hasHeader=True, hasTitleLine=True,
    note='Full HTML page of the 沙县区 government site. Header: 索引号 SM10100-0200-2022-00141, 备注/文号, 发布机构 区政府, 公文生成日期 2022-09-18; page 时间 2022-09-21 (posting). Trap: the header holds four template lines 有效性：有效/有效/失效/废止; which one shows is decided by an ms-visible attribute (code "02" = 失效), so validity left null (失效 is not in the vocabulary). Body cites 沙建〔2020〕98号 (another document). Footer lists other towns/streets of 沙县区 (navigation).')
L[2] = dict(title='明溪县人民政府关于印发明溪县促进房地产市场平稳健康发展若干措施(修订)的通知',
    titleAlt=['明溪县促进房地产市场平稳健康发展若干措施（修订）'], year=2022, date='2022-11-26',
    regionPath=['福建省', '三明市', '明溪县'], level='county', org='明溪县人民政府', kind='通知',
    docNumber='明政规〔2022〕6号', validity='现行有效', hasHeader=True, hasTitleLine=True,
    note='Header: 索引号 SM04100-0200-2022-00023, 备注/文号, 发布机构 县政府, 公文生成日期 2022-11-26; 时间 2022-11-29 is the posting. 有效性: the page has four template lines (有效/有效/失效/废止), the visible one (ms-visible code "01") is 有效 -> 现行有效; an extractor reading plain text sees all four (trap). Body cites the earlier 明政文〔2022〕34号 (the revised document, not this one). Footer links list other Fujian governments.')
L[3] = dict(title='关于印发《关于推动长沙县房地产市场平稳健康发展的若干措施》的通知',
    titleAlt=[], year=2025, date='2025-08-13',
    regionPath=['湖南省', '长沙市', '长沙县'], level='county', org='长沙县住建局', kind='通知',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='Page of the 长沙县 government site (部门信息公开目录 > 长沙县住房和城乡建设局 > 通知公告) whose body is empty in the saved HTML: only title, 日期 2025-08-13 and 来源 长沙县住建局 (body presumably in an attachment). Date = the page date (no 成文日期). Different document from rpA0004 (2022, 促进…若干措施).')
L[4] = dict(title='长沙县住房和城乡建设局 长沙县财政局 长沙县自然资源局关于印发《关于促进长沙县房地产市场平稳健康发展的若干措施》的通知',
    titleAlt=[], year=2022, date='2022-08-18',
    regionPath=['湖南省', '长沙市', '长沙县'], level='county', org='长沙县住房和城乡建设局 长沙县财政局 长沙县自然资源局', kind='通知',
    docNumber='长县住建发〔2022〕68号', validity=None, hasHeader=True, hasTitleLine=True,
    note='Header only (索引号 000014349/2022-00235, 统一登记号 CSDR-2022-12001, 公开责任部门 县司法局, 公布日期/生效日期 2022-08-18, 信息时效期 2023-08-18, 文号); the text itself is a PDF attachment, no body in the page. Trap: 来源 and 公开责任部门 are 长沙县司法局 (it runs the 规范性文件库), not the issuing bodies named in the title. No 成文日期: date = 公布日期. validity not stated (信息时效期 only).')
L[5] = dict(title='来安县人民政府办公室关于印发进一步促进来安县房地产业良性循环和健康发展若干措施的通知',
    titleAlt=['进一步促进来安县房地产业良性循环和健康发展若干措施'], year=2022, date='2022-12-01',
    regionPath=['安徽省', '滁州市', '来安县'], level='county', org='来安县人民政府办公室', kind='通知',
    docNumber='来政办秘〔2022〕47号', validity=None, hasHeader=True, hasTitleLine=True,
    note='Repost on 中房网 (China Real Estate Association site), not the county site: posted 2022-12-06 11:25:17, 来源 来安县人民政府办公室. hasHeader true for the repost\'s metadata block (城市:安徽, 颁发时间 2022-12-01, 发文字号, 发文机构, 实施日期 2022-12-02, 效力级别 地方政府规章 - the latter is the site\'s own wrong category). Date from 颁发时间 = signature 2022年12月1日. Sidebar lists news of other places (庆元县, 微山县 …).')
L[6] = dict(title='高阳县人民政府关于加强房地产市场管控的意见',
    titleAlt=[], year=2017, date='2017-05-11',
    regionPath=['河北省', '保定市', '高阳县'], level='county', org='高阳县人民政府', kind='意见',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='高阳县 government site (政务频道 > 政策文件). No signature or 成文 date in the text: date = 发布时间 2017/5/11 8:22:16. The heading is repeated in two lines (高阳县人民政府 / 关于加强房地产市场管控的意见). Nav lists the towns of the county.')
L[7] = dict(title='印发《关于促进安化县房地产市场平稳健康发展的若干政策措施》的通知',
    titleAlt=['关于促进安化县房地产市场平稳健康发展的若干政策措施'], year=2022, date='2022-09-27',
    regionPath=['湖南省', '益阳市', '安化县'], level='county', org='安化县人民政府办公室', kind='通知',
    docNumber='安政办发〔2022〕20号', validity=None, hasHeader=True, hasTitleLine=True,
    note='Header (twice in the HTML): 索引号 50000007/2022-1663341, 统一登记号 AHDR-2022-01008, 登记日期 2022-09-27, 文号, 发文日期 2022-10-12, 失效日期 2023-12-31. Date = signature 2022年9月27日 (= 登记日期); 发文日期 2022-10-12 and 发布时间 2022-10-12 20:28 are later. validity not stated as such (only a 失效日期).')
L[8] = dict(title='《“好年华 聚福州”长乐区人才住房保障办法实施细则》',
    titleAlt=[], year=2024, date='2024-02-23',
    regionPath=['福建省', '福州市', '长乐区'], level='county', org='长乐区人力资源和社会保障局', kind='办法',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='Short publication notice on the 长乐区 site (现将…予以公布, with the 实施细则 and forms as attachments); no signature. org from 来源, date = posting 2024-02-23 15:16. kind doubtful: the page announces an 实施细则 (办法 chosen; 通知/公告 also defensible).')
L[9] = dict(title='巴中市恩阳区人民政府关于印发《巴中市恩阳区进一步扎实稳住经济增长若干政策措施》的通知',
    titleAlt=['巴中市恩阳区进一步扎实稳住经济增长若干政策措施'], year=2022, date='2022-07-25',
    regionPath=['四川省', '巴中市', '恩阳区'], level='county', org='巴中市恩阳区人民政府', kind='通知',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='恩阳区政务服务网 page. Trap: 发布时间 2023-08-07 (split over several lines in the HTML) is a year after the signature date 2022年7月25日. No 文号. Long body of 72+ measures naming many 区 departments.')
L[10] = dict(title='慈溪市住房和城乡建设局 慈溪市财政局关于印发《慈溪市保障性租赁住房运营奖补实施细则（试行）》的通知',
    titleAlt=['慈溪市保障性租赁住房运营奖补实施细则（试行）'], year=2023, date='2023-04-21',
    regionPath=['浙江省', '宁波市', '慈溪市'], level='county', org='慈溪市住房和城乡建设局 慈溪市财政局', kind='通知',
    docNumber='慈住建〔2023〕36号', validity='现行有效', hasHeader=True, hasTitleLine=True,
    note='慈溪市 (county-level city) 政府信息公开 page. Header: 索引号 11330282002976461L/2023-175371, 发布机构 市住建局, 规范性文件编号 BCXD16-2023-0002 (not the 文号), 有效性 有效, 发布日期 2023-04-24, 成文日期 2023-04-21, 文件编号 慈住建〔2023〕36号. Body cites 慈政办发〔2022〕35号 etc. (other documents).')
L[11] = dict(title='北京市西城区教育委员会关于西城区2020年义务教育阶段入学工作的实施意见',
    titleAlt=[], year=2020, date='2020-04-30',
    regionPath=['北京市', '西城区'], level='county', org='北京市西城区教育委员会', kind='意见',
    docNumber=None, validity=None, hasHeader=True, hasTitleLine=True,
    note='Page of 首都之窗 (Beijing municipal portal) policy library. Header in brackets: [主题分类] [发文机构] [实施日期] [成文日期] 2020-04-30 [发文字号] 〔〕号 (empty template - no 文号) [废止日期] (empty) [发布日期] [有效性] 否 [文件来源] 政府公报 年 第期 (empty template). Trap: 有效性 否 is a bare template value, validity left null. Signature 北京市西城区教育委员会 2020年4月30日. Body cites 京教基二〔2020〕5号 (the municipal document).')
L[12] = dict(title='关于支持房地产业良性循环和健康发展的十条政策措施',
    titleAlt=[], year=2022, date='2022-07-15',
    regionPath=['河北省', '邯郸市', '成安县'], level='county', org='政府办公室', kind=None,
    docNumber=None, validity=None, hasHeader=True, hasTitleLine=True,
    note='成安县 government site (<title> is the site\'s "政府信息公开指南", a trap: not this page\'s title). Header: 发布日期 2022.07.15, 索引号 00062100-X-0801-2019-1079 (trap: 2019 in the index number), 发布机构 政府办公室, 文号 empty. Heading split over two lines. No signature; county named only in the footer (成安县人民政府版权所有) and related links; body says 我县. org as written in 发布机构 (= 成安县人民政府办公室). kind null: a list of 政策措施 (not a notice).')
L[13] = dict(title='四川筠连县：拟提高公积金贷款额度，三孩家庭贷款额再加20万元',
    titleAlt=[], year=2023, date='2023-12-27',
    regionPath=['四川省', '宜宾市', '筠连县'], level='county', org=None, kind='新闻',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='News on 中国网财经 (China.org.cn), reprinted from 澎湃新闻 (author 庞静涛), 2023年12月27日13:20. Reports the draft 《筠连县进一步促进房地产市场平稳健康发展若干措施》(草拟稿) put up for comment 2023-12-26 to 2024-01-24. Trap: the page header shows the crawl day 2026年07月20日 星期一; sidebar headlines are 2026 news. org null (a news outlet; the county itself issues the draft).')
L[14] = dict(title='合山市房地产业平稳健康发展的实施意见',
    titleAlt=[], year=2022, date='2022-09-28',
    regionPath=['广西壮族自治区', '来宾市', '合山市'], level='county', org='合山市人民政府办公室', kind='意见',
    docNumber='合政办发〔2022〕26号', validity=None, hasHeader=True, hasTitleLine=True,
    note='Repost on 中房网 (posted 2022-10-08 13:21:17, 来源 合山市人民政府) with the site\'s metadata block (城市:广西, 颁发时间 2022-09-28, 发文字号, 发文机构, 实施日期, 效力级别 地方政府规章 - the site\'s category). The body is an image: the only text is 合山市房地产市场. Date = 颁发时间. Sidebar lists news of 庆元县, 微山县, 重庆两江新区 … (other places).')
L[15] = dict(title='关于调整住房公积金贷款首付比例的通知',
    titleAlt=[], year=2024, date='2024-05-13',
    regionPath=['河北省', '保定市', '定州市'], level='county', org='定州市住房公积金管理中心', kind='通知',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='Site of 定州市住房公积金管理中心 (county-level city; the gazetteer places 定州市 under 保定市 although it is administered directly by Hebei). Short notice, no signature: date = 发布日期 2024-05-13 14:34:28; org from the site (<title>, 版权所有). Body says 我市 / 定州市行政区域.')
L[16] = dict(title='关于印发《西宁市关于支持刚性和改善性住房需求的若干措施》的通知',
    titleAlt=['西宁市关于支持刚性和改善性住房需求的若干措施'], year=2022, date='2022-06-02',
    regionPath=['青海省', '西宁市'], level='city', org='市住房保障房产局', kind='通知',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='Site of 西宁市住房保障和房产管理局 (<title> 头条推荐_…). No signature or 成文 date: date = 时间 2022-06-02; org as written in 来源 (市住房保障房产局 = 西宁市住房保障和房产管理局). The page shows only the attached 若干措施 (second heading split over two lines), not the notice text.')
L[17] = dict(title='沈阳市房产局关于印发《沈阳市城市房屋使用安全管理办法》的通知',
    titleAlt=['沈阳市城市房屋使用安全管理办法'], year=2025, date='2025-09-04',
    regionPath=['辽宁省', '沈阳市'], level='city', org='沈阳市房产局', kind='通知',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='Signature 沈阳市房产局 2025年９月4日 (full-width ９). Trap: the page top shows a static clock text 2021-7-22 星期四 9:3:08. 发布时间 2025-09-04. No 文号. Body is a full 办法 with chapters; it assigns duties to 区、县（市） departments and 街道办事处.')
L[18] = dict(title='达州市人民政府办公室关于印发达州市促进房地产市场良性循环健康发展十条措施的通知',
    titleAlt=['达州市促进房地产市场良性循环健康发展十条措施'], year=2022, date='2022-04-28',
    regionPath=['四川省', '达州市'], level='city', org='达州市人民政府办公室', kind='通知',
    docNumber='达市府办发〔2022〕25号', validity='现行有效', hasHeader=True, hasTitleLine=True,
    note='Header: 索引号 744695837-2022-0649, 公文种类 通知, 发布机构, 成文时间 2022-04-28, 发布日期, 文号, 有效性 有效. Trap: the text says 有效期至2022年12月31日 while the header still says 有效 (validity taken from the header). <title> gives the column 达市府办（发）.')
L[19] = dict(title='毕节市住房公积金贷款优惠政策',
    titleAlt=[], year=2024, date='2024-07-30',
    regionPath=['贵州省', '毕节市'], level='city', org='毕节市住房公积金管理中心', kind=None,
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='毕节市 portal, 部门频道 > 毕节市住房公积金管理中心 > 政策文件及解读. An explanatory post (answers to 12329 hot-line questions), not a document with 文号 or signature; kind null (a 解读). date = 发布时间 2024-07-30 16:08; org from the column and the text.')
L[20] = dict(title='东莞市人民政府办公室关于进一步规范我市房地产市场发展的通知',
    titleAlt=[], year=2017, date='2017-03-21',
    regionPath=['广东省', '东莞市'], level='city', org='东莞市人民政府办公室', kind='通知',
    docNumber='东府办〔2017〕39号', validity=None, hasHeader=False, hasTitleLine=True,
    note='东莞 portal (政府信息公开目录 > 市政府办公室 > 政策 > 其它文件); posted 2017-03-21 15:25:53, signature 2017年3月21日. 文号 on its own line above the two-line heading; no header block. Addressed to 各镇人民政府(街道办事处、园区管委会).')
L[21] = dict(title='德宏州人民政府办公室关于印发《德宏州优化调整房地产市场调控措施》的通知',
    titleAlt=['德宏州优化调整房地产市场调控措施'], year=2024, date='2024-07-08',
    regionPath=['云南省', '德宏傣族景颇族自治州'], level='city', org='德宏州人民政府办公室', kind='通知',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='德宏州 portal (信息公开 > 政策文件 > 其他). Signature 德宏州人民政府办公室 2024年7月8日; 日期 2024/7/9 is the posting. No 文号. Short name 德宏州 in the text; gazetteer name 德宏傣族景颇族自治州. Prev/next links name other 州 documents (瑞丽陇川协同发展规划 …).')
L[22] = dict(title='白银市人民政府办公室关于印发《白银市建立房地产市场平稳健康发展“一城一策”工作方案》的通知',
    titleAlt=['白银市建立房地产市场平稳健康发展“一城一策”工作方案'], year=2022, date='2022-10-06',
    regionPath=['甘肃省', '白银市'], level='city', org='白银市人民政府办公室', kind='通知',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='Signature 2022年10月6日; 发布时间 2022-10-20 16:09 later. 信息来源 白银市人民政府办公室. No 文号. The attached 工作方案 sets targets for 2022 and from 2023 on (years cited in the body).')
L[23] = dict(title='大连市人民政府办公室关于进一步加强房地产市场调控和监管工作的通知',
    titleAlt=['[已废止]大连市人民政府办公室关于进一步加强房地产市场调控和监管工作的通知'], year=2021, date='2021-08-13',
    regionPath=['辽宁省', '大连市'], level='city', org='大连市人民政府办公室', kind='通知',
    docNumber='大政办发〔2021〕31号', validity='已废止', hasHeader=True, hasTitleLine=True,
    note='Header: 索引号 2102000003/2021-13983, 文件编号 大政办发〔2021〕31号, 成文日期 2021-08-13, 发布机构 大连市政府办公室, 发布日期 2021-08-16. The heading is prefixed [已废止] (validity from that marker; title given without it, the marked form in titleAlt). Signature 大连市人民政府办公室 2021年8月13日. Body names 中山区、西岗区 … (districts as scope, not the subject).')
L[24] = dict(title='常州市户籍准入和迁移管理规定',
    titleAlt=['常州市政府关于修改《常州市户籍准入和迁移管理规定》的决定'], year=2014, date='2014-05-16',
    regionPath=['江苏省', '常州市'], level='city', org='常州市人民政府', kind='规定',
    docNumber='常政规〔2014〕4号', validity='已修订', hasHeader=True, hasTitleLine=True,
    note='Header: 信息名称, 索引号 014109429/2014-00105, 文件编号 常政规〔2014〕4号, 发布机构, 生成日期 2014-05-16, 公开日期 2014-06-05, 时效 (施行2014-07-01, 有效期至2028年7月13日), 内容概述: 于2017年6月7日作了修改 -> validity 已修订. titleAlt is a link title on the page (the 2017 amending decision, another document). The 规定 comes with its 印发 notice (signature 2014年5月16日); it repeals 常政发〔2003〕99号.')
L[25] = dict(title='《宿州市进一步促进房地产市场平稳健康发展若干措施》',
    titleAlt=[], year=2023, date='2023-09-26',
    regionPath=['安徽省', '宿州市'], level='city', org='宿州市房管中心', kind=None,
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='宿州市房产管理服务中心 site, 通知公告. No signature: date = 发布日期 2023-09-26 19:05, org from 来源 (编辑 市房管中心). The whole body is one run-on paragraph starting with the repeated title. kind null (若干措施).')
L[26] = dict(title='长春市人民政府办公厅关于保持房地产市场平稳健康发展的通知',
    titleAlt=[], year=2017, date='2017-12-29',
    regionPath=['吉林省', '长春市'], level='city', org='长春市人民政府办公厅', kind='通知',
    docNumber='长府办发〔2017〕65号', validity=None, hasHeader=False, hasTitleLine=True,
    note='长春 portal (市政府办公厅文件). 文号 on a line under the heading, no header block, no posting date. Signature 长春市人民政府办公厅 2017年12月29日. Body cites another 长春市人民政府办公厅 document (trap for title).')
L[27] = dict(title='关于优化我市个人住房贷款中住房套数认定标准的通知',
    titleAlt=[], year=2023, date='2023-09-01',
    regionPath=['湖北省', '鄂州市'], level='city', org='鄂州市推动房地产平稳健康发展联席会议办公室', kind='通知',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='Site of 鄂州市住房和城市更新局 (资讯中心 > 公示公告); the city is named only as 我市 in the title. Signature 鄂州市推动房地产平稳健康发展联席会议办公室 2023年9月1日 (= 日期). Addressed to 各区人民政府.')
L[28] = dict(title='关于进一步落实住房公积金支持“浙有善育”政策的通知',
    titleAlt=[], year=2023, date='2023-06-19',
    regionPath=['浙江省', '嘉兴市'], level='city', org='嘉兴市住房公积金管理服务中心', kind='通知',
    docNumber='嘉公积金〔2023〕27号', validity=None, hasHeader=True, hasTitleLine=True,
    note='Header: 索引号 770722843/2023-00148, 文号, 发布机构 市公积金中心, 发文日期 2023-06-19; 发布日期 2023-06-21 14:18. Heading repeated in two lines. Signature 嘉兴市住房公积金管理服务中心 2023年6月19日; in force from 2023-07-01 (stated in body).')
L[29] = dict(title='关于公开征求《南昌市城区房地产开发项目地下车位（库）销售备案和不动产登记管理规定（征求意见稿）》意见的公告',
    titleAlt=[], year=2025, date='2025-11-03',
    regionPath=['江西省', '南昌市'], level='city', org='南昌市自然资源和规划局', kind='公告',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='Call for comments (征求意见) on a draft; comments until 2025年11月22日. Signature 南昌市自然资源和规划局 2025年11月3日 = 发布时间. The draft itself is an attachment (not in the page).')
L[30] = dict(title='贵阳市住房公积金管理中心关于《住房公积金服务贵安新区高质量发展的十条措施（征求意见稿）》公开征求意见的公告',
    titleAlt=['住房公积金服务贵安新区高质量发展的十条措施（征求意见稿）'], year=2023, date='2023-06-25',
    regionPath=['贵州省', '贵阳市'], level='city', org='贵阳市住房公积金管理中心', kind='公告',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='Call for comments with the draft 十条措施 appended (heading split over three lines). Signature 贵阳市住房公积金管理中心 2023年6月25日 (= posting 2023-06-25 12:04:51). Subject area 贵安新区 (a state-level new area, not a gazetteer unit), so regionPath is the city of the issuing body.')

EBNOTE = ('JSP page of the 阳光易购 (ebid360) e-procurement portal, kept verbatim (starts with <%@ page %> directives; '
          'saved as .html). News item reposted by the portal; no issuing body, org null. ')
def eb(title, date, region, level, note, kind='新闻', org=None, year=None):
    return dict(title=title, titleAlt=[], year=year or int(date[:4]), date=date, regionPath=region, level=level,
                org=org, kind=kind, docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
                note=EBNOTE + note)
DATE_TRUNC = 'Date line "2011年09月27来源：…" (day written without 日; 来源 is the portal www.ebid360.com or empty). '
L[31] = eb('中山市三角镇五项举措推进阳光政府采购', '2011-09-27', ['广东省', '中山市', '三角镇'], 'town',
    DATE_TRUNC.replace('09月27', '09月27') + 'Town 三角镇 of 中山市 (a prefecture city without counties); body also names 市政府采购中心 (the city\'s).')
L[32] = eb('成安县四措将政府采购工作置于阳光之下', '2011-10-10', ['河北省', '邯郸市', '成安县'], 'county',
    DATE_TRUNC.replace('09月27', '10月10') + '今年来 = 2011.')
L[33] = eb('蒙古敖汉旗经政府采购首次成功引入BT模式', '2011-10-10', ['内蒙古自治区', '赤峰市', '敖汉旗'], 'county',
    DATE_TRUNC.replace('09月27', '10月10') + 'Heading says 蒙古敖汉旗 (truncated 内蒙古). Body: 旗政府, 敖汉物流产业园区, 新惠工业园区.')
L[34] = eb('房县严把七关打造阳光采购', '2011-10-10', ['湖北省', '十堰市', '房县'], 'county',
    DATE_TRUNC.replace('09月27', '10月10') + 'Body: 今年上半年 (2011).')
L[35] = eb('海淀区北部15个重大产业项目2011年将开建', '2011-05-04', ['北京市', '海淀区'], 'county',
    '发布时间 2011-05-04, 发布人 -. About 海淀北部科技园区 projects (中关村环保园 …).')
L[36] = eb('安次区国家税务局实施有力举措规范政府采购', '2011-05-09', ['河北省', '廊坊市', '安次区'], 'county',
    '发布时间 2011-05-09. Subject: the 安次区 state-tax bureau (a vertically managed body located in the district); 廊坊 not named in the text.')
L[37] = eb('市政协召开政府采购工作民主监督座谈会', '2011-06-15', ['浙江省', '杭州市'], 'city',
    '发布时间 2011-06-15. Trap: the heading names no place (市政协); the city (杭州市) appears only in the second paragraph; 昨日(14日) is the event day. Cites the 2010 procurement volume (past year).')
L[38] = eb('吉木乃县政府采购监管节约221万元', '2011-07-06', ['新疆维吾尔自治区', '阿勒泰地区', '吉木乃县'], 'county',
    '发布时间 2011-07-06. Figures for 上半年 (2011).')
L[39] = eb('开鲁县上半年采购规模同比增长80%', '2011-07-13', ['内蒙古自治区', '通辽市', '开鲁县'], 'county',
    '发布时间 2011-07-13. Body cites 财政部 2011年政府采购工作要点 (national document).')
L[40] = eb('丹江口市为政府采购供应商建立诚信档案', '2011-07-14', ['湖北省', '十堰市', '丹江口市'], 'county',
    '发布时间 2011-07-14. Reports the city\'s new 《市级政府采购供应商诚信档案管理暂行办法》 (the 办法 is not this document).')
L[41] = eb('上海青浦区三项措施推进政府采购制度改革', '2011-07-27', ['上海市', '青浦区'], 'county',
    '发布时间 2011-07-27. Body: 2011年以来; mentions the municipal 上海市政府采购信息管理平台.')
L[42] = eb('山东滕州市上半年政府采购额实现1.36亿元', '2011-07-28', ['山东省', '枣庄市', '滕州市'], 'county',
    '发布时间 2011-07-28. 枣庄 not named; county-level city 滕州市.')
L[43] = eb('我市政府采购管理制度实现重大突破', '2011-08-15', ['山东省', '济宁市'], 'city',
    '发布时间 2011-08-15. Trap: heading says only 我市; the city appears in the body through 《济宁市市级政府采购协议供货管理暂行办法》 (reported, not this document).')
L[44] = eb('浏阳市开发商必须进行前期物业管理招投标', '2011-09-29', ['湖南省', '长沙市', '浏阳市'], 'county',
    DATE_TRUNC.replace('09月27', '09月29') + 'Reporter\'s news from the 市住房保障局 of 浏阳市; rule in force from 2011年10月1日; cites 住建部 rules.')
L[45] = eb('枞阳县在招投标工作中严把“六关”', '2011-09-29', ['安徽省', '铜陵市', '枞阳县'], 'county',
    DATE_TRUNC.replace('09月27', '09月29') + 'Trap: in 2011 枞阳县 belonged to 安庆市 (transferred to 铜陵市 in 2015); the text names no prefecture; regionPath follows the gazetteer (铜陵市).')
L[46] = eb('江西省定南县实施公共资源透明化交易', '2011-09-29', ['江西省', '赣州市', '定南县'], 'county',
    DATE_TRUNC.replace('09月27', '09月29') + 'Body: 2011年前8月; an incident of 2011年1月; 奔走5市12县 (other places, not the subject).')
L[47] = eb('内蒙古乌前旗开展工程建设领域突出问题专项治理工作', '2011-09-30', ['内蒙古自治区', '巴彦淖尔市', '乌拉特前旗'], 'county',
    DATE_TRUNC.replace('09月27', '09月30') + 'Heading uses the short name 乌前旗; body: 乌拉特前旗纪委. Cites a 中共中央、国务院 decision (national).')
L[48] = eb('安宁太平新城启动城市设计招投标', '2011-10-08', ['云南省', '昆明市', '安宁市', '太平新城街道'], 'street',
    DATE_TRUNC.replace('09月27', '10月08') + 'Doubt: the subject is 安宁市太平新城 (a new-town area run by the 太平新城管委会); the gazetteer unit 太平新城街道 is taken as its place; county-level 安宁市 would also be defensible. Reports the 管委会\'s 《太平新城城市设计编制技术导则》.')
L[49] = eb('浏阳招投标办为政府节资8000多万元', '2011-10-10', ['湖南省', '长沙市', '浏阳市'], 'county',
    DATE_TRUNC.replace('09月27', '10月10') + 'Reprint of 浏阳网/浏阳日报 (浏阳网10月09日讯, event on 9月13日); sub-heading 一年完成招投标300宗. Different item from rpA0044.')
L[50] = eb('安徽省全椒县扎实开展工程建设领域廉政风险防控工作', '2011-10-10', ['安徽省', '滁州市', '全椒县'], 'county',
    DATE_TRUNC.replace('09月27', '10月10') + 'Body: 县纪委监察局; 去年以来 338 projects; 国庆前夕 (2011). Names 10个镇 and 127村 (units below the county, not the subject).')
L[51] = dict(title=None, titleAlt=['长顺县2017-2019年出列村基本情况', '长顺县2017年深度贫困村、极贫乡镇基本情况'], year=None, date=None,
    regionPath=['贵州省', '黔南布依族苗族自治州', '长顺县'], level='county', org=None, kind='简介',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=False,
    note='Content field (an HTML fragment) of record id 2 of static/policy.js in a 长顺县 poverty-alleviation web-site project; the record\'s title 长顺县贫困（深度贫困）基本情况 and createdAt 2019/3/15 are separate fields, not part of the document, so title and date are null. Body starts with 一、贫困情况 (profile of poverty in the county, 2017-2019 targets, then tables of towns/villages; titleAlt are table captions). Year null: a profile without a stated reference year (it reads like 2017: 2016 exits done, 2017-2019 planned). Names many towns (长寨街道, 广顺镇, 代化镇 …) - the subject is the county.')
L[52] = dict(title='万载县2015年国民经济和社会发展统计公报', titleAlt=[], year=2015, date='2017-05-15',
    regionPath=['江西省', '宜春市', '万载县'], level='county', org=None, kind=None,
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='Browser-saved page of the 万载县 government site (数据开放 > 统计信息 > 统计公报). Statistical bulletin (公报 is not in the kind list -> null); year = the statistical year 2015 reviewed. date = 发布日期 2017-05-15 10:49:00, posted long after the year (trap); the page top shows the save day 2023年10月11日 星期三 (trap). No issuing body in the text (only 主办 万载县人民政府 in the footer), org null. Names towns (康乐街办, 黄茅镇 …) and the footer lists other counties of 宜春.')
L[53] = dict(title='万载县2022年国民经济和社会发展统计公报', titleAlt=[], year=2022, date='2023-05-11',
    regionPath=['江西省', '宜春市', '万载县'], level='county', org='万载县统计局 国家统计局万载调查队', kind=None,
    docNumber=None, validity=None, hasHeader=True, hasTitleLine=True,
    note='Browser-saved page of the 万载县 site (部门信息公开目录 > 统计局). Header: 索引号 014742224A/2023-0043406, 生成日期 2023-05-11, 公开范围, 责任部门 万载县统计局. Byline 万载县统计局 国家统计局万载调查队 (2023年5月). Trap: 2023-07-12 is the date of a related link (图文解读). Statistical bulletin: kind null, year = statistical year 2022.')
L[54] = dict(title='宜春市2022年国民经济和社会发展统计公报', titleAlt=[], year=2022, date='2023-04-12',
    regionPath=['江西省', '宜春市'], level='city', org='宜春市统计局 国家统计局宜春调查队', kind=None,
    docNumber=None, validity=None, hasHeader=True, hasTitleLine=True,
    note='Browser-saved page of the 宜春 portal (统计数据 > 统计公报). Header: 索引号 014717475N/2023-0040295, 发布机构 宜春市统计局, 发文日期 2023-04-18. Byline 宜春市统计局 国家统计局宜春调查队 (2023年4月12日) taken as date (the header has no 成文日期; 发文日期 2023-04-18 is the issue). Statistical bulletin: kind null, year = 2022.')
L[55] = eb('互助县积极推行政府采购管办分离改革', '2011-06-23', ['青海省', '海东市', '互助土族自治县'], 'county',
    '发布时间 2011-06-23, 发布人 -青海新闻网 (source outlet). Body in the county\'s voice (我县); short name 互助县 for 互助土族自治县. In 2011 海东 was a 地区 (the text says 省、地), now 海东市 in the gazetteer.')
L[56] = eb('涪陵区委书记：天价榨菜不违法 存在过度包装', '2011-07-13', ['重庆市', '涪陵区'], 'county',
    '发布时间 2011-07-13, 发布人 -新华网. News of a press conference of the 涪陵区 Party secretary (今天下午); about the 涪陵榨菜 company. Cites 1898 and 07年 (past years).')
L[57] = dict(title='泉州洛江实施购房补贴', titleAlt=['购房限期内，最高7万元/套'], year=2025, date='2025-12-01',
    regionPath=['福建省', '泉州市', '洛江区'], level='county', org=None, kind='新闻',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='News on the Fujian provincial portal (民生资讯), 来源 福建日报, posted 2025-12-01 07:52; sub-heading 购房限期内，最高7万元/套. Reporter\'s information from the 洛江区住房和城乡建设局 (campaign 2025-11-29 to 2026-06-30). Trap: hidden template text 废止，失效（宣布失效） is in the page. org null (newspaper). Navigation lists the provincial leaders and all Fujian counties.')
L[58] = dict(title='长沙市人民政府办公厅关于进一步加强房地产市场调控工作的通知', titleAlt=[], year=2018, date='2018-06-25',
    regionPath=['湖南省', '长沙市'], level='city', org='长沙市人民政府办公厅', kind='通知',
    docNumber='长政办函〔2018〕75号', validity=None, hasHeader=True, hasTitleLine=True,
    note='长沙 portal (市级行政规范性文件). Header: 索引号 0000143490101038/…, 统一登记号 CSCR-2018-01025, 公开责任部门 市法制办, 公布日期/生效日期 2018-06-26, 信息时效期 2023-06-26, 文号. Signature 2018年6月25日 used as date (no 成文日期 in the header); heading also split in two lines.')
L[59] = dict(title='关于进一步加强房地产市场调控促进房地产市场平稳健康发展的补充通知', titleAlt=[], year=2017, date='2017-09-22',
    regionPath=['广西壮族自治区', '南宁市'], level='city', org='南宁市住房保障和房产管理局', kind='通知',
    docNumber='南住房规〔2017〕3号', validity=None, hasHeader=True, hasTitleLine=True,
    note='Repost on 中房网 (posted 2017-09-29) with its metadata block (颁发时间 2017-09-22, 发文字号, 发文机构, 实施日期, 效力级别 地方规范性文件). Signature 南宁市住房保障和房产管理局 2017年9月22日. Text: 有效期五年 (not a validity status). Sidebar has unrelated 2021-2023 headlines.')
L[60] = dict(title='关于控制二手住房短期交易转让的通知', titleAlt=[], year=2017, date='2017-09-13',
    regionPath=['山西省', '太原市'], level='city', org='太原市房产管理局', kind='通知',
    docNumber=None, validity=None, hasHeader=True, hasTitleLine=True,
    note='Repost on 中房网 with its metadata block: 城市 山西, 颁发时间 2017-10-12, 发文字号 (empty), 发文机构 太原市房产管理局. Trap: the block\'s 颁发时间 2017-10-12 differs from the signature date 2017年9月13日 (date taken from the signature). The city appears in the body only through 市辖城六区 and the signature.')
L[61] = dict(title='关于调整职工住房公积金缴存基数下限的通知', titleAlt=[], year=2025, date='2025-12-01',
    regionPath=['黑龙江省', '哈尔滨市'], level='city', org='哈尔滨住房公积金管理中心', kind='通知',
    docNumber=None, validity=None, hasHeader=True, hasTitleLine=True,
    note='哈尔滨 portal, 部门平台 > 哈公积金管理中心 > 部门文件. Header: 索引号 736916955/2025-10230, 主题分类, 发文日期 (empty), 公开方式. 日期 2025-12-01 17:40, signature 哈尔滨住房公积金管理中心 2025年12月1日. Body cites 国务院令第350号 and a 黑龙江省人民政府 notice (other documents); names 呼兰区、阿城区、双城区 as exceptions.')
L[62] = dict(title='中共郑州市委关于制定郑州市国民经济和社会发展第十五个五年规划的建议', titleAlt=[], year=2025, date='2025-12-08',
    regionPath=['河南省', '郑州市'], level='city', org='中共郑州市委', kind=None,
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='On the 郑州市发展和改革委员会 site, 来源 郑州日报, posted 2025-12-17 10:08. Party document (建议 - not in the kind list). Date from the adoption line （2025年12月8日中国共产党郑州市第十二届委员会第九次全体会议通过）. Plans 2026-2030 (十五五) and reviews 十四五; year = adoption year 2025 (doubtful; the planned period starts 2026).')
L[63] = dict(title='海南省住房公积金管理局关于2026年度住房公积金缴存基数范围的通告', titleAlt=[], year=2026, date='2026-06-26',
    regionPath=['海南省'], level='province', org='海南省住房公积金管理局', kind='通告',
    docNumber=None, validity='现行有效', hasHeader=True, hasTitleLine=True,
    note='Header: 主题分类, 发文机关 省住房公积金管理局, 成文日期 2026-06-26 22:25 (a time in a 成文日期 field), 标题, 文号 (empty, run together with 发布日期), 备案登记号, 废止日期 (empty), 时效性 有效. Heading split in two lines. Signature 2026年6月26日. Applies 2026-07-01 to 2027-06-30 (years in the body).')
L[64] = dict(title='西安推行存量房“带押过户”', titleAlt=[], year=2023, date='2023-07-03',
    regionPath=['陕西省', '西安市'], level='city', org=None, kind='新闻',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='中房网 news (中房网讯, 苏晓/文), 2023-07-03 08:40:21, about a notice of the 西安市自然资源和规划局 and other 西安 bodies reported on 6月30日. Sidebar links to other cities\' 带押过户 items (江西省, 北京, 广州, 郑州) and later 2023-10 headlines.')
L[65] = dict(title='关于公开征求厦门市关于进一步稳增长转动能推动经济高质量发展的若干措施意见的通知', titleAlt=[], year=2023, date='2023-08-29',
    regionPath=['福建省', '厦门市'], level='city', org='厦门市发展和改革委员会', kind='通知',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='厦门市发展和改革委员会 site; 时间 2023-08-29 18:38, signature 厦门市发展和改革委员会 2023年8月29日. Call for comments until 2023年9月7日; the draft is an attachment. Below the notice the page shows public comments (建议1 …). <title> truncates the heading.')
L[66] = dict(title='河北衡水：首套住房商业性个人住房贷款利率下调至3.8%', titleAlt=[], year=2023, date='2023-03-16',
    regionPath=['河北省', '衡水市'], level='city', org=None, kind='新闻',
    docNumber=None, validity=None, hasHeader=False, hasTitleLine=True,
    note='中房网 news, 2023-03-16 09:48:53, 来源 中国房地产网; reports a 衡水市政府新闻办 press conference of 3月14日. Sidebar lists other 衡水 items and 2023-10 headlines (郑州高新区 …).')

SQNOTE = 'Page fragment (no <head>/<title>; <h1> heading, 发布时间, 发布人 empty) from the portal\'s 商圈资讯 column. '
L[67] = eb('金湖政府采购年节约资金3000万元', '2011-03-11', ['江苏省', '淮安市', '金湖县'], 'county',
    SQNOTE + 'About the 金湖县财政局; figures for 去年 (2010). The same story reposted 2011-03-31 as 淮安市金湖政府采购… exists in the repository (not taken, near-duplicate).')
L[68] = eb('陕西省:政府采购助推现代农业提质增效', '2011-04-02', ['陕西省'], 'province',
    SQNOTE + 'Trap: opens with a farmer in 富县 (延安市) and gives examples from 富县 and 铜川市印台区, but the subject is the provincial programme of the 陕西省财政厅 (2008-2010), as the heading says; also mentions 甘肃 places.')
L[69] = eb('石台茶叶节将于4月18日开幕', '2011-04-13', ['安徽省', '池州市', '石台县'], 'county',
    SQNOTE + 'Announces the 2011 石台茶叶节 (organised by 安徽省农业委员会 and 池州市人民政府, hosted by 石台县人民政府).')
L[70] = eb('备耕有创意，按方采购、团购受青睐', '2011-04-13', ['辽宁省', '朝阳市', '建平县'], 'county',
    SQNOTE + 'Trap: the heading names no place; the county appears in the first sentence (辽宁省朝阳市建平县农经局土肥站).')
L[71] = eb('贵州遵义“湄潭翠芽”茶叶品牌价值达9亿', '2011-04-18', ['贵州省', '遵义市', '湄潭县'], 'county',
    SQNOTE + 'News from the 湄潭县政府 (4月15日); mentions other counties (凤冈、务川、道真) and a 2010 figure; page ends with the portal\'s list of 2011 events.')
L[72] = eb('内蒙古首个LED光电产业集群区落脚蒙西', '2011-04-19', ['内蒙古自治区', '鄂尔多斯市', '杭锦旗'], 'county',
    SQNOTE + 'Heading names only 内蒙古 and 蒙西; the project is in 杭锦旗锡尼镇 (鄂尔多斯市) - county taken as the subject (town-level 锡尼镇 is only the site).')
L[73] = eb('古丈春茶生产形势喜人', '2011-04-20', ['湖南省', '湘西土家族苗族自治州', '古丈县'], 'county',
    SQNOTE + 'Event 4月7日 (笔者 report); 今年 = 2011.')
L[74] = eb('赤峰市克旗环保局强化环境监测能力建设', '2011-04-20', ['内蒙古自治区', '赤峰市', '克什克腾旗'], 'county',
    SQNOTE + 'Short name 克旗 = 克什克腾旗 (gazetteer name); body mentions 经棚 (the banner seat) and 全旗.')
L[75] = eb('广西侗乡力争做大做强茶叶产业', '2011-05-25', ['广西壮族自治区', '柳州市', '三江侗族自治县'], 'county',
    SQNOTE + 'Heading says only 广西侗乡; body: 三江侗族自治县 / 三江县; compares with 浙江、福建、云南 (other places).')
L[76] = eb('20亿元煤炭超市项目落户井陉', '2011-05-26', ['河北省', '石家庄市', '井陉县'], 'county',
    SQNOTE + 'Agreement signed in 山西太原 (not the subject); project in 井陉 (county named without 县).')
L[77] = eb('有机食品 打造沂南品牌新农业', '2011-05-30', ['山东省', '临沂市', '沂南县'], 'county',
    SQNOTE + 'Reporter of 《中国产经新闻》 quotes the 沂南县农业局; mentions 寿光 and 临沂市 (context).')
L[78] = eb('霍邱网上招投标遏制围标串标行为', '2011-10-09', ['安徽省', '六安市', '霍邱县'], 'county',
    DATE_TRUNC + '霍邱县招投标协会; online registration from 2011年8月份.')
L[79] = eb('江永高泽源林场违规违法招投标领导涉嫌变相受贿', '2011-10-10', ['湖南省', '永州市', '江永县'], 'county',
    DATE_TRUNC + 'A complaint story about the 江永县高泽源林场 (a forest farm in the county); events 9月21-23日; also names 江华县 and 永州市森林公安局.')
L[80] = eb('公车采购“被动超标”成一大漏洞', '2011-07-21', ['陕西省', '安康市', '旬阳市'], 'county',
    '发布时间 2011-07-21, 发布人 -经济参考报. Heading names no place; subject is the 旬阳县国土资源局 (安康市). 旬阳县 became 旬阳市 in 2021; the gazetteer only has 旬阳市 (regionPath uses it).')
L[81] = eb('甘肃和政重大项目集中开工 总投资13.5亿', '2011-04-25', ['甘肃省', '临夏回族自治州', '和政县'], 'county',
    '发布时间 2011-04-25. Event 4月21日; 今年该县 = 2011.')
L[82] = eb('江苏如东棉价小幅回升 纺企采购量增', '2011-05-31', ['江苏省', '南通市', '如东县'], 'county',
    '发布时间 2011-05-31. Market news (prices of 5月28日) from 江苏省如东县.')
L[83] = eb('浙江松阳茶叶由“只能喝”变为“还能吃”', '2011-04-20', ['浙江省', '丽水市', '松阳县'], 'county',
    SQNOTE + 'Sub-heading 延伸产业链 提升附加值; names 西屏镇瓦窑头村 and 2008 (background).')
L[84] = eb('“十二五”新疆将建设现代化大型煤炭基地', '2011-05-12', ['新疆维吾尔自治区'], 'province',
    SQNOTE.replace('发布人 empty', '发布人 亚心网') + 'Trap: opens with a project in 奇台县喇嘛湖梁工业园, but the subject is the Xinjiang 十二五 plan (province); cites 2015 targets.')
for k in (67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 83, 84):
    L[k]['note'] = L[k]['note'].replace('News item reposted by the portal', 'News item on the portal')
for k in (67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 83, 84):
    L[k]['note'] = L[k]['note'].replace('kept verbatim (starts with <%@ page %> directives; saved as .html)', 'kept verbatim (a JSP include fragment starting with <meta>, no <title>; saved as .html)')
