// "Did you mean" above the results (您是不是要找：营商环境（12 篇）), and the notes the autocomplete shows beside its
// completions. The suggested query comes from the API, written from parsed terms; the link keeps the page's filters.
import { el, reportUrl } from './common.js';
import { pageUrl } from './query-state.js';

/** Shows `suggestion` ({ query, count } or null) in `box`; a click moves to the same state with that query. */
export function renderDidYouMean(box, state, suggestion, go) {
  box.replaceChildren();
  box.hidden = !suggestion;
  if (!suggestion) return;
  const next = { ...state, q: suggestion.query, page: 1 };
  const link = el('a', 'did-you-mean-link', suggestion.query);
  link.href = pageUrl(next);
  link.addEventListener('click', e => {
    e.preventDefault();
    go(next);
  });
  box.append('您是不是要找：', link, `（${suggestion.count} 篇）`);
}

/** API completions → combobox items: a term says 词语 and how many reports hold it; a title opens its report. */
export function completionItems(completions) {
  if (!Array.isArray(completions)) return [];
  return completions.filter(c => c && typeof c.text === 'string').map(c => c.kind === 'title'
    ? { text: c.text, note: '标题', kind: 'title', href: reportUrl(c.id) }
    : { text: c.text, note: `词语 · ${c.reports} 篇`, kind: 'term' });
}
