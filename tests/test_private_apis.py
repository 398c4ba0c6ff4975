"""Guards for what the build and the tests rely on that their dependencies do not document.

One test per reliance (README, "Private and undocumented APIs this build relies on"). Each
reads the installed package (its source, templates or minified JS) or calls it without a
build, and fails with a message naming the private symbol and our file that relies on it.
An upgrade that changes one of them fails here first, in seconds, instead of as a broken
page or a silent regression.
"""

from __future__ import annotations

import hashlib
import inspect
import re
from importlib.metadata import entry_points
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _material_templates() -> Path:
    import material

    return Path(material.__file__).parent / "templates"


def _bundle() -> str:
    (path,) = (_material_templates() / "assets" / "javascripts").glob("bundle.*.min.js")
    return path.read_text(encoding="utf-8")


def _block(template: str, name: str) -> str:
    """The text of a Jinja block that holds no other block."""
    match = re.search(r"\{% block " + name + r" %\}(.*?)\{% endblock %\}", template, re.S)
    assert match, f"Material's base.html has no block {name!r}"
    return match.group(1)


def _sha256(text: str | bytes) -> str:
    return hashlib.sha256(text.encode() if isinstance(text, str) else text).hexdigest()


def _priority(method) -> int:
    return getattr(method, "mkdocs_priority", 0)


# --- pytest-markdown-docs (tests/conftest.py) -----------------------------------------------

def test_pytest_markdown_docs_parses_with_our_parser_and_runs_our_languages():
    """tests/guide.py RenderedBlocksParser replaces the MarkdownIt parser (the documented
    pytest_markdown_docs_markdown_it hook) and relies on two undocumented behaviours of
    plugin.extract_fence_tests: it calls the parser's .parse() and pads each block's source
    with the page's lines above (tests/conftest.py strips them). Its languages must be ours."""
    from pytest_markdown_docs import plugin

    from guide import PYTHON_LANGUAGES, RenderedBlocksParser

    fences = "".join(f"```{language}\nprint({language!r})\n```\n\n" for language in sorted(PYTHON_LANGUAGES | {"pycon", "text"}))
    found = list(plugin.extract_fence_tests(RenderedBlocksParser(), fences, 0, Path("page.md")))
    ran = {test.source.strip() for test in found}
    assert ran == {f"print({language!r})" for language in PYTHON_LANGUAGES}, (
        f"pytest_markdown_docs.plugin.extract_fence_tests now runs {sorted(ran)}; hooks/page_model.py "
        f"PYTHON_LANGUAGES says {sorted(PYTHON_LANGUAGES)}: a fence the page rules accept would not run")
    assert all(test.source.startswith("\n") for test in found[1:]), (
        "pytest_markdown_docs no longer pads a block's source with the page's lines above; "
        "tests/conftest.py SnippetOutputRunner strips that padding to find the snippet")


def test_pytest_markdown_docs_private_runner_api():
    """tests/conftest.py subclasses pytest_markdown_docs._runners._Runner and registers it
    with register_runner(default=True): the package's README documents no custom runner."""
    where = "tests/conftest.py (SnippetOutputRunner)"
    try:
        from pytest_markdown_docs import _runners
        from pytest_markdown_docs._runners import _Runner, register_runner  # noqa: F401
    except ImportError as error:
        pytest.fail(f"pytest_markdown_docs._runners._Runner / register_runner is gone ({error}); {where} imports it")
    parameters = inspect.signature(_runners.DefaultRunner.runtest).parameters
    assert list(parameters) == ["self", "test", "args", "asyncio_runner"] \
        and parameters["asyncio_runner"].kind is inspect.Parameter.KEYWORD_ONLY, (
        f"pytest_markdown_docs._runners.DefaultRunner.runtest is now {inspect.signature(_runners.DefaultRunner.runtest)}; "
        f"{where} overrides runtest(self, test, args, *, asyncio_runner=None)")
    failure = inspect.signature(_runners._Runner.repr_failure).parameters
    assert list(failure)[:4] == ["self", "test", "excinfo", "style"], (
        f"pytest_markdown_docs._runners._Runner.repr_failure is now {inspect.signature(_runners._Runner.repr_failure)}; "
        f"{where} overrides repr_failure(self, test, excinfo, style=None)")
    runner = _runners.get_runner(None)
    assert type(runner).__name__ == "SnippetOutputRunner", (
        f"pytest_markdown_docs._runners.register_runner(default=True) no longer makes the default runner "
        f"(get_runner(None) is {type(runner).__name__}); {where} relies on it to run every page block")
    from pytest_markdown_docs import plugin

    source = inspect.getsource(plugin)
    assert "asyncio_runner=asyncio_runner" in source, (
        f"pytest_markdown_docs.plugin no longer calls runner.runtest(..., asyncio_runner=...); {where} expects it")
    assert "self.code = test_definition.source" in source, (
        "pytest_markdown_docs.plugin.MarkdownInlinePythonItem.code (the block's source) is gone; "
        "tests/conftest.py reads item.code to find CUDA blocks and to time blocks")
    from pytest_markdown_docs.definitions import FenceTestDefinition

    fields = set(FenceTestDefinition.__dataclass_fields__)
    assert {"source", "source_path"} <= fields, (
        f"pytest_markdown_docs.definitions.FenceTestDefinition lost source/source_path (has {sorted(fields)}); "
        f"{where}.runtest reads test.source and test.source_path")


