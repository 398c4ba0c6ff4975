// Material's search, adapted. Loaded from <head> (overrides/main.html), so it runs before
// Material's bundle.
(() => {
  // Fetch the search index only when the reader starts a search, or arrives from one
  // (?h=, the words to highlight). Fetched on every page load, its download (both
  // languages) held back a phone's first paint on slow 4G: Lighthouse mobile, en/testing/,
  // largest contentful paint 2.9 s -> 1.6 s (tests/benchmarks/site_budgets.py).
  let release;
  const wanted = new Promise((resolve) => (release = resolve));
  if (new URL(location.href).searchParams.has("h")) release();
  document.addEventListener("focusin", (event) => event.target.matches(".md-search__input") && release());
  document.addEventListener("change", (event) => event.target.id === "__search" && release());

  // Material reads the query on keyup (and focus) only: a paste that fires no key event (a
  // phone's long-press "Paste", drag and drop, autofill) left the results empty. Every
  // change of the box's text now reads as a keyup too (Material ignores a repeated query).
  document.addEventListener("input", (event) => {
    if (event.target.matches(".md-search__input") && !event.isComposing) {
      event.target.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    }
  });

  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.searchIndex = String(url).endsWith("/search_index.json");
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    if (!this.searchIndex) return send.apply(this, args);
    wanted.then(() => send.apply(this, args));
  };

  // Start the search worker then too: its script (39 KB) was another download at load.
  // A stand-in takes Material's messages until the real worker runs (in an offline copy,
  // iframe-worker's shim, loaded before this script).
  const RealWorker = window.Worker;
  window.Worker = class extends EventTarget {
    constructor(...args) {
      super();
      this.worker = wanted.then(() => {
        const worker = new RealWorker(...args);
        worker.onmessage = (event) => this.dispatchEvent(new MessageEvent("message", { data: event.data }));
        return worker;
      });
    }
    postMessage(...args) {
      this.worker.then((worker) => worker.postMessage(...args));
    }
    terminate() {
      this.worker.then((worker) => worker.terminate());
    }
  };

  // Material loads one search index for both languages. Hand its search worker only
  // the pages in the reader's language (English pages live under en/).
  const post = RealWorker.prototype.postMessage;
  const english = document.documentElement.lang === "en";
  RealWorker.prototype.postMessage = function (message, ...rest) {
    const docs = message && message.type === 0 && message.data && message.data.docs;  // 0: search setup
    if (Array.isArray(docs)) {
      const own = docs.filter((doc) => doc.location.startsWith("en/") === english);
      message = { ...message, data: { ...message.data, docs: own } };
    }
    return post.call(this, message, ...rest);
  };
})();
