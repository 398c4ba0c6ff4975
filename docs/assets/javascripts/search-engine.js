// The ranking and the results of the site's search (docs/assets/javascripts/search.js loads
// this file when a search starts, with the index of the page's language, search/<language>.js,
// written by hooks/search.py; or, alone, when a page opened from a result marks its words).
//
// Index: fields (heading, page title, prose, code); docs [location, heading, prose, code,
// boost (the page's `search: boost:`)]; lengths, per doc, the words in each field;
// postings {stem: [doc, count in each field, doc, ...]}; vocabulary {word: stem} where
// they differ; synonyms {stem: [stems]}; stopWords. Words are compared folded (fold()).
window.searchEngine = (() => {
  const WORD = /[\p{L}\p{N}_]+(?:\.\p{N}+)*/gu;  // hooks/search.py's WORD
  const fold = (word) => word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/^_+|_+$/g, "");
  // Ranking: BM25F over a section's fields, with BM25's usual k1 and b (b scales the
  // prose's and the code's lengths). fields: what a word weighs in the heading, the page's
  // title, the prose, the code. coverage: the power of the share of the query (by idf) a
  // section holds. topic: the share of its page's introduction's score a section gains.
  // near: the most that query words far apart (not within `window` words) take away.
  // heading: the most that a heading saying the query adds. synonym: a synonym's weight.
  // Each rule was measured on the query set, in both languages (README, "Search").
  const RANK = { fields: [3, 1, 1, 0.5], k1: 1.2, b: 0.75, coverage: 1, near: 0.5, window: 16, topic: 1, synonym: 0.8, heading: 1 };
  const SECTIONS = 3;  // sections shown under each page

  // A page opened from a result marks the words that matched (?h=), whole words only.
  function mark(article, marks) {
    const wanted = new Set(marks.split(/\s+/).map(fold));
    const walker = article && document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker?.nextNode()) texts.push(walker.currentNode);
    for (const node of texts) {
      const hits = [...node.data.matchAll(WORD)].filter((m) => wanted.has(fold(m[0])));
      for (const m of hits.reverse()) {
        const word = node.splitText(m.index);
        word.splitText(m[0].length);
        word.replaceWith(Object.assign(document.createElement("mark"), { textContent: m[0] }));
      }
    }
  }

  // A search over one language's index; `root`, the site's root URL.
  function create(data, root) {
    // Words are looked up in objects without a prototype: "constructor" is a word, not a method.
    const table = (object) => Object.assign(Object.create(null), object);
    function prepare(data) {
      const average = data.fields.map((_, field) => data.lengths.reduce((sum, row) => sum + row[field], 0) / data.lengths.length || 1);
      return {
        ...data, average, root, stride: data.fields.length + 1, stems: Object.keys(data.postings), stop: new Set(data.stopWords),
        postings: table(data.postings), vocabulary: table(data.vocabulary), synonyms: table(data.synonyms),
      };
    }

    const stemOf = (word) => index.vocabulary[word] ?? word;

    // Each query word becomes a clause: the stems it may match, each with a weight: its own,
    // its synonyms' (hooks/search_words.yml). A word the guide never uses matches, if it is
    // the word being typed, the stems it begins ("checkp": checkpoint); otherwise its longest
    // known stem, if that is most of the word ("congelo": congel; not "onerror": one).
    function words(query) {
      return [...new Set((query.normalize("NFC").match(WORD) || []).map(fold))].filter((word) => word && !index.stop.has(word));
    }

    function clauses(query) {
      const all = words(query);
      const typing = /[\p{L}\p{N}_]$/u.test(query);
      return all.map((word, n) => {
        const stems = new Map();
        const stem = stemOf(word);
        for (const synonym of index.synonyms[stem] || []) stems.set(synonym, RANK.synonym);
        if (index.postings[stem]) return stems.set(stem, 1);
        if (typing && n === all.length - 1 && word.length >= 3) {
          for (const known of index.stems) if (known.startsWith(word)) stems.set(known, 0.8);
        }
        for (let end = word.length - 1; end >= Math.max(3, 0.6 * word.length) && !stems.size; end--) {
          if (index.postings[word.slice(0, end)]) stems.set(word.slice(0, end), 0.8);
        }
        return stems;
      }).filter((stems) => stems.size);
    }

    function idf(stem) {
      const docs = index.postings[stem].length / index.stride;
      return Math.log(1 + (index.docs.length - docs + 0.5) / (docs + 0.5));
    }

    // A doc's score sums, over the clauses it matches, its best stem's; then it is scaled by
    // the share of the query it matches, so a section that holds every word of a question
    // outranks one that repeats a single word.
    function rank(query) {
      const parts = clauses(query);
      if (!parts.length) return [];
      const scores = new Map();
      let total = 0;
      parts.forEach((stems, clause) => {
        const weight = Math.max(...[...stems.keys()].map(idf));
        total += weight;
        for (const [stem, boost] of stems) {
          const postings = index.postings[stem], weightOf = boost * idf(stem);
          for (let i = 0; i < postings.length; i += index.stride) {
            const doc = postings[i], lengths = index.lengths[doc];
            let tf = RANK.fields[0] * postings[i + 1] + RANK.fields[1] * postings[i + 2];
            for (const field of [2, 3]) {
              tf += RANK.fields[field] * postings[i + 1 + field] / (1 - RANK.b + RANK.b * lengths[field] / index.average[field]);
            }
            const score = weightOf * tf * (RANK.k1 + 1) / (tf + RANK.k1);
            const entry = scores.get(doc) || { best: new Map() };
            if (score > (entry.best.get(clause)?.score || 0)) entry.best.set(clause, { score, weight, stem });
            scores.set(doc, entry);
          }
        }
      });
      const ranked = [];
      for (const [doc, { best }] of scores) {
        let sum = 0, matched = 0;
        for (const { score, weight } of best.values()) sum += score, matched += weight;
        // every form of each query word it matches is marked, not only the best-scoring one
        const stems = new Set([...best.keys()].flatMap((clause) => [...parts[clause].keys()]));
        ranked.push({ doc, best, stems, score: index.docs[doc][4] * sum * (matched / total) ** RANK.coverage });
      }
      // A section also gains part of its page's top's score: a page whose introduction is about
      // the query is likelier to answer it than a page that mentions its words in passing.
      const intro = new Map(ranked.filter((hit) => !index.docs[hit.doc][0].includes("#")).map((hit) => [index.docs[hit.doc][0], hit.score]));
      for (const hit of ranked) {
        const [page, section] = index.docs[hit.doc][0].split("#");
        if (section) hit.score += RANK.topic * (intro.get(page) || 0);
      }
      ranked.sort((a, b) => b.score - a.score);
      // Then the best ones again by how close their words are: a section that says the
      // query's words in one sentence beats one whose words lie far apart (a long list); and
      // one whose heading says them (a pasted error message, an error's entry) beats both.
      const top = ranked.slice(0, 100);
      for (const hit of top) {
        const { together, inHeading } = near(hit, parts);
        hit.score *= (1 - RANK.near + RANK.near * together / parts.length) * (1 + RANK.heading * inHeading / parts.length);
      }
      return top.sort((a, b) => b.score - a.score);
    }

    // How many of the query's clauses a doc's heading holds, and its heading and one stretch
    // of its text (window words) together.
    function near(hit, parts) {
      const clauseOf = (word) => {
        const stem = stemOf(fold(word));
        return parts.findIndex((stems) => stems.has(stem));
      };
      const [, heading, prose, code] = index.docs[hit.doc];
      const inHeading = new Set((heading.match(WORD) || []).map(clauseOf).filter((c) => c >= 0));
      const found = (`${prose} ${code}`.match(WORD) || []).map(clauseOf);
      let most = inHeading.size;
      for (let i = 0; i < found.length; i++) {
        if (found[i] < 0) continue;
        const together = new Set(inHeading);
        for (let j = i; j < Math.min(found.length, i + RANK.window); j++) if (found[j] >= 0) together.add(found[j]);
        most = Math.max(most, together.size);
      }
      return { together: most, inHeading: inHeading.size };
    }

    // Results by page, in the order of each page's best match: per page, its matches that
    // score at least half its best (its top, the text before the first heading, is one).
    function group(ranked) {
      const pages = new Map();
      for (const hit of ranked) {
        const page = index.docs[hit.doc][0].split("#")[0];
        if (!pages.has(page)) pages.set(page, []);
        pages.get(page).push(hit);
      }
      return [...pages.values()].map((hits) => hits.filter((hit) => hit.score >= hits[0].score / 2).slice(0, SECTIONS));
    }

    // The words of `text` (around its densest run of matches, when long) as nodes, matched
    // ones marked; and the matched words themselves, for the link's ?h=.
    function excerpt(text, stems, words = 32) {
      const tokens = [...text.matchAll(WORD)].map((m) => ({
        start: m.index, end: m.index + m[0].length, hit: m[0].length > 1 && stems.has(stemOf(fold(m[0]))),  // not every "0"
      }));
      let from = 0;
      if (tokens.length > words) {
        let best = -1;
        for (let i = 0; i + words <= tokens.length; i++) {
          const hits = tokens.slice(i, i + words).filter((t) => t.hit).length;
          if (hits > best) best = hits, from = i;
        }
      }
      const shown = tokens.slice(from, from + words);
      const start = from ? shown[0].start : 0, end = from + words < tokens.length ? shown[shown.length - 1].end : text.length;
      const nodes = [from ? "… " : ""];
      let at = start;
      const marked = new Set();
      for (const token of shown) {
        if (!token.hit) continue;
        nodes.push(text.slice(at, token.start), Object.assign(document.createElement("mark"), { textContent: text.slice(token.start, token.end) }));
        marked.add(text.slice(token.start, token.end));
        at = token.end;
      }
      nodes.push(text.slice(at, end), end < text.length ? " …" : "");
      return { nodes, marked };
    }

    // A result: its heading (a page's introduction: the page's title), and the page's title
    // above the first result of each page.
    function link(hit, first) {
      const [location, title, prose, code] = index.docs[hit.doc];
      const inProse = excerpt(prose, hit.stems);
      const shown = inProse.marked.size || !code ? inProse : excerpt(code, hit.stems);
      const url = new URL(location, index.root);
      const marks = [...shown.marked].filter((word) => word.length >= 3);  // "0" marked all over a page is noise
      if (marks.length) url.searchParams.set("h", marks.join(" "));
      const article = document.createElement("article");
      article.className = "md-search-result__article md-typeset";
      if (first) {
        const page = index.docs.find((doc) => doc[0] === location.split("#")[0]);
        article.append(Object.assign(document.createElement("div"), { className: "md-search-result__icon md-icon" }),
                       Object.assign(document.createElement("h1"), { textContent: page[1] }));
      }
      if (location.includes("#") || !first) article.append(Object.assign(document.createElement("h2"), { textContent: title }));
      const body = document.createElement("p");
      body.append(...shown.nodes);
      article.append(body);
      const a = Object.assign(document.createElement("a"), { href: url.href, className: "md-search-result__link", tabIndex: -1 });
      a.append(article);
      return a;
    }


    const index = prepare(data);

    // The results of `query`: how many pages match, and the first `pages` as list items.
    function results(query, pages) {
      const groups = group(rank(query));
      return {
        count: groups.length,
        items: groups.slice(0, pages).map((hits) => {
          const item = Object.assign(document.createElement("li"), { className: "md-search-result__item" });
          item.append(...hits.map((hit, n) => link(hit, n === 0)));
          return item;
        }),
      };
    }
    return { words, results };
  }

  return { mark, create };
})();
