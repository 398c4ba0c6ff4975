"""Broken input fails loudly, and the failure names the file at fault."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import guide
from snippet_runner import check, check_translation

GOOD_SNIPPET = 'print("hello")\n#> hello\n'
SPANISH_TEXT = 'print("hola")\n#> hola\n'
PAGE = '# Page\n\n## Section {{ #section }}\n\n```python\n--8<-- "{include}"\n```\n'


@pytest.fixture
def tree(tmp_path):
    """A minimal guide: one snippet (its program and its Spanish text), one page in both languages."""
    (tmp_path / "snippets" / "topic").mkdir(parents=True)
    (tmp_path / "snippets" / "topic" / "01_hello.py").write_text(GOOD_SNIPPET)
    (tmp_path / "snippets" / "topic" / "01_hello.es.py").write_text(SPANISH_TEXT)
    for language in guide.LANGUAGES:
        (tmp_path / "docs" / language).mkdir(parents=True)
        include = guide.model.text_name("topic/01_hello.py", language)
        (tmp_path / "docs" / language / "page.md").write_text(PAGE.format(include=include))
    return tmp_path


def problems(tree):
    docs, snippets = tree / "docs", tree / "snippets"
    return (
        guide.page_problems(docs, snippets)
        + guide.parity_problems(docs)
        + guide.orphan_snippets(docs, snippets)
        + guide.translation_problems(snippets)
    )


def test_the_minimal_tree_is_clean(tree):
    assert problems(tree) == []


def test_a_missing_snippet_names_the_page_and_the_snippet(tree):
    page = tree / "docs" / "en" / "page.md"
    page.write_text(PAGE.format(include="topic/02_missing.py"))
    found = "\n".join(problems(tree))
    assert f"{page}: Snippet at path" in found and "02_missing.py' could not be found" in found


def test_a_missing_section_names_the_page_and_the_section(tree):
    page = tree / "docs" / "es" / "page.md"
    page.write_text(PAGE.format(include="topic/01_hello.es.py:nowhere"))
    assert f"{page}: Snippet section 'nowhere' could not be located" in "\n".join(problems(tree))


def test_a_page_missing_in_one_language_names_the_missing_file(tree):
    (tree / "docs" / "en" / "page.md").unlink()
    missing, present = tree / "docs" / "en" / "page.md", tree / "docs" / "es" / "page.md"
    assert f"{missing} is missing: {present} has no translation" in problems(tree)


def test_languages_that_include_different_snippets_are_named(tree):
    (tree / "snippets" / "topic" / "02_other.py").write_text(GOOD_SNIPPET)
    (tree / "docs" / "en" / "page.md").write_text(PAGE.format(include="topic/02_other.py"))
    found = "\n".join(problems(tree))
    assert "differ in their snippet includes" in found
    assert '-topic/01_hello.py' in found and '+topic/02_other.py' in found


def test_a_page_that_includes_the_other_languages_text_is_named(tree):
    page = tree / "docs" / "es" / "page.md"
    page.write_text(PAGE.format(include="topic/01_hello.py"))
    assert f"{page}:6: includes topic/01_hello.py; a page in 'es' includes topic/01_hello.es.py" in problems(tree)


def test_a_snippet_without_its_spanish_text_is_named(tree):
    (tree / "snippets" / "topic" / "01_hello.es.py").unlink()
    text, program = tree / "snippets" / "topic" / "01_hello.es.py", tree / "snippets" / "topic" / "01_hello.py"
    assert f"{text} is missing: {program} has no text in 'es'" in problems(tree)


@pytest.mark.parametrize("text, why", [
    ('print("hola", 1)\n#> hola 1\n', "line 1: 1 items against 2"),
    ('\nprint("hola")\n#> hola\n', "3 lines against 4"),
    ('print(\n"hola")\n', "Expr on line 1 against line 2"),
    ('print("hola")  # (1)!\n#> hola\n', "line 1: the `# (N)!` markers differ"),
    ('print(b"hola")\n#> hola\n', "line 1: str against bytes"),
])
def test_a_translation_that_is_not_its_program_line_for_line_names_the_file_and_line(tree, text, why):
    path = tree / "snippets" / "topic" / "01_hello.es.py"
    path.write_text(text)
    found = "\n".join(problems(tree))
    assert f"{path} is not the same program as {path.with_name('01_hello.py')}, line for line" in found and why in found, found


def test_a_translation_that_prints_something_else_shows_the_diff():
    """A translated string that reaches the output inside another string (`x + "!"`) cannot be
    said in the text's words on other torches: the check names it with the diff."""
    failure = check_translation('x = "hello"\nprint(x + "!")\n#> hello!\n', 'x = "hola"\nprint(x + "!")\n#> hola!\n',
                                "snippets/topic/01_hello.py", "snippets/topic/01_hello.es.py")
    assert failure.startswith("snippets/topic/01_hello.es.py prints something else than snippets/topic/01_hello.py")
    assert "\n-#> hola!\n+#> hello!\n" in failure


