"""Check snippet files from the shell, one process each, as the suite does:

    python tests/check_snippets.py [--update] snippets/no_grad/04_what_it_saves.py snippets/no_grad/04_what_it_saves.es.py

Each file must print its `#>` lines (--update rewrites them from the run); a translation
(`NN_slug.es.py`) must also be its program's text and print what it prints, in its words
(tests/snippet_runner.py `check_translation`). A CUDA snippet runs only where torch sees a
GPU; elsewhere only its translation's pairing is checked.
"""

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parent.parent / "hooks")]

import page_model as model  # noqa: E402
import snippet_runner  # noqa: E402


def main(argv: list[str]) -> int:
    update = "--update" in argv
    paths = [Path(name).resolve() for name in argv if name != "--update"]
    if outside := [str(p) for p in paths if not p.is_relative_to(model.SNIPPETS) or not p.is_file()]:
        sys.exit(f"not a snippet file under {model.SNIPPETS}: {', '.join(outside)}")
    label = lambda path: str(path.relative_to(model.ROOT))  # noqa: E731
    runs = lambda path: not model.needs_cuda(path.read_text()) or snippet_runner.cuda_available()  # noqa: E731
    problems: dict[Path, list[str]] = {}
    for path in sorted(paths, key=lambda p: not model.is_program(p)):  # programs first: texts are checked against them
        failure = snippet_runner.check_file(path, label(path), update) if runs(path) else None
        problems[path] = [failure] if failure else []
        if not model.is_program(path) and not failure:
            if problem := model.text_problem(path):
                problems[path].append(problem)
            elif runs(path):
                program = path.with_name(model.program_name(path.name))
                if problem := snippet_runner.check_translation(program.read_text(), path.read_text(), label(program), label(path)):
                    problems[path].append(problem)
    for path in paths:
        print(f"{label(path)}: " + ("\n".join(problems[path]) or "ok"), flush=True)
    return 1 if any(problems.values()) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
