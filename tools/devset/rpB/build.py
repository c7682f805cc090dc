#!/usr/bin/env python3
"""Rebuild the documents of dev-set part rpB from fetched bare git mirrors.

Sources (bare mirrors fetched with the search tool's fetch):
  * zxykuangfeng/guomeicms - a PHP government-site CMS whose installer ships MySQL
    demo data copied from real Chinese government web sites.  A document is the
    `content` column of a `p8_cms_item_<model>_addon` row of
    install/data/<site>/fill_data/cms.php.
  * slw158/nongchanpinsale, Strangerrrrrrr/itraffic and Y1ngD/library - student projects built on
    the same code template ("hsg"), whose MySQL dumps carry a `xinwentongzhi` (news and
    notices) table filled with items copied from 苍南县 (Wenzhou) government and news
    sites, c. 2010-2012.  A document is the `neirong` column of one INSERT row.
MySQL string escapes are undone and the text is written as UTF-8 HTML.  Nothing is
typed by hand: every byte comes from `git show`.

Usage: python3 build.py [--check]   (--check: rebuild into a temp dir and compare sha1)
"""
import hashlib
import os
import subprocess
import sys
import tempfile

MIRROR = '/work/.mirror/zxykuangfeng+guomeicms/repo'
REPO = 'zxykuangfeng/guomeicms'
COMMIT = '63ffcef6f8911a067d0be6b72e08a1960f1fd48e'
# template-project dumps: key -> (repo, mirror, commit, path)
SQLDUMPS = {
    'ncp': ('slw158/nongchanpinsale', '/work/.mirror/slw158+nongchanpinsale/repo',
            'c8b932a10105ad216ddcea36d3c1d8a0cb121e6f', 'phpzxncpzxxsptdzkf-newTime.sql'),
    'itr': ('Strangerrrrrrr/itraffic', '/work/.mirror/Strangerrrrrrr+itraffic/repo',
            '600e60022d1e2fbe92facd412dddc8b5f5d40b76', 'database/itraffic.sql'),
    'lib': ('Y1ngD/library', '/work/.mirror/Y1ngD+library/repo',
            '5d00cb111ead37b4ee9fc59aa7ba85ef56f625ed', 'database/zjy.sql'),
}
OUT = '/work/devset/docs/rpB'