def test_a_translated_string_the_program_never_prints_is_named():
    """Data (a dict key, an argument) stays as the program has it: only printed strings differ."""
    program, text = 'd = {"loss": 1}\nprint(d["loss"])\n#> 1\n', 'd = {"pérdida": 1}\nprint(d["pérdida"])\n#> 1\n'
    failure = check_translation(program, text, "snippets/topic/01_d.py", "snippets/topic/01_d.es.py")
    assert "says otherwise strings that snippets/topic/01_d.py never prints: ['loss']" in failure


def test_labels_never_touch_what_torch_prints_on_another_version():
    """Other torches' writes are mapped by whole print arguments and f-string text: a torch
    message that happens to hold a label's words stays as torch wrote it."""
    program = ('print("step", 1)\ntry:\n    raise RuntimeError("x")\nexcept RuntimeError as e:\n'
               '    print(f"{type(e).__name__}: {e}")\n    print(f"norm {2.5:.1f}")\n')
    text = program.replace('"step"', '"paso"').replace('f"norm {', 'f"norma {')
    said = guide.model.labels(program, text)
    writes = [(1, "step"), (1, " "), (1, "1"), (1, "\n"),
              (5, "RuntimeError: the step before this one, norm 3"), (5, "\n"), (6, "norm 2.5"), (6, "\n")]
    assert said.translate(writes) == [(1, "paso"), (1, " "), (1, "1"), (1, "\n"),
                                      (5, "RuntimeError: the step before this one, norm 3"), (5, "\n"),
                                      (6, "norma 2.5"), (6, "\n")]
    name_as_value = 'name = "grad mode"\nprint(f"{name}: {3}")\n'
    assert guide.model.labels(name_as_value, name_as_value.replace('"grad mode"', '"modo de gradientes"')).translate(
        [(2, "grad mode: 3"), (2, "RuntimeError: grad mode: off")]) == [(2, "modo de gradientes: 3"), (2, "RuntimeError: grad mode: off")]


def test_inline_python_names_the_page_and_line(tree):
    page = tree / "docs" / "es" / "page.md"
    page.write_text(page.read_text() + '\n```py\nprint("typed into the page")\n```\n')
    assert f"{page}:10: inline Python in a page" in "\n".join(problems(tree))


def test_an_error_message_quoted_in_prose_that_no_snippet_prints_is_named(tree):
    (tree / "snippets" / "topic" / "01_hello.py").write_text('print("RuntimeError: a real message")\n#> RuntimeError: a real message\n')
    page = tree / "docs" / "en" / "page.md"
    page.write_text(page.read_text() + "\nIt raises `RuntimeError: a real message` and `RuntimeError: a reworded message...`.\n")
    found = "\n".join(problems(tree))
    assert f"{page}:9: the quoted message 'RuntimeError: a reworded message' is not printed by any snippet" in found
    assert "a real message'" not in found


