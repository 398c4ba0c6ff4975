"""Small fixes where mkdocs-static-i18n and Material meet.

1. Language links. static-i18n points `extra.alternate` at the current page's
   translations, for Material's language selector. The selector gets them
   (`page_alternates`, used by overrides/partials/alternate.html) relative to the
   site root, so they work on a local server and under mike's version prefix.
   Material also renders `extra.alternate` in the <head> as the language roots;
   overrides/main.html leaves them out: each page's hreflang alternates (absolute,
   plus x-default) are in the sitemap (overrides/sitemap.xml).
2. One 404 page and one sitemap.xml per language. The languages are built one
   after the other into the same site_dir, so each build overwrites
   site/404.html: keep the default language's at the root and move the others'
   to their folder (site/en/404.html). Each language root gets the sitemap.
3. Theme text in the page's language: the heading permalinks' title (the toc
   extension's option, which static-i18n cannot set per language), from `extra.text`.
"""

import shutil
from copy import deepcopy
from pathlib import Path

from mkdocs.plugins import event_priority

_default_404 = None


def _i18n(config):
    return config.plugins["i18n"]


def _site_relative(alternates, config):
    """Links relative to the site root. static-i18n writes a language's home as an
    absolute path that depends on site_url ("/en/"; under mike, "/2.13/en/" or "/en/"):
    replace it with the language's folder."""
    default = _i18n(config).default_language
    for alternate in alternates:
        if alternate["link"].startswith("/"):
            alternate["link"] = "." if alternate["lang"] == default else f"{alternate['lang']}/"
    return alternates


@event_priority(-110)  # after static-i18n's (-100) has set theme.language for this build
def on_config(config, **kwargs):
    config.mdx_configs["toc"]["permalink_title"] = config.extra["text"]["permalink"]
    return config


def on_page_context(context, page, config, nav):
    context["page_alternates"] = _site_relative(deepcopy(config.extra.alternate), config)
    config.extra.alternate = _site_relative(deepcopy(_i18n(config).extra_alternate), config)
    return context


def on_post_build(config, **kwargs):
    global _default_404
    site = Path(config.site_dir)
    language = config.theme["language"]
    if language == _i18n(config).default_language:
        _default_404 = (site / "404.html").read_text(encoding="utf-8")
    elif _default_404 is not None:
        (site / language / "404.html").write_text((site / "404.html").read_text(encoding="utf-8"), encoding="utf-8")
        (site / "404.html").write_text(_default_404, encoding="utf-8")
        shutil.copy(site / "sitemap.xml", site / language / "sitemap.xml")
