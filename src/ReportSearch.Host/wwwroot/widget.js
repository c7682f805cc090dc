// <report-search>: an embeddable search box for other sites. Load this file from the host and place the
// element anywhere:
//   <script src="https://reports.example.gov.cn/widget.js" defer></script>
//   <report-search endpoint="https://reports.example.gov.cn" district="西园街道" year="2020" size="5"></report-search>
// Attributes: endpoint (host base URL; default: where this script came from), district and year (default
// filters, comma-separated), size (results, 1–50, default 5), lang (zh-CN default, or en). The host must
// allow the page's origin (Cors:AllowedOrigins or Cors:AllowAnyOrigin). Shadow DOM keeps the page's CSS out.
(() => {
  'use strict';
  if (customElements.get('report-search')) return;

  const SCRIPT_ORIGIN = document.currentScript && document.currentScript.src
    ? new URL(document.currentScript.src).origin
    : location.origin;

  const TEXT = {
    'zh-CN': {
      label: '搜索政府报告', placeholder: '输入要查找的词语', button: '搜索', searching: '正在检索…',
      found: (n, ms) => `找到 ${n} 篇报告（${ms} 毫秒）`, none: '没有找到相关报告', more: '查看全部结果',
      failed: '检索失败', untitled: '（无标题）',
    },
    en: {
      label: 'Search government reports', placeholder: 'Search reports', button: 'Search', searching: 'Searching…',
      found: (n, ms) => `${n} reports (${ms} ms)`, none: 'No reports found', more: 'All results',
      failed: 'Search failed', untitled: '(untitled)',
    },
  };

  const CSS = `
    :host { display: block; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1f2933; font-size: 14px; line-height: 1.7; }
    * { box-sizing: border-box; }
    form { display: flex; gap: 6px; }
    input { flex: 1; min-width: 0; font: inherit; padding: 6px 10px; border: 1px solid #b8c2cf; border-radius: 4px; }
    input:focus { outline: 2px solid #2f6fce; outline-offset: 0; }
    button { font: inherit; padding: 0 16px; border: 0; border-radius: 4px; background: #1d3b63; color: #fff; cursor: pointer; }
    .status { color: #5f6b7a; font-size: 12px; margin: 6px 0 0; min-height: 1em; }
    ol { list-style: none; margin: 0; padding: 0; }
    li { padding: 8px 0; border-bottom: 1px solid #e4e8ee; }
    a.title { color: #1a4f8b; font-weight: 600; text-decoration: none; }
    a.title:hover { text-decoration: underline; }
    .meta { color: #5f6b7a; font-size: 12px; margin-left: 6px; }
    .snippet { margin: 2px 0 0; color: #303b47; font-size: 13px; }
    mark { background: #ffe58a; color: inherit; }
    .more { display: inline-block; margin-top: 6px; font-size: 13px; color: #1a4f8b; }
  `;

  function el(doc, tag, className, text) {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // Server HTML is escaped with only <mark> added; anything else falls back to plain text.
  function setMarkedHtml(node, html, text) {
    if (typeof html === 'string' && !html.replace(/<\/?mark>/g, '').includes('<')) node.innerHTML = html;
    else node.textContent = text || '';
  }

  function list(value) {
    return (value || '').split(/[,，]/).map(s => s.trim()).filter(Boolean);
  }

  class ReportSearchElement extends HTMLElement {
    static get observedAttributes() { return ['lang']; }

    constructor() {
      super();
      this.composing = false;
      this.controller = null;
      const root = this.attachShadow({ mode: 'open' });
      if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
      } else {
        root.append(el(document, 'style', null, CSS));
      }
      this.form = el(document, 'form');
      this.form.setAttribute('role', 'search');
      this.input = el(document, 'input');
      this.input.type = 'search';
      this.input.maxLength = 200;
      this.input.autocomplete = 'off';
      this.button = el(document, 'button');
      this.button.type = 'submit';
      this.form.append(this.input, this.button);
      this.status = el(document, 'p', 'status');
      this.status.setAttribute('role', 'status');
      this.status.setAttribute('aria-live', 'polite');
      this.results = el(document, 'ol', 'results');
      this.more = el(document, 'a', 'more');
      this.more.hidden = true;
      this.more.target = '_blank';
      this.more.rel = 'noopener';
      root.append(this.form, this.status, this.results, this.more);

      this.input.addEventListener('compositionstart', () => { this.composing = true; });
      this.input.addEventListener('compositionend', () => { this.composing = false; });
      this.input.addEventListener('keydown', e => {
        if (e.key === 'Enter' && (this.composing || e.isComposing || e.keyCode === 229)) e.preventDefault();
      });
      this.form.addEventListener('submit', e => {
        e.preventDefault();
        if (!this.composing) this.search(this.input.value.trim());
      });
    }

    connectedCallback() { this.applyLanguage(); }
    attributeChangedCallback() { this.applyLanguage(); }

    get text() { return (this.getAttribute('lang') || 'zh-CN').toLowerCase().startsWith('en') ? TEXT.en : TEXT['zh-CN']; }

    get endpoint() {
      const value = this.getAttribute('endpoint') || SCRIPT_ORIGIN;
      try { return new URL(value, location.href).href.replace(/\/+$/, ''); } catch { return SCRIPT_ORIGIN; }
    }

    get size() {
      const n = Number.parseInt(this.getAttribute('size') || '5', 10);
      return Number.isFinite(n) ? Math.min(Math.max(n, 1), 50) : 5;
    }

    applyLanguage() {
      const t = this.text;
      this.input.placeholder = t.placeholder;
      this.input.setAttribute('aria-label', t.label);
      this.button.textContent = t.button;
      this.more.textContent = t.more;
    }

    filterParams(q) {
      const params = new URLSearchParams({ q });
      list(this.getAttribute('district')).forEach(d => params.append('district', d));
      list(this.getAttribute('year')).forEach(y => params.append('year', y));
      return params;
    }

    async search(q) {
      const t = this.text;
      if (!q) return;
      if (this.controller) this.controller.abort();
      const controller = new AbortController();
      this.controller = controller;
      this.status.textContent = t.searching;
      const params = this.filterParams(q);
      params.set('size', String(this.size));
      try {
        const response = await fetch(`${this.endpoint}/api/v1/search?${params}`, { signal: controller.signal, mode: 'cors' });
        const body = await response.json().catch(() => null);
        if (!response.ok) throw new Error((body && body.detail) || `${t.failed} (HTTP ${response.status})`);
        this.render(q, body);
      } catch (error) {
        if (error.name === 'AbortError') return;
        this.results.replaceChildren();
        this.more.hidden = true;
        this.status.textContent = error.message || t.failed;
      }
    }

    render(q, r) {
      const t = this.text;
      const doc = this.ownerDocument;
      this.status.textContent = r.total ? t.found(r.total, r.tookMs) : t.none;
      this.results.replaceChildren(...r.hits.map(hit => {
        const li = el(doc, 'li');
        const a = el(doc, 'a', 'title', hit.title || t.untitled);
        a.href = `${this.endpoint}/reports/${encodeURIComponent(hit.id)}?${new URLSearchParams({ q })}`;
        a.target = '_blank';
        a.rel = 'noopener';
        li.append(a, el(doc, 'span', 'meta', [hit.district, hit.year, hit.date].filter(v => v !== null && v !== undefined).join(' · ')));
        const snippet = hit.snippets[0];
        if (snippet) {
          const p = el(doc, 'p', 'snippet');
          setMarkedHtml(p, snippet.html, snippet.text);
          li.append(p);
        }
        return li;
      }));
      const all = this.filterParams(q);
      this.more.href = `${this.endpoint}/?${all}`;
      this.more.hidden = r.total <= r.hits.length;
    }
  }

  customElements.define('report-search', ReportSearchElement);
})();