def test_a_heading_without_a_fixed_anchor_is_named(tree):
    page = tree / "docs" / "en" / "page.md"
    page.write_text(page.read_text() + "\n## A heading with a generated id\n")
    assert f"{page}:9: heading without a fixed anchor" in "\n".join(problems(tree))


def test_a_snippet_no_page_includes_is_named(tree):
    orphan = tree / "snippets" / "topic" / "03_orphan.py"
    orphan.write_text(GOOD_SNIPPET)
    assert any(str(orphan) in problem for problem in problems(tree))


def test_drifted_output_shows_a_diff_that_names_the_file(tmp_path):
    failure, annotated = check('print(6 * 7)\n#> 41\n', "snippets/topic/drift.py")
    assert failure.startswith("snippets/topic/drift.py: the output drifted from its #> lines.")
    assert "\n-#> 41\n+#> 42\n" in failure
    assert annotated == "print(6 * 7)\n#> 42\n"


def test_a_snippet_that_raises_names_the_file_and_line():
    failure, _ = check('print("before")\n#> before\n1 / 0\n', "snippets/topic/raises.py")
    assert failure.startswith("snippets/topic/raises.py raised:")
    assert 'File "snippets/topic/raises.py", line 3' in failure
    assert failure.rstrip().endswith("ZeroDivisionError: division by zero")


def test_a_warning_on_stderr_fails():
    failure, _ = check('import warnings\nwarnings.warn("careful")\n', "snippets/topic/warns.py")
    assert failure.startswith("snippets/topic/warns.py wrote to stderr") and "UserWarning: careful" in failure


def test_output_goes_after_the_statement_that_printed_it():
    source = "def show(x):\n    print(x)\n\n\nfor i in range(2):\n    print(i)\nshow('from a function')\n"
    failure, annotated = check(source, "snippets/topic/where.py")
    assert annotated == (
        "def show(x):\n    print(x)\n\n\n"
        "for i in range(2):\n    print(i)\n    #> 0\n    #> 1\n"
        "show('from a function')\n#> from a function\n"
    )


def test_output_of_a_thread_goes_after_the_main_thread_statement_running_then():
    source = "import threading\nt = threading.Thread(target=print, args=('hi',))\nt.start()\nt.join()\n"
    failure, annotated = check(source, "snippets/topic/thread.py")
    assert annotated in (source.replace("start()\n", "start()\n#> hi\n"), source + "#> hi\n")


def test_what_c_code_writes_to_fd_1_and_fd_2_is_recorded_like_a_print():
    """C code (Gloo's log lines, a C++ warning) writes past sys.stdout, to the file descriptors a reader's terminal shows."""
    source = ('import ctypes, os\nprint("python")\nctypes.CDLL(None).printf(b"C stdio, buffered\\n")\n'
              'os.write(1, b"fd 1\\n")\nprint("python again")\n')
    failure, annotated = check(source, "snippets/topic/c_stdout.py")
    assert failure.startswith("snippets/topic/c_stdout.py: the output drifted from its #> lines.")
    assert annotated == source.replace('python")\n', 'python")\n#> python\n').replace(
        'buffered\\n")\n', 'buffered\\n")\n#> C stdio, buffered\n').replace(
        'fd 1\\n")\n', 'fd 1\\n")\n#> fd 1\n').replace('again")\n', 'again")\n#> python again\n')
    failure, _ = check('import os\nos.write(2, b"a C++ warning\\n")\n', "snippets/topic/c_stderr.py")
    assert failure == "snippets/topic/c_stderr.py wrote to stderr (a reader would see it):\na C++ warning\n"


@pytest.mark.build
def test_the_build_fails_on_a_missing_snippet_and_names_the_page(tmp_path):
    guide.copy_site(tmp_path)
    page = tmp_path / "docs" / "es" / "no_grad.md"  # the first language built: the build stops early
    page.write_text(page.read_text() + '\n```python\n--8<-- "no_grad/99_missing.py"\n```\n')
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path, capture_output=True,
        text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode != 0
    assert "no_grad.md" in result.stderr and "99_missing.py' could not be found" in result.stderr


