// Shared by the pages (as an ES module) and by the widget (the host inlines this file into widget.js at start,
// see Pages/WidgetScript.cs): so it imports nothing and uses nothing but the element it is given.

/** Typing pause before a search runs as you type (page and widget alike). */
export const TYPING_DELAY_MS = 400;

const MARK_ONLY = /<\/?mark>/g;

/** True when the HTML holds no tag but <mark> and </mark>: the only markup the server adds to escaped text. */
export function hasOnlyMarks(html) {
  return typeof html === 'string' && !html.replace(MARK_ONLY, '').includes('<');
}

/**
 * Puts server-highlighted HTML into an element. A second line of defence: if the HTML contains any tag
 * besides <mark>, the plain text is shown instead, so a server bug can never become script injection.
 */
export function setMarkedHtml(element, html, text) {
  if (hasOnlyMarks(html)) element.innerHTML = html;
  else element.textContent = text ?? '';
}
