# Labels for rqG0001-rqG0003 (each document read in full by hand; the product was not run on them).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
L = [
(1, "河南省民权县发布2018年制冷产业年度报告", [], 2018, None, ["河南省", "商丘市", "民权县"], "county", None, "新闻", None, None,
 False, True,
 "Record 889 (0-based line) of sohucampus2019/coreEntityEmotion_baseline's data/train.txt (2019 Sohu campus contest "
 "sample, newsId c1ea3bd4): the record's title, then its content. A 民权县 (商丘, 河南) release on the county's "
 "'中国·民权制冷产业指数' for 2018: an opening on the county's refrigeration cluster (民权高新园区, 200 firms), "
 "'民权县人民政府…编制了“中国·民权制冷产业指数”', then the five findings '一、…五、' of the index's 2018 run. The "
 "county is named in the heading ('河南省民权县发布…') and the body; no other county. Year 2018 = the year the "
 "annual report reviews (heading '2018年制冷产业年度报告', '2018年12月…'); the text states no publication date, so "
 "date null (the contest data were collected in early 2019; a stricter reader may leave the year null too). Org "
 "null: no signature or source line; 民权县人民政府 is named as the body that compiled the index, not as the issuer of "
 "this text (alternative org 民权县人民政府). Kind 新闻 (a release reporting the annual report; 报告 is the "
 "alternative, the text giving the report's findings but not the report itself). 'R&amp;D' is in the source."),
(2, "江苏淮安区石塘镇拓路肩下足“绣花功夫”", [], None, None, ["江苏省", "淮安市", "淮安区", "石塘镇"], "town", None, "新闻",
 None, None, False, True,
 "Record 443 (0-based line) of sohucampus2019/coreEntityEmotion_baseline's data/train.txt (newsId 71d60e22): the "
 "record's title, then its content. A town news item on 石塘镇 (淮安区, 淮安) widening village road shoulders in its "
 "'清洁家园大行动': '石塘镇党委、政府要求辖区范围内20个村(居)…', the town party secretary speaks as '我们'. Opens with a "
 "media credit '国际商报-中国商务新闻网讯(牛庆宝)': the item was carried by a trade paper's site, the byline most "
 "likely the town's correspondent; org null (no issuing body; the media outlet is not the author body). Region = the "
 "town the text is about and speaks for (淮安区 is named only as its district). No date and no year in the text "
 "('冬季农田水利', '今年…国土绿化', '年后': winter of an unnamed year; the contest sample is of 2018–2019): year and "
 "date null."),
(3, "短时天气预报", [], None, None, ["广东省", "惠州市", "博罗县"], "county", "博罗气象台", None, None, None, False, True,
 "Line 9549 (0-based) of Daniells8910/nlpmodels' examples/classify/politics_dataset/验证集.txt, the dataset's label "
 "'0,' removed. A county short-range weather forecast in the county's voice ('预计未来六小时我县多云…'), signed "
 "'博罗气象台6日08时发布'; the dataset has stripped all punctuation and spaces, so the heading '短时天气预报' runs into "
 "the forecast (taken as the title, hasTitleLine true, as rqD took generic headings run into short posts). Region "
 "博罗县 (惠州, 广东) from the issuing station's name (我县 = 博罗). Org = the station as the text names it "
 "(博罗气象台, the county meteorological bureau's observatory). Only '6日08时' is given: year and date null. Kind null "
 "(a forecast; none of the set's kinds fits). The file's other texts are Weibo posts cut at '全文' and political "
 "posts; this one is whole (heading, forecast, issuer and time)."),
]
