// A report section as paragraphs: its first line becomes the heading (keeping its marks), each further line
// a paragraph (two-character first-line indent, as printed documents have), and every form feed (U+000C,
// a page break of the source PDF) a divider "第 N 页". Marks that run across a line break are closed at the
// end of the line and reopened on the next, so every paragraph holds balanced markup.
import { el } from './common.js';
import { setMarkedHtml, hasOnlyMarks } from './marked-html.js';

const FORM_FEED_ENTITY = /&#(?:12|x0*c);/gi;

/**
 * @param pages { page } counter shared by all sections of the report: page numbers run on.
 * @param reportDistrict the report's own district: a section of another one (a part of a news round-up) is labelled.
 */
export function renderSectionBody(section, pages, reportDistrict = null) {
  const part = el('section', 'report-section');
  if (section.district && reportDistrict && section.district !== reportDistrict) {
    part.append(el('span', 'section part', section.district));
  }
  const htmlLines = splitLines((section.html ?? '').replace(FORM_FEED_ENTITY, '\f'));
  const textLines = splitLines(section.text ?? '');
  const balanced = rebalance(htmlLines.map(l => l.line));
  const same = htmlLines.length === textLines.length;

  let index = 0;
  if (section.heading && htmlLines.length && !htmlLines[0].breakBefore && htmlLines[0].line.trim()) {
    const heading = el('h2', 'section-heading');
    setMarkedHtml(heading, balanced[0], same ? textLines[0].line : section.heading);
    part.append(heading);
    index = 1;
  }
  const text = el('div', 'section-text');
  for (; index < htmlLines.length; index++) {
    for (let i = 0; i < htmlLines[index].breakBefore; i++) {
      pages.page++;
      const divider = el('div', 'page-break', `第 ${pages.page} 页`);
      divider.setAttribute('role', 'separator');
      divider.setAttribute('aria-label', `原文第 ${pages.page} 页`);
      text.append(divider);
    }
    if (!htmlLines[index].line.trim()) continue;
    const p = el('p');
    setMarkedHtml(p, balanced[index], same ? textLines[index].line : stripTags(balanced[index]));
    text.append(p);
  }
  if (text.childElementCount) part.append(text);
  return part;
}

// Lines, each with how many page breaks came right before it.
function splitLines(text) {
  const out = [];
  let breaks = 0;
  for (const piece of text.split(/(\f|\r?\n)/)) {
    if (piece === '\f') breaks++;
    else if (piece === '\n' || piece === '\r\n') continue;
    else {
      out.push({ line: piece, breakBefore: breaks });
      breaks = 0;
    }
  }
  if (breaks) out.push({ line: '', breakBefore: breaks });
  return out;
}

function rebalance(lines) {
  let open = false;
  return lines.map(line => {
    let html = (open ? '<mark>' : '') + line;
    const opens = (html.match(/<mark>/g) ?? []).length;
    const closes = (html.match(/<\/mark>/g) ?? []).length;
    open = opens > closes;
    if (open) html += '</mark>';
    return html;
  });
}

function stripTags(html) {
  const t = document.createElement('template');
  t.innerHTML = hasOnlyMarks(html) ? html : '';
  return t.content.textContent ?? '';
}
