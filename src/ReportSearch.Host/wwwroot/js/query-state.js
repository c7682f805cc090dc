// The one filter state of the search page. The URL holds it all: q (the words), the multi-select filters
// district/year/kind/org/validity/docNumber, the year range from/to, sort and page. Filters typed into the box
// (district:西园街道, year:2019..2021, kind:总结, org:…, validity:现行有效, docNumber:国发〔2017〕35号) are moved out of the words into that state, so they
// show as removable chips and the facets see them: there is never a second, hidden copy of a filter.

export const FILTER_KEYS = ['district', 'year', 'kind', 'org', 'validity', 'docNumber'];
export const FILTER_LABELS = { district: '区域', year: '年份', kind: '文种', org: '发文机关', validity: '时效性', docNumber: '文号' };
// A typed field name, any case, to its key (docnumber: → docNumber).
const TYPED_KEYS = Object.fromEntries(FILTER_KEYS.map(k => [k.toLowerCase(), k]));
export const SORTS = ['relevance', 'newest', 'oldest'];

const YEAR = /^\d{4}$/;
const YEAR_RANGE = /^(\d{4})?\.\.(\d{4})?$/;

/** The state in the current URL (or the given search string). */
export function readState(search = location.search) {
  const p = new URLSearchParams(search);
  const page = Number.parseInt(p.get('page') ?? '1', 10);
  const sort = p.get('sort') ?? 'relevance';
  const state = {
    q: (p.get('q') ?? '').trim(),
    from: YEAR.test(p.get('from') ?? '') ? p.get('from') : '',
    to: YEAR.test(p.get('to') ?? '') ? p.get('to') : '',
    sort: SORTS.includes(sort) ? sort : 'relevance',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    // 'off': the exact answer only (the way back from approximate, all-words results); '' lets the API fall back.
    fallback: p.get('fallback') === 'off' ? 'off' : '',
  };
  for (const key of FILTER_KEYS) state[key] = unique(p.getAll(key).map(v => v.trim()).filter(Boolean));
  return state;
}

export function emptyState() {
  return readState('');
}

/** Query-string parameters of a state, in the API's names (the page URL uses the same ones). */
export function toParams(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const key of FILTER_KEYS) (state[key] ?? []).forEach(v => p.append(key, v));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.sort && state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  if (state.fallback === 'off') p.set('fallback', 'off');
  return p;
}

export function pageUrl(state) {
  const query = toParams(state).toString();
  return '/' + (query ? '?' + query : '');
}

export function hasFilters(state) {
  return FILTER_KEYS.some(k => state[k].length > 0) || Boolean(state.from || state.to);
}

/** Every active filter as { key, value, label, without } where `without` is the state minus that filter. */
export function activeFilters(state) {
  const list = [];
  for (const key of FILTER_KEYS) {
    for (const value of state[key]) {
      list.push({
        key, value,
        label: key === 'year' ? `${value} 年` : value,
        title: FILTER_LABELS[key],
        without: { ...state, [key]: state[key].filter(v => v !== value), page: 1 },
      });
    }
  }
  if (state.from || state.to) {
    list.push({
      key: 'range', value: `${state.from}..${state.to}`,
      label: state.from && state.to ? `${state.from}–${state.to} 年` : state.from ? `${state.from} 年起` : `${state.to} 年止`,
      title: '年份范围',
      without: { ...state, from: '', to: '', page: 1 },
    });
  }
  return list;
}

/**
 * Splits typed text into words and filters. Quotes are respected ("district:a b" stays a word). With an
 * unbalanced quote nothing is moved, so the server names the error and the page can offer the fix.
 */
export function splitTyped(text) {
  const filters = Object.fromEntries(FILTER_KEYS.map(k => [k, []]));
  let from = '', to = '';
  if (countQuotes(text) % 2 === 1) return { q: text.trim(), filters, from, to };
  const kept = [];
  for (const token of tokens(text)) {
    const m = /^(district|year|kind|org|validity|docNumber)[:：](.+)$/i.exec(token);
    if (!m) { kept.push(token); continue; }
    const key = TYPED_KEYS[m[1].toLowerCase()];
    const value = unquote(m[2]);
    if (!value) { kept.push(token); continue; }
    const range = key === 'year' ? YEAR_RANGE.exec(value) : null;
    if (range && (range[1] || range[2])) { from = range[1] ?? ''; to = range[2] ?? ''; continue; }
    if (key === 'year' && !YEAR.test(value)) { kept.push(token); continue; } // the server explains it
    filters[key].push(value);
  }
  return { q: kept.join(' '), filters, from, to };
}

/** The state after the user submitted `text` in the box: typed filters join the existing ones. */
export function stateFromTyped(state, text) {
  const typed = splitTyped(text);
  const next = { ...state, q: typed.q, page: 1, fallback: '' };
  for (const key of FILTER_KEYS) next[key] = unique([...state[key], ...typed.filters[key]]);
  if (typed.from || typed.to) { next.from = typed.from; next.to = typed.to; }
  return next;
}

/** Whitespace-separated tokens; a quoted part (which may hold spaces) stays inside its token. */
export function tokens(text) {
  const out = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && /\s/.test(ch)) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}

export function countQuotes(text) {
  return (text.match(/"/g) ?? []).length;
}

/** A value as a query term: quoted when it holds spaces, quotes or operators. */
export function quoteTerm(value) {
  const v = value.replace(/"/g, '').trim();
  return /[\s|]|^-|^OR$/.test(v) ? `"${v}"` : v;
}

function unquote(value) {
  return value.replace(/^"(.*)"$/, '$1').trim();
}

function unique(values) {
  return [...new Set(values)];
}
