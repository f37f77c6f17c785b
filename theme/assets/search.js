// PaperDigest search: answers queries in the browser from the index the build writes under /search/
// (meta.json, docs-N.*.json, terms-HEX.*.json, dir-HEX.*.json; see src/PaperDigest/Search/SearchIndexBuilder.cs).
// Plain JavaScript, no dependencies. Only the files a query needs are fetched, once each. Text is normalised
// exactly as TextAnalysis.cs does it for the index (and for related papers).
(() => {
  'use strict';

  const PAGE_SIZE = 10;
  const DEBOUNCE_MS = 80;
  // A short prefix ("co") can cover many shards of a very large digest: it loads shards under it, in prefix
  // order, up to this many bytes (the query's own shard always loads).
  const PREFIX_BUDGET = 512 * 1024;
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  // ---------- Text: the same steps as TextAnalysis.Normalise and TextAnalysis.Tokens ----------

  const FOLD = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ħ': 'h', 'ŧ': 't', 'ς': 'σ' };
  const FOLDED = /[ßæœøłđðþıħŧς]/gu;
  const MARKS = /\p{M}/gu;
  const TOKEN = /[\p{L}\p{N}]+/gu;
  const RUN = /[\p{L}\p{N}\p{M}]+/gu;
  const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
  const NEW_ID = /^(\d{4}\.\d*)(?:v\d*)?$/;
  const OLD_ID = /^([a-z]+(?:-[a-z]+)*(?:\.[a-z]{2})?\/\d*)(?:v\d*)?$/;
  const DOI = /^10\.\d{4,9}\/\S+$/;

  const normalise = (text) => text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(FOLDED, (c) => FOLD[c]);
  const tokens = (normalised) => normalised.match(TOKEN) || [];
  const codePoints = (text) => [...text].length;

  /** The terms of a query: arXiv ids and DOIs whole (without version or prefix), other words normalised and split. */
  function parseQuery(query, stopWords, minLength) {
    const terms = [];
    const add = (term, id) => {
      if (!terms.some((t) => t.term === term)) terms.push({ term, id });
    };
    for (const raw of query.split(/\s+/)) {
      const word = raw.toLowerCase().replace(EDGES, '')
        .replace(/^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\//, '').replace(/^arxiv:/, '').replace(/\.pdf$/, '')
        .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//, '').replace(/^doi:/, '');
      const arxiv = NEW_ID.exec(word) || OLD_ID.exec(word);
      if (arxiv) {
        add(arxiv[1], true);
      } else if (DOI.test(word)) {
        add(word, true);
      } else {
        for (const token of tokens(normalise(word))) {
          if (codePoints(token) >= minLength && !stopWords.has(token)) add(token, false);
        }
      }
    }
    return terms;
  }

  // ---------- The index ----------

  const files = new Map();

  function fetchJson(url) {
    if (!files.has(url)) {
      const request = fetch(url, { credentials: 'same-origin' }).then((response) => {
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        return response.json();
      });
      request.catch(() => files.delete(url));
      files.set(url, request);
    }
    return files.get(url);
  }

  const hex = (text) => [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, '0')).join('');

  class SearchIndex {
    constructor(url, meta) {
      this.url = url;
      this.meta = meta;
      this.stopWords = new Set(meta.stopWords);
      this.shards = new Map(Object.entries(meta.shards));
      this.dirs = new Map(Object.entries(meta.dirs));
      this.loaded = new Map();
    }

    file(name) {
      return fetchJson(new URL(name, this.url).href);
    }

    /** A shard's terms and postings, by its prefix and [size, hash]. */
    shard(prefix, [, hash]) {
      const name = `terms-${hex(prefix)}.${hash}.json`;
      if (!this.loaded.has(name)) {
        this.loaded.set(name, this.file(name).then((json) => new Map(Object.entries(json))));
      }
      return this.loaded.get(name);
    }

    /**
     * The shards a term needs, as [prefix, [size, hash]]: the one holding the term itself (the longest prefix it
     * starts with) and, for prefix search, those under it. Two-letter shards are named in meta.json; a two-letter
     * prefix that was split has a directory file naming its shards.
     */
    async shardsFor(term) {
      const points = [...term];
      const first = points.slice(0, 2).join('');
      if (this.shards.has(first)) return [[first, this.shards.get(first)]];
      if (!this.dirs.has(first)) return [];
      const dir = new Map(Object.entries(await this.file(`dir-${hex(first)}.${this.dirs.get(first)}.json`)));
      let own = null;
      for (let n = points.length; n >= 2 && own === null; n--) {
        const prefix = points.slice(0, n).join('');
        if (dir.has(prefix)) own = prefix;
      }
      const chosen = own === null ? [] : [own];
      let size = own === null ? 0 : dir.get(own)[0];
      for (const prefix of [...dir.keys()].filter((p) => p !== own && p.startsWith(term)).sort()) {
        size += dir.get(prefix)[0];
        if (size > PREFIX_BUDGET) break;
        chosen.push(prefix);
      }
      return chosen.map((p) => [p, dir.get(p)]);
    }

    /** Paper id → score for one query term: the weight of the heaviest field it occurs in; half for a prefix match. */
    async match(term) {
      const shards = await Promise.all((await this.shardsFor(term)).map(([prefix, name]) => this.shard(prefix, name)));
      const weights = this.meta.weights;
      const scores = new Map();
      for (const shard of shards) {
        for (const [key, postings] of shard) {
          if (!key.startsWith(term)) continue;
          const factor = key === term ? 1 : 0.5;
          let id = 0;
          for (const value of postings) {
            id += Math.floor(value / 8);
            const score = weights[value % 8] * factor;
            if (!(scores.get(id) >= score)) scores.set(id, score);
          }
        }
      }
      return scores;
    }

    /** Every paper matching all terms, best first; equal scores newest first (higher ids are newer). */
    async search(terms) {
      const maps = await Promise.all(terms.map((t) => this.match(t.term)));
      maps.sort((a, b) => a.size - b.size);
      const results = [];
      for (const [id, first] of maps[0]) {
        let total = first;
        for (let i = 1; i < maps.length && total >= 0; i++) {
          const score = maps[i].get(id);
          total = score === undefined ? -1 : total + score;
        }
        if (total >= 0) results.push({ id, score: total });
      }
      return results.sort((a, b) => b.score - a.score || b.id - a.id);
    }

    async document(id) {
      const per = this.meta.docsPerChunk;
      const chunk = Math.floor(id / per);
      const hash = this.meta.docs.slice(chunk * 8, chunk * 8 + 8);
      const docs = await this.file(`docs-${chunk}.${hash}.json`);
      const [title, slug, authors, date, tags, arxiv, venue, summary] = docs[id % per];
      return { title, slug, authors, date, tags, arxiv, venue, summary };
    }
  }

  // ---------- The page ----------

  const page = document.getElementById('search-page');
  if (!page) return;

  const form = page.querySelector('.search-form');
  const input = page.querySelector('#search-q');
  const status = page.querySelector('#search-status');
  const list = page.querySelector('#search-results');
  const more = page.querySelector('#search-more');
  const indexUrl = new URL(page.dataset.index, window.location.href).href;
  let index = null;
  let generation = 0;
  let current = { query: '', terms: [], results: [], shown: 0 };
  let timer = 0;
  let lastRun = -Infinity;

  window.PaperDigestSearch = Object.freeze({ normalise, tokens });
  page.classList.add('is-ready');

  async function loadIndex() {
    if (!index) {
      index = fetchJson(indexUrl).then((meta) => new SearchIndex(indexUrl, meta));
      index.catch(() => { index = null; });
    }
    return index;
  }

  function setState(state) {
    page.classList.toggle('is-empty', state === 'empty');
    page.classList.toggle('has-more', state === 'more');
  }

  function keepInUrl(query) {
    const url = new URL(window.location.href);
    if (query) url.searchParams.set('q', query); else url.searchParams.delete('q');
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url.href);
  }

  async function run(query) {
    const mine = ++generation;
    const started = performance.now();
    lastRun = started;
    keepInUrl(query.trim());
    if (!query.trim()) {
      show(mine, query, [], [], '', started);
      return;
    }
    try {
      const searchIndex = await loadIndex();
      const terms = parseQuery(query, searchIndex.stopWords, searchIndex.meta.minTermLength);
      terms.stopWords = searchIndex.stopWords; // highlighting skips stop words, as matching does
      if (terms.length === 0) {
        show(mine, query, [], [], 'Type a word of two letters or more; common words such as “the” are left out.', started);
        return;
      }
      const results = await searchIndex.search(terms);
      if (mine !== generation) return;
      const docs = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => searchIndex.document(r.id)));
      const text = results.length === 0
        ? `No papers match “${query.trim()}”.`
        : `${results.length} ${results.length === 1 ? 'paper matches' : 'papers match'} “${query.trim()}”.`;
      show(mine, query, terms, results, text, started, docs, searchIndex.meta);
    } catch {
      show(mine, query, [], [], 'Search is not available right now: its index could not be loaded. Try again, or browse the tags and the archive.', started);
    }
  }

  function show(mine, query, terms, results, text, started, docs = [], meta = null) {
    if (mine !== generation) return;
    current = { query, terms, results, shown: docs.length };
    list.replaceChildren(...docs.map((doc) => renderResult(doc, terms, meta)));
    status.textContent = text;
    setState(results.length === 0 ? (terms.length > 0 ? 'empty' : '') : results.length > docs.length ? 'more' : '');
    list.dataset.query = query;
    list.dataset.ms = (performance.now() - started).toFixed(1);
  }

  async function showMore() {
    const { results, shown, terms } = current;
    const searchIndex = await loadIndex();
    const docs = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => searchIndex.document(r.id)));
    if (current.results !== results) return;
    const items = docs.map((doc) => renderResult(doc, terms, searchIndex.meta));
    list.append(...items);
    current.shown = shown + docs.length;
    setState(current.shown < results.length ? 'more' : '');
    items[0]?.querySelector('a')?.focus();
  }

  function schedule() {
    clearTimeout(timer);
    const wait = DEBOUNCE_MS - (performance.now() - lastRun);
    if (wait <= 0) run(input.value);
    else timer = setTimeout(() => run(input.value), wait);
  }

  // ---------- Results ----------

  function element(name, className, ...children) {
    const node = document.createElement(name);
    if (className) node.className = className;
    node.append(...children);
    return node;
  }

  /** Whether a word of the text matches one of the query's terms (the whole word is then marked). */
  function matches(word, terms) {
    return tokens(normalise(word)).some((w) => !terms.stopWords.has(w) && terms.some((t) => w.startsWith(t.term)));
  }

  /** Appends text to a node, each matched word wrapped in <mark> (built as nodes: nothing is parsed as HTML). */
  function appendMarked(node, text, terms) {
    let last = 0;
    for (const run of text.matchAll(RUN)) {
      if (matches(run[0], terms)) {
        if (run.index > last) node.append(text.slice(last, run.index));
        node.append(element('mark', '', run[0]));
        last = run.index + run[0].length;
      }
    }
    if (last < text.length) node.append(text.slice(last));
    return node;
  }

  function dateText(iso) {
    const [year, month, day] = iso.split('-').map(Number);
    return `${day} ${MONTHS[month - 1]} ${year}`;
  }

  /** The first authors, any later author the query matched, and how many are left out. */
  function authorsOf(authors, terms) {
    const shown = authors.filter((a, i) => authors.length <= 4 || i < 2 || matches(a, terms));
    return { shown, hidden: authors.length - shown.length };
  }

  function renderResult(doc, terms, meta) {
    const link = element('a', '');
    link.href = meta.urls.paper.replace('{slug}', encodeURIComponent(doc.slug));
    appendMarked(link, doc.title, terms);

    // Each part is an item of an inline list, whose CSS puts the dots between them (never at a line's start or end).
    const byline = element('p', 'search-result-meta inline-list');
    const { shown, hidden } = authorsOf(doc.authors, terms);
    if (shown.length > 0) {
      const authors = element('span', 'search-result-authors');
      shown.forEach((author, i) => {
        if (i > 0) authors.append(', ');
        appendMarked(authors, author, terms);
      });
      if (hidden > 0) authors.append(`, … +${hidden}`);
      byline.append(authors, ' ');
    }
    const time = element('time', '', dateText(doc.date));
    time.dateTime = doc.date;
    byline.append(element('span', '', time));
    if (doc.venue) byline.append(' ', appendMarked(element('span', ''), doc.venue, terms));
    if (doc.arxiv) {
      const id = element('span', 'search-result-id', 'arXiv:');
      const matched = terms.some((t) => doc.arxiv.toLowerCase().startsWith(t.term));
      id.append(matched ? element('mark', '', doc.arxiv) : doc.arxiv);
      byline.append(' ', id);
    }

    const item = element('li', 'search-result', element('h2', 'search-result-title', link), byline);
    if (doc.summary) item.append(appendMarked(element('p', 'search-result-summary'), doc.summary, terms));
    if (doc.tags.length > 0) {
      const chips = element('ul', 'chips search-result-tags');
      chips.setAttribute('aria-label', 'Tags');
      for (const number of doc.tags) {
        const [slug, name] = meta.tags[number];
        const chip = appendMarked(element('a', 'chip'), name, terms);
        chip.href = meta.urls.tag.replace('{slug}', encodeURIComponent(slug));
        chips.append(element('li', '', chip));
      }
      item.append(chips);
    }
    return item;
  }

  // ---------- Keyboard ----------

  const resultLinks = () => [...list.querySelectorAll('.search-result-title a')];

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = resultLinks()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      input.value = '';
      run('');
    }
  });

  list.addEventListener('keydown', (event) => {
    const links = resultLinks();
    // Focus may be on a result's title or on one of its tag chips.
    const at = links.findIndex((a) => a.closest('li').contains(document.activeElement));
    if (at < 0) return;
    if (event.key === 'ArrowDown' && at + 1 < links.length) {
      event.preventDefault();
      links[at + 1].focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (at > 0 ? links[at - 1] : input).focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });

  input.addEventListener('input', schedule);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  more.addEventListener('click', showMore);

  // Fetch meta.json at once, so the first query only waits for its own shard and documents.
  loadIndex().catch(() => {});

  const initial = new URLSearchParams(window.location.search).get('q') || '';
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
