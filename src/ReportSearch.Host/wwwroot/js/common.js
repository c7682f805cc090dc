// Shared by the search page and the report view. Everything from reports and queries goes into the page as
// text (textContent); the one exception is the `html` fields of the API, which the server has already
// escaped, adding only <mark> tags around matches.

/** GET an API path; resolves to the parsed JSON, or throws an Error carrying the problem's Chinese detail. */
export async function getJson(path, params, signal) {
  const query = params ? '?' + params.toString() : '';
  let response;
  try {
    response = await fetch(path + query, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    // The browser's own text ("Failed to fetch") is English and says nothing useful to staff.
    const offline = navigator.onLine === false;
    throw Object.assign(new Error(offline
      ? '网络已断开：请检查网络连接后重试。'
      : '无法连接到检索服务：服务可能正在重启或网络中断，请稍后重试。'), { status: 0, code: 'network' });
  }
  if (!response.ok) {
    let detail = STATUS_TEXT[response.status] ?? `请求失败（HTTP ${response.status}），请稍后重试。`;
    let code = null;
    let indexedPercent = null;
    try {
      const problem = await response.json();
      if (problem && typeof problem.detail === 'string') detail = problem.detail;
      if (problem && typeof problem.code === 'string') code = problem.code;
      if (problem && Number.isInteger(problem.indexedPercent)) indexedPercent = problem.indexedPercent;
    } catch { /* not JSON: keep the generic message */ }
    const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
    throw Object.assign(new Error(detail), {
      status: response.status, code, indexedPercent,
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    });
  }
  return response.json();
}

const STATUS_TEXT = {
  404: '未找到：链接可能有误，或内容已被删除。',
  429: '请求过于频繁，请稍后再试。',
  500: '检索服务内部出错，请稍后重试。',
  502: '检索服务暂时不可用，请稍后重试。',
  503: '检索服务暂时不可用（索引可能正在建立），请稍后重试。',
  504: '检索服务响应超时，请稍后重试。',
};

/** The text shown while the archive's first indexing runs (problem code index_building). */
export function indexingText(error) {
  return `正在建立索引（已完成 ${error.indexedPercent ?? 0}%）`;
}

/** True when the reader asked the system for less motion: no smooth scrolling then. */
export function reducedMotion() {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

// The <mark>-only guard lives in marked-html.js (shared with the widget); re-exported for the page modules.
export { setMarkedHtml } from './marked-html.js';

/** Creates an element with a class and text content. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/**
 * The title a report is shown under: its own, else （无标题） and its opening line (the API's `opening`). The same
 * rule as ReportLabel.ShownTitle for feeds and CSV. Text only: set it with textContent.
 */
export function shownTitle(report) {
  return report.title || '（无标题）' + (report.opening ?? '');
}

/** Link to the report view, keeping the query so the matches are marked there. */
export function reportUrl(id, q) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  const query = params.toString();
  return '/reports/' + encodeURIComponent(id) + (query ? '?' + query : '');
}
