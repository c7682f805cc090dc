// The search page. The URL holds the whole state (q, district…, year…, sort, page): every search is a
// shareable link, and back/forward replay it through popstate.
import { getJson, setMarkedHtml, el, reportUrl } from './common.js';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 500;
const SORTS = ['relevance', 'newest', 'oldest'];

const form = document.getElementById('search-form');
const input = document.getElementById('q');
const suggestions = document.getElementById('suggestions');
const status = document.getElementById('status');
const errorBox = document.getElementById('error');
const results = document.getElementById('results');
const pager = document.getElementById('pager');
const intro = document.getElementById('intro');
const activeFilters = document.getElementById('active-filters');
const districtFacets = document.getElementById('district-facets');
const yearFacets = document.getElementById('year-facets');
const sortButtons = document.querySelectorAll('[data-sort]');

let composing = false;   // true between compositionstart and compositionend (Chinese IME)
let typingTimer = 0;
let inFlight = null;     // AbortController of the search being loaded

function readState() {
  const p = new URLSearchParams(location.search);
  const page = Number.parseInt(p.get('page') ?? '1', 10);
  const sort = p.get('sort') ?? 'relevance';
  return {
    q: (p.get('q') ?? '').trim(),
    district: p.getAll('district'),
    year: p.getAll('year'),
    sort: SORTS.includes(sort) ? sort : 'relevance',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

function toParams(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  state.district.forEach(d => p.append('district', d));
  state.year.forEach(y => p.append('year', y));
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  return p;
}

function urlOf(state) {
  const query = toParams(state).toString();
  return '/' + (query ? '?' + query : '');
}

/** Moves to a new state: updates the URL (a new history entry, or replacing the current one) and searches. */
function go(state, { replace = false } = {}) {
  const url = urlOf(state);
  if (url !== location.pathname + location.search) {
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }
  run(state);
}

async function run(state) {
  if (input.value.trim() !== state.q && document.activeElement !== input) input.value = state.q;
  renderSort(state);
  inFlight?.abort();
  if (!state.q) {
    clear();
    intro.hidden = false;
    status.textContent = '';
    return;
  }
  intro.hidden = true;
  const controller = new AbortController();
  inFlight = controller;
  const params = toParams(state);
  params.set('size', String(PAGE_SIZE));
  status.textContent = '正在检索…';
  try {
    const response = await getJson('/api/v1/search', params, controller.signal);
    if (controller.signal.aborted) return;
    errorBox.hidden = true;
    render(state, response);
  } catch (error) {
    if (error.name === 'AbortError') return;
    clear();
    errorBox.textContent = error.message;
    errorBox.hidden = false;
    status.textContent = '检索未完成';
  }
}

function clear() {
  results.replaceChildren();
  pager.replaceChildren();
  districtFacets.replaceChildren();
  yearFacets.replaceChildren();
  activeFilters.replaceChildren();
  errorBox.hidden = true;
}

function render(state, r) {
  document.title = `${state.q} · 政府报告检索`;
  status.textContent = r.total === 0
    ? `没有找到包含“${state.q}”的报告`
    : `找到 ${r.total} 篇报告 · 第 ${r.page} 页 · 用时 ${r.tookMs} 毫秒`;
  results.replaceChildren(...r.hits.map((hit, i) => renderHit(hit, state.q, (r.page - 1) * r.size + i + 1)));
  renderFacet(districtFacets, r.facets.district, state, 'district');
  renderFacet(yearFacets, r.facets.year, state, 'year');
  renderActiveFilters(state);
  renderPager(state, r);
}

function renderHit(hit, q, rank) {
  const li = el('li', 'hit');
  const title = el('h3', 'hit-title');
  const link = el('a', null, hit.title || '（无标题）');
  link.href = reportUrl(hit.id, q);
  title.append(el('span', 'rank', rank + '.'), link);

  const meta = el('p', 'hit-meta');
  for (const [label, value] of [['区域', hit.district], ['年份', hit.year], ['日期', hit.date]]) {
    if (value === null || value === undefined || value === '') continue;
    const item = el('span', 'meta-item');
    item.append(el('span', 'meta-label', label), el('span', null, value));
    meta.append(item);
  }
  if (hit.source) meta.append(el('span', 'meta-item source', hit.source));

  li.append(title, meta);
  for (const snippet of hit.snippets) {
    const p = el('p', 'snippet');
    if (snippet.section) p.append(el('span', 'section', snippet.section));
    const body = el('span', 'snippet-text');
    setMarkedHtml(body, snippet.html, snippet.text);
    p.append(body);
    li.append(p);
  }
  return li;
}

function renderFacet(list, counts, state, key) {
  const selected = state[key];
  // Selected values stay visible (to be removed) even if this search has no hits for them.
  const values = counts.map(c => ({ value: c.value, count: c.count }));
  for (const v of selected) if (!values.some(c => c.value === v)) values.push({ value: v, count: 0 });
  list.replaceChildren(...values.map(({ value, count }) => {
    const on = selected.includes(value);
    const button = el('button', 'facet-button');
    button.type = 'button';
    button.dataset.facet = key;
    button.dataset.value = value;
    button.setAttribute('aria-pressed', String(on));
    button.append(el('span', 'facet-value', value), el('span', 'facet-count', count));
    button.title = on ? `取消筛选：${value}` : `只看：${value}`;
    button.addEventListener('click', () => {
      const next = on ? selected.filter(v => v !== value) : [...selected, value];
      go({ ...state, [key]: next, page: 1 });
    });
    const li = el('li');
    li.append(button);
    return li;
  }));
  if (values.length === 0) list.append(el('li', 'facet-empty', '—'));
}

function renderActiveFilters(state) {
  const chips = [];
  for (const key of ['district', 'year']) {
    for (const value of state[key]) {
      const chip = el('button', 'chip');
      chip.type = 'button';
      chip.textContent = `${key === 'district' ? '区域' : '年份'}：${value} ×`;
      chip.setAttribute('aria-label', `取消筛选 ${value}`);
      chip.addEventListener('click', () => go({ ...state, [key]: state[key].filter(v => v !== value), page: 1 }));
      chips.push(chip);
    }
  }
  activeFilters.replaceChildren(...chips);
}

function renderPager(state, r) {
  const pages = Math.min(Math.ceil(r.total / r.size), 1000);
  pager.replaceChildren();
  if (pages <= 1) return;
  const link = (page, text, label) => {
    const a = el('a', 'page-link', text);
    a.href = urlOf({ ...state, page });
    if (label) a.setAttribute('aria-label', label);
    if (page === state.page) a.setAttribute('aria-current', 'page');
    a.addEventListener('click', e => {
      e.preventDefault();
      go({ ...state, page });
      results.focus();
    });
    return a;
  };
  if (state.page > 1) pager.append(link(state.page - 1, '上一页'));
  const first = Math.max(1, Math.min(state.page - 4, pages - 8));
  for (let p = first; p <= Math.min(pages, first + 8); p++) pager.append(link(p, String(p), `第 ${p} 页`));
  if (state.page < pages) pager.append(link(state.page + 1, '下一页'));
}

function renderSort(state) {
  sortButtons.forEach(b => b.setAttribute('aria-pressed', String(b.dataset.sort === state.sort)));
}

// --- Typing. A Chinese IME composes pinyin in the box before committing characters: nothing is searched
// (or suggested) until the composition ends; Enter during a composition only confirms the candidate.

function searchTyped({ replace }) {
  clearTimeout(typingTimer);
  const q = input.value.trim();
  const state = readState();
  if (q === state.q && !replace) return run(state);
  go({ ...state, q, page: 1 }, { replace });
}

function scheduleTypedSearch() {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    if (composing) return;
    searchTyped({ replace: true });
    suggest();
  }, TYPING_DELAY_MS);
}

