"""Each PyTorch API name in running text links to the official reference of the torch the site shows.

Not a hook: hooks/page_html.py calls `link_tree` in its one pass over the rendered page.

Inline code whose text names an entry of REFERENCE (`torch.no_grad`, `no_grad()`, `@torch.no_grad()`,
`model.eval()`, `.grad`) becomes a link to https://docs.pytorch.org/docs/<minor>/<page>, <minor>
being the torch the outputs come from (hooks/page_model.py `shown_minor`: the pin, or TORCH_MINOR). Its title says where it leads,
in the page's language (mkdocs.yml `extra.text.api_reference`).

Left alone: code blocks (<pre>), code already inside a link, headings (their text is the
section's anchor and its table-of-contents entry), <summary> (a click there opens the note), and
a name the page already links somewhere else (one link text, one place: tests/test_pages.py).
Only the first mention of each API in a `##` section is linked: every section a reader lands
in has its link, without a line of underlines.
"""

from __future__ import annotations

import builtins
import re
from html import escape

from selectolax.lexbor import LexborHTMLParser

BASE = "https://docs.pytorch.org/docs/{minor}/"

# Full name -> its page under docs/<minor>/, as the PyTorch docs build them (docs/source/*.md):
# an autosummary entry gets generated/<name>.html; a class's methods documented on its page,
# and autoclass/autofunction entries, are anchors named after the full name.
_MODULE = "generated/torch.nn.Module.html#torch.nn.Module.{}"
_DDP = "generated/torch.nn.parallel.DistributedDataParallel.html"
REFERENCE = {
    "torch.no_grad": "generated/torch.no_grad.html",
    "torch.enable_grad": "generated/torch.enable_grad.html",
    "torch.set_grad_enabled": "generated/torch.autograd.grad_mode.set_grad_enabled.html",
    "torch.is_grad_enabled": "generated/torch.is_grad_enabled.html",
    "torch.inference_mode": "generated/torch.autograd.grad_mode.inference_mode.html",
    "torch.is_inference_mode_enabled": "generated/torch.is_inference_mode_enabled.html",
    "torch.compile": "generated/torch.compile.html",
    "torch.compiler.set_stance": "generated/torch.compiler.set_stance.html",
    "torch.randn": "generated/torch.randn.html",
    "torch.zeros": "generated/torch.zeros.html",
    "torch.autocast": "amp.html#torch.autocast",
    "torch.amp.GradScaler": "amp.html#gradient-scaling",  # its page documents the cuda/cpu aliases
    "torch.autograd.grad": "generated/torch.autograd.grad.html",
    "torch.autograd.Function": "autograd.html#torch.autograd.Function",
    "torch.autograd.graph.saved_tensors_hooks": "autograd.html#torch.autograd.graph.saved_tensors_hooks",
    "torch.autograd.forward_ad": "autograd.html#forward-mode-automatic-differentiation",
    "torch.autograd.forward_ad.dual_level": "generated/torch.autograd.forward_ad.dual_level.html",
    "torch.autograd.forward_ad.make_dual": "generated/torch.autograd.forward_ad.make_dual.html",
    "torch.autograd.forward_ad.unpack_dual": "generated/torch.autograd.forward_ad.unpack_dual.html",
    "torch.func": "func.html",
    "torch.func.grad": "generated/torch.func.grad.html",
    "torch.func.jvp": "generated/torch.func.jvp.html",
    "torch.func.vjp": "generated/torch.func.vjp.html",
    "torch.utils.checkpoint.checkpoint": "checkpoint.html#torch.utils.checkpoint.checkpoint",
    "torch.utils.data.DataLoader": "data.html#torch.utils.data.DataLoader",
    "torch.utils.data.default_collate": "data.html#torch.utils.data.default_collate",
    **{f"torch.Tensor.{name}": f"generated/torch.Tensor.{name}.html" for name in (
        "requires_grad", "requires_grad_", "grad", "detach", "backward", "is_inference", "is_leaf",
        "register_hook", "retain_grad")},
    "torch.nn.Module": "generated/torch.nn.Module.html",
    **{f"torch.nn.Module.{name}": _MODULE.format(name) for name in (
        "eval", "train", "requires_grad_", "zero_grad", "register_forward_hook", "register_forward_pre_hook")},
    "torch.nn.Parameter": "generated/torch.nn.parameter.Parameter.html",
    **{f"torch.nn.{name}": f"generated/torch.nn.{name}.html" for name in (
        "Linear", "Conv2d", "LSTM", "Identity", "MultiheadAttention", "TransformerEncoder",
        "TransformerEncoderLayer")},
    "torch.nn.init": "nn.init.html",
    "torch.nn.utils.clip_grad_norm_": "generated/torch.nn.utils.clip_grad_norm_.html",
    "torch.nn.utils.clip_grad_value_": "generated/torch.nn.utils.clip_grad_value_.html",
    "torch.nn.parallel.DistributedDataParallel": _DDP,
    "torch.nn.parallel.DistributedDataParallel.no_sync": f"{_DDP}#torch.nn.parallel.DistributedDataParallel.no_sync",
    "torch.nn.parallel.DistributedDataParallel.register_comm_hook":
        f"{_DDP}#torch.nn.parallel.DistributedDataParallel.register_comm_hook",
    "torch.optim.Optimizer.step": "generated/torch.optim.Optimizer.step.html",
    "torch.optim.Optimizer.zero_grad": "generated/torch.optim.Optimizer.zero_grad.html",
    "torch.optim.swa_utils.AveragedModel": "generated/torch.optim.swa_utils.AveragedModel.html",
}

