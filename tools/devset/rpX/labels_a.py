# Labels for rpX: none (the round kept no document; see README.md).
# Fields: n, title, titleAlt, year, date, regionPath, level, org, kind, docNumber, validity, hasHeader, hasTitleLine, note
L = []
