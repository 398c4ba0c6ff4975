"""Check snippet files from the shell, one process each, as the suite does:

    python tests/check_snippets.py [--update] snippets/no_grad/04_what_it_saves.es.py ...

Each file must print its `#>` lines (--update rewrites them from the run); a translation
(`NN_slug.es.py`) must also be its program's text (tests/guide.py `text_problems`). A CUDA
snippet runs only where torch sees a GPU; elsewhere only that last check is made.
"""

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parent.parent / "hooks")]

import guide  # noqa: E402
import page_model as model  # noqa: E402
import snippet_runner  # noqa: E402


def main(argv: list[str]) -> int:
    update = "--update" in argv
    paths = [Path(name).resolve() for name in argv if name != "--update"]
    problems: dict[Path, list[str]] = {}
    for path in paths:  # every run first: a translation is checked against its program's new `#>` lines
        label, failure = str(path.relative_to(guide.ROOT)), None
        if not model.needs_cuda(path.read_text()) or snippet_runner.cuda_available():
            failure, annotated = snippet_runner.check(path.read_text(), label)
            if failure and update and annotated != path.read_text():
                path.write_text(annotated)
                failure, _ = snippet_runner.check(annotated, label)
        problems[path] = [failure] if failure else []
    for path in paths:
        program = path.with_name(model.program_name(path.name))
        if program != path:
            problems[path] += guide.text_problems(program, path.name[:-3].rpartition(".")[2])
        print(f"{path.relative_to(guide.ROOT)}: " + ("\n".join(problems[path]) or "ok"), flush=True)
    return 1 if any(problems.values()) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
