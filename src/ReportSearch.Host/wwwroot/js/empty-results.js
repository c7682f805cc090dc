// Honest empty results: say why there is nothing ("在 隆岩镇 中没有结果；去掉此筛选有 12 篇") and offer the
// fixes that would find something, each one click: drop a filter, look for any of the words instead of all
// of them, close or drop an unbalanced quote. Counts come from real searches (size=1) without the filter.
import { el } from './common.js';
import { activeFilters, toParams, tokens, countQuotes, quoteTerm, FILTER_KEYS } from './query-state.js';

const MAX_PROBES = 6;

/**
 * Fills `panel` for a search that found nothing (or failed with `error`), and returns it.
 * @param count   (state) → Promise<number|null>: total of another search, null when it fails
 * @param go      (state) → moves there
 */
export async function explainEmpty(panel, state, error, { count, go, isCurrent }) {
  panel.replaceChildren();
  panel.hidden = false;
  const lines = el('ul', 'fixes');
  const heading = el('p', 'empty-cause');
  panel.append(heading, lines);

  const words = positiveWords(state.q);
  const filters = activeFilters(state);
  const fixes = [];

  if (error?.code === 'unbalanced_quote' || countQuotes(state.q) % 2 === 1) {
    heading.textContent = '查询中的引号没有成对：引号要成对使用，把中间的内容当作一个整体查找。';
    const closed = state.q + '"';
    const dropped = state.q.replace(/"/g, '').replace(/\s+/g, ' ').trim();
    fixes.push(fix(`补全引号：${closed}`, { ...state, q: closed, page: 1 }));
    if (dropped) fixes.push(fix(`去掉引号：${dropped}`, { ...state, q: dropped, page: 1 }));
  } else if (error) {
    heading.textContent = error.message;
  } else if (filters.length) {
    heading.textContent = state.q
      ? `在所选筛选条件下没有包含“${state.q}”的报告。`
      : '所选筛选条件下没有报告。';
  } else {
    heading.textContent = `没有找到包含“${state.q}”的报告。`;
  }

  // Each filter: how many results there would be without it.
  const probes = filters.slice(0, MAX_PROBES).map(async f => ({ f, n: error ? null : await count(f.without) }));
  // All words → any word.
  if (!error && words.length >= 2 && !/(^|\s)(OR|\|)(\s|$)/.test(state.q)) {
    const anyOf = { ...state, q: words.map(quoteTerm).join(' OR '), page: 1 };
    probes.push(count(anyOf).then(n => ({ anyOf, n })));
  }
  const explanations = explainWords(state.q);

  for (const result of await Promise.all(probes)) {
    if (!isCurrent()) return panel;
    if (result.f && result.n) {
      const item = fix(`去掉“${result.f.title}：${result.f.label}”（有 ${result.n} 篇）`, result.f.without);
      item.dataset.cause = `在 ${result.f.label} 中没有结果；去掉此筛选有 ${result.n} 篇`;
      const cause = el('span', 'fix-cause', `在 ${result.f.label} 中没有结果；去掉此筛选有 ${result.n} 篇。`);
      item.prepend(cause);
      fixes.push(item);
    } else if (result.anyOf && result.n) {
      fixes.push(fix(`改为包含任一词：${result.anyOf.q}（有 ${result.n} 篇）`, result.anyOf));
    }
  }
  if (filters.length && !fixes.some(f => f.dataset.cause) && !error) {
    const all = { ...state, ...Object.fromEntries(FILTER_KEYS.map(k => [k, []])), from: '', to: '', page: 1 };
    if (state.q) {
      const n = await count(all);
      if (!isCurrent()) return panel;
      if (n) fixes.push(fix(`去掉全部筛选条件（有 ${n} 篇）`, all));
    }
  }

  lines.replaceChildren(...fixes.map(item => {
    const li = el('li');
    li.append(item);
    return li;
  }));
  for (const text of explanations) panel.append(el('p', 'explain', text));
  if (fixes.length === 0 && explanations.length === 0 && !error) {
    panel.append(el('p', 'explain', '可以换一个说法、减少词语，或检查是否有错别字；匹配是精确的，“六个一”不会找到“六个 一项”。'));
  }
  return panel;

  function fix(text, next) {
    const button = el('button', 'fix');
    button.type = 'button';
    button.append(el('span', 'fix-action', text));
    button.addEventListener('click', () => go(next));
    return button;
  }
}

function positiveWords(q) {
  return tokens(q).filter(t => !t.startsWith('-') && !/^(OR|AND|\|)$/.test(t) && !/^[a-z]+[:：]/i.test(t))
    .map(t => t.replace(/"/g, '')).filter(Boolean);
}

/** What `AND` and `和` do in the box, when the user wrote them as if they were operators. */
export function explainWords(q) {
  const out = [];
  const all = tokens(q);
  if (all.includes('AND')) out.push('AND 与空格相同：表示同时包含前后两个词。');
  if (all.includes('和') || all.includes('与')) {
    out.push('单独的“和”“与”会被当作要查找的字：要查找同时包含两个词的报告，用空格分隔即可（例如：教育 医疗）；任一词用 OR。');
  }
  return out;
}
