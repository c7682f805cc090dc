// The precedent card: for a query that names a mechanism, who named it first, how far it spread and what it
// consists of, with a link to the mechanism's page. Every value is put in as text.
import { el } from './common.js';

/** The path of a mechanism's page. */
export function mechanismUrl(name) {
  return '/mechanisms/' + encodeURIComponent(name);
}

/** "2020 年 西园街道" — the first appearance as one phrase ("时间不详" when no report gives a year); "（推断）" after
 *  it when no report's year has a strong source, so a guess is never shown as fact. */
export function firstAppearance(first) {
  if (!first) return '时间不详';
  return [`${first.year} 年`, first.region].filter(Boolean).join(' ') + (first.inferred ? '（推断）' : '');
}

/** "2018-03-05，依据：会议届次" — the first report's date and how its year is known (words from the API). */
export function firstBasis(first) {
  if (!first) return '';
  return [first.date, `依据：${first.basisLabel ?? '未记录'}`].filter(Boolean).join('，');
}

/** Fills the card element with the precedent, or hides it when there is none. */
export function renderPrecedent(card, precedent) {
  if (!precedent) {
    card.hidden = true;
    card.replaceChildren();
    return;
  }
  const heading = el('h2', 'precedent-title');
  const link = el('a', null, `“${precedent.name}”`);
  link.href = mechanismUrl(precedent.name);
  heading.append('机制与做法：', link);
  const facts = el('p', 'precedent-facts',
    `首见：${firstAppearance(precedent.first)}；共 ${precedent.regions} 个区域、${precedent.reports} 篇报告`);
  const parts = [heading, facts];
  if (precedent.definition) parts.push(el('p', 'precedent-definition', `定义：${precedent.definition}`));
  const more = el('a', 'precedent-more', '查看首见、传播时间线和各地做法 →');
  more.href = mechanismUrl(precedent.name);
  parts.push(more);
  card.replaceChildren(...parts);
  card.hidden = false;
}
