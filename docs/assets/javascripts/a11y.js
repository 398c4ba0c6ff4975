// Accessible names that Material leaves out (axe-core: aria-dialog-name, link-name,
// landmark-unique). Blocks that scroll are focusable from the build (hooks/page_html.py).
// Their words, in the page's language: mkdocs.yml `extra.text.scripts` (overrides/main.html).
const siteText = JSON.parse(document.getElementById("site-text")?.textContent || "{}");
document$.subscribe(() => {
  // Material adds a code block's buttons and annotations once the block is on screen
  // (content.lazy, mkdocs.yml): name them as they appear.
  const nameCodeControls = () => {
    for (const link of document.querySelectorAll("a.md-annotation__index:not([aria-label])")) {
      const number = link.querySelector("[data-md-annotation-id]")?.dataset.mdAnnotationId;
      link.setAttribute("aria-label", `${siteText.note} ${number}`);
    }
    const blocks = [...document.querySelectorAll(".highlight pre")];
    for (const nav of document.querySelectorAll(".md-code__nav:not([aria-label])")) {
      const number = blocks.indexOf(nav.closest("pre")) + 1;
      nav.setAttribute("aria-label", `${siteText.code_block} ${number}`);
      // After the code, not before it (it is drawn in the corner either way): Tab into a
      // block not yet on screen scrolls it there and Material adds the buttons, which
      // forward Tab then reaches next instead of having passed them.
      nav.parentElement.append(nav);
    }
  };
  nameCodeControls();
  const content = document.querySelector(".md-content");
  if (content) new MutationObserver(nameCodeControls).observe(content, { childList: true, subtree: true });
});