# What the pages call an instance: `model.eval()` is nn.Module.eval; `.grad` is a tensor's.
RECEIVERS = {"": "torch.Tensor", "model": "torch.nn.Module", "module": "torch.nn.Module",
             "optimizer": "torch.optim.Optimizer", "loss": "torch.Tensor"}


def _short_names() -> dict[str, str]:
    """Each full name, and each dotted tail of it that names one entry only (`nn.Module.eval`,
    `Module.eval`; `eval` is Python's too and `requires_grad_` both a tensor's and a module's)."""
    claims: dict[str, set[str]] = {}
    for full in REFERENCE:
        parts = full.split(".")
        for start in range(1, len(parts)):
            claims.setdefault(".".join(parts[start:]), set()).add(full)
    names = {tail: fulls.pop() for tail, fulls in claims.items()
             if len(fulls) == 1 and not hasattr(builtins, tail)}
    return names | {full: full for full in REFERENCE}


NAMES = _short_names()
CALL = re.compile(r"@?(?P<name>\.?[A-Za-z_][\w.]*?)(?:\(.*\))?", re.S)  # optional decorator @, call (...)


def full_name(text: str) -> str | None:
    """The REFERENCE entry inline code names, or None."""
    match = CALL.fullmatch(text.strip())
    if match is None:
        return None
    name = match["name"]
    if name in NAMES:
        return NAMES[name]
    receiver, _, attribute = name.partition(".")
    full = f"{RECEIVERS.get(receiver)}.{attribute}"
    return full if attribute and receiver in RECEIVERS and full in REFERENCE else None


SKIP = {"pre", "a", "summary", "h1", "h2", "h3", "h4", "h5", "h6"}  # no link inside these


def _inside(node, tags: set[str]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def link_tree(tree: LexborHTMLParser, minor: str, title: str) -> None:
    """Link the first mention of each known API in every `##` section of a parsed page;
    `title` (mkdocs.yml `extra.text.api_reference`) says where the links lead."""
    linked_text = {a.text().strip() for a in tree.css("a")}
    base, title = BASE.format(minor=minor), escape(title.format(minor=minor))
    seen: set[str] = set()
    for node in tree.css("h2, code"):  # document order
        if node.tag == "h2":
            seen = set()  # a new section: its first mentions get links again
            continue
        if node.attributes or next(node.iter(), None) is not None or _inside(node, SKIP):
            continue  # a highlighted block's <code>, or code inside a link, a heading, a summary
        text = node.text()
        full = full_name(text)
        if full and full not in seen and text.strip() not in linked_text:
            seen.add(full)
            anchor = f'<a class="api-link" href="{escape(base + REFERENCE[full])}" title="{title}">{node.html}</a>'
            node.replace_with(LexborHTMLParser(anchor).body.child)


def link(html: str, minor: str, title: str) -> str:
    """`link_tree` on an HTML fragment (for tests and one-off use)."""
    tree = LexborHTMLParser(html)
    link_tree(tree, minor, title)
    return tree.body.inner_html