input.addEventListener('compositionstart', () => {
  composing = true;
  clearTimeout(typingTimer);
});
input.addEventListener('compositionend', () => {
  composing = false;
  scheduleTypedSearch();
});
input.addEventListener('input', e => {
  if (composing || e.isComposing) return;
  scheduleTypedSearch();
});
input.addEventListener('keydown', e => {
  // keyCode 229: the IME is handling the key (Safari reports Enter this way after compositionend).
  if (e.key === 'Enter' && (composing || e.isComposing || e.keyCode === 229)) e.preventDefault();
});
form.addEventListener('submit', e => {
  e.preventDefault();
  if (composing) return;
  searchTyped({ replace: false });
});

let suggestFor = '';
async function suggest() {
  const prefix = input.value.trim();
  if (!prefix || prefix === suggestFor || prefix.length > 50) return;
  suggestFor = prefix;
  try {
    const list = await getJson('/api/v1/suggest', new URLSearchParams({ prefix }));
    suggestions.replaceChildren(...list.map(s => {
      const option = document.createElement('option');
      option.value = s;
      return option;
    }));
  } catch { /* suggestions are optional */ }
}

sortButtons.forEach(b => b.addEventListener('click', () => go({ ...readState(), sort: b.dataset.sort, page: 1 })));
window.addEventListener('popstate', () => {
  const state = readState();
  input.value = state.q;
  run(state);
});

const initial = readState();
input.value = initial.q;
run(initial);
if (!initial.q) input.focus();
