// 高级检索: a form for people who do not know the query syntax. It builds the same state the box and the
// facets use (words in q, filters as parameters), and shows the query it builds as the user types.
import { quoteTerm, emptyState } from './query-state.js';

const $ = id => document.getElementById(id);
const words = text => text.split(/[\s,，、]+/).map(w => w.trim()).filter(Boolean);
const list = text => text.split(/[,，、;；]+/).map(w => w.trim()).filter(Boolean);
const year = text => (/^\d{4}$/.test(text.trim()) ? text.trim() : '');

/** The state the form's fields describe (sort kept from the current state). */
export function advancedState(current) {
  const parts = [];
  // 全文 is taken as typed (quotes and OR keep their meaning), list separators becoming spaces.
  const all = $('adv-all').value.replace(/[,，、]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (all) parts.push(all);
  const any = words($('adv-any').value).map(quoteTerm);
  if (any.length) parts.push(any.join(' OR '));
  const title = $('adv-title').value.trim();
  if (title) parts.push('title:' + quoteTerm(title));
  parts.push(...words($('adv-not').value).map(w => '-' + quoteTerm(w)));
  let from = year($('adv-from').value), to = year($('adv-to').value);
  if (from && to && from > to) [from, to] = [to, from];
  return {
    ...emptyState(),
    sort: current.sort,
    q: parts.join(' '),
    district: list($('adv-district').value),
    kind: list($('adv-kind').value),
    org: list($('adv-org').value),
    docNumber: list($('adv-doc-number').value),
    from, to,
  };
}

/** Fills the form from a state (when it is opened on a search already made). */
export function fillAdvanced(state) {
  $('adv-all').value = state.q;
  for (const id of ['adv-any', 'adv-not', 'adv-title']) $(id).value = '';
  $('adv-district').value = state.district.join('，');
  $('adv-kind').value = state.kind.join('，');
  $('adv-org').value = state.org.join('，');
  $('adv-doc-number').value = state.docNumber.join('，');
  $('adv-from').value = state.from || (state.year.length === 1 ? state.year[0] : '');
  $('adv-to').value = state.to || (state.year.length === 1 ? state.year[0] : '');
}

export function attachAdvanced(readState, go) {
  const form = $('advanced-form');
  const preview = $('adv-preview');
  const describe = () => {
    const s = advancedState(readState());
    const filters = [
      ...s.district.map(d => `区域：${d}`), ...s.kind.map(k => `文种：${k}`), ...s.org.map(o => `发文机关：${o}`),
      ...s.docNumber.map(n => `文号：${n}`),
      ...(s.from || s.to ? [`年份：${s.from || '…'}–${s.to || '…'}`] : []),
    ];
    preview.textContent = (s.q ? `检索式：${s.q}` : '不限词语') + (filters.length ? ` · ${filters.join(' · ')}` : '');
  };
  form.addEventListener('input', describe);
  $('advanced').addEventListener('toggle', () => {
    if ($('advanced').open) { fillAdvanced(readState()); describe(); }
  });
  form.addEventListener('submit', e => {
    e.preventDefault();
    const next = advancedState(readState());
    if (!next.q && !next.district.length && !next.kind.length && !next.org.length && !next.docNumber.length && !next.from && !next.to) {
      preview.textContent = '请至少填写一项。';
      return;
    }
    $('advanced').open = false;
    go(next);
  });
}
