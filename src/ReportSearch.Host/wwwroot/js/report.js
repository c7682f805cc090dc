// The report view: the whole report with every match of q marked, buttons to move between matches, search
// within the report, citation and link copying, and a print layout (see site.css @media print).
import { getJson, el, reducedMotion, shownTitle } from './common.js';
import { renderSectionBody } from './report-text.js';
import { citation, copyText } from './citation.js';
import { showRelated } from './related.js';

const $ = id => document.getElementById(id);
const id = decodeURIComponent(location.pathname.replace(/^\/reports\//, ''));
let q = (new URLSearchParams(location.search).get('q') ?? '').trim();

const article = $('report');
const errorBox = $('error');
const body = $('report-body');
const matchBar = $('match-bar');
const matchStatus = $('match-status');
const toolStatus = $('tool-status');
const back = $('back');
const within = $('within-q');
$('q').value = q;
back.href = q ? '/?' + new URLSearchParams({ q }).toString() : '/';
// Back to the exact result list (filters, page) when we came from it.
if (document.referrer) {
  try {
    const from = new URL(document.referrer);
    if (from.origin === location.origin && from.pathname === '/') back.href = from.pathname + from.search;
  } catch { /* keep the default */ }
}

let report = null;
let marks = [];
let current = -1;

function show(index) {
  if (marks.length === 0) return;
  current = (index + marks.length) % marks.length;
  marks.forEach((m, i) => m.classList.toggle('current', i === current));
  marks[current].scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  matchStatus.textContent = `“${q}”共 ${marks.length} 处 · 第 ${current + 1} 处`;
}

function permalink() {
  return `${location.origin}/reports/${encodeURIComponent(id)}`;
}

function metaRow(label, value, origin) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return [];
  const dt = el('dt', null, label);
  const dd = el('dd');
  if (Array.isArray(value)) value.forEach((v, i) => { if (i) dd.append(el('br')); dd.append(document.createTextNode(v)); });
  else dd.textContent = String(value);
  if (origin) dd.append(el('span', 'origin', `（${ORIGINS[origin] ?? origin}）`));
  return [dt, dd];
}

// Where a metadata value came from, as the API's `origins` names it.
const ORIGINS = {
  sidecar: '元数据文件', header: '文件头', document: '据文中落款或会议信息', title: '据标题', body: '据正文', path: '据文件名',
  gazetteer: '据地名库', inferred: '推断',
};

function mentioned(values, format) {
  return Array.isArray(values) && values.length ? values.map(format).join('、') : null;
}

async function load() {
  const query = q ? new URLSearchParams({ q }) : null;
  try {
    report = await getJson('/api/v1/reports/' + encodeURIComponent(id), query);
  } catch (error) {
    errorBox.textContent = error.status === 404 ? '未找到这篇报告：可能已从档案中删除，或链接有误。' : error.message;
    errorBox.hidden = false;
    article.hidden = true;
    return;
  }
  document.title = `${shownTitle(report)} · 政府报告检索`;
  $('title').textContent = shownTitle(report);
  const origins = report.origins ?? {};
  const region = Array.isArray(report.region) ? report.region.join(' › ') : report.region;
  $('meta').replaceChildren(
    ...metaRow('区域', report.district, origins.district), ...metaRow('地区', region, origins.region),
    ...metaRow('年份', report.year, origins.year), ...metaRow('日期', report.date, origins.date),
    ...metaRow('发文机关', report.org, origins.org), ...metaRow('文号', report.docNumber, origins.docNumber),
    ...metaRow('文种', report.kind, origins.kind), ...metaRow('时效性', report.validity, origins.validity),
    ...metaRow('类别', report.category, origins.category),
    // Named in the text, not the report's own place or year (those are 地区 and 年份 above).
    ...metaRow('文中提及的地点', mentioned(report.mentionedPlaces, p => String(p))),
    ...metaRow('文中提及的年份', mentioned(report.mentionedYears, y => `${y} 年`)),
    ...metaRow('来源', report.sources));
  $('ocr-notice').hidden = report.textSource !== 'ocr';
  const pages = { page: 1 };
  body.replaceChildren(...report.sections.map(section => renderSectionBody(section, pages, report.district)));
  renderPrintFooter();
  article.hidden = false;
  marks = [...body.querySelectorAll('mark')];
  current = -1;
  // No query: no match bar at all. With one, the count (or that there is none) and the buttons.
  matchBar.hidden = !q;
  matchStatus.textContent = q ? (marks.length ? `“${q}”共 ${marks.length} 处` : `本文中没有“${q}”`) : '';
  for (const button of ['first-match', 'prev-match', 'next-match']) $(button).disabled = marks.length === 0;
  // No jump on load: the reader sees the title and metadata first; 第一处/下一处 go to the matches.
  showRelated(report.id);
}

function renderPrintFooter() {
  const source = (report.sources ?? [])[0];
  const lines = [
    citation(report) && `引用：${citation(report)}`,
    source && `来源：${source}`,
    report.date && `日期：${report.date}`,
    `链接：${permalink()}`,
    `打印于 ${new Date().toLocaleDateString('zh-CN')}`,
  ].filter(Boolean);
  $('print-footer').replaceChildren(...lines.map(t => el('div', null, t)));
}

async function copy(text, done) {
  toolStatus.textContent = (await copyText(text)) ? done : '无法访问剪贴板：请手动复制：' + text;
}

$('copy-citation').addEventListener('click', () => report && copy(citation(report), '已复制引用'));
$('copy-link').addEventListener('click', () => copy(permalink(), '已复制链接'));
$('print').addEventListener('click', () => window.print());
$('first-match').addEventListener('click', () => show(0));
$('next-match').addEventListener('click', () => show(current + 1));
$('prev-match').addEventListener('click', () => show(current - 1));
$('clear-match').addEventListener('click', () => searchWithin(''));

// Search within the report: same page, the URL keeps the term (a shareable link to the marked report).
function searchWithin(term) {
  q = term.trim();
  within.value = q;
  const url = location.pathname + (q ? '?' + new URLSearchParams({ q }) : '');
  history.replaceState(null, '', url);
  load().then(() => { if (marks.length) show(0); });
}
$('within').addEventListener('submit', e => {
  e.preventDefault();
  searchWithin(within.value);
});
within.value = q;

document.addEventListener('keydown', e => {
  if (e.target instanceof HTMLInputElement || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === 'n') show(current + 1);
  if (e.key === 'N' || e.key === 'p') show(current - 1);
  if (e.key === '/') { e.preventDefault(); within.focus(); }
});
load();
