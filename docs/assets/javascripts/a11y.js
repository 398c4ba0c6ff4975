// Accessible names that Material leaves out (axe-core: aria-dialog-name, link-name,
// landmark-unique), keyboard access to notebook cells that scroll
// (scrollable-region-focusable), and output lines that wrap on a narrow screen (a11y.css).
document$.subscribe(() => {
  const spanish = document.documentElement.lang === "es";
  const search = document.querySelector(".md-search[role=dialog]");
  if (search) {
    search.setAttribute("aria-label", spanish ? "Búsqueda" : "Search");
  }
  for (const link of document.querySelectorAll("a.md-annotation__index")) {
    const number = link.querySelector("[data-md-annotation-id]")?.dataset.mdAnnotationId;
    link.setAttribute("aria-label", `${spanish ? "Nota" : "Note"} ${number}`);
  }
  for (const comment of document.querySelectorAll(".highlight .c1")) {
    const before = comment.previousSibling?.textContent ?? "";  // "\n" and the line's indentation
    if (comment.textContent.startsWith("#>") && before.includes("\n")) {
      comment.classList.add("output");
      comment.style.setProperty("--indent", `${before.length - before.lastIndexOf("\n") - 1}ch`);
    }
  }
  for (const pre of document.querySelectorAll(".jupyter-wrapper pre")) {
    pre.tabIndex = 0;
  }
  document.querySelectorAll(".md-code__nav").forEach((nav, index) => {
    nav.setAttribute("aria-label", `${spanish ? "Bloque de código" : "Code block"} ${index + 1}`);
  });
});
