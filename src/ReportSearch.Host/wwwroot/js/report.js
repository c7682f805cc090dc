// The report view: the whole report with every match of q marked, and buttons to move between matches.
import { getJson, setMarkedHtml, el } from './common.js';

const params = new URLSearchParams(location.search);
const q = (params.get('q') ?? '').trim();
const id = decodeURIComponent(location.pathname.replace(/^\/reports\//, ''));

const article = document.getElementById('report');
const errorBox = document.getElementById('error');
const body = document.getElementById('report-body');
const matchStatus = document.getElementById('match-status');
const back = document.getElementById('back');
document.getElementById('q').value = q;
back.href = q ? '/?' + new URLSearchParams({ q }).toString() : '/';
// Back to the exact result list (filters, page) when we came from it.
if (document.referrer) {
  try {
    const from = new URL(document.referrer);
    if (from.origin === location.origin && from.pathname === '/') back.href = from.pathname + from.search;
  } catch { /* keep the default */ }
}

let marks = [];
let current = -1;

function show(index) {
  if (marks.length === 0) return;
  current = (index + marks.length) % marks.length;
  marks.forEach((m, i) => m.classList.toggle('current', i === current));
  const mark = marks[current];
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  matchStatus.textContent = `共 ${marks.length} 处匹配 · 第 ${current + 1} 处`;
}

function metaRow(label, value) {
  if (value === null || value === undefined || value === '') return [];
  const dt = el('dt', null, label);
  const dd = el('dd');
  if (Array.isArray(value)) value.forEach((v, i) => { if (i) dd.append(el('br')); dd.append(document.createTextNode(v)); });
  else dd.textContent = String(value);
  return [dt, dd];
}

async function load() {
  const query = q ? new URLSearchParams({ q }) : null;
  try {
    const report = await getJson('/api/v1/reports/' + encodeURIComponent(id), query);
    document.title = `${report.title ?? '报告全文'} · 政府报告检索`;
    document.getElementById('title').textContent = report.title || '（无标题）';
    document.getElementById('meta').replaceChildren(
      ...metaRow('区域', report.district), ...metaRow('地区', report.region), ...metaRow('年份', report.year),
      ...metaRow('日期', report.date), ...metaRow('发文机关', report.org), ...metaRow('文号', report.docNumber),
      ...metaRow('来源', report.sources));
    body.replaceChildren(...report.sections.map(renderSection));
    article.hidden = false;
    marks = [...body.querySelectorAll('mark')];
    matchStatus.textContent = q ? (marks.length ? `共 ${marks.length} 处匹配` : `全文中没有“${q}”`) : '';
    for (const button of ['first-match', 'prev-match', 'next-match']) document.getElementById(button).disabled = marks.length === 0;
    // No jump on load: the reader sees the title and metadata first; 第一处/下一处 go to the matches.
  } catch (error) {
    errorBox.textContent = error.status === 404 ? '未找到这篇报告：可能已从档案中删除，或链接有误。' : error.message;
    errorBox.hidden = false;
  }
}

// A section's text starts with its heading line: that line becomes the heading (keeping its marks), unless
// a match runs across the line break, in which case the text is shown whole.
function renderSection(section) {
  const part = el('section', 'report-section');
  const html = section.html;
  const text = section.text;
  const htmlBreak = html.indexOf('\n');
  const textBreak = text.indexOf('\n');
  const firstLine = htmlBreak < 0 ? html : html.slice(0, htmlBreak);
  const balanced = count(firstLine, '<mark>') === count(firstLine, '</mark>');
  if (section.heading && balanced) {
    const heading = el('h2', 'section-heading');
    setMarkedHtml(heading, firstLine, textBreak < 0 ? text : text.slice(0, textBreak));
    part.append(heading);
    if (htmlBreak >= 0) {
      const rest = el('div', 'section-text');
      setMarkedHtml(rest, html.slice(htmlBreak + 1).replace(/^\n+/, ''), text.slice(textBreak + 1));
      part.append(rest);
    }
  } else {
    const all = el('div', 'section-text');
    setMarkedHtml(all, html, text);
    part.append(all);
  }
  return part;
}

function count(text, token) {
  return text.split(token).length - 1;
}

document.getElementById('first-match').addEventListener('click', () => show(0));
document.getElementById('next-match').addEventListener('click', () => show(current + 1));
document.getElementById('prev-match').addEventListener('click', () => show(current - 1));
document.addEventListener('keydown', e => {
  if (e.target instanceof HTMLInputElement) return;
  if (e.key === 'n') show(current + 1);
  if (e.key === 'N' || e.key === 'p') show(current - 1);
});
load();
