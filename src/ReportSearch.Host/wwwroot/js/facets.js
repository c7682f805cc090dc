// The facet column: every facet the API sends (区域, 年份, 文种, 发文机关, 时效性, and any later one), each with its
// top ten values, 更多 for the rest and a filter box once there are many; the year as a small histogram with
// a from–to range. Counts come from the result set, so a value offered here never leads to 0 results; a
// selected value that this result set lacks stays visible (to be removed) and says "0 篇".
// The API sends a list facet's top values only (and the selected ones), with `distinct`, how many it has: a facet
// with more asks for all of them once, when the user opens 更多 or types in its filter box.
import { el } from './common.js';
import { FILTER_LABELS } from './query-state.js';

const TOP = 10;
const expanded = new Set();   // facet keys whose 更多 is open: kept across searches
const filterText = new Map(); // facet key → text in its filter box
let rendered = 0;             // counts renderFacets calls: an answer for an older one is dropped

/**
 * Renders all facets of a response into `container`; `go(state)` moves to a new search state. `total` is the
 * number of results: a list facet whose one value covers all of them offers no choice and is left out.
 * `loadAll()` resolves to the facets of the same search with every value (rejects with a message when it cannot):
 * asked for when the user wants the values of a facet the response cut short.
 */
export function renderFacets(container, facets, state, go, total = null, loadAll = null) {
  const mine = ++rendered;
  const source = { distinct: facets?.distinct ?? {}, loadAll, isCurrent: () => mine === rendered };
  const sections = [];
  for (const [key, counts] of Object.entries(facets ?? {})) {
    if (!Array.isArray(counts)) continue; // e.g. districtLevel and distinct: properties of the facets, not facets
    // A facet with nothing to offer (no report in the results has a 文种, say) is left out, unless a value
    // of it is selected and must stay removable.
    if (counts.length === 0 && selectedOf(state, key).length === 0) continue;
    // One value on every result (all 时效性 未知, say) narrows nothing: a tab stop for no choice.
    if (key !== 'year' && counts.length === 1 && counts[0]?.count === total && selectedOf(state, key).length === 0) continue;
    sections.push(key === 'year' ? yearFacet(counts, state, go) : listFacet(key, counts, state, go, source));
  }
  container.replaceChildren(...sections);
}

function facetSection(key) {
  const section = el('section', 'facet');
  const heading = el('h2', null, FILTER_LABELS[key] ?? key);
  heading.id = `${key}-heading`;
  section.setAttribute('aria-labelledby', heading.id);
  section.dataset.facet = key;
  section.append(heading);
  return section;
}

function selectedOf(state, key) {
  return Array.isArray(state[key]) ? state[key] : [];
}

function withSelected(counts, selected) {
  const values = counts.filter(c => c && c.value !== null && c.value !== undefined)
    .map(c => ({ value: String(c.value), count: Number(c.count) || 0 }));
  for (const v of selected) if (!values.some(c => c.value === v)) values.unshift({ value: v, count: 0 });
  return values;
}

function spoken(key, value, count) {
  return `${key === 'year' ? value + ' 年' : value}，${count} 篇`;
}

function facetButton(key, value, count, state, go) {
  const selected = selectedOf(state, key);
  const on = selected.includes(value);
  const button = el('button', 'facet-button');
  button.type = 'button';
  button.dataset.facet = key;
  button.dataset.value = value;
  button.setAttribute('aria-pressed', String(on));
  button.setAttribute('aria-label', spoken(key, value, count) + (on && count === 0 ? '，当前结果中没有' : ''));
  button.title = on ? `取消筛选：${value}` : `只看：${value}`;
  const countText = on && count === 0 ? '0 篇' : String(count);
  button.append(el('span', 'facet-value', value), el('span', 'facet-count', countText));
  button.addEventListener('click', () => {
    filterText.delete(key); // the next list shows the new result set's values, not the old search in it
    const next = on ? selected.filter(v => v !== value) : [...selected, value];
    go({ ...state, [key]: next, page: 1 });
  });
  return button;
}

// How many of a facet's values the response left out: `distinct` counts them all (absent: none left out).
function unsent(counts, distinct) {
  return Number.isInteger(distinct) && distinct > counts.length ? distinct - counts.length : 0;
}

