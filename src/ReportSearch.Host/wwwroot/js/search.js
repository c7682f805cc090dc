// The search page. The URL holds the whole state (see query-state.js): every search is a shareable link, and
// back/forward replay it through popstate. Words may be empty when a filter is chosen: that lists the
// filtered reports, newest first.
import { getJson, el, indexingText } from './common.js';
import { readState, toParams, pageUrl, hasFilters, activeFilters, stateFromTyped, quoteTerm } from './query-state.js';
import { renderFacets } from './facets.js';
import { renderHit } from './hit-card.js';
import { explainEmpty, explainWords } from './empty-results.js';
import { renderPrecedent } from './precedent.js';
import { renderFallbackNote } from './fallback-note.js';
import { attachCombobox } from './combobox.js';
import { completionItems, renderDidYouMean } from './did-you-mean.js';
import { attachAdvanced } from './advanced.js';
import { TYPING_DELAY_MS } from './marked-html.js';
import { MAX_QUERY_CHARS, MAX_FACET_SIZE } from './limits.js';

const PAGE_SIZE = 10;
const $ = id => document.getElementById(id);

const form = $('search-form');
const input = $('q');
input.maxLength = MAX_QUERY_CHARS;
const status = $('status');
const errorBox = $('error');
const emptyBox = $('empty');
const results = $('results');
const pager = $('pager');
const intro = $('intro');
const chips = $('active-filters');
const facets = $('facets');
const filters = $('filters');
const openFilters = $('open-filters');
const exportsBox = $('exports');
const column = document.querySelector('.results-column');
const sortButtons = document.querySelectorAll('[data-sort]');

let composing = false;   // true between compositionstart and compositionend (Chinese IME)
let typingTimer = 0;
let inFlight = null;     // AbortController of the search being loaded
let generation = 0;      // increases with every search; late answers of older ones are dropped
let retryTimer = 0;      // the next attempt while the archive's first indexing runs

/** Moves to a new state: updates the URL (a new history entry, or replacing the current one) and searches. */
function go(state, { replace = false } = {}) {
  const url = pageUrl(state);
  if (url !== location.pathname + location.search) {
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }
  run(state);
}

// Without words the API lists the filtered reports newest first; the sort buttons say so.
function effectiveSort(state) {
  return !state.q && state.sort === 'relevance' ? 'newest' : state.sort;
}

async function run(state) {
  const mine = ++generation;
  clearTimeout(retryTimer);
  if (document.activeElement !== input) input.value = state.q;
  renderSort(state);
  renderChips(state);
  inFlight?.abort();
  if (!state.q && !hasFilters(state)) {
    clear();
    intro.hidden = false;
    status.textContent = '';
    document.title = '政府报告检索';
    return;
  }
  intro.hidden = true;
  const controller = new AbortController();
  inFlight = controller;
  const params = toParams({ ...state, sort: effectiveSort(state) });
  params.set('size', String(PAGE_SIZE));
  status.textContent = '正在检索…';
  // The old results stay, dimmed, until the new ones arrive: no jump, and clearly not current.
  column.classList.add('loading');
  column.setAttribute('aria-busy', 'true');
  try {
    const response = await getJson('/api/v1/search', params, controller.signal);
    if (mine !== generation) return;
    errorBox.hidden = true;
    render(state, response);
  } catch (error) {
    if (error.name === 'AbortError' || mine !== generation) return;
    clear();
    intro.hidden = true;
    renderChips(state);
    if (error.status === 400) {
      status.textContent = '查询无法执行';
      explainEmpty(emptyBox, state, error, probes(mine));
    } else if (error.code === 'index_building') {
      // The archive is being indexed for the first time: say how far, and ask again by ourselves rather than
      // show "nothing found" for reports not read yet.
      status.textContent = indexingText(error) + '，完成后自动显示结果…';
      retryTimer = setTimeout(() => { if (mine === generation) run(state); }, (error.retryAfterSeconds ?? 2) * 1000);
    } else {
      errorBox.textContent = error.message;
      errorBox.hidden = false;
      status.textContent = '检索未完成';
    }
  } finally {
    if (mine === generation) {
      column.classList.remove('loading');
      column.removeAttribute('aria-busy');
    }
  }
}

