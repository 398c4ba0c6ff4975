// Links that keep what the reader came for.
(() => {
  // The language links lead to the same page; anchors are the same in both languages,
  // so they keep the section being read too.
  const keepSection = () => {
    for (const link of document.querySelectorAll("a.md-select__link[hreflang]")) {
      link.hash = location.hash;
    }
  };
  keepSection();
  window.addEventListener("hashchange", keepSection);

  // A reader whose browser prefers the other language is offered it, at the foot of the
  // screen (fixed: the page does not move), until they choose: following a language link,
  // or staying. The choice is kept in this browser (localStorage) and the offer never returns.
  const KEY = "gradient-modes-language";
  const here = document.documentElement.lang;
  const other = document.querySelector(`a.md-select__link[hreflang]:not([hreflang="${here}"])`);
  let chosen = null;
  try {
    chosen = localStorage.getItem(KEY);
  } catch {}  // storage refused: offer on every page rather than never
  const choose = (language) => {
    try {
      localStorage.setItem(KEY, language);
    } catch {}
  };
  for (const link of document.querySelectorAll("a.md-select__link[hreflang]")) {
    link.addEventListener("click", () => choose(link.hreflang));
  }
  const preferred = (navigator.languages || [navigator.language])
    .map((tag) => tag.slice(0, 2).toLowerCase())
    .find((language) => language === "es" || language === "en");
  if (chosen || !other || !preferred || preferred === here) return;
  const text = JSON.parse(document.getElementById("site-text")?.textContent || "{}");
  const offer = document.createElement("aside");
  offer.className = "language-offer";
  const message = Object.assign(document.createElement("p"), { lang: other.hreflang, textContent: `${text.offer} ` });
  const link = Object.assign(document.createElement("a"), { href: other.href, hreflang: other.hreflang, textContent: text.offer_link });
  link.addEventListener("click", () => choose(other.hreflang));
  message.append(link);
  const stay = Object.assign(document.createElement("button"), { type: "button", textContent: text.offer_stay });
  stay.addEventListener("click", () => {
    choose(here);
    offer.remove();
  });
  offer.setAttribute("aria-label", text.offer_link);
  offer.append(message, stay);
  document.body.append(offer);
})();