# --- Material's JavaScript (mkdocs.yml, docs/assets/javascripts/*.js, overrides/main.html) --

def test_material_undocumented_content_lazy_feature():
    bundle = _bundle()
    assert 'V("content.lazy")' in bundle or '"content.lazy"' in bundle, (
        "Material's bundle no longer reads the undocumented theme feature `content.lazy`; mkdocs.yml enables it "
        "(code block buttons and annotations added on scroll) and hooks/page_html.py focusable_code, "
        "docs/assets/javascripts/a11y.js assume it")


@pytest.mark.parametrize("name", ["md-code__nav", "md-annotation__index", "data-md-annotation-id"])
def test_material_code_block_classes_a11y_js_names(name):
    assert name in _bundle(), (
        f"Material's bundle no longer creates `{name}`; docs/assets/javascripts/a11y.js gives those elements "
        "their accessible names (tests/test_browser.py test_code_buttons_and_notes_appear_on_screen_with_their_names)")


# --- Material's search dialog, searched by our own script (overrides/partials/search.html) ---

def test_material_header_includes_the_search_partial_we_override():
    header = (_material_templates() / "partials" / "header.html").read_text(encoding="utf-8")
    assert '{% include "partials/search.html" %}' in header and 'for="__search"' in header, (
        "Material's partials/header.html no longer includes partials/search.html (with its search button "
        "for #__search): overrides/partials/search.html, the site's search dialog, would not be on the page")
    assert 'id="__search"' in (_material_templates() / "base.html").read_text(encoding="utf-8"), (
        "Material's base.html no longer has the toggle `#__search` that opens the search dialog (CSS); "
        "docs/assets/javascripts/search.js checks it to open the dialog and loads the index when it changes")


def test_material_bundle_starts_its_search_only_for_its_own_markup():
    bundle = _bundle()
    assert 'document.forms.namedItem("search")' in bundle and "[data-md-component=${" in bundle, (
        "Material's bundle no longer fetches its index only when a form named \"search\" exists, or no longer "
        "mounts components by [data-md-component=…]: overrides/partials/search.html (a form named "
        "\"site-search\", no data-md-component) relies on both to keep Material's search, worker and "
        "index out (tests/test_browser.py test_the_search_index_downloads_only_when_a_search_starts)")


@pytest.mark.parametrize("name", ["md-search__input", "md-search-result__meta", "md-search-result__list",
                                  "md-search-result__item", "md-search-result__link", "md-search-result__article",
                                  "md-search-result__icon"])
def test_material_search_classes_our_dialog_uses(name):
    (css,) = (_material_templates() / "assets" / "stylesheets").glob("main.*.min.css")
    assert f".{name}" in css.read_text(encoding="utf-8"), (
        f"Material's stylesheet no longer styles `.{name}`: overrides/partials/search.html and "
        "docs/assets/javascripts/search.js draw the search dialog and its results with Material's classes")


def test_material_adds_js_and_focus_visible_classes_on_start():
    bundle = _bundle()
    assert 'classList.add("js")' in bundle and 'classList.add("js-focus-visible")' in bundle, (
        "Material's bundle no longer gives <html> the classes `js` and `js-focus-visible` as it starts; "
        "overrides/main.html (block extrahead) sets them early so they do not restyle the page")