@pytest.mark.build
def test_a_figure_the_output_no_longer_holds_fails_the_build_and_names_page_and_block(tmp_path):
    """hooks/macros.py printed(): prose quotes a figure read off a block's `#>` lines. --quiet, as
    .ci/deploy builds: the message is an error, not a warning --quiet would hide."""
    guide.copy_site(tmp_path)
    page = tmp_path / "docs" / "es" / "compile.md"
    page.write_text(page.read_text() + '\n{{ printed("compile/01", "eval, no_grad: graphs=(99)") }}\n')
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"], cwd=tmp_path, capture_output=True,
        text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode != 0
    assert ("es/compile.md: printed('compile/01', 'eval, no_grad: graphs=(99)'): 01_grad_mode_recompiles.py's "
            "output on torch") in result.stderr, result.stderr
    assert "eval, no_grad: graphs=3" in result.stderr, "the message shows the block's output"


def test_hl_lines_that_point_at_output_or_past_the_end_are_named(tree):
    page = tree / "docs" / "es" / "page.md"
    page.write_text(page.read_text().replace("```python\n", '```python hl_lines="2 5"\n'))
    found = "\n".join(problems(tree))
    assert f"{page}:5: hl_lines highlights line 2 of the block, which is '#> hola'" in found
    assert f"{page}:5: hl_lines highlights line 5 of the block, which is past its end" in found


def test_annotation_markers_without_their_list_are_named(tree):
    (tree / "snippets" / "topic" / "01_hello.py").write_text('print("hello")  # (1)!\n#> hello\n')
    (tree / "snippets" / "topic" / "01_hello.es.py").write_text('print("hola")  # (1)!\n#> hola\n')
    page = tree / "docs" / "en" / "page.md"
    page.write_text(page.read_text() + "\n1.  The only note.\n")
    found = "\n".join(problems(tree))
    spanish = tree / "docs" / "es" / "page.md"
    assert f"{spanish}:5: the block has 1 annotation markers `# (N)!` but 0 numbered items follow it" in found
    assert str(page) not in found


ERROR_ENTRY = PAGE.replace("Section", "hello") + '\n```python\n--8<-- "{fix}"\n```\n'


def error_index(tree, fix: str) -> Path:
    """The error index in both languages: the entry 'hello', topic/01_hello.py and `fix` as its fix
    (a program that prints English and Spanish alike); returns the last language's page."""
    (tree / "snippets" / "topic" / "01_hello.es.py").write_text(GOOD_SNIPPET)  # the error: torch's words in both
    (tree / "snippets" / "topic" / "02_fix.py").write_text(fix)
    (tree / "snippets" / "topic" / "02_fix.es.py").write_text(fix)
    for language in guide.LANGUAGES:
        page = tree / "docs" / language / "errors.md"
        text = guide.model.text_name
        page.write_text(ERROR_ENTRY.format(include=text("topic/01_hello.py", language), fix=text("topic/02_fix.py", language)))
    return page


def test_an_error_index_heading_that_no_snippet_prints_is_named(tree):
    page = error_index(tree, 'print("fixed")\n#> fixed\n')
    assert problems(tree) == []
    page.write_text(page.read_text().replace("## hello", "## goodbye"))
    assert f"{page}:3: the heading 'goodbye' is not printed by any snippet of its section" in problems(tree)


def test_an_error_index_entry_without_a_fix_is_named(tree):
    page = error_index(tree, 'print("hello again")\n#> hello again\n')
    assert f"{page}:3: the error 'hello' has no fix beside it: include a snippet of the fix that does not print the error" in problems(tree)
    spanish = tree / "docs" / "es" / "errors.md"
    assert f"{spanish}:3: the error 'hello' has no fix beside it" in "\n".join(problems(tree))


