// Autocomplete for the search box as an ARIA 1.2 combobox: the input has role=combobox and owns a listbox
// popup; ↑/↓ move through the options (aria-activedescendant, focus stays in the box), Enter or a click
// takes one, Esc closes. Suggestions are asked for from the first character, but never while an IME is
// composing: pinyin in the box is not what the user means to look for.
import { el } from './common.js';
import { tokens, quoteTerm } from './query-state.js';

const DELAY_MS = 120;

/**
 * @param input   the search box
 * @param options { fetch(prefix) → Promise<item[]>, choose(newText), isComposing() }
 *   An item is a string, or { text, note, kind, href }: the note (what it is: 词语 · 45 篇, 标题) is shown after the
 *   text; an item with an href (a report's title) opens that page instead of going into the box.
 */
export function attachCombobox(input, { fetch, choose, isComposing }) {
  const listbox = el('ul', 'suggestions');
  listbox.id = input.id + '-suggestions';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', '搜索建议');
  listbox.hidden = true;
  input.insertAdjacentElement('afterend', listbox);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);

  let items = [];
  let active = -1;
  let timer = 0;
  let asked = '';
  let controller = null;

  function lastToken(text) {
    if (/\s$/.test(text)) return '';
    const all = tokens(text);
    return (all.at(-1) ?? '').replace(/^-/, '').replace(/^"/, '');
  }

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function open(list) {
    items = list;
    active = -1;
    listbox.replaceChildren(...list.map((item, i) => {
      const option = el('li', 'suggestion');
      option.append(el('span', 'suggestion-text', item.text));
      if (item.note) option.append(el('span', 'suggestion-note', item.note));
      if (item.kind) option.dataset.kind = item.kind;
      option.id = `${listbox.id}-${i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      // mousedown, not click: the box must not lose focus (and close the list) before the choice lands.
      option.addEventListener('mousedown', e => { e.preventDefault(); take(i); });
      return option;
    }));
    listbox.hidden = list.length === 0;
    input.setAttribute('aria-expanded', String(list.length > 0));
  }

  function highlight(index) {
    if (items.length === 0) return;
    active = (index + items.length) % items.length;
    [...listbox.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    const option = listbox.children[active];
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  // The suggestion replaces the word being typed (the last token, keeping a leading "-"); the rest of the box
  // stays. A completion that holds spaces is quoted; one that arrives quoted is taken as it is.
  function take(index) {
    const text = input.value;
    const all = tokens(text);
    const token = /\s$/.test(text) ? '' : all.at(-1) ?? '';
    const head = token ? text.slice(0, text.lastIndexOf(token)) : text;
    const negated = token.startsWith('-') ? '-' : '';
    const chosen = items[index].text;
    if (items[index].href) {
      close();
      location.assign(items[index].href);
      return;
    }
    const term = /^["“]/.test(chosen) ? chosen : quoteTerm(chosen);
    close();
    choose(head + negated + term);
  }

  async function ask() {
    if (isComposing()) return;
    const prefix = lastToken(input.value);
    if (!prefix || prefix.length > 50) { close(); return; }
    if (prefix === asked && !listbox.hidden) return;
    asked = prefix;
    controller?.abort();
    controller = new AbortController();
    try {
      const list = await fetch(prefix, controller.signal);
      if (lastToken(input.value) !== prefix || isComposing() || document.activeElement !== input) return;
      const shown = (Array.isArray(list) ? list : [])
        .map(s => (typeof s === 'string' ? { text: s } : s))
        .filter(s => s && typeof s.text === 'string' && s.text !== prefix);
      open(shown.slice(0, 10));
    } catch { /* suggestions are optional: a failure leaves the box as it was */ }
  }

  return {
    /** Call on every input event outside a composition, and once when a composition ends. */
    typed() {
      clearTimeout(timer);
      timer = setTimeout(ask, DELAY_MS);
    },
    cancel() {
      clearTimeout(timer);
      controller?.abort();
      close();
    },
    /** Handles ↑ ↓ Enter Esc while the list is open; returns true when the key was used. */
    key(e) {
      if (listbox.hidden) {
        if (e.key === 'ArrowDown' && items.length) { open(items); highlight(0); return true; }
        return false;
      }
      if (e.key === 'ArrowDown') { highlight(active + 1); return true; }
      if (e.key === 'ArrowUp') { highlight(active - 1); return true; }
      if (e.key === 'Escape') { close(); return true; }
      if (e.key === 'Enter' && active >= 0) { take(active); return true; }
      return false;
    },
    close,
  };
}