def test_material_outdated_banner_uses_private_md_get():
    script = (_material_templates() / "partials" / "javascripts" / "base.html").read_text(encoding="utf-8")
    assert "__md_get=" in script, (
        "Material's partials/javascripts/base.html no longer defines the private `__md_get`; "
        "overrides/partials/javascripts/outdated.html calls it")
    assert "[data-md-component=outdated]" in (ROOT / "overrides/partials/javascripts/outdated.html").read_text(), \
        "overrides/partials/javascripts/outdated.html lost its [data-md-component=outdated] selector"
    assert 'data-md-component="outdated"' in (_material_templates() / "base.html").read_text(encoding="utf-8"), (
        "Material's base.html no longer renders [data-md-component=outdated]; "
        "overrides/partials/javascripts/outdated.html shows it")


# --- Files and blocks copied from upstream (overrides/) -------------------------------------

COPIES = [
    # (upstream, its text's sha256, our file, what we do with it)
    ("material", "partials/alternate.html",
     "572b1d4dae611aa5fd65107edec95e44331b6141abf86834ea4dc6c1ddd7241b",
     "overrides/partials/alternate.html is a copy of it"),
    ("material", "partials/javascripts/outdated.html",
     "13165dec361fce13130f73f747aab982f7e1979608c061e5953b10286abc7447",
     "overrides/partials/javascripts/outdated.html is a copy of it"),
    ("material", "partials/copyright.html",
     "bc86bca3bf75070fe5d72e2a3463bdddf87c10f4d6459c945fe81c5d384e35ea",
     "overrides/partials/copyright.html replaces it"),
    ("material", "partials/search.html",
     "bfd556535abcddb99396ab2a7e3acc2ebcd3f36756007d3969396caa4126be30",
     "overrides/partials/search.html replaces it (the site's search, in Material's markup and classes)"),
    ("material", "404.html",
     "80c93494b5432b1bcdf292caeb67a0653c45b37372f49e08ad4a70ca695a7495",
     "overrides/404.html replaces it"),
    ("material", "base.html#site_meta",
     "2606eb0daf0931c702b4de23ff8dffa3c814395c1fd349e0f282c879017dd563",
     "overrides/main.html's block site_meta is a copy of it"),
    ("material", "base.html#htmltitle",
     "253e4cbb7cfac383f233c2a15dc39373461d23d1266202d227ded326c681d076",
     "overrides/main.html's block htmltitle replaces it"),
    ("mkdocs-static-i18n", "custom_i18n_sitemap/sitemap.xml",
     "538e71a0c68befdae40bb4e0451150b1ca424ef5b1c4f0e0e7d806640d17e5e7",
     "overrides/sitemap.xml is a copy of it"),
]


def _upstream_text(package: str, path: str) -> str:
    if package == "material":
        file, _, block = path.partition("#")
        text = (_material_templates() / file).read_text(encoding="utf-8")
        if block:
            # The generator line names Material's version: a patch release alone does not count.
            text = re.sub(r"mkdocs-material-[\d.]+", "mkdocs-material-VERSION", _block(text, block))
        return text
    import mkdocs_static_i18n

    return (Path(mkdocs_static_i18n.__file__).parent / path).read_text(encoding="utf-8")


@pytest.mark.parametrize(("package", "path", "digest", "ours"), COPIES, ids=[f"{p}:{f}" for p, f, _, _ in COPIES])
def test_upstream_file_we_copy_is_unchanged(package, path, digest, ours):
    name = {"material": "Material's", "mkdocs-static-i18n": "mkdocs-static-i18n's"}[package]
    what = f"block {path.split('#')[1]} of base.html" if "#" in path else path
    assert _sha256(_upstream_text(package, path)) == digest, (
        f"{name} {what} changed ({ours}): compare and update the hash in tests/test_private_apis.py")


# --- mkdocs-static-i18n internals (hooks/i18n.py, overrides/sitemap.xml) --------------------

