// One result card: title, then date · issuing body · kind · district (never a file name), then up to three
// snippets with "……" where the snippet was cut out of a longer passage. A news round-up, whose parts belong
// to different districts, is labelled as such with the parts that matched, so its label does not change
// with the filter.
import { setMarkedHtml, el, reportUrl, shownTitle } from './common.js';

// A snippet that ends without one of these was cut mid-sentence; one that starts with one of the openers
// below (or a heading-like 一、（一）1.) begins a sentence.
const SENTENCE_END = /[。！？!?；;…”’」』）)】\]]$/;
const SENTENCE_START = /^([【（(“‘「『《]|[一二三四五六七八九十]+、|\d+[.、．]|第[一二三四五六七八九十\d]+)/;
const CLAUSE_PUNCT = /^[，、；：,;:。]/;

export function renderHit(hit, q, rank) {
  const li = el('li', 'hit');
  const title = el('h3', 'hit-title');
  const link = el('a', hit.title ? null : 'untitled', shownTitle(hit));
  link.href = reportUrl(hit.id, q);
  title.append(el('span', 'rank', rank + '.'), link);

  const meta = el('p', 'hit-meta');
  const item = (label, value, className) => {
    if (value === null || value === undefined || value === '') return;
    const span = el('span', 'meta-item' + (className ? ' ' + className : ''));
    span.append(el('span', 'meta-label', label), el('span', null, value));
    meta.append(span);
  };
  item('日期', hit.date || (hit.year ? `${hit.year} 年` : null));
  item('发文机关', hit.org);
  item('文种', hit.kind);
  item('文号', hit.docNumber, 'doc-number');
  const roundUp = isRoundUp(hit);
  if (roundUp) {
    const parts = Array.isArray(hit.parts) ? hit.parts.filter(Boolean) : [];
    const tag = el('span', 'meta-item roundup', '综合报道');
    tag.title = '多个单位的稿件汇编，各部分分属不同区域';
    meta.append(tag);
    item('匹配部分', parts.length ? parts.join('、') : null, 'parts');
  } else {
    item('区域', regionText(hit));
  }
  if (hit.date && hit.year && !String(hit.date).startsWith(String(hit.year))) item('年度', `${hit.year} 年`);
  if (meta.childElementCount === 0 && hit.source) item('来源', hit.source, 'source');

  li.append(title, meta);
  for (const snippet of hit.snippets ?? []) li.append(renderSnippet(snippet, hit));
  if (hit.sameText?.count > 0) li.append(renderSameText(hit.sameText, q));
  return li;
}

// The other reports with the same text (another layout, site or posting), folded under the copy shown.
function renderSameText(sameText, q) {
  const box = el('details', 'same-text');
  box.append(el('summary', null, `另有 ${sameText.count} 篇内容相同`));
  const list = el('ul', 'same-text-list');
  for (const report of sameText.reports ?? []) {
    const item = el('li');
    const link = el('a', null, shownTitle(report));
    link.href = reportUrl(report.id, q);
    item.append(link);
    const where = [report.date || (report.year ? `${report.year} 年` : null), report.source].filter(Boolean).join(' · ');
    if (where) item.append(el('span', 'same-text-where', where));
    list.append(item);
  }
  box.append(list);
  return box;
}

// The contract's name is roundUp (camelCase of RoundUp); roundup is accepted as well.
function isRoundUp(hit) {
  return Boolean(hit.roundUp ?? hit.roundup);
}

function regionText(hit) {
  if (Array.isArray(hit.region) && hit.region.length) {
    const path = hit.region.filter(Boolean);
    // The last two levels say enough on a card ("晋江市 西园街道"); the report page shows the whole path.
    const tail = path.slice(-2).join(' ');
    return hit.district && !path.includes(hit.district) ? `${tail} ${hit.district}` : tail;
  }
  return hit.district;
}

export function renderSnippet(snippet, hit) {
  const p = el('p', 'snippet');
  if (snippet.section) p.append(el('span', 'section', snippet.section));
  if (isRoundUp(hit) && snippet.district) p.append(el('span', 'section part', snippet.district));
  const text = snippet.text ?? '';
  const { cutStart, cutEnd } = cutEnds(snippet, text);
  if (cutStart) p.append(el('span', 'ellipsis', '……'));
  const body = el('span', 'snippet-text');
  setMarkedHtml(body, snippet.html, text);
  p.append(body);
  if (cutEnd) p.append(el('span', 'ellipsis', '……'));
  if (Number.isInteger(snippet.page)) p.append(el('span', 'pdf-page', `第 ${snippet.page} 页`));
  return p;
}

/** Explicit cutStart/cutEnd from the API when present, else inferred from the punctuation at the ends. */
export function cutEnds(snippet, text) {
  const t = text.trim();
  const cutStart = typeof snippet.cutStart === 'boolean' ? snippet.cutStart : t.length > 0 && (CLAUSE_PUNCT.test(t) || !SENTENCE_START.test(t) && !startsSection(snippet, t));
  const cutEnd = typeof snippet.cutEnd === 'boolean' ? snippet.cutEnd : t.length > 0 && !SENTENCE_END.test(t);
  return { cutStart, cutEnd };
}

// A snippet that opens with its section heading starts at the section's start.
function startsSection(snippet, t) {
  return Boolean(snippet.section) && t.startsWith(snippet.section);
}