function probes(mine) {
  return {
    go: next => go(next),
    isCurrent: () => mine === generation,
    count: async next => {
      try {
        const p = toParams({ ...next, page: 1, sort: effectiveSort(next) });
        p.set('size', '1');
        return (await getJson('/api/v1/search', p)).total;
      } catch { return null; }
    },
  };
}

// The API sends each list facet's top values; this asks, at most once per search drawn, for the same search with
// every value (and one hit, the least it can send), when the user opens 更多 or searches in a facet it cut short.
function allFacetValues(state) {
  let answer = null;
  return () => {
    if (answer) return answer;
    const p = toParams({ ...state, page: 1, sort: effectiveSort(state) });
    p.set('size', '1');
    p.set('facetSize', String(MAX_FACET_SIZE));
    const asked = answer = getJson('/api/v1/search', p).then(r => r.facets);
    asked.catch(() => { if (answer === asked) answer = null; }); // failed: the next wish asks again
    return asked;
  };
}

function clear() {
  results.replaceChildren();
  pager.replaceChildren();
  facets.replaceChildren();
  chips.replaceChildren();
  errorBox.hidden = true;
  emptyBox.hidden = true;
  exportsBox.hidden = true;
  renderPrecedent($('precedent'), null);
  $('fallback-note').hidden = true;
  renderDidYouMean($('did-you-mean'), null, null);
}

function render(state, r) {
  const label = state.q || activeFilters(state).map(f => f.label).join('、');
  document.title = `${label} · 政府报告检索`;
  const order = !state.q ? '（按日期从新到旧）' : '';
  const approximate = r.mode === 'allWords';
  status.textContent = r.total === 0
    ? (state.q ? `没有找到包含“${state.q}”的报告` : '没有符合筛选条件的报告')
    : `找到 ${r.total} 篇${approximate ? '近似结果' : '报告'}${r.sameTextCopies > 0 ? `（另有 ${r.sameTextCopies} 篇内容相同的已合并）` : ''}${order} · 第 ${r.page} 页`;
  renderFallbackNote($('fallback-note'), state, r, next => go(next));
  // A report opened from approximate results marks the words that found it, not the question.
  const marked = approximate ? (r.words ?? []).map(quoteTerm).join(' ') : state.q;
  results.replaceChildren(...(r.hits ?? []).map((hit, i) => renderHit(hit, marked, (r.page - 1) * r.size + i + 1)));
  renderPrecedent($('precedent'), r.page === 1 ? r.precedent : null);
  renderDidYouMean($('did-you-mean'), state, r.didYouMean, next => go(next));
  renderFacets(facets, r.facets, state, next => go(next), r.total, allFacetValues(state));
  renderPager(state, r);
  renderExports(state, r.total);
  if (r.total === 0) explainEmpty(emptyBox, state, null, probes(generation));
  else {
    emptyBox.hidden = true;
    const notes = explainWords(state.q);
    if (notes.length) { emptyBox.replaceChildren(...notes.map(t => el('p', 'explain', t))); emptyBox.hidden = false; }
  }
  openFilters.textContent = activeFilters(state).length ? `筛选（${activeFilters(state).length}）` : '筛选';
}

function renderChips(state) {
  chips.replaceChildren(...activeFilters(state).map(f => {
    const chip = el('button', 'chip');
    chip.type = 'button';
    chip.dataset.key = f.key;
    chip.dataset.value = f.value;
    chip.append(el('span', 'chip-label', `${f.title}：`), el('span', null, f.label), el('span', 'chip-x', ' ×'));
    chip.setAttribute('aria-label', `取消筛选 ${f.title} ${f.label}`);
    chip.addEventListener('click', () => go(f.without));
    return chip;
  }));
}

function renderExports(state, total) {
  exportsBox.hidden = total === 0;
  const p = toParams({ ...state, page: 1, sort: effectiveSort(state) });
  $('export-csv').href = '/api/v1/search.csv?' + p;
  const feed = toParams({ ...state, page: 1, sort: 'newest' });
  $('export-atom').href = '/api/v1/search.atom?' + feed;
  $('atom-link').href = '/api/v1/search.atom?' + feed;
}

