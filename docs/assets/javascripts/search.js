// The site's search, in Material's search dialog (overrides/partials/search.html): the
// dialog itself, on every page. Its ranking (search-engine.js) and the index of the page's
// language (search/<language>.js, written by hooks/search.py) load when a search starts
// (the box gets focus, the search icon is pressed, or a ?q= link asks), as scripts: a page
// opened from disk can load one, not fetch a file.
(() => {
  const form = document.forms.namedItem("site-search");
  if (!form) return;
  const box = form.elements.q;
  const toggle = document.getElementById("__search");
  const output = form.closest(".md-search").querySelector(".md-search-result");
  const meta = output.querySelector(".md-search-result__meta");
  const list = output.querySelector(".md-search-result__list");

  const PAGES = 10;  // pages shown

  const script = (src) => new Promise((resolve, reject) => {
    document.head.append(Object.assign(document.createElement("script"), { src, onload: resolve, onerror: reject }));
  });
  let engine = null;
  const loadEngine = () => (engine ||= script(form.dataset.engine).then(() => window.searchEngine));

  // The index: loaded once, when a search starts; a failed load says so and is tried again
  // at the next start.
  let search = null, loading = null;
  function load() {
    loading ||= Promise.all([loadEngine(), script(form.dataset.index)]).then(([searchEngine]) => {
      search = searchEngine.create(window.searchIndex, new URL("..", new URL(form.dataset.index, location.href)));
    }).catch(() => {
      engine = loading = null;
      meta.textContent = form.dataset.failed;
    });
    return loading;
  }

  let shownQuery = null;
  function show() {
    const query = box.value;
    if (!search || query === shownQuery) return;
    shownQuery = query;
    list.replaceChildren();
    if (!search.words(query).length) {  // nothing yet, or only words search leaves out ("de la")
      meta.textContent = form.dataset.placeholder;
      return;
    }
    const { count, items } = search.results(query, PAGES);
    meta.textContent = count === 0 ? form.dataset.none : count === 1 ? form.dataset.one : form.dataset.other.replace("#", count);
    list.append(...items);
  }

  // Every way text enters the box searches: typing, pasting (keys, a phone's long press),
  // dropping, autofill; so does a ?q= link.
  box.addEventListener("input", () => (search ? show() : load().then(show)));

  // The dialog opens with the box's focus, the search icon, "/", "s" or "f" (as in
  // Material), or a ?q= link; it closes with Escape, Tab or a chosen result, and gives the
  // focus back. Arrows move through the results; a letter typed there goes to the box.
  let before = null;
  function open() {
    if (!toggle.checked) before = document.activeElement;
    toggle.checked = true;
    load();
    box.focus();
  }
  function close() {
    toggle.checked = false;
    const url = new URL(location.href);
    if (url.searchParams.has("q")) {  // a reload or Back does not open it again
      url.searchParams.delete("q");
      history.replaceState(history.state, "", url);
    }
    (before && before !== box && document.contains(before) ? before : document.body).focus?.();
    box.blur();
  }
  box.addEventListener("focus", open);
  toggle.addEventListener("change", () => (toggle.checked ? open() : close()));
  const asked = new URL(location.href).searchParams.get("q");
  if (asked !== null) {
    box.value = asked;
    load().then(() => {  // after Material's bundle has started (it closes search on a #fragment)
      open();
      show();
    });
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    list.querySelector("a")?.click();
  });
  form.addEventListener("reset", () => setTimeout(() => { shownQuery = null; show(); box.focus(); }));
  list.addEventListener("click", (event) => event.target.closest("a") && close());
  document.addEventListener("keydown", (event) => {
    const typing = event.target.closest("input, textarea, select, [contenteditable]");
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    if (!toggle.checked) {
      if (!typing && plain && ["/", "s", "f"].includes(event.key)) {
        event.preventDefault();
        open();
        box.select();
      }
      return;
    }
    if (event.key === "Escape" || event.key === "Tab") {
      event.preventDefault();
      close();
    } else if (plain && event.key.length === 1 && event.target !== box) {
      box.focus();  // the letter lands in the box
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const links = [box, ...list.querySelectorAll("a")];
      const at = links.indexOf(document.activeElement);
      const next = links[Math.max(0, Math.min(links.length - 1, at + (event.key === "ArrowDown" ? 1 : -1)))];
      if (at !== -1 && next) {
        event.preventDefault();
        next.focus();
      }
    }
  });

  // A page opened from a result marks the words that matched (?h=).
  const marks = new URL(location.href).searchParams.get("h");
  if (marks) loadEngine().then((searchEngine) => searchEngine.mark(document.querySelector("article.md-content__inner"), marks));
})();
