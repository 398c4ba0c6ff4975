// Links that keep what the reader came for.
(() => {
  // Material marks every word of ?h= wherever it appears, inside words too: after a pasted
  // error, every "a" and "in" on the page turned yellow. Keep only words worth marking.
  // This runs before Material reads the address (on DOMContentLoaded).
  const stop = new Set(("the and for are was not but you your can has have its that this with from " +
    "into when then than does will only los las del una por con que para sin como más pero").split(" "));
  const url = new URL(location.href);
  const words = url.searchParams.get("h");
  if (words !== null) {
    const kept = words.split(/\s+/).filter((word) => word.length > 2 && !stop.has(word.toLowerCase()));
    if (kept.length) url.searchParams.set("h", kept.join(" "));
    else url.searchParams.delete("h");
    history.replaceState(history.state, "", url);
  }

  // The language links lead to the same page; anchors are the same in both languages,
  // so they keep the section being read too.
  const keepSection = () => {
    for (const link of document.querySelectorAll("a.md-select__link[hreflang]")) {
      link.hash = location.hash;
    }
  };
  keepSection();
  window.addEventListener("hashchange", keepSection);
})();