function renderPager(state, r) {
  const pages = Math.min(Math.ceil(r.total / r.size), 1000);
  pager.replaceChildren();
  if (pages <= 1) return;
  const link = (page, text, label) => {
    const a = el('a', 'page-link', text);
    a.href = pageUrl({ ...state, page });
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
  const sort = effectiveSort(state);
  sortButtons.forEach(b => {
    b.setAttribute('aria-pressed', String(b.dataset.sort === sort));
    b.disabled = !state.q && b.dataset.sort === 'relevance';
  });
}

// --- Typing. A Chinese IME composes pinyin in the box before committing characters: nothing is searched
// (or suggested) until the composition ends; Enter during a composition only confirms the candidate.

function searchTyped({ replace }) {
  clearTimeout(typingTimer);
  const state = readState();
  const next = stateFromTyped(state, input.value);
  // Typed filters become chips: the box keeps only the words.
  if (next.q !== input.value.trim()) input.value = next.q;
  if (pageUrl(next) === pageUrl(state) && !replace) return run(state);
  go(next, { replace });
}

function scheduleTypedSearch() {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    if (composing) return;
    // As-you-type: only the words; a half-typed "district:西" waits for Enter.
    if (/(^|\s)(district|year|kind|org)[:：]\S*$/i.test(input.value)) return;
    searchTyped({ replace: true });
  }, TYPING_DELAY_MS);
}

const combo = attachCombobox(input, {
  fetch: async (prefix, signal) => completionItems(await getJson('/api/v1/completions', new URLSearchParams({ prefix }), signal)),
  isComposing: () => composing,
  choose: text => {
    input.value = text;
    searchTyped({ replace: false });
  },
});

input.addEventListener('compositionstart', () => {
  composing = true;
  clearTimeout(typingTimer);
  combo.cancel();
});
input.addEventListener('compositionend', () => {
  composing = false;
  scheduleTypedSearch();
  combo.typed();
});
input.addEventListener('input', e => {
  if (composing || e.isComposing) return;
  scheduleTypedSearch();
  combo.typed();
});
input.addEventListener('keydown', e => {
  // keyCode 229: the IME is handling the key (Safari reports Enter this way after compositionend).
  if (composing || e.isComposing || e.keyCode === 229) {
    if (e.key === 'Enter') e.preventDefault();
    return;
  }
  if (combo.key(e)) e.preventDefault();
});
input.addEventListener('blur', () => setTimeout(() => combo.close(), 100));
form.addEventListener('submit', e => {
  e.preventDefault();
  if (composing) return;
  combo.cancel();
  searchTyped({ replace: false });
});

// --- The facet drawer on narrow screens: results first, filters on demand.
function setDrawer(open) {
  filters.classList.toggle('open', open);
  document.body.classList.toggle('drawer-open', open);
  openFilters.setAttribute('aria-expanded', String(open));
  if (open) $('close-filters').focus();
  else if (document.activeElement && filters.contains(document.activeElement)) openFilters.focus();
}
openFilters.addEventListener('click', () => setDrawer(!filters.classList.contains('open')));
$('close-filters').addEventListener('click', () => setDrawer(false));
// A tap on the dimmed page beside the drawer (the body's backdrop) closes it.
document.body.addEventListener('click', e => { if (e.target === document.body && filters.classList.contains('open')) setDrawer(false); });

document.addEventListener('keydown', e => {
  if (e.key === 'Escape' && filters.classList.contains('open')) setDrawer(false);
  const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement;
  if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    input.focus();
    input.select();
  }
});

sortButtons.forEach(b => b.addEventListener('click', () => go({ ...readState(), sort: b.dataset.sort, page: 1 })));
window.addEventListener('popstate', () => {
  const state = readState();
  input.value = state.q;
  run(state);
});
attachAdvanced(readState, next => go(next));

const initial = readState();
input.value = initial.q;
run(initial);
if (!initial.q && !hasFilters(initial)) input.focus();
