"""hooks/api_links.py: API names in running text link to the PyTorch reference of the torch shown."""

import re

import pytest

from api_links import full_name, link
from guide import LANGUAGES, TORCH_MINOR, pages, page_url

NO_GRAD = "https://docs.pytorch.org/docs/2.13/generated/torch.no_grad.html"


def test_names_are_matched_with_or_without_a_call_and_torch_only_where_unambiguous():
    assert {text: full_name(text) for text in [
        "torch.no_grad", "no_grad()", "@torch.no_grad()", "torch.set_grad_enabled(False)", "model.eval()",
        "optimizer.zero_grad()", "Tensor.requires_grad_(b)", ".grad", "no_sync()",
    ]} == {
        "torch.no_grad": "torch.no_grad", "no_grad()": "torch.no_grad", "@torch.no_grad()": "torch.no_grad",
        "torch.set_grad_enabled(False)": "torch.set_grad_enabled", "model.eval()": "torch.nn.Module.eval",
        "optimizer.zero_grad()": "torch.optim.Optimizer.zero_grad",
        "Tensor.requires_grad_(b)": "torch.Tensor.requires_grad_", ".grad": "torch.Tensor.grad",
        "no_sync()": "torch.nn.parallel.DistributedDataParallel.no_sync",
    }
    # A tensor's and a module's; torch.func's and torch.autograd's; Python's own; not a name.
    for text in ["requires_grad_", "zero_grad()", "grad", "eval()", "with torch.no_grad():", "requires_grad=True"]:
        assert full_name(text) is None, text


def test_inline_code_is_linked_but_not_in_a_code_block_a_link_or_a_heading():
    html = ('<h2 id="a">With <code>no_grad</code></h2><pre><span></span><code>torch.no_grad\n</code></pre>'
            '<pre><code>no_grad</code></pre>'
            '<p><code>torch.no_grad()</code>, again <code>no_grad</code>, '
            '<a href="x/"><code>torch.enable_grad</code></a></p>'
            '<h2 id="b">Next</h2><p><code>no_grad</code> &amp; <code>x &gt; 1</code></p>')
    out = link(html, "2.13", "Official PyTorch reference {minor}")
    title = 'title="Official PyTorch reference 2.13"'
    assert out.count(f'<a class="api-link" href="{NO_GRAD}" {title}>') == 2  # first mention in each section
    assert f'{title}><code>torch.no_grad()</code></a>, again <code>no_grad</code>,' in out
    assert f'<h2 id="b">Next</h2><p><a class="api-link" href="{NO_GRAD}" {title}><code>no_grad</code></a>' in out
    assert '<h2 id="a">With <code>no_grad</code></h2>' in out
    assert '<a href="x/"><code>torch.enable_grad</code></a>' in out and "torch.enable_grad.html" not in out
    assert '<pre><span></span><code>torch.no_grad\n</code></pre><pre><code>no_grad</code></pre>' in out
    assert 'title="Referencia oficial de PyTorch 2.13"' in link(html, "2.13", "Referencia oficial de PyTorch {minor}")


@pytest.mark.build
def test_built_pages_link_torch_no_grad_to_the_pinned_minor_and_no_code_block_has_a_link(built_site):
    assert built_site.returncode == 0, built_site.log
    reference = f"https://docs.pytorch.org/docs/{TORCH_MINOR}/generated/torch.no_grad.html"
    for language, title in zip(LANGUAGES, ["Referencia oficial de PyTorch", "Official PyTorch reference"]):
        html = (built_site.site / page_url(language, next(p for p in pages(language=language)
                                                          if p.stem == "no_grad")) / "index.html").read_text()
        assert re.search(rf'<a class="api-link" href="{re.escape(reference)}" title="{title} {TORCH_MINOR}">'
                         r'<code>(@?torch\.)?no_grad(\(\))?</code></a>', html), f"{language}: no link to {reference}"
    linked_blocks = [str(path.relative_to(built_site.site)) for path in built_site.site.rglob("*.html")
                     if re.search(r"<pre[ >](?:(?!</pre>).)*api-link", path.read_text(encoding="utf-8"), re.S)]
    assert not linked_blocks, f"a code block got an API link: {linked_blocks}"
