"""The site's search index: one per language, search/<language>.js, which
docs/assets/javascripts/search.js loads when a reader starts a search (with the ranking,
search-engine.js, which reads it).

Material's search plugin still splits every page into sections (search/search_index.json:
a page's text before its first heading, then one entry per heading); this hook turns those
sections into an index that ranks the way readers ask (README, "Search"): each language's
stop words left out, words reduced to their Snowball stems, and per stem the sections that
hold it, with how often in the heading, the page title and the body, so that search-engine.js
scores them with BM25F (headings weigh more; a long section does not win by length).

The index is a script, not JSON: a page opened from disk (the offline copy) may load a
script but not fetch a file. Material's own search files (its index, its worker, lunr's
language files: 1.2 MB a site) are left out: no reader fetches them
(overrides/partials/search.html gives Material's bundle no search to mount).
"""

import html.parser
import json
import re
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import snowballstemmer
import yaml
from mkdocs.plugins import event_priority

import page_model as model

WORDS = Path(__file__).with_name("search_words.yml")  # stop words and synonyms, per language
STEMMERS = {"es": "spanish", "en": "english"}
# A word: letters, digits and "_" (no_grad, grad_fn), with a version's dots (2.13.0).
# search-engine.js splits the reader's query by the same rule.
WORD = re.compile(r"\w+(?:\.\d+)*")
NAME_WITH_NUMBER = re.compile(r"^([^\W\d_]{3,})\d")
FIELDS = ("heading", "page", "text", "code")  # a section's heading, its page's title, its prose, its code


def fold(word: str) -> str:
    """How a word is compared: lower case, no accents, no "_" at either end (requires_grad_)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip("_")


@cache
def _words() -> dict:
    return yaml.safe_load(WORDS.read_text(encoding="utf-8"))


@cache
def stop_words() -> frozenset[str]:
    """Both languages' stop words, for each language's index: the Spanish pages quote
    PyTorch's English messages, which Spanish readers paste."""
    return frozenset(fold(w) for words in _words()["stop_words"].values() for w in words.split())


class _Text(html.parser.HTMLParser):
    """The prose and the code (<pre>) of Material's section HTML, with a space where a tag
    was (cells, items)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.prose, self.code, self.in_code = [], [], False

    def handle_starttag(self, tag, attrs):
        self.in_code |= tag == "pre"
        (self.code if self.in_code else self.prose).append(" ")

    def handle_endtag(self, tag):
        (self.code if self.in_code else self.prose).append(" ")
        self.in_code &= tag != "pre"

    def handle_data(self, data):
        (self.code if self.in_code else self.prose).append(data)


def plain(markup: str) -> tuple[str, str]:
    """Material's section HTML -> its prose and its code, as text."""
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return " ".join("".join(parser.prose).split()), " ".join("".join(parser.code).split())


def language_index(language: str, docs: list[dict]) -> dict:
    """The index search-engine.js reads (its shape is described there)."""
    stemmer = snowballstemmer.stemmer(STEMMERS[language])
    stops = stop_words()
    vocabulary = {}  # folded word -> stem, where they differ

    @cache  # 70,000 words a build, 6,000 different ones
    def stem_of(word: str) -> str | None:
        """A word's stem, or None for a stop word; a stem that is not the word goes in the vocabulary."""
        folded = fold(word)
        if not folded or folded in stops:
            return None
        stem = fold(stemmer.stemWord(word.lower())) if word.isalpha() else folded
        if stem != folded:
            vocabulary.setdefault(folded, stem)  # cambio, cambió: the first one met
        return stem

    def stems(text: str) -> list[str]:
        """The stems of a text's words; a name with a number (BatchNorm2d, float32) also
        counts as its letters (batchnorm, float)."""
        found = (stem_of(word) for whole in WORD.findall(text)
                 for word in dict.fromkeys([whole, *NAME_WITH_NUMBER.findall(whole)]))
        return [stem for stem in found if stem]

    pages = {doc["location"]: plain(doc["title"])[0] for doc in docs if "#" not in doc["location"]}
    rows, lengths, postings = [], [], {}
    for number, doc in enumerate(docs):
        text, code = plain(doc["text"])
        title = plain(doc["title"])[0]
        page = pages.get(doc["location"].split("#")[0], "") if "#" in doc["location"] else ""
        fields = [stems(title), stems(page), stems(text), stems(code)]
        rows.append([doc["location"], title, text, code, doc.get("boost", 1)])  # a page's `search: boost:`
        lengths.append([len(field) for field in fields])
        counts = [Counter(field) for field in fields]
        for stem in dict.fromkeys(stem for field in fields for stem in field):  # in text order: reproducible
            postings.setdefault(stem, []).extend([number, *(count[stem] for count in counts)])
    synonyms = {}  # stem -> the stems of its synonyms, where the guide uses them
    for line in _words()["synonyms"][language]:
        group = [stem for word in line.split() for stem in stems(word)]
        for stem in group:
            synonyms[stem] = [other for other in dict.fromkeys(group) if other != stem and other in postings]
    return {"fields": FIELDS, "stopWords": sorted(stops), "vocabulary": vocabulary, "synonyms": synonyms,
            "docs": rows, "lengths": lengths, "postings": postings}


def _language(location: str) -> str:
    """The default language's pages are at the root, each other language's in its folder."""
    return next((lang for lang in model.LANGUAGES[1:] if location.startswith(f"{lang}/")), model.LANGUAGES[0])


MATERIAL_SEARCH = ("assets/javascripts/lunr/", "assets/javascripts/workers/")


def on_files(files, config, **kwargs):
    for file in [f for f in files if f.src_uri.startswith(MATERIAL_SEARCH)]:
        files.remove(file)
    return files


@event_priority(-110)  # after static-i18n's on_post_build (-100), which merges the languages' sections
def on_post_build(config, **kwargs):
    folder = Path(config.site_dir) / "search"
    source = folder / "search_index.json"
    docs = {language: [] for language in model.LANGUAGES}
    for doc in json.loads(source.read_text(encoding="utf-8"))["docs"]:
        docs[_language(doc["location"])].append(doc)
    if not all(docs.values()):
        return  # a language's own build, inside static-i18n's: this runs again on the merged file
    for language, own in docs.items():
        index = json.dumps(language_index(language, own), ensure_ascii=False, separators=(",", ":"))
        (folder / f"{language}.js").write_text(f"searchIndex = {index};\n", encoding="utf-8")
    source.unlink()  # no reader fetches Material's file
