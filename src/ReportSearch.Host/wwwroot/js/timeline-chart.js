// The timeline of a mechanism as an SVG bar chart, drawn by our own code (no library, no CDN): one bar per year
// with the year below it and the count above it as SVG text, in black and grey so it prints as it shows.
const SVG = 'http://www.w3.org/2000/svg';

function node(tag, attributes, text) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) n.setAttribute(k, String(v));
  if (text !== undefined) n.textContent = String(text);
  return n;
}

/**
 * An SVG element for years[i] → counts[i]. Every bar carries data-year and data-count, and its count is
 * written above it, so the chart can be read (and checked) without hovering. For screen readers the chart is a
 * labelled group of bars, each an image named by its own <title> ("2020 年：3 篇报告"), so a reader can step
 * through the years; one role="img" on the whole chart would hide them. The written numbers would repeat the
 * titles and are left out of the accessibility tree; timelineTable gives the same counts as a table.
 */
export function timelineChart(years, counts, title) {
  const barWidth = 28, gap = 10, top = 22, height = 140, bottom = 26, left = 8;
  const width = Math.max(160, left * 2 + years.length * (barWidth + gap));
  const max = Math.max(1, ...counts);
  const svg = node('svg', { viewBox: `0 0 ${width} ${top + height + bottom}`, width, height: top + height + bottom, role: 'group', 'aria-label': title, class: 'timeline-chart' });
  svg.append(node('title', {}, title));
  svg.append(node('line', { x1: left, y1: top + height, x2: width - left, y2: top + height, stroke: '#333', 'stroke-width': 1 }));
  years.forEach((year, i) => {
    const x = left + i * (barWidth + gap) + gap / 2;
    const h = counts[i] === 0 ? 0 : Math.max(2, Math.round(counts[i] / max * height));
    const bar = node('rect', { x, y: top + height - h, width: barWidth, height: h, fill: '#555', class: 'bar', role: 'img', 'data-year': year, 'data-count': counts[i] });
    bar.append(node('title', {}, `${year} 年：${counts[i]} 篇报告`));
    svg.append(bar);
    svg.append(node('text', { x: x + barWidth / 2, y: top + height - h - 5, 'text-anchor': 'middle', 'font-size': 12, fill: '#111', class: 'count', 'aria-hidden': 'true' }, counts[i]));
    svg.append(node('text', { x: x + barWidth / 2, y: top + height + 17, 'text-anchor': 'middle', 'font-size': 11, fill: '#333', class: 'year', 'aria-hidden': 'true' }, year));
  });
  return svg;
}

/**
 * The chart's numbers as a real table (年份, 报告数), for screen readers: inside a box visually hidden by the
 * page's .visually-hidden class (a table itself does not shrink to 1 px), so it stays in the accessibility tree,
 * where display: none would remove it.
 */
export function timelineTable(years, counts, caption) {
  const table = document.createElement('table');
  table.className = 'timeline-table';
  const c = document.createElement('caption');
  c.textContent = caption;
  const head = document.createElement('tr');
  for (const label of ['年份', '报告数']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    head.append(th);
  }
  const thead = document.createElement('thead');
  thead.append(head);
  const tbody = document.createElement('tbody');
  years.forEach((year, i) => {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = `${year} 年`;
    const td = document.createElement('td');
    td.textContent = String(counts[i]);
    tr.append(th, td);
    tbody.append(tr);
  });
  table.append(c, thead, tbody);
  const box = document.createElement('div');
  box.className = 'visually-hidden';
  box.append(table);
  return box;
}