# (file number, site, model, item id)
DOCS = [
    (1, 'gov8', 'govopen', '1018'),   # 2012年度烟墩街道应急民防工作总结
    (2, 'gov8', 'govopen', '1014'),   # 市人防办一行前往岗集镇考察人防民防工作
    (3, 'gov8', 'govopen', '1016'),   # 淮南凤台县民防办到岗集镇考察人防民防工作
    (4, 'gov8', 'govopen', '1015'),   # 天乐社区获全省人防工作先进单位表彰
    (5, 'gov8', 'govopen', '1013'),   # 做好低温雨雪天气防范应对工作的紧急通知
    (6, 'gov8', 'article', '871'),    # 城厢区：多举措培育农业新增长点
    (7, 'gov8', 'article', '878'),    # 秀屿区：海产品加工业推动海洋经济发展
    (8, 'gov8', 'article', '879'),    # 秀屿区：荣膺“全国平安渔业示范县”
    (9, 'gov8', 'article', '956'),    # 楚雄市政府火把节节庆活动
    (10, 'gov8', 'article', '862'),   # 郑锦春主任赴新疆拜城考察援建工作
    (11, 'gov8', 'article', '1045'),  # 离婚手续在哪办？ (晋安区)
    (12, 'gov8', 'article', '1047'),  # 关于领结婚证的问题 (福清市民政局)
    (13, 'gov8', 'article', '1049'),  # 婚姻证明开具 (鼓楼区民政局)
    (14, 'gov8', 'article', '1050'),  # 国外的无婚姻证明哪里开？ (晋安区民政局)
    (15, 'gov8', 'article', '1053'),  # 怎么样办理结婚证及准生证 (闽清县)
    (16, 'gov8', 'article', '1057'),  # 离婚协议书出错应如何更正 (闽侯县民政局)
    (17, 'gov8', 'article', '1058'),  # 离婚证书遗失，如何办理结婚证？ (鼓楼区民政局)
    (18, 'gov8', 'article', '1054'),  # 境外人员到哪办离婚公证 (福州市司法局)
    (19, 'govlzf', 'article', '1053'),  # 国有建设用地使用权网上挂牌公告 (华容县)
    (20, 'govlzf', 'article', '1105'),  # 宁陕学生娃参与拍摄的电影……
    (21, 'govlzf', 'article', '1113'),  # 他把致富的希望带到贫困村庄 (周至县四屯镇)
    (22, 'govlzf', 'government_affairs', '1109'),  # 我县多举措落实最严格的耕地保护制度
    (23, 'group', 'article', '1'),    # 湖南衡阳区划调整引堵路事件 (衡山县店门镇)
    (24, 'group', 'article', '2'),    # 凯里官方:网吧隔壁危险化学品引发爆炸
    (25, 'gov8', 'article', '866'),   # 市六届人大一次会议昨隆重开幕 (莆田市)
    (26, 'gov8', 'article', '864'),   # 木兰陂生态主题公园投入使用 (莆田)
    (27, 'gov8', 'article', '852'),   # 王祖焕副市长调研我市住房和城乡建设工作 (温州)
    (28, 'gov8', 'article', '872'),   # 局召开“三馆一中心”建筑设计方案招标会议 (常州)
    (29, 'gov8', 'article', '876'),   # 关于常州市建设专业初级技术职务评委会评审通过人员的公示
    # --- 苍南县 items from template-project dumps (site key, '-', row id)
    (30, 'itr', '-', '15'),   # 关于印发《钱库镇道路交通安全集中整治实施方案》的通知
    (31, 'itr', '-', '19'),   # 钱库镇召开交通安全集中整治动员大会
    (32, 'itr', '-', '20'),   # 110块旅游交通标识牌“上岗”
    (33, 'itr', '-', '22'),   # 钱库镇某加工厂印制48假亿交通发票
    (34, 'itr', '-', '25'),   # 灵溪青年志愿者开展文明交通劝导活动
    (35, 'ncp', '-', '252'),  # 无牌三轮车夫殴打交警妨碍公务被拘留
    (36, 'ncp', '-', '253'),  # 县镇人大代表助推苍三医迁建工作
    (37, 'ncp', '-', '255'),  # 钱库镇领导视察种植大户农业生产情况
    (38, 'ncp', '-', '256'),  # 钱库镇召开“多网合一、精细管理、组团服务”动员大会
    (39, 'ncp', '-', '259'),  # 苍南县推行基层派出所“消防日”活动
    (40, 'ncp', '-', '262'),  # 钱库开展酒后驾驶检查专项行动
    (41, 'ncp', '-', '264'),  # 我县有线数字电视整体转换启动
    (42, 'ncp', '-', '265'),  # 钱库江南爱心联合会开展尊老敬老献爱心活动
    (43, 'ncp', '-', '267'),  # 钱库片卫生协会赴仙居开展义诊活动
    (44, 'ncp', '-', '268'),  # 黄寿龙在全县“比学帮”活动动员大会上强调……
    (45, 'ncp', '-', '269'),  # 苍瑞两地中职教学联谊活动在我县举行
    (46, 'ncp', '-', '270'),  # 矾都“活遗址” 旅游开发未雨绸缪（图文）
    (47, 'ncp', '-', '272'),  # 苏庆明到宜山指导“创先争优”活动
    (48, 'ncp', '-', '273'),  # 市督查组来苍检查“转作风优环境”专项活动开展情况
    (49, 'ncp', '-', '275'),  # “比学帮”活动达到预期目的……
    (50, 'ncp', '-', '276'),  # 龙港警民联合开展巡逻活动
    (51, 'ncp', '-', '277'),  # 钱库镇妇联开展妇女法制维权宣传活动
    (52, 'ncp', '-', '278'),  # 县“绿色苍南、美丽家园”活动领导小组办公室召开成员工作会议
    (53, 'ncp', '-', '280'),  # 关于提前招聘2011年普通高校医学类紧缺专业毕业生的通知
    (54, 'ncp', '-', '281'),  # 停电通知（12月13日?12月17日）
    (55, 'ncp', '-', '284'),  # 关于招聘钱库镇计划生育服务站技术人员的通知
    (56, 'ncp', '-', '285'),  # 关于公布2010年度文明礼仪知识竞赛获奖人员名单的通知
    (57, 'ncp', '-', '286'),  # 关于接受童芍素、钟小毛等职务的决定
    (58, 'ncp', '-', '287'),  # 关于苍南县城新区5-12-1地块……的通知
    (59, 'ncp', '-', '289'),  # 浙江省人民政府关于陈文兴等职务任免的通知
    (60, 'ncp', '-', '290'),  # 在家开设赌场半个月 只当“玩玩”不知是犯法
    (61, 'ncp', '-', '292'),  # 关于成立第九个全国“安全生产月”活动领导小组的通知
    (62, 'lib', '-', '208'),  # 大棚“穿衣”保暖（图）
    (63, 'lib', '-', '216'),  # 宜山针织内衣企业更新缝纫设备：节能减排 提质提效
    (64, 'lib', '-', '239'),  # 钱库城管中队台风前拆除违章建筑和破损广告牌
    (65, 'lib', '-', '241'),  # 我镇就横幅制作、广告布设计喷绘及维护定点单位的招标公告
    (66, 'lib', '-', '242'),  # 县文明办与广告公司磋商 推动户外广告规范化
    (67, 'lib', '-', '247'),  # 钱库整治乱搭棚和违章广告牌
    (68, 'jyjsites', 'page', '1102'),  # 教育局简介 (东莞市)
]


