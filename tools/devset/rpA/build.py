#!/usr/bin/env python3
"""Rebuild the documents of dev-set part rpA from fetched bare git mirrors.

Every byte of every document comes from `git show COMMIT:PATH` (nothing typed by hand).
Sources (key -> repository, bare mirror):
  RE: ljz060707-lang/China-Real-Estate-Policy-Database -- raw government web pages (HTML) saved by its
      crawler under data/raw/webpages/2026/07/<sha>.html; present only in history commits, not in HEAD.
      Document = the whole HTML file, unchanged.
  EB: likgjava/eb -- "阳光易购" e-procurement site; static news pages (2011) as JSP files under
      webapp/view/staticpags/.  Document = the whole JSP file, unchanged (saved with .html).
  SJ: SimonXinw/job -- a job-seeker's collection of Jiangxi public files; 统计局/ holds government web pages
      saved from a browser (statistical bulletins).  Document = the whole saved HTML page, unchanged.
  CS: ymz-studio/cshunWebsite -- 长顺县 (Guizhou) poverty-alleviation site; static/policy.js is a JS module
      holding records {id, title, createdAt, author, content: `...`}.  Document = the content template
      string of the record with the given id (between the backticks), UTF-8; it is an HTML fragment, so .html.

Usage: python3 build.py [--check]   (--check: rebuild into a temp dir and compare sha1 with the docs dir)
"""
import hashlib
import os
import re
import subprocess
import sys
import tempfile

MIRRORS = {
    'RE': ('ljz060707-lang/China-Real-Estate-Policy-Database', '/work/.mirror/ljz060707-lang+China-Real-Estate-Policy-Database/repo'),
    'EB': ('likgjava/eb', '/work/.mirror/likgjava+eb/repo'),
    'CS': ('ymz-studio/cshunWebsite', '/work/.mirror/ymz-studio+cshunWebsite/repo'),
    'SJ': ('SimonXinw/job', '/work/.mirror/SimonXinw+job/repo'),
}
OUT = '/work/devset/docs/rpA'

