// 其他地区的类似报告 on the report view: the reports most like this one from other places (the API's
// /reports/{id}/related), each with its place, year and what it shares with this one; a toggle keeps only
// places at this report's level (other streets for a street's report). Everything is text.
import { getJson, el, reportUrl, shownTitle } from './common.js';

const SIZE = 10;
const $ = id => document.getElementById(id);

function place(r) {
  if (Array.isArray(r.region) && r.region.length) return r.region.join(' › ');
  return r.district || '未知地区';
}

function item(r) {
  const li = el('li', 'related-item');
  const link = el('a', r.title ? null : 'untitled', shownTitle(r));
  link.href = reportUrl(r.id);
  li.append(link, el('span', 'related-meta', ` ${r.year ? r.year + ' 年' : '年份不详'} · ${place(r)}`));
  const shared = [...(r.sharedMechanisms ?? []).map(m => `“${m}”`), ...(r.sharedTerms ?? [])];
  if (shared.length) li.append(el('p', 'related-shared', `相同：${shared.join('、')}`));
  return li;
}

async function load(id, sameLevel) {
  const status = $('related-status');
  const list = $('related-list');
  status.textContent = '正在查找…';
  const params = new URLSearchParams({ size: String(SIZE) });
  if (sameLevel) params.set('level', 'same');
  let related;
  try {
    related = await getJson('/api/v1/reports/' + encodeURIComponent(id) + '/related', params);
  } catch (error) {
    list.replaceChildren();
    status.textContent = error.message;
    return;
  }
  list.replaceChildren(...related.reports.map(item));
  // The finder shows only reports that name the same subject, so an empty list is an answer, not an error.
  status.textContent = related.reports.length ? '' : (sameLevel ? '暂无同级其他地区的类似报告。' : '暂无其他地区的类似报告。');
}

/** Shows the section for report `id` (once per page; the toggle reloads it). */
export function showRelated(id) {
  const section = $('related');
  if (!section.hidden) return;
  section.hidden = false;
  const toggle = $('related-same-level');
  toggle.addEventListener('change', () => load(id, toggle.checked));
  load(id, toggle.checked);
}
