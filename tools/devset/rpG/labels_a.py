# Labels for rpG0001 (read in full by hand; the product was not run on it).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
ZZL = ["山东省", "济南市", "槐荫区", "张庄路街道"]
AZ = ("body with heading: the article.content HTML of row id 261 of the sample API response kept in the Javadoc of "
      "PropagandWindow.java, an Android app (MVP) for 张庄路街道办事处 (槐荫区, 济南); the row's title ('%s') repeats the "
      "text's heading; its createTime (%s) and department ('城管科') are other fields, not in the text. ")
L = [
(1, "【扫黑除恶】区检查组对张庄路街道办事处扫黑除恶宣传工作进行督导", [], None, None, ZZL, "street", None, "新闻", None, None, False, True,
 AZ % ("【扫黑除恶】区检查组对张庄路街道办事处扫黑除恶宣传工作进行督导", "2018-08-20 10:08:37")
 + "news of the street office itself ('来我办检查督导'): a 区 inspection group (区检察院, 区公安分局) checks its 扫黑除恶 publicity, then visits two 居委会; the text names no district (槐荫区 from the gazetteer, the only 张庄路街道) and no year or day, so year and date null (2018 by the CMS row)."),
]
