"""Run a snippet in its own process and write its printed output back as `#>` lines.

A snippet is a Python file whose printed output sits in `#>` comment lines right
after the statement that printed it. Checking a snippet means: run it (the `#>`
lines are comments), drop its `#>` lines, put the output it really printed back
after the statements that printed it, and compare that text with the file. The same text is what
`--update-outputs` writes.

Each run is a fresh process forked from a server that has imported torch (and
has not touched CUDA), so a snippet costs a fork, not a 2.7 s torch import, and
no grad mode, seed or thread leaks from one snippet to the next.
"""

from __future__ import annotations

import ast
import codecs
import ctypes
import difflib
import io
import multiprocessing
import os
import sys
import tempfile
import threading
import traceback
from dataclasses import dataclass
from functools import cache

from page_model import CUDA_HEADER, NotTheSameProgram, annotate, is_output_line, labels, needs_cuda  # noqa: F401 (re-exported)

TIMEOUT_S = 120


@dataclass(frozen=True)
class RunResult:
    writes: tuple[tuple[int, str], ...]  # (line of the printing statement, text)
    stderr: str
    error: str | None  # traceback, or why the process died


# --- in the child process -------------------------------------------------

class _AttributingStdout(io.TextIOBase):
    """Records each write with the line of the snippet's own code that made it.

    The line is the module-level frame's current line, so a print inside a
    function, a comprehension or a `with` block is attributed to the statement
    of the snippet that ran it. A print from another thread is attributed to
    the main thread's current statement (usually the `join`).

    What C code writes to file descriptor 1 (Gloo's log lines, a C++ warning)
    lands in the same list: fd 1 points at the file `fd` while the snippet runs,
    and `drain` reads what is new in it before each statement of the snippet's
    module-level code (`_with_statement_calls`) and before each print of the main
    thread, so the text is attributed to the statement that was running and keeps
    its order.
    """

    def __init__(self, filename: str, fd: int):
        self.filename = filename
        self.writes: list[tuple[int, str]] = []
        self.fd, self.read, self.line = fd, 0, 0  # self.line: the module-level line running now
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")

    def drain(self, line: int) -> None:
        """Record what C code wrote to fd 1 since the last drain, as written by `line`."""
        _libc.fflush(None)  # C stdio's buffers (std::cout's too)
        while data := os.pread(self.fd, 1 << 16, self.read):
            self.read += len(data)
            if text := self.decoder.decode(data):
                self.writes.append((line, text))

    def statement(self, line: int) -> None:
        """Called before each statement of the snippet's module-level code: the previous one has run."""
        self.drain(self.line)
        self.line = line

    def writable(self) -> bool:
        return True

    def _module_line(self) -> int:
        frame = sys._getframe(2)
        stacks = [frame, sys._current_frames().get(threading.main_thread().ident)]
        for frame in stacks:
            while frame is not None:
                code = frame.f_code
                if code.co_name == "<module>" and code.co_filename == self.filename:
                    return frame.f_lineno
                frame = frame.f_back
        return 0

    def write(self, text: str) -> int:
        if text:
            line = self._module_line()
            if threading.current_thread() is threading.main_thread():
                self.drain(line)  # what C code wrote before this print comes first (drain lets other threads run)
            self.writes.append((line, text))
        return len(text)


_libc = ctypes.CDLL(None)
_STATEMENT = "__snippet_statement__"


def _with_statement_calls(node: ast.AST) -> ast.AST:
    """`node` with a call `__snippet_statement__(line)` before each statement the module itself runs.

    Not sys.settrace's line events: on Python 3.11 a tracer slows every frame, not just
    the module's (torch.compile's snippets ran 60% slower); these calls cost nothing inside.
    """
    for field, value in ast.iter_fields(node):
        children = value if isinstance(value, list) else [value]
        for child in children:
            if isinstance(child, (ast.stmt, ast.excepthandler, ast.match_case)) and not isinstance(
                    child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                _with_statement_calls(child)
        if children and isinstance(children[0], ast.stmt):
            setattr(node, field, [new for s in children for new in (
                [s] if getattr(s, "module", None) == "__future__" else [_statement_call(s.lineno), s])])
    return node


def _statement_call(line: int) -> ast.stmt:
    at = {"lineno": line, "col_offset": 0, "end_lineno": line, "end_col_offset": 0}
    return ast.Expr(ast.Call(ast.Name(_STATEMENT, ast.Load(), **at), [ast.Constant(line, **at)], [], **at), **at)


def _run_in_child(code: str, filename: str, conn) -> None:
    """Run the snippet with fd 1 and fd 2 pointing at temporary files, as a reader's terminal would get them.

    Python's stdout and C's fd 1 go to `_AttributingStdout`; Python's stderr and C's fd 2 go
    to one file, in the order written: all of it is the run's stderr.
    """
    # A snippet may start processes (DataLoader workers), which a daemonic process may not: the
    # test process still treats this one as a daemon, and kills it with the run.
    multiprocessing.current_process().daemon = False
    sys.__stdout__.flush(), sys.__stderr__.flush(), _libc.fflush(None)  # the server's own output stays its own
    saved = os.dup(1), os.dup(2)
    out_file, err_file = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    os.dup2(out_file.fileno(), 1), os.dup2(err_file.fileno(), 2)
    stdout = _AttributingStdout(filename, out_file.fileno())
    sys.stdout = stdout
    sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)
    error = None
    try:
        exec(compile(_with_statement_calls(ast.parse(code, filename)), filename, "exec"),
             {"__name__": "__main__", "__file__": filename, _STATEMENT: stdout.statement})
    except SystemExit as exit_:
        if exit_.code not in (None, 0):
            error = f"SystemExit: {exit_.code}"
    except BaseException:
        error = traceback.format_exc()
    finally:
        sys.stderr.flush()
        stdout.drain(stdout.line)
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        os.dup2(saved[0], 1), os.dup2(saved[1], 2)
    err_file.seek(0)
    conn.send(RunResult(tuple(stdout.writes), err_file.read().decode("utf-8", "replace"), error))
    conn.close()


