// /embed: the copy-paste snippet with this host's own address, and a live widget whose events are shown.
import { copyText } from './citation.js';

const origin = location.origin;
const snippet = `<script src="${origin}/widget.js" defer></script>\n<report-search endpoint="${origin}" size="5"></report-search>`;
document.getElementById('snippet').textContent = snippet;
document.getElementById('copy-snippet').addEventListener('click', async () => {
  document.getElementById('copy-status').textContent = (await copyText(snippet)) ? '已复制' : '请手动选中代码复制';
});
const events = document.getElementById('demo-events');
document.addEventListener('report-search:results', e => { events.textContent = `事件 report-search:results：“${e.detail.query}”，${e.detail.total} 篇`; });
document.addEventListener('report-search:error', e => { events.textContent = `事件 report-search:error：${e.detail.message}`; });

// /embed?q=六个一 shows the demo with a search already made (for screenshots and links to the demo).
const demoQuery = new URLSearchParams(location.search).get('q');
if (demoQuery) document.getElementById('demo-widget').setAttribute('q', demoQuery.slice(0, 200));