def test_notebook_code_cells_that_differ_between_languages_are_named(tree):
    notebook = "---\njupyter:\n  kernelspec:\n    language: python\n---\n\n# Title\n\n```python\n{code}\n```\n"
    for language in guide.LANGUAGES:
        (tree / "docs" / language / "notebook.md").write_text(notebook.format(code="print(1)"))
    assert problems(tree) == []
    english = tree / "docs" / "en" / "notebook.md"
    english.write_text(notebook.format(code="print(2)"))
    assert any("differ in their notebook code cells" in problem and "+print(2)" in problem for problem in problems(tree))


def test_a_block_titled_with_a_path_instead_of_a_caption_is_named(tree):
    es, en = tree / "docs" / "es" / "page.md", tree / "docs" / "en" / "page.md"
    es.write_text(es.read_text().replace("```python\n", '```python title="Un saludo"\n'))
    en.write_text(en.read_text().replace("```python\n", '```python title="snippets/topic/01_hello.py" hl_lines="1"\n')
                  + '\n```py title="01_hello.py"\n--8<-- "topic/01_hello.py"\n```\n')
    found = guide.caption_problems(tree / "docs")
    assert found == [
        f"{en}:5: the block's title 'snippets/topic/01_hello.py' is a path; write a short caption "
        "of what the block shows (the build adds the snippet's path as a download link)",
        f"{en}:9: the block's title '01_hello.py' is a path; write a short caption "
        "of what the block shows (the build adds the snippet's path as a download link)",
    ]


def test_an_anchor_written_as_a_jinja_comment_is_named(tree):
    page = tree / "docs" / "en" / "page.md"
    page.write_text(page.read_text().replace("{ #section }", "{#section}"))
    assert f"{page}:3: '{{#' opens a Jinja comment (mkdocs-macros renders pages): write '{{ #id }}'" in problems(tree)


def test_a_measured_figure_the_notebook_no_longer_prints_is_named():
    """hooks/macros.py measured(): prose quotes a figure the measurements notebook prints."""
    from types import SimpleNamespace

    import macros

    macro_functions = {}
    env = SimpleNamespace(variables={}, macro=lambda function: macro_functions.setdefault(function.__name__, function),
                          page=SimpleNamespace(file=SimpleNamespace(src_uri="en/no_grad.md")))
    macros.define_env(env)
    assert macro_functions["measured"]("differences that held in every run: [0-9]+ of ([0-9]+)").isdigit()
    with pytest.raises(ValueError, match=r"en/no_grad.md: measured\('grad 999 MiB'\): the measurements notebook's output has no such text"):
        macro_functions["measured"]("grad 999 MiB")


def test_a_figure_read_off_another_torchs_output_needs_its_data():
    """hooks/macros.py printed(..., torch=minor): a figure about an older version, from the matrix data."""
    from types import SimpleNamespace

    import macros

    macro_functions = {}
    env = SimpleNamespace(variables={}, macro=lambda function: macro_functions.setdefault(function.__name__, function),
                          page=SimpleNamespace(file=SimpleNamespace(src_uri="en/compile.md")))
    macros.define_env(env)
    printed = macro_functions["printed"]
    assert printed("compile/04", "no_grad, inference input: ([0-9]+)", torch="2.11") == "3"  # 4 on the pin
    with pytest.raises(ValueError, match=r"en/compile.md: printed\('compile/04', '.*', torch='9.9'\): no recorded output"):
        printed("compile/04", "no_grad, inference input: ([0-9]+)", torch="9.9")
    differs = macro_functions["differs"]
    assert differs("recipes_rl/01") == "2.0–2.8"  # the inference_mode error's older wording
    with pytest.raises(ValueError, match=r"en/compile.md: differs\('recipes_momentum/01'\): .* prints the same on every torch"):
        differs("recipes_momentum/01")
