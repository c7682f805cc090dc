// <report-search>: an embeddable search box for other sites. Load this file from the host and place the
// element anywhere:
//   <script src="https://reports.example.gov.cn/widget.js" defer></script>
//   <report-search endpoint="https://reports.example.gov.cn" district="西园街道" year="2020" size="5"></report-search>
// Attributes: endpoint (host base URL; default: where this script came from), district and year (default
// filters, comma-separated), size (results, 1–50, default 5), lang (zh-CN default, or en), live (search as
// you type), q (a search to show on load). The host must allow the page's origin (Cors:AllowedOrigins or Cors:AllowAnyOrigin).
// Theming: CSS custom properties (--report-search-accent, -link, -text, -muted, -mark, -border, -radius,
// -font) set on the element, and ::part(form|input|button|status|precedent|precedent-link|results|item|title|meta|snippet|more).
// Events (bubbling, composed): report-search:search {query}, report-search:results {query,total,hits},
// report-search:error {query,message,code,status}.
(() => {
  'use strict';
  if (customElements.get('report-search')) return;

  const SCRIPT_ORIGIN = document.currentScript && document.currentScript.src
    ? new URL(document.currentScript.src).origin
    : location.origin;

  // How soon to ask again while the service builds its first index (its Retry-After is 2 s).
  const INDEXING_RETRY_MS = 2000;

  const TEXT = {
    'zh-CN': {
      label: '搜索政府报告', placeholder: '输入要查找的词语', button: '搜索', searching: '正在检索…',
      found: n => `找到 ${n} 篇报告`, none: '没有找到相关报告', more: '查看全部结果',
      untitled: '（无标题）',
      precedent: (p, first) => `首见：${first}；共 ${p.regions} 个区域、${p.reports} 篇报告`,
      unknownTime: '时间不详', definition: '定义：', mechanism: '机制与做法：',
      cors: (endpoint, origin) => `检索服务 ${endpoint} 拒绝了本网站（${origin}）的跨域请求。请服务管理员把 ${origin} 加入配置项 Cors:AllowedOrigins。`,
      network: endpoint => `无法连接检索服务 ${endpoint}：请检查网络，或稍后再试。`,
      http: status => `检索失败（HTTP ${status}），请稍后再试。`,
      indexing: percent => `正在建立索引（已完成 ${percent}%），完成后自动显示结果…`,
    },
    en: {
      label: 'Search government reports', placeholder: 'Search reports', button: 'Search', searching: 'Searching…',
      found: n => `${n} report${n === 1 ? '' : 's'} found`, none: 'No reports found', more: 'All results',
      untitled: '(untitled)',
      precedent: (p, first) => `First named: ${first}; ${p.regions} region${p.regions === 1 ? '' : 's'}, ${p.reports} report${p.reports === 1 ? '' : 's'}`,
      unknownTime: 'date unknown', definition: 'Definition: ', mechanism: 'Mechanism: ',
      cors: (endpoint, origin) => `The search service ${endpoint} refused requests from this site (${origin}). Ask its administrator to add ${origin} to the setting Cors:AllowedOrigins.`,
      network: endpoint => `Cannot reach the search service ${endpoint}. Check the network or try again later.`,
      http: status => `Search failed (HTTP ${status}). Please try again later.`,
      indexing: percent => `Building the index (${percent}% done); results follow by themselves…`,
      codes: {
        unbalanced_quote: 'Unbalanced quotation marks: check the quotes in your query.',
        empty_query: 'Please enter a word to search for.',
        query_too_long: 'The query is too long.',
        too_many_terms: 'Too many search terms.',
        dangling_or: 'OR needs a term on both sides.',
        only_exclusions: 'The query only excludes words: give at least one word to find.',
        empty_term: 'A term has no searchable characters.',
        bad_year: 'The year must have four digits, e.g. 2020.',
        bad_year_range: 'The start year is after the end year.',
        bad_district: 'The district name is too long.',
        too_many_filters: 'Too many filters.',
        rate_limited: 'Too many requests: please wait a moment.',
        index_not_ready: 'The search index is not ready yet: please try again shortly.',
      },
    },
  };

  const CSS = `
    :host { display: block; font-family: var(--report-search-font, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif);
      color: var(--report-search-text, #1f2933); font-size: 14px; line-height: 1.7; }
    :host([hidden]), [hidden] { display: none !important; }
    * { box-sizing: border-box; }
    form { display: flex; gap: 6px; }
    input { flex: 1; min-width: 0; font: inherit; padding: 6px 10px; border: 1px solid var(--report-search-border, #8d99a8); border-radius: var(--report-search-radius, 4px); color: inherit; background: #fff; }
    input:focus { outline: 2px solid var(--report-search-accent, #1d3b63); outline-offset: 0; }
    button { font: inherit; padding: 0 16px; border: 0; border-radius: var(--report-search-radius, 4px); background: var(--report-search-accent, #1d3b63); color: #fff; cursor: pointer; }
    .status { color: var(--report-search-muted, #566170); font-size: 12px; margin: 6px 0 0; min-height: 1em; }
    .status.error { color: #8c1d18; }
    ol { list-style: none; margin: 0; padding: 0; }
    li { padding: 8px 0; border-bottom: 1px solid #e4e8ee; }
    a.title { color: var(--report-search-link, #1a4f8b); font-weight: 600; text-decoration: none; }
    a.title:hover { text-decoration: underline; }
    .meta { color: var(--report-search-muted, #566170); font-size: 12px; margin-left: 6px; }
    .snippet { margin: 2px 0 0; font-size: 13px; }
    mark { background: var(--report-search-mark, #ffe58a); color: inherit; }
    .precedent { margin: 8px 0 0; padding: 8px 10px; border-left: 3px solid var(--report-search-accent, #1d3b63); background: #f3f7fc; font-size: 13px; }
    .precedent p { margin: 0; }
    .precedent a { color: var(--report-search-link, #1a4f8b); font-weight: 600; }
    .more { display: inline-block; margin-top: 6px; font-size: 13px; color: var(--report-search-link, #1a4f8b); }
    @media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
  `;

  function el(doc, tag, className, text, part) {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (part) node.setAttribute('part', part);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // The host inlines here, at start, the page's js/marked-html.js (TYPING_DELAY_MS, setMarkedHtml) and
  // js/limits.js (MAX_QUERY_CHARS, MAX_PAGE_SIZE, from the server's own constants): see Pages/WidgetScript.cs.
  // The widget is one classic <script src> on other sites, so it cannot import modules itself.
  /* @shared-modules */

  function list(value) {
    return (value || '').split(/[,，]/).map(s => s.trim()).filter(Boolean);
  }

  class ReportSearchElement extends HTMLElement {
    static get observedAttributes() { return ['lang', 'q']; }

    constructor() {
      super();
      this.composing = false;
      this.controller = null;
      this.timer = 0;
      const root = this.attachShadow({ mode: 'open' });
      if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
      } else {
        root.append(el(document, 'style', null, CSS));
      }
      this.form = el(document, 'form', null, null, 'form');
      this.form.setAttribute('role', 'search');
      this.input = el(document, 'input', null, null, 'input');
      this.input.type = 'search';
      this.input.maxLength = MAX_QUERY_CHARS;
      this.input.autocomplete = 'off';
      this.button = el(document, 'button', null, null, 'button');
      this.button.type = 'submit';
      this.form.append(this.input, this.button);
      this.status = el(document, 'p', 'status', null, 'status');
      this.status.setAttribute('role', 'status');
      this.status.setAttribute('aria-live', 'polite');
      this.precedent = el(document, 'div', 'precedent', null, 'precedent');
      this.precedent.hidden = true;
      this.results = el(document, 'ol', 'results', null, 'results');
      this.more = el(document, 'a', 'more', null, 'more');
      this.more.hidden = true;
      this.more.target = '_blank';
      this.more.rel = 'noopener';
      root.append(this.form, this.status, this.precedent, this.results, this.more);

      this.input.addEventListener('compositionstart', () => { this.composing = true; clearTimeout(this.timer); });
      this.input.addEventListener('compositionend', () => { this.composing = false; this.typed(); });
      this.input.addEventListener('input', e => { if (!this.composing && !e.isComposing) this.typed(); });
      this.input.addEventListener('keydown', e => {
        if (e.key === 'Enter' && (this.composing || e.isComposing || e.keyCode === 229)) e.preventDefault();
      });
      this.form.addEventListener('submit', e => {
        e.preventDefault();
        clearTimeout(this.timer);
        if (!this.composing) this.search(this.input.value.trim());
      });
    }

    connectedCallback() {
      this.applyLanguage();
      this.initialSearch();
    }

    initialSearch() {
      const initial = (this.getAttribute('q') || '').trim();
      if (initial && this.isConnected && !this.input.value) {
        this.input.value = initial;
        this.search(initial);
      }
    }

    // A widget taken off the page stops its work: no late answer lands in a detached element.
    disconnectedCallback() {
      clearTimeout(this.timer);
      if (this.controller) this.controller.abort();
      this.controller = null;
    }

    attributeChangedCallback(name) {
      if (name === 'q') this.initialSearch();
      else this.applyLanguage();
    }

    get text() { return (this.getAttribute('lang') || 'zh-CN').toLowerCase().startsWith('en') ? TEXT.en : TEXT['zh-CN']; }

    get endpoint() {
      const value = this.getAttribute('endpoint') || SCRIPT_ORIGIN;
      try { return new URL(value, location.href).href.replace(/\/+$/, ''); } catch { return SCRIPT_ORIGIN; }
    }

    get size() {
      const n = Number.parseInt(this.getAttribute('size') || '5', 10);
      return Number.isFinite(n) ? Math.min(Math.max(n, 1), MAX_PAGE_SIZE) : 5;
    }

    applyLanguage() {
      const t = this.text;
      this.input.placeholder = t.placeholder;
      this.input.setAttribute('aria-label', t.label);
      this.input.lang = this.getAttribute('lang') || 'zh-CN';
      this.button.textContent = t.button;
      this.more.textContent = t.more;
    }

    typed() {
      if (!this.hasAttribute('live')) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        if (!this.composing) this.search(this.input.value.trim());
      }, TYPING_DELAY_MS);
    }

    filterParams(q) {
      const params = new URLSearchParams({ q });
      list(this.getAttribute('district')).forEach(d => params.append('district', d));
      list(this.getAttribute('year')).forEach(y => params.append('year', y));
      return params;
    }

    emit(name, detail) {
      this.dispatchEvent(new CustomEvent('report-search:' + name, { detail, bubbles: true, composed: true }));
    }

    async search(q) {
      const t = this.text;
      if (!q) return;
      clearTimeout(this.retryTimer);
      if (this.controller) this.controller.abort();
      const controller = new AbortController();
      this.controller = controller;
      this.status.textContent = t.searching;
      this.status.classList.remove('error');
      this.emit('search', { query: q });
      const params = this.filterParams(q);
      params.set('size', String(this.size));
      const url = `${this.endpoint}/api/v1/search?${params}`;
      try {
        let response;
        try {
          response = await fetch(url, { signal: controller.signal, mode: 'cors' });
        } catch (error) {
          if (error.name === 'AbortError') throw error;
          throw await this.explainUnreachable(url, controller.signal);
        }
        const body = await response.json().catch(() => null);
        if (!response.ok) {
          const code = body && typeof body.code === 'string' ? body.code : null;
          if (code === 'index_building') {
            // The service is indexing its archive for the first time: say how far, and ask again by itself
            // rather than show "nothing found". Retry-After is not readable across origins: the body's share is.
            const percent = Number.isInteger(body.indexedPercent) ? body.indexedPercent : 0;
            this.status.textContent = t.indexing(percent);
            this.retryTimer = setTimeout(() => { if (this.isConnected) this.search(q); }, INDEXING_RETRY_MS);
            return;
          }
          const detail = body && typeof body.detail === 'string' && body.detail ? body.detail : null;
          // The server's problem detail is the message (in Chinese, the language of the service). English
          // pages get a translation for the codes this table knows; a code it does not know yet still shows
          // the server's own detail, never a vaguer text, so the table can only lag, not mislead.
          const message = (t === TEXT.en && code && t.codes[code]) || detail || t.http(response.status);
          throw Object.assign(new Error(message), { code, status: response.status });
        }
        if (controller.signal.aborted || !this.isConnected) return;
        this.render(q, body);
        this.emit('results', { query: q, total: body.total, hits: body.hits });
      } catch (error) {
        if (error.name === 'AbortError' || controller.signal.aborted) return;
        this.results.replaceChildren();
        this.renderPrecedent(null);
        this.more.hidden = true;
        this.status.textContent = error.message;
        this.status.classList.add('error');
        this.emit('error', { query: q, message: error.message, code: error.code || null, status: error.status || 0 });
      } finally {
        if (this.controller === controller) this.controller = null;
      }
    }

    // fetch() says only "Failed to fetch" both when the host is down and when it refuses this origin. A
    // no-cors request tells them apart: it succeeds (opaquely) whenever the host answers at all.
    async explainUnreachable(url, signal) {
      const t = this.text;
      let reachable = false;
      try {
        await fetch(url, { mode: 'no-cors', signal, cache: 'no-store' });
        reachable = true;
      } catch (error) {
        if (error.name === 'AbortError') return error;
      }
      return reachable
        ? Object.assign(new Error(t.cors(this.endpoint, location.origin)), { code: 'cors_refused' })
        : Object.assign(new Error(t.network(this.endpoint)), { code: 'network' });
    }

    // The precedent card (the query names a mechanism): first appearance, spread, definition, a link to its page.
    renderPrecedent(p) {
      const t = this.text;
      const doc = this.ownerDocument;
      if (!p) { this.precedent.hidden = true; this.precedent.replaceChildren(); return; }
      const href = `${this.endpoint}/mechanisms/${encodeURIComponent(p.name)}`;
      const first = p.first ? [p.first.year + (t === TEXT.en ? '' : ' 年'), p.first.region].filter(Boolean).join(' ') : t.unknownTime;
      const title = el(doc, 'p', 'precedent-title');
      const a = el(doc, 'a', 'precedent-link', `“${p.name}”`, 'precedent-link');
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener';
      title.append(t.mechanism, a);
      const parts = [title, el(doc, 'p', 'precedent-facts', t.precedent(p, first))];
      if (p.definition) parts.push(el(doc, 'p', 'precedent-definition', t.definition + p.definition));
      this.precedent.replaceChildren(...parts);
      this.precedent.hidden = false;
    }

    render(q, r) {
      const t = this.text;
      const doc = this.ownerDocument;
      this.status.textContent = r.total ? t.found(r.total) : t.none;
      this.renderPrecedent(r.precedent || null);
      this.results.replaceChildren(...r.hits.map(hit => {
        const li = el(doc, 'li', null, null, 'item');
        // Untitled: the label and the report's opening line (as the search page shows it).
        const a = el(doc, 'a', 'title', hit.title || t.untitled + (hit.opening || ''), 'title');
        a.href = `${this.endpoint}/reports/${encodeURIComponent(hit.id)}?${new URLSearchParams({ q })}`;
        a.target = '_blank';
        a.rel = 'noopener';
        const meta = [hit.district, hit.date || hit.year, hit.org, hit.docNumber].filter(v => v !== null && v !== undefined && v !== '');
        li.append(a, el(doc, 'span', 'meta', [...new Set(meta)].join(' · '), 'meta'));
        const snippet = hit.snippets && hit.snippets[0];
        if (snippet) {
          const p = el(doc, 'p', 'snippet', null, 'snippet');
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