def test_static_i18n_attributes_hooks_read():
    from mkdocs_static_i18n import folder
    from mkdocs_static_i18n.plugin import I18n

    assert isinstance(inspect.getattr_static(I18n, "default_language", None), property), (
        "mkdocs_static_i18n's I18n.default_language (undocumented) is gone; hooks/i18n.py and "
        "overrides/sitemap.xml read config.plugins[\"i18n\"].default_language")
    plugin = I18n()
    assert hasattr(plugin, "extra_alternate") and hasattr(plugin, "i18n_files_per_language"), (
        "mkdocs_static_i18n's I18n.extra_alternate / i18n_files_per_language (set in its __init__) are gone; "
        "hooks/i18n.py reads extra_alternate, overrides/sitemap.xml the i18n_alternates context built from the other")
    assert "file.alternates = " in inspect.getsource(folder), (
        "mkdocs_static_i18n.folder no longer sets File.alternates; hooks/i18n.py (hreflang links) and "
        "overrides/sitemap.xml read page.file.alternates")
    assert 'context["i18n_alternates"]' in inspect.getsource(I18n.on_template_context), (
        "mkdocs_static_i18n no longer passes i18n_alternates to sitemap.xml; overrides/sitemap.xml renders it")


def test_static_i18n_event_priorities():
    from mkdocs_static_i18n.plugin import I18n

    for event, expected, why in [
        ("on_config", -100, "hooks/i18n.py, hooks/notebooks.py on_config (-110) read the language it sets"),
        ("on_post_build", -100, "hooks/search.py on_post_build (-110) reads the sections it merges; it builds "
                                "the other languages there, which hooks/i18n.py's 404 and sitemap moves assume"),
        ("on_page_context", 50, "hooks/i18n.py on_page_context (0) reads the config.extra.alternate it sets per page"),
    ]:
        assert _priority(getattr(I18n, event)) == expected, (
            f"mkdocs_static_i18n's I18n.{event} priority is now {_priority(getattr(I18n, event))}, "
            f"not {expected}: {why}")


# --- mkdocs-jupyter (hooks/notebooks.py) ----------------------------------------------------

def test_mkdocs_jupyter_reads_cache_dir_at_page_time():
    from mkdocs_jupyter.plugin import Plugin

    options = dict(Plugin.config_scheme)
    assert "cache" in options and "cache_dir" in options, (
        "mkdocs-jupyter's cache/cache_dir options are gone; hooks/notebooks.py sets cache_dir per language and data")
    assert 'self.config["cache_dir"]' in inspect.getsource(Plugin.on_pre_page) \
        and 'self.config["cache_dir"]' in inspect.getsource(Plugin.on_post_build), (
        "mkdocs-jupyter's Plugin no longer reads self.config[\"cache_dir\"] in on_pre_page and on_post_build; "
        "hooks/notebooks.py changes it at on_config (-110), after the plugin's config is loaded")
    (entry,) = [e for e in entry_points(group="mkdocs.plugins") if e.name == "mkdocs-jupyter"]
    assert entry.value.endswith(":Plugin"), "mkdocs-jupyter's plugin key changed; hooks/notebooks.py looks it up"


# --- MkDocs (hooks/versions.py, hooks/i18n.py, tests/guide.py) -----------------------------

def test_mkdocs_private_mdx_configs():
    from mkdocs.config.defaults import MkDocsConfig

    source = inspect.getsource(MkDocsConfig).replace("'", '"')
    assert "mdx_configs = c.Private" in source and 'configkey="mdx_configs"' in source, (
        "MkDocs' private config key mdx_configs (markdown_extensions' options) changed; hooks/versions.py sets "
        "mdx_configs[\"pymdownx.snippets\"][\"base_path\"], hooks/i18n.py mdx_configs[\"toc\"][\"permalink_title\"], "
        "tests/guide.py reads the snippets options")


# --- Pygments markup (hooks/page_html.py plain_tokens, output_lines) ------------------------

def test_pygments_short_classes_page_html_relies_on():
    from pygments.token import STANDARD_TYPES, Comment, Name, Operator, Punctuation, Whitespace

    expected = {Name: "n", Whitespace: "w", Punctuation: "p", Operator: "o", Comment.Single: "c1"}
    found = {token: STANDARD_TYPES.get(token) for token in expected}
    assert found == expected, (
        f"Pygments' short CSS classes changed ({found}); hooks/page_html.py plain_tokens unwraps n/w/p/o spans "
        "and output_lines marks `#>` comments by `span.c1`")


def test_pymdownx_snippets_preprocessor_guide_runs():
    import markdown

    md = markdown.Markdown(extensions=["pymdownx.snippets"])
    assert "snippet" in md.preprocessors, (
        "pymdownx.snippets no longer registers its preprocessor as `snippet`: tests/guide.py "
        "(expand_includes) runs it directly to expand --8<-- lines as the build does")
