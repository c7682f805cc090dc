// 复制引用: a citation in the usual Chinese form for official documents,
//   发文机关《标题》（文号），2020年5月1日
// leaving out what the report does not have. The issuing body falls back to the district.

export function citation(report) {
  if (!report) return '';
  const author = report.org || report.district || '';
  const title = report.title ? `《${report.title.replace(/^《|》$/g, '')}》` : '';
  const number = report.docNumber ? `（${report.docNumber}）` : '';
  const date = chineseDate(report.date) || (report.year ? `${report.year}年` : '');
  const head = author + title + number;
  return head && date ? `${head}，${date}` : head || date;
}

/** 2020-05-01 → 2020年5月1日; 2020-05 → 2020年5月; anything else as it is. */
export function chineseDate(date) {
  if (!date) return '';
  const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?/.exec(String(date));
  if (!m) return String(date);
  return `${m[1]}年` + (m[2] ? `${Number(m[2])}月` : '') + (m[3] ? `${Number(m[3])}日` : '');
}

/** Copies text to the clipboard; true when it worked (the async API, else the old selection way). */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch { ok = false; }
    area.remove();
    return ok;
  }
}
