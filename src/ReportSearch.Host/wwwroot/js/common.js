// Shared by the search page and the report view. Everything from reports and queries goes into the page as
// text (textContent); the one exception is the `html` fields of the API, which the server has already
// escaped, adding only <mark> tags around matches.

/** GET an API path; resolves to the parsed JSON, or throws an Error carrying the problem's Chinese detail. */
export async function getJson(path, params, signal) {
  const query = params ? '?' + params.toString() : '';
  const response = await fetch(path + query, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = `请求失败（HTTP ${response.status}）。`;
    try {
      const problem = await response.json();
      if (problem && typeof problem.detail === 'string') detail = problem.detail;
    } catch { /* not JSON: keep the generic message */ }
    const error = new Error(detail);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

const MARK_ONLY = /<\/?mark>/g;

/**
 * Puts server-highlighted HTML into an element. A second line of defence: if the HTML contains any tag
 * besides <mark>, the plain text is shown instead, so a server bug can never become script injection.
 */
export function setMarkedHtml(element, html, text) {
  if (typeof html === 'string' && !html.replace(MARK_ONLY, '').includes('<')) element.innerHTML = html;
  else element.textContent = text ?? '';
}

/** Creates an element with a class and text content. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** Link to the report view, keeping the query so the matches are marked there. */
export function reportUrl(id, q) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  const query = params.toString();
  return '/reports/' + encodeURIComponent(id) + (query ? '?' + query : '');
}