function listFacet(key, counts, state, go, source) {
  const section = facetSection(key);
  const selected = selectedOf(state, key);
  let values = withSelected(counts, selected);
  let missing = unsent(counts, source.distinct[key]);
  let loading = false, loaded = false, failed = false;
  const size = () => values.length + missing;
  const list = el('ul', 'facet-list');
  list.id = `${key}-facets`;
  let box = null;

  const draw = () => {
    const filter = (filterText.get(key) ?? '').trim();
    const matching = filter ? values.filter(v => v.value.includes(filter)) : values;
    const shown = expanded.has(key) || filter ? matching : matching.slice(0, TOP);
    list.replaceChildren(...shown.map(v => {
      const li = el('li');
      li.append(facetButton(key, v.value, v.count, state, go));
      return li;
    }));
    // The values not here yet are on their way, or could not be had: say so, never "none" for them.
    if (loading && (filter || expanded.has(key))) list.append(el('li', 'facet-empty facet-loading', `正在载入其余 ${missing} 项…`));
    else if (failed && (filter || expanded.has(key))) list.append(el('li', 'facet-empty facet-load-failed', `其余 ${missing} 项未能载入，请稍后重试`));
    else if (matching.length === 0) list.append(el('li', 'facet-empty', filter ? `没有包含“${filter}”的项` : '—'));
    more.hidden = Boolean(filter) || size() <= TOP;
    more.textContent = expanded.has(key) ? '收起' : `更多（还有 ${size() - TOP} 项）`;
    more.setAttribute('aria-expanded', String(expanded.has(key)));
    if (box) box.placeholder = `查找${FILTER_LABELS[key] ?? ''}（共 ${size()} 项）`;
  };

  // Once per response: the same search with every value of the facets; a failure may be tried again.
  const loadRest = () => {
    if (missing === 0 || loaded || loading || !source.loadAll) return;
    loading = true;
    failed = false;
    source.loadAll().then(all => {
      if (!source.isCurrent()) return; // a newer search has been drawn
      const full = Array.isArray(all?.[key]) ? all[key] : [];
      values = withSelected(full, selected);
      missing = unsent(full, all?.distinct?.[key]);
      loading = false;
      loaded = true;
      draw();
    }, () => {
      if (!source.isCurrent()) return;
      loading = false;
      failed = true;
      draw();
    });
  };

  const more = el('button', 'facet-more');
  more.type = 'button';
  more.setAttribute('aria-controls', list.id);
  more.addEventListener('click', () => {
    if (expanded.has(key)) expanded.delete(key); else { expanded.add(key); loadRest(); }
    draw();
  });

  if (size() > TOP) {
    const label = el('label', 'visually-hidden', `在${FILTER_LABELS[key] ?? key}中查找`);
    box = el('input', 'facet-filter');
    box.type = 'search';
    box.id = `${key}-facet-filter`;
    label.htmlFor = box.id;
    box.value = filterText.get(key) ?? '';
    box.setAttribute('aria-controls', list.id);
    box.addEventListener('input', () => { filterText.set(key, box.value); loadRest(); draw(); });
    section.append(label, box);
  }
  section.append(list, more);
  // 更多 left open, or a filter left typed, from the last search: this one's values are wanted whole too.
  if (expanded.has(key) || (filterText.get(key) ?? '').trim()) loadRest();
  draw();
  return section;
}

// Years: a histogram of the result set (each bar a button: click to pick that year) and a from–to range.
function yearFacet(counts, state, go) {
  const section = facetSection('year');
  const values = withSelected(counts, selectedOf(state, 'year'))
    .filter(v => /^\d{4}$/.test(v.value))
    .sort((a, b) => a.value.localeCompare(b.value));
  const max = Math.max(1, ...values.map(v => v.count));

  const chart = el('ul', 'year-histogram');
  chart.id = 'year-facets';
  chart.setAttribute('aria-label', '各年份的报告数');
  const byYear = new Map(values.map(v => [Number(v.value), v]));
  const first = Number(values[0]?.value), last = Number(values.at(-1)?.value);
  // Years without reports inside the span are empty slots, so the bars read as a time line.
  const span = values.length && last - first < 60 ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : values.map(v => Number(v.value));
  for (const year of span) {
    const v = byYear.get(year);
    if (!v) {
      const gap = el('li', 'year-gap');
      gap.setAttribute('aria-hidden', 'true');
      gap.title = `${year} 年：0 篇`;
      chart.append(gap);
      continue;
    }
    const li = el('li');
    const button = facetButton('year', v.value, v.count, state, go);
    button.classList.add('year-bar');
    const inRange = (!state.from || v.value >= state.from) && (!state.to || v.value <= state.to) && Boolean(state.from || state.to);
    if (inRange) button.classList.add('in-range');
    const bar = el('span', 'bar');
    bar.style.setProperty('--h', `${Math.max(4, Math.round(100 * v.count / max))}%`);
    button.prepend(bar);
    li.append(button);
    chart.append(li);
  }
  if (values.length === 0) chart.append(el('li', 'facet-empty', '—'));

  const range = el('form', 'year-range');
  range.setAttribute('aria-label', '年份范围');
  const years = values.map(v => v.value);
  const from = yearSelect('year-from', '起', years, state.from);
  const to = yearSelect('year-to', '止', years, state.to);
  const apply = el('button', 'facet-apply', '应用');
  apply.type = 'submit';
  range.append(from.label, from.select, el('span', 'range-dash', '–'), to.label, to.select, apply);
  range.addEventListener('submit', e => {
    e.preventDefault();
    let [a, b] = [from.select.value, to.select.value];
    if (a && b && a > b) [a, b] = [b, a];
    go({ ...state, from: a, to: b, year: [], page: 1 });
  });

  const axis = el('div', 'year-axis');
  axis.setAttribute('aria-hidden', 'true');
  if (values.length) axis.append(el('span', null, values[0].value), el('span', null, values.length > 1 ? values.at(-1).value : ''));
  section.append(chart, axis, range);
  return section;
}

function yearSelect(id, text, years, current) {
  const label = el('label', 'visually-hidden', text === '起' ? '起始年份' : '截止年份');
  label.htmlFor = id;
  const select = el('select');
  select.id = id;
  const options = [...new Set([...years, ...(current ? [current] : [])])].sort();
  select.append(new Option('不限', ''), ...options.map(y => new Option(y, y)));
  select.value = current || '';
  return { label, select };
}
