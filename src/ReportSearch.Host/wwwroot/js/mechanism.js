// A mechanism's page: its first appearance and spread, the definitions found (each linking to its report), a
// timeline drawn as SVG, the region × year table, and the reports grouped by region: the first regions, each with its
// count and first reports, the rest on demand from the API's paged lists. Everything is text.
import { getJson, el, reportUrl } from './common.js';
import { firstAppearance, firstBasis } from './precedent.js';
import { timelineChart, timelineTable } from './timeline-chart.js';

const $ = id => document.getElementById(id);
const name = decodeURIComponent(location.pathname.replace(/^\/mechanisms\//, ''));

function regionLabel(region, path) {
  if (!region) return '未知地区';
  return path && path.length > 1 ? `${region}（${path.slice(0, -1).join(' › ')}）` : region;
}

function renderDefinitions(d) {
  $('definitions').replaceChildren(...d.definitions.map(def => {
    const li = el('li');
    li.append(el('p', 'definition-text', def.text));
    const source = el('p', 'definition-source');
    const link = el('a', null, def.title || '（无标题）');
    link.href = reportUrl(def.reportId, d.name);
    source.append(`${def.year ?? '年份不详'} 年 · ${regionLabel(def.region, def.regionPath)} · `, link);
    if (def.section) source.append(` · ${def.section}`);
    li.append(source);
    return li;
  }));
  $('no-definitions').hidden = d.definitions.length > 0;
}

// One card per sense, side by side ("六个一 · 西园街道 2020"): its definition, first appearance, places and yearly
// counts; a name with one sense has none and the section stays hidden.
function renderSenses(d) {
  const senses = d.senses ?? [];
  $('senses-section').hidden = senses.length < 2;
  $('senses').replaceChildren(...senses.map(s => {
    const card = el('section', 'sense');
    card.append(el('h3', 'sense-label', s.label));
    if (s.definition) card.append(el('p', 'definition-text', s.definition));
    const first = el('p', 'sense-first', `首见：${firstAppearance(s.first)}${s.first?.title ? `《${s.first.title}》` : ''}`);
    if (s.first) {
      const link = el('a', null, '（查看报告）');
      link.href = reportUrl(s.first.reportId, d.name);
      first.append(`（${firstBasis(s.first)}）`, link);
    }
    card.append(first, el('p', 'hint', `${s.regions.join('、') || '地区不详'} · 共 ${s.reports} 篇报告`));
    const t = s.timeline;
    if (t.years.length) card.append(el('p', 'sense-years', t.years.map((y, i) => `${y} 年 ${t.totals[i]} 篇`).filter((_, i) => t.totals[i] > 0).join('；')));
    return card;
  }));
}

function renderTable(d) {
  const t = d.timeline;
  const first = d.first;
  const head = el('tr');
  head.append(el('th', null, '区域'), ...t.years.map(y => Object.assign(el('th', null, y), { scope: 'col' })));
  const body = t.regions.map(r => {
    const tr = el('tr');
    const th = el('th', null, regionLabel(r.region, r.regionPath));
    th.scope = 'row';
    tr.append(th, ...r.counts.map((c, i) => {
      const td = el('td', c ? 'count' : 'zero', c || '');
      td.dataset.count = String(c);
      if (first && first.year === t.years[i] && first.region === r.region && (first.regionPath ?? []).join('›') === (r.regionPath ?? []).join('›')) {
        td.classList.add('first-cell');
        td.title = '首见';
      }
      return td;
    }));
    return tr;
  });
  const total = el('tr', 'total-row');
  total.append(Object.assign(el('th', null, '合计'), { scope: 'row' }), ...t.totals.map(c => el('td', null, c)));
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  tbody.append(...body, total);
  $('region-table').replaceChildren(thead, tbody);
}

// Reports loaded a page at a time when a region's "more" button is pressed (the API's largest page).
const MORE_REPORTS = 100;

function reportItem(r, q) {
  const li = el('li');
  const a = el('a', null, r.title || '（无标题）');
  a.href = reportUrl(r.id, q);
  li.append(a, el('span', 'hint', ` ${r.date ?? (r.year ? r.year + ' 年' : '')}`));
  return li;
}

// A button that loads more into the page: pressed, it fetches the next page, and it stays while more remain. A
// failure is said next to it (in Chinese, from the API's problem), and pressing again retries.
function moreButton(label, loadNext) {
  const box = el('p', 'load-more');
  const button = el('button', null, label);
  button.type = 'button';
  const error = el('span', 'error');
  error.setAttribute('role', 'alert');
  error.hidden = true;
  button.addEventListener('click', async () => {
    button.disabled = true;
    error.hidden = true;
    try {
      const next = await loadNext();
      if (next) button.textContent = next; else box.remove();
    } catch (e) {
      error.textContent = e.message;
      error.hidden = false;
    } finally {
      button.disabled = false;
    }
  });
  box.append(button, error);
  return box;
}

// One region: its count, its first reports, and 查看全部 N 篇 when it has more; the rest comes from …/reports, the
// first page replacing what is shown (the same reports first) and each next one added below.
function regionGroup(g, q) {
  const section = el('section', 'region-group');
  section.append(el('h3', null, `${regionLabel(g.region, g.regionPath)}（${g.reportCount} 篇）`));
  const list = el('ul');
  list.append(...g.reports.map(r => reportItem(r, q)));
  section.append(list);
  if (g.reportCount > g.reports.length) {
    let page = 0;
    section.append(moreButton(`查看全部 ${g.reportCount} 篇`, async () => {
      const params = new URLSearchParams({ region: (g.regionPath ?? []).join('›'), page: String(page + 1), size: String(MORE_REPORTS) });
      const p = await getJson(`/api/v1/mechanisms/${encodeURIComponent(name)}/reports`, params);
      page += 1;
      if (page === 1) list.replaceChildren();
      list.append(...p.reports.map(r => reportItem(r, q)));
      const shown = list.children.length;
      return shown < p.total && p.reports.length === MORE_REPORTS ? `再显示 ${Math.min(MORE_REPORTS, p.total - shown)} 篇（已显示 ${shown} / ${p.total} 篇）` : null;
    }));
  }
  return section;
}

// The first regions from the page's own answer; more regions, when there are, from …/regions.
function renderByRegion(d) {
  const box = $('by-region');
  box.replaceChildren(...d.byRegion.map(g => regionGroup(g, d.name)));
  const total = d.regionGroups ?? d.byRegion.length;
  const note = $('regions-note');
  note.hidden = total <= d.byRegion.length;
  note.textContent = note.hidden ? '' : `共 ${total} 个地区，按首次提到的先后排列；先列出前 ${d.byRegion.length} 个，每个地区列出最早的几篇。`;
  if (note.hidden) return;
  // Pages of the size the page showed: the page's regions are the first such page.
  const size = d.byRegion.length;
  let shown = size;
  const more = () => `显示更多地区（已显示 ${shown} / ${total} 个）`;
  box.after(moreButton(more(), async () => {
    const params = new URLSearchParams({ page: String(shown / size + 1), size: String(size) });
    const p = await getJson(`/api/v1/mechanisms/${encodeURIComponent(name)}/regions`, params);
    box.append(...p.regions.map(g => regionGroup(g, d.name)));
    shown += p.regions.length;
    return shown < p.total && p.regions.length > 0 ? more() : null;
  }));
}

async function load() {
  let d;
  try {
    d = await getJson('/api/v1/mechanisms/' + encodeURIComponent(name));
  } catch (error) {
    $('error').textContent = error.status === 404 ? `没有找到名为“${name}”的机制或做法。` : error.message;
    $('error').hidden = false;
    return;
  }
  document.title = `${d.name} · 机制与做法 · 政府报告检索`;
  $('name').textContent = `“${d.name}”`;
  $('summary').textContent = `首见：${firstAppearance(d.first)}${d.first?.title ? `《${d.first.title}》` : ''}`
    + `${d.first ? `（${firstBasis(d.first)}）` : ''}；共 ${d.regions} 个区域、${d.reports} 篇报告`;
  $('variants').textContent = d.variants.length ? `报告中的写法：${d.variants.join('、')}` : '';
  $('search-link').href = '/?' + new URLSearchParams({ q: `"${d.name}"` }).toString();
  renderDefinitions(d);
  renderSenses(d);
  const figure = $('timeline');
  if (d.timeline.years.length) {
    const title = `“${d.name}”逐年提到它的报告数`;
    figure.replaceChildren(timelineChart(d.timeline.years, d.timeline.totals, title), timelineTable(d.timeline.years, d.timeline.totals, title));
  } else {
    figure.replaceChildren(el('p', 'hint', '提到它的报告都没有年份，画不出时间线。'));
  }
  renderTable(d);
  renderByRegion(d);
  $('mechanism').hidden = false;
}

load();