# (source key, commit, path, extract); file numbers are list positions + 1
DOCS = [
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/1b08154c7a729274d1180f76be822140a6d69ca68f18c289caceaf0110f83be4.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/6607752fca94f3b3462156b604e84df39ab878e7fe5cd43bea1754be365c8444.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/53b872cf5ad2bf9e7dea9e2d2e0a317fd6b7e5d668ccb9c87174b5acdc9da7a0.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/d3a3c4c8a8dbfc6ea34c3d0f06cb655cefaa54b5a690b48b653b0fe677bf5266.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/bbc7955b7f9f62e6c51bdc48d8737f05d94054c276b25a57dab504f188850b3a.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/ad9be9ed61e8d1b698829a248df028e398f2bc8a49185c50c7a95277b254ab0b.html', 'whole'),
    ('RE', 'ad411ba926e6da72e78c9600c22dcdfa2497f258', 'data/raw/webpages/2026/07/45b31dbbc228bd5f4dae20a158a46bec341aa85f6c6d15e5e71b3f5d1186f4e0.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/4364bbaa32aab85047a846015ec59940cd2436b262b6ab65c82ddaba03890627.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/c005fea13361548e9f74dfa7870ae7ea93d24d84786cdaa8617aabd4afebcdcb.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/586c664b37334a07a34a301251dcda42762bf8bc222a858f091d3adf44cfcc69.html', 'whole'),
    ('RE', 'ad411ba926e6da72e78c9600c22dcdfa2497f258', 'data/raw/webpages/2026/07/9c7e41ce94e5ff6556fdcd78d29ad86fe6cdcea3dd388197b3846e6710d840a8.html', 'whole'),
    ('RE', 'ad411ba926e6da72e78c9600c22dcdfa2497f258', 'data/raw/webpages/2026/07/dca6ed22c3a27c72a64bd573ff2ca2258f6cb0d78ba103f176af028bd748da6b.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/da37b04b3edd523f96d3d5b5de124a1d8b204b8f94788e79311ef963eff5da94.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/bce3a6b919bc3ea19fd3b3de9915a5c09d99419c7de1edb26c8a7e25ac3a48ba.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/0cd142a734e81356f9e75844de9de34417bb7a5e6961d663668e6899a5f174d9.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/743748ae3afd7ce250367bcd8fab28d4bda7e5382175f1780c62fd03cfac72c6.html', 'whole'),
    ('RE', '375044064ae98ca03e125916cc150d58b6c36816', 'data/raw/webpages/2026/07/a59823747e09e8ea46b9ef88e3dcf2c83c71715177782b57f23a46e9aa93f20f.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/f2a0b692293ef4109f9c25171b2fb0ccd37570c87d7e216fc738359f47258c74.html', 'whole'),
    ('RE', 'ad411ba926e6da72e78c9600c22dcdfa2497f258', 'data/raw/webpages/2026/07/abecb87bd1be04aacb6785ac4ee5db567f3ea9953ae3a004054161a9740bde97.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/6b555ce69669b4f2828aa0f3930e878ae894b39301b1dd67b5fff45213f75bdf.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/fb3be18f4ba25d995573aa49af7e1a9abe789adb77bf4eb20884f48b28f859a5.html', 'whole'),
    ('RE', 'ad411ba926e6da72e78c9600c22dcdfa2497f258', 'data/raw/webpages/2026/07/4d0349bbd4c0a42c5beca0ad9d2201ad26c07d380df16a79fb664b713a79a120.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/9d8718ea1f088c278b1f4d12c40b56866dc317123629fd6a1bdc65320cd8f819.html', 'whole'),
    ('RE', 'ad411ba926e6da72e78c9600c22dcdfa2497f258', 'data/raw/webpages/2026/07/1f7ad8061216e6aec149970ced00ea145e64e00e02eaa391720102acadead6f9.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/d02bcb13253408edb8e11e036543b2390ab01245f4359f27b7f40f055217e7e4.html', 'whole'),
    ('RE', 'ad411ba926e6da72e78c9600c22dcdfa2497f258', 'data/raw/webpages/2026/07/4c4d70d534b02654e539cca5332fb68ce3166df9b370a0fbe5fab9a0ec11792d.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/67835a0a91ec49b7139f98755d638d1620bb1122e7984867f3cd83bc437361c0.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/30aa8486411bef1b0cca8e0ad5b3a20d08a728d56e9035c0aec4068b005ecc52.html', 'whole'),
    ('RE', 'ad411ba926e6da72e78c9600c22dcdfa2497f258', 'data/raw/webpages/2026/07/124faf39ff753dc172dcf7a609554d7f41c1f80433f41843f723627e0cdc7798.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/0f6ac8b30528c00e735488df8ece34e683585b62c909e58b569ec3d6c593e211.html', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/caigoudt/ff80808132811a910132a879fdff2dbd.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/caigoudt/ff80808132e20dea0132eb6ffe4b0f56.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/caigoudt/ff80808132e20dea0132eb732e860f83.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/caigoudt/ff80808132e20dea0132eb8256c0103b.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/cgxqzx/ff8080812fb4297b012fb8d11118016e.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/cgxqzx/ff8080812fbfbecc012fd29d6b6007b2.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/cgxqzx/ff8080813090cbdd013090e97bf300ea.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/cgxqzx/ff80808130db80a70130fcdd7b6e019a.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/cgxqzx/ff80808131183592013120f7fbcb0e5c.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/cgxqzx/ff808081311835920131260f1e4a1710.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/cgxqzx/ff80808131518b2a0131690774ac04b4.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/cgxqzx/ff80808131518b2a01316e2b127706e2.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/cgxqzx/ff80808131c418af0131cae106f40015.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/zhaotoubiaozt/ff80808132811a910132b2bd5a6b569e.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/zhaotoubiaozt/ff80808132811a910132b2c20e7456ef.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/zhaotoubiaozt/ff80808132811a910132b2c75402573e.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/zhaotoubiaozt/ff80808132811a910132b7f95546635f.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/zhaotoubiaozt/ff80808132e148140132e14bc14d0001.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132eb63ce000f11.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132eb930f7910b7.jsp', 'whole'),
    ('CS', '7e1a94378ffc8d0c02f8170d26c0c7270b2967ec', 'static/policy.js', 'record:2'),
    ('SJ', '1c8bd6a0e984dab1a8a19918200ea1b1ef87fe47', '统计局/2015/万载县2015年国民经济和社会发展统计公报.html', 'whole'),
    ('SJ', '1c8bd6a0e984dab1a8a19918200ea1b1ef87fe47', '统计局/万载县/2022/万载县2022年国民经济和社会发展统计公报 _ 万载县人民政府.html', 'whole'),
    ('SJ', '1c8bd6a0e984dab1a8a19918200ea1b1ef87fe47', '统计局/宜春市/2022/宜春市2022年国民经济和社会发展统计公报 _ 中国宜春.html', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/supplierzx/ff80808130b726330130b9f54b78014c.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/supplierzx/ff808081311835920131211575690eb0.jsp', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/ccbe3c5c5da18809dc68e677f8431dbb8e5a898fe3961774b7cf6524943f5787.html', 'whole'),
    ('RE', 'ad411ba926e6da72e78c9600c22dcdfa2497f258', 'data/raw/webpages/2026/07/dc1a811bb9669748f98f8cd772f1b5ec9a244e146253474df0b77bb87ee6cc0e.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/4033a8f115981c6c4e1749f2d5e3007278211d9f677750dd6107cd71160589a6.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/28be6ccbe67f353e3d0d5ed3feaf9675f5c35b6e51928254923ad1eeca37e499.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/b8fdecd9f0b71cb8311d88e9747b129088d8fa14c76194989e91c3e5e887ad72.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/55605d1d8060fc5b4520f556ca5a4879fa063405fc3a7f75fa79661d507805c9.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/c3968e25d316d93bc3ba8e1d91d15bcf9dd23835ee1c574d03fd28d64c0ce970.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/24d9af605e3c1ef9d9ed559629fedb03f1ba2ad93143411e07440676d1d5ce97.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/fd96f989de40bc76141b4c0875cf550d004a1c76645e6076822a34d6c92d86bc.html', 'whole'),
    ('RE', '7d666c5e46bd61945490f33447e1344047ed5554', 'data/raw/webpages/2026/07/a1ab754ecdc36692b2751e51244b8798920f48e6f95d281eba9a74fa1070311b.html', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/sqzx/ff8080812e9e7c97012ea2d715800162.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/sqzx/ff8080812f04f7fd012f14e37e921a9a.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/sqzx/ff8080812f4c7799012f4c8a762e00b5.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/sqzx/ff8080812f4c7799012f4cb12f510123.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/sqzx/ff8080812f588033012f66a2b6ae04bf.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/sqzx/ff8080812f588033012f6c6e75500b17.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/sqzx/ff8080812f6dbbe8012f70d3d9c30217.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/sqzx/ff8080812f71626e012f71f1354f0024.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/sqzx/ff80808130210701013024b38f720142.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/sqzx/ff8080813026ae99013029b7d5960007.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/sqzx/ff80808130361e0401303e7305cc00f8.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132e644e4d8050c.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/zhaotoubiaozt/ff80808132e20dea0132eb97471f10da.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/supplierzx/ff8080813140dc4701314a203ef20ae8.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/cgxqzx/ff8080812f7c8d65012f8b2152aa04ae.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/cgxqzx/ff808081303fbeb70130438ad7940383.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/sqzx/ff8080812f6dbbe8012f70d264290215.jsp', 'whole'),
    ('EB', '7470cfbcce2c33c38d76cb757029227202253ea9', 'webapp/view/staticpags/sqzx/ff8080812fde6366012fe1932abb000b.jsp', 'whole'),
]


def gitdir(key):
    d = MIRRORS[key][1]
    return d + '/.git' if os.path.isdir(d + '/.git') else d


def git_show(key, commit, path):
    return subprocess.run(['git', '--git-dir=' + gitdir(key), 'show', commit + ':' + path],
                          check=True, capture_output=True).stdout


def extract(data, how):
    if how == 'whole':
        return data
    if how.startswith('record:'):
        rid = how.split(':', 1)[1]
        text = data.decode('utf-8')
        m = re.search(r'\bid:\s*' + rid + r',.*?content:\s*`(.*?)`', text, re.S)
        if not m:
            raise SystemExit('record not found: ' + how)
        return m.group(1).encode('utf-8')
    raise SystemExit('unknown extract ' + how)


def ext_of(key, how):
    return 'html'   # the CS record content is itself an HTML fragment


def names():
    return ['rpA%04d.%s' % (i + 1, ext_of(d[0], d[3])) for i, d in enumerate(DOCS)]


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    sums = {}
    for name, (key, commit, path, how) in zip(names(), DOCS):
        data = extract(git_show(key, commit, path), how)
        with open(os.path.join(outdir, name), 'wb') as f:
            f.write(data)
        sums[name] = hashlib.sha1(data).hexdigest()
    return sums


def main():
    if '--check' in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            sums = build(tmp)
        bad = 0
        for name, s in sums.items():
            p = os.path.join(OUT, name)
            have = hashlib.sha1(open(p, 'rb').read()).hexdigest() if os.path.exists(p) else None
            if have != s:
                bad += 1
                print('DIFFERS', name)
        print('%d documents, %d differ' % (len(sums), bad))
        sys.exit(1 if bad else 0)
    sums = build(OUT)
    for name in sorted(sums):
        print(sums[name], name)


if __name__ == '__main__':
    main()