# --- in the test process ----------------------------------------------------

@cache
def _context():
    context = multiprocessing.get_context("forkserver")
    # torch._dynamo too: optimizers, DDP, checkpoint and torch.func import it (about 2.5 s each time)
    context.set_forkserver_preload(["torch", "torch._dynamo"])
    return context


@cache
def cuda_available() -> bool:
    import torch  # in the test process only when a CUDA snippet asks (the runs fork from a server)

    return torch.cuda.is_available()


@cache
def run(code: str, filename: str) -> RunResult:
    """Run `code` (labelled `filename` in tracebacks) in a fresh forked process.

    Cached: a page block identical to its snippet file is run once.
    """
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_run_in_child, args=(code, filename, sender), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(TIMEOUT_S):
            process.kill()
            return RunResult((), "", f"timed out after {TIMEOUT_S} s")
        return receiver.recv()
    except EOFError:
        process.join()
        return RunResult((), "", f"the process died with exit code {process.exitcode}")
    finally:
        process.join(5)
        receiver.close()


def check(source: str, filename: str) -> tuple[str | None, str]:
    """Run a snippet; return (a failure message or None, the annotated text)."""
    result = run(source, filename)
    if result.error:
        return f"{filename} raised:\n{result.error}", source
    if result.stderr:
        return f"{filename} wrote to stderr (a reader would see it):\n{result.stderr}", source
    expected = annotate(source, result.writes)
    if expected == source:
        return None, expected
    diff = "".join(
        difflib.unified_diff(
            source.splitlines(keepends=True),
            expected.splitlines(keepends=True),
            f"{filename} (its #> lines)",
            f"{filename} (what it prints)",
        )
    )
    return (
        f"{filename}: the output drifted from its #> lines.\n{diff}\n"
        "If the new output is right, rewrite the #> lines with "
        "`pytest -c tests/pytest.ini --rootdir=. tests/test_snippets.py --update-outputs` and review the diff."
    ), expected



def check_file(path, name: str, update: bool = False) -> str | None:
    """Run a snippet file (labelled `name`); with `update`, a drift rewrites its `#>` lines
    and the file is checked again. The failure, or None."""
    source = path.read_text()
    failure, annotated = check(source, name)
    if failure and update and annotated != source:
        path.write_text(annotated)
        failure, _ = check(annotated, name)
    return failure


def check_translation(program: str, text: str, program_file: str, text_file: str, other_writes=()) -> str | None:
    """A translation prints what its program prints, each string the program printed said as
    the text says it (what a Spanish page shows for other torches, hooks/page_model.py
    `Labels`), and says otherwise only strings the program prints (in this run or in
    `other_writes`, other torches' recorded writes), never data. Both runs are cached."""
    try:
        said = labels(program, text)
    except NotTheSameProgram as error:
        return f"{text_file} is not the same program as {program_file}, line for line: {error}"
    program_run, text_run = run(program, program_file), run(text, text_file)
    if program_run.error or text_run.error:
        return None  # check() reports it
    expected, shown = annotate(text, said.translate(program_run.writes)), annotate(text, text_run.writes)
    if expected != shown:
        diff = "".join(difflib.unified_diff(shown.splitlines(keepends=True), expected.splitlines(keepends=True),
                                            f"{text_file} (what it prints)",
                                            f"{program_file} (what it prints, its strings said as {text_file} says them)"))
        return (f"{text_file} prints something else than {program_file} with its labels translated: a string it "
                f"translates is not a whole print argument or an f-string's text, or the text is not the program:\n{diff}")
    if unsaid := said.unsaid([*program_run.writes, *other_writes]):
        return (f"{text_file} says otherwise strings that {program_file} never prints: {unsaid}; a translation "
                f"changes comments, docstrings and printed strings only (data stays as the program has it)")
    return None
