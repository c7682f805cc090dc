// The banner over approximate results. A question that found nothing exactly (哪些街道推行了网格化管理) is answered by
// the reports holding all its words (the API's mode "allWords"); the page says so, shows the exact query's zero and
// the words used, and offers the way back in one click: the exact query with the fallback off.
import { el } from './common.js';
import { pageUrl } from './query-state.js';

/** Shows the note in `box` for an all-words answer `r` to `state`, hides it otherwise; `go` moves to a state. */
export function renderFallbackNote(box, state, r, go) {
  box.replaceChildren();
  box.hidden = r.mode !== 'allWords';
  if (box.hidden) return;
  const exact = { ...state, fallback: 'off', page: 1 };
  const zero = el('p', 'fallback-zero', `精确查找“${state.q}”：0 篇。`);
  const back = el('a', 'fallback-exact', '只看精确结果');
  back.href = pageUrl(exact);
  back.addEventListener('click', event => {
    event.preventDefault();
    go(exact);
  });
  zero.append(' ', back);
  const words = el('p', 'fallback-words', '以下为包含全部词语的近似结果：');
  (r.words ?? []).forEach((word, i) => {
    if (i > 0) words.append('、');
    words.append(el('strong', null, word));
  });
  box.append(zero, words);
}
