// The list of named mechanisms: filters and order in the URL (so a list can be bookmarked and shared), one row
// per mechanism with its first appearance, counts, reports per year and definition. Everything is text.
import { getJson, el } from './common.js';
import { mechanismUrl, firstAppearance } from './precedent.js';

const $ = id => document.getElementById(id);
const SIZE = 20;
const form = $('filter-form');
const status = $('status');
const errorBox = $('error');
const table = $('list');
const rows = $('rows');
const pager = $('pager');

function stateFromUrl() {
  const p = new URLSearchParams(location.search);
  const page = Number.parseInt(p.get('page') ?? '1', 10);
  return {
    q: (p.get('q') ?? '').trim(),
    district: (p.get('district') ?? '').trim(),
    year: (p.get('year') ?? '').trim(),
    sort: ['count', 'first', 'spread'].includes(p.get('sort')) ? p.get('sort') : 'count',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

function toParams(state) {
  const p = new URLSearchParams();
  for (const key of ['q', 'district', 'year']) if (state[key]) p.set(key, state[key]);
  if (state.sort !== 'count') p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  return p;
}

function go(state) {
  const query = toParams(state).toString();
  history.pushState(null, '', location.pathname + (query ? '?' + query : ''));
  load(state);
}

// A row of small bars: reports per year, as text too for screen readers and print.
function sparkline(years) {
  const cell = el('td', 'sparkline');
  if (!years.length) { cell.textContent = '—'; return cell; }
  const max = Math.max(...years.map(y => y.count));
  const bars = el('span', 'bars');
  bars.setAttribute('aria-hidden', 'true');
  for (const y of years) {
    const bar = el('span', 'bar');
    bar.title = `${y.year} 年：${y.count} 篇`;
    bar.style.height = `${Math.max(2, Math.round(y.count / max * 18))}px`;
    bars.append(bar);
  }
  cell.append(bars, el('span', 'visually-hidden', years.map(y => `${y.year} 年 ${y.count} 篇`).join('，')));
  return cell;
}

function row(m) {
  const tr = el('tr');
  const name = el('td', 'name');
  const link = el('a', null, m.name);
  link.href = mechanismUrl(m.name);
  name.append(link);
  const definition = m.definition ? (m.definition.length > 60 ? m.definition.slice(0, 60) + '…' : m.definition) : '—';
  tr.append(name, el('td', 'first', firstAppearance(m.first)), el('td', 'num', m.reports), el('td', 'num', m.regions),
    sparkline(m.years ?? []), el('td', 'definition', definition));
  return tr;
}

function renderPager(state, r) {
  const pages = Math.ceil(r.total / r.size);
  pager.replaceChildren();
  if (pages <= 1) return;
  const button = (label, page, disabled) => {
    const b = el('button', null, label);
    b.type = 'button';
    b.disabled = disabled;
    b.addEventListener('click', () => go({ ...state, page }));
    return b;
  };
  pager.append(button('上一页', state.page - 1, state.page <= 1), el('span', 'page-of', `第 ${state.page} / ${pages} 页`),
    button('下一页', state.page + 1, state.page >= pages));
}

async function load(state) {
  $('f-q').value = state.q;
  $('f-district').value = state.district;
  $('f-year').value = state.year;
  $('f-sort').value = state.sort;
  const p = toParams(state);
  p.set('size', String(SIZE));
  p.set('sort', state.sort);
  status.textContent = '正在加载…';
  errorBox.hidden = true;
  let r;
  try {
    r = await getJson('/api/v1/mechanisms', p);
  } catch (error) {
    status.textContent = '';
    errorBox.textContent = error.message;
    errorBox.hidden = false;
    table.hidden = true;
    pager.replaceChildren();
    return;
  }
  status.textContent = r.total === 0 ? '没有符合条件的机制或做法' : `共 ${r.total} 个机制与做法 · 第 ${r.page} 页`;
  rows.replaceChildren(...r.mechanisms.map(row));
  table.hidden = r.mechanisms.length === 0;
  renderPager(state, r);
}

form.addEventListener('submit', e => {
  e.preventDefault();
  go({ q: $('f-q').value.trim(), district: $('f-district').value.trim(), year: $('f-year').value.trim(), sort: $('f-sort').value, page: 1 });
});
$('f-sort').addEventListener('change', () => form.requestSubmit());
window.addEventListener('popstate', () => load(stateFromUrl()));
load(stateFromUrl());