def git_show(path, mirror=MIRROR, commit=COMMIT):
    return subprocess.run(['git', '--git-dir=' + mirror, 'show', commit + ':' + path],
                          check=True, capture_output=True).stdout


def values(line):
    """Split the VALUES (...) list of a one-row MySQL REPLACE statement (raw, still escaped)."""
    i = line.index('VALUES (') + 8
    vals, n = [], len(line)
    while i < n:
        c = line[i]
        if c == "'":
            j, buf = i + 1, []
            while True:
                d = line[j]
                if d == '\\':
                    buf.append(line[j:j + 2]); j += 2; continue
                if d == "'":
                    if j + 1 < n and line[j + 1] == "'":
                        buf.append("''"); j += 2; continue
                    break
                buf.append(d); j += 1
            vals.append(''.join(buf)); i = j + 1
        elif c in ', ':
            i += 1
        elif c == ')':
            break
        else:
            j = i
            while line[j] not in ',)':
                j += 1
            vals.append(line[i:j]); i = j
    return vals


def unescape(s):
    out, i = [], 0
    table = {'n': '\n', 'r': '\r', 't': '\t', '0': '\0', 'Z': '\x1a'}
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            out.append(table.get(s[i + 1], s[i + 1])); i += 2
        elif c == "'" and s[i:i + 2] == "''":
            out.append("'"); i += 2
        else:
            out.append(c); i += 1
    return ''.join(out)


def source_path(site):
    return 'install/data/%s/fill_data/cms.php' % site


def extract(site, model, iid, cache={}):
    path = source_path(site)
    if path not in cache:
        cache[path] = git_show(path).decode('utf-8').split('\n')
    prefix = "REPLACE INTO `p8_cms_item_%s_addon` VALUES" % model
    pages = []
    for line in cache[path]:
        if line.startswith(prefix):
            v = values(line)
            if v[1] == iid:
                pages.append((int(v[2]), unescape(v[9])))
    if not pages:
        raise SystemExit('no addon row for %s %s %s' % (site, model, iid))
    pages.sort()
    return '\n'.join(p[1] for p in pages)


def extract_xw(key, rid, cache={}):
    repo, mirror, commit, path = SQLDUMPS[key]
    if key not in cache:
        text = git_show(path, mirror, commit).decode('utf-8-sig')
        cache[key] = [l.rstrip('\r') for l in text.split('\n')]
    hits = []
    for line in cache[key]:
        if line.lower().startswith('insert into `xinwentongzhi`'):
            i = line.lower().index(' values')
            v = values(line[:i] + ' VALUES (' + line[i:].split('(', 1)[1])
            if v[0] == rid:
                hits.append(unescape(v[3]))
    if len(hits) != 1:
        raise SystemExit('expected one xinwentongzhi row %s in %s, got %d' % (rid, key, len(hits)))
    return hits[0]


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    sums = {}
    for num, site, model, iid in DOCS:
        name = 'rpB%04d.html' % num
        if site in SQLDUMPS:
            data = extract_xw(site, iid).encode('utf-8')
        else:
            data = extract(site, model, iid).encode('utf-8')
        with open(os.path.join(outdir, name), 'wb') as f:
            f.write(data)
        sums[name] = hashlib.sha1(data).hexdigest()
    return sums


def describe(num):
    for n, site, model, iid in DOCS:
        if n == num and site in SQLDUMPS:
            repo, mirror, commit, path = SQLDUMPS[site]
            return {'repo': repo, 'path': path, 'commit': commit,
                    'extract': 'MySQL INSERT row of table `xinwentongzhi` with id=%s: neirong column '
                               '(4th value), MySQL escapes undone, UTF-8' % iid}
        if n == num:
            return {'repo': REPO, 'path': source_path(site), 'commit': COMMIT,
                    'extract': 'MySQL REPLACE row of `p8_cms_item_%s_addon` with iid=%s: '
                               'content column (10th value), MySQL escapes undone, UTF-8' % (model, iid)}


if __name__ == '__main__':
    if '--check' in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            new = build(tmp)
        bad = 0
        for name, h in sorted(new.items()):
            with open(os.path.join(OUT, name), 'rb') as f:
                old = hashlib.sha1(f.read()).hexdigest()
            if old != h:
                bad += 1
                print('DIFFERS', name)
        print('%d files checked, %d differ' % (len(new), bad))
        sys.exit(1 if bad else 0)
    sums = build(OUT)
    for name, h in sorted(sums.items()):
        print(h, name)
