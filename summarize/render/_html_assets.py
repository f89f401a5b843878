"""The building blocks of the HTML page: markup, context, counts, colours, style, script.

In render/, for :mod:`summarize.render.html`, kept apart so that the renderer reads as
the page it writes.
"""

from __future__ import annotations

import colorsys
import html
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..records import Claim

__all__ = ["SCRIPT", "STYLE", "agreement", "context", "source_colours", "stylesheet", "tag"]

_SPACE = re.compile(r"\s")


def tag(name: str, *content: str, **attributes: str | int | bool | None) -> str:
    """Return an HTML element: ``content`` is markup already; attribute values are escaped.

    ``class_`` writes ``class`` and ``data_claim`` writes ``data-claim``; ``True``
    writes the bare name; ``None`` and ``False`` leave the attribute out.

    Example:
        >>> tag("li", "A &amp; B", class_="badge", data_claim=1, hidden=True, title='"x"')
        '<li class="badge" data-claim="1" hidden title="&quot;x&quot;">A &amp; B</li>'
    """
    written = "".join(
        f" {key.rstrip('_').replace('_', '-')}"
        + ("" if value is True else f'="{html.escape(str(value))}"')
        for key, value in attributes.items()
        if value is not None and value is not False
    )
    return f"<{name}{written}>{''.join(content)}</{name}>"


# Badge backgrounds: the light-scheme ones carry white text, the dark-scheme
# ones near-black text, each pair at a contrast of 5.3:1 or more (WCAG AA).
_LIGHT = ("#1d5fa6", "#b2401a", "#2b7a38", "#8a3aa6", "#a6243f",
          "#00707a", "#6e5b00", "#4b4fa8", "#8a4b08", "#3d6b1f")  # fmt: skip
_DARK = ("#8cc4ff", "#ffb08f", "#8fdc9a", "#e3a6f5", "#ff9fb3",
         "#74dbe3", "#e6d070", "#b8bbff", "#f5bd7a", "#b7e08a")  # fmt: skip


def _luminance(rgb: tuple[float, float, float]) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb)


def _generated(index: int) -> tuple[str, str]:
    hue = (index * 137.508) % 360 / 360  # the golden angle keeps neighbours apart
    dark = light = 0.42
    while _luminance(colorsys.hls_to_rgb(hue, light, 0.7)) > 0.18:  # >= 4.5:1 on white
        light -= 0.02
    while _luminance(colorsys.hls_to_rgb(hue, dark, 0.75)) < 0.3:  # >= 4.5:1 on #14161a
        dark += 0.02
    return _hex(colorsys.hls_to_rgb(hue, light, 0.7)), _hex(colorsys.hls_to_rgb(hue, dark, 0.75))


def source_colours(count: int) -> list[tuple[str, str]]:
    """Return ``count`` badge colours, one per source: ``(light scheme, dark scheme)``.

    The first ten are hand-picked; more are spread around the colour wheel at a
    lightness that keeps the badge text readable (4.5:1 or more).

    Example:
        >>> source_colours(2)
        [('#1d5fa6', '#8cc4ff'), ('#b2401a', '#ffb08f')]
        >>> len(set(source_colours(25)))
        25
    """
    return [(_LIGHT[i], _DARK[i]) if i < len(_LIGHT) else _generated(i) for i in range(count)]


def context(text: str, start: int, end: int, *, width: int = 160) -> tuple[str, str, str]:
    """Split out ``text[start:end]`` with up to ``width`` characters either side.

    The text either side is cut at a word boundary, and ``…`` marks a cut.

    Returns:
        ``(before, span, after)``: the text before, the span itself, the text after.

    Example:
        >>> text = "Rain fell all night. The river rose fast. Roads shut at noon."
        >>> context(text, 21, 41, width=12)
        ('…all night. ', 'The river rose fast.', ' Roads shut…')
    """
    low, high = max(0, start - width), min(len(text), end + width)
    if low > 0 and not text[low - 1].isspace():  # inside a word: go on to the next one
        space = _SPACE.search(text, low, start)
        low = space.end() if space else start
    if high < len(text) and not text[high].isspace():  # back to the last word's end
        spaces = [found.start() for found in _SPACE.finditer(text, end, high)]
        high = spaces[-1] if spaces else end
    before = text[low:start] if low == 0 else "…" + text[low:start].lstrip()
    after = text[end:high] if high == len(text) else text[end:high].rstrip() + "…"
    return before, text[start:end], after


def agreement(claims: Iterable[Claim], sources: Sequence[str]) -> list[list[int]]:
    """Count, for each pair of sources, the claims both make (the diagonal: each one's claims).

    Example:
        >>> from summarize.records import Claim, Sentence
        >>> s = Sentence("a", 0, 0, 3, "Hi.")
        >>> claims = [Claim(sentence=s, support=(s,), sources=src, score=1.0)
        ...           for src in (("A", "B"), ("A",), ("B", "C"))]
        >>> agreement(claims, ["A", "B", "C"])
        [[2, 1, 0], [1, 2, 1], [0, 1, 1]]
    """
    position = {source: n for n, source in enumerate(sources)}
    counts = [[0] * len(sources) for _ in sources]
    for claim in claims:
        present = sorted({position[s] for s in claim.sources if s in position})
        for row in present:
            for column in present:
                counts[row][column] += 1
    return counts


def stylesheet(sources: int) -> str:
    r"""Return the page's stylesheet: :data:`STYLE` and a colour class per source (``.s0``, ...).

    Example:
        >>> stylesheet(2).endswith(".s0{--src:#8cc4ff}.s1{--src:#ffb08f}}\n")
        True
    """
    colours = source_colours(sources)
    light = "".join(f".s{n}{{--src:{pair[0]}}}" for n, pair in enumerate(colours))
    dark = "".join(f".s{n}{{--src:{pair[1]}}}" for n, pair in enumerate(colours))
    return f"{STYLE}{light}\n@media (prefers-color-scheme:dark){{{dark}}}\n"


# The page loads nothing: no fonts, images or scripts from anywhere, and its
# Content-Security-Policy (see summarize.render.html.to_html) allows exactly this
# stylesheet and this script, by hash.
STYLE = """
:root{color-scheme:light dark;--bg:#f6f6f3;--fg:#1c1e22;--muted:#5a606b;--card:#fff;
--line:#dcdee3;--soft:#eef0f3;--accent:#1d5fa6;--accent-fg:#fff;--mark:#ffe98a;--mark-fg:#1c1e22;
--warn:#b2401a;--warn-soft:#fdf0ea;--src-fg:#fff;--ink4:var(--fg);--ink5:#fff;
--shadow:0 1px 2px rgb(0 0 0/.06)}
@media (prefers-color-scheme:dark){:root{--bg:#14161a;--fg:#e6e8ec;--muted:#a4aab5;
--card:#1d2026;--line:#353a44;--soft:#262a31;--accent:#8cc4ff;--accent-fg:#111;--mark:#6b5800;
--mark-fg:#fff7d1;--warn:#ffb08f;--warn-soft:#2e221d;--src-fg:#111;--ink4:#111;--ink5:#111;--shadow:none}}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);
font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:74rem;margin:0 auto;padding:1.5rem 1rem 4rem}
a{color:var(--accent)}
h1{font-size:1.9rem;line-height:1.2;margin:.2rem 0 .4rem;overflow-wrap:anywhere}
h2{font-size:1.3rem;margin:2.6rem 0 .3rem}
h3{font-size:1.02rem;margin:0 0 .5rem;overflow-wrap:anywhere}
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:.75rem;color:var(--muted);margin:0}
.lede,.note,.count{color:var(--muted);margin:.2rem 0 1rem}
.count{font-size:.85rem;margin:0}
nav ul,.legend,.badges,.claims,.support,.quotes,.exclusive-list{list-style:none;margin:0;padding:0}
nav ul{display:flex;flex-wrap:wrap;gap:.4rem;margin:1rem 0}
nav a{display:inline-block;padding:.25rem .7rem;border:1px solid var(--line);border-radius:999px;
text-decoration:none;font-size:.88rem;background:var(--card)}
.legend{display:flex;flex-wrap:wrap;gap:.4rem .9rem;font-size:.88rem;color:var(--muted)}
.badge{display:inline-block;background:var(--src);color:var(--src-fg);border-radius:999px;
padding:.05rem .55rem;font-size:.78rem;font-weight:600;line-height:1.5;white-space:nowrap;
max-width:100%;overflow:hidden;text-overflow:ellipsis;vertical-align:middle}
.card{background:var(--card);border:1px solid var(--line);border-radius:.7rem;
box-shadow:var(--shadow)}
.claims{display:grid;gap:.75rem;counter-reset:claim}
.claim{padding:.9rem 1rem}
.toggle{all:unset;box-sizing:border-box;display:flex;gap:.75rem;width:100%;cursor:pointer;
font-size:1.06rem;line-height:1.45;font-weight:560}
.toggle:focus-visible,.toggle-all:focus-visible{outline:3px solid var(--accent);outline-offset:3px;
border-radius:.3rem}
.rank{flex:none;display:grid;place-items:center;width:1.8rem;height:1.8rem;border-radius:50%;
background:var(--soft);font-size:.85rem;font-weight:700}
.claim-text{flex:1;min-width:0;overflow-wrap:anywhere}
.chev{flex:none;width:.6rem;height:.6rem;margin:.45rem .2rem 0;border:solid var(--muted);
border-width:0 2px 2px 0;transform:rotate(45deg);transition:transform .15s}
[aria-expanded=true] .chev{transform:rotate(225deg);margin-top:.7rem}
.meta{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem .8rem;margin:.55rem 0 0 2.55rem}
.badges{display:flex;flex-wrap:wrap;gap:.3rem}
.share{display:flex;align-items:center;gap:.5rem;font-size:.85rem;color:var(--muted)}
.bar{display:flex;gap:2px;width:6.5rem;height:.55rem}
.bar i{flex:1;border-radius:2px;background:var(--line)}
.bar i.on{background:var(--accent)}
.more{margin:.8rem 0 0 2.55rem;padding-top:.8rem;border-top:1px dashed var(--line)}
.support{display:grid;gap:.7rem}
.support li{display:grid;gap:.25rem}
blockquote{margin:0;padding:.15rem 0 .15rem .8rem;border-left:3px solid var(--src,var(--line));
font-family:ui-serif,Georgia,"Times New Roman",serif;font-size:.97rem;overflow-wrap:anywhere}
.ctx{color:var(--muted)}
mark{background:var(--mark);color:var(--mark-fg);border-radius:.2rem;padding:0 .1rem}
.ctx mark{color:var(--mark-fg)}
.quotes{margin-top:.3rem;display:grid;gap:.4rem}
.more .kicker{margin-top:.9rem}
.quotes li{font-style:italic}
.quotes cite,.quotes .badge{font-style:normal}
.quotes cite{font-weight:600}
.quotes .anon{font-weight:400;color:var(--muted)}
.para{color:var(--muted);opacity:.6;font-family:system-ui,sans-serif}
.toggle-all{font:inherit;font-size:.85rem;padding:.3rem .8rem;border:1px solid var(--line);
border-radius:999px;background:var(--card);color:var(--fg);cursor:pointer;margin-bottom:.8rem}
.differ{display:grid;gap:.9rem}
.disagreement{padding:1rem;border-left:4px solid var(--warn)}
.disagreement h3::before{content:"\\2260  ";color:var(--warn)}
.differ.unsure .disagreement{border-left-style:dashed;opacity:.85}
.differ.unsure .disagreement h3::before{content:"?  "}
.versions{list-style:none;margin:0;padding:0;display:grid;gap:.7rem;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr))}
.version{background:var(--warn-soft);border-radius:.5rem;padding:.7rem .8rem;display:grid;
gap:.35rem;align-content:start}
.version blockquote{font-size:.92rem}
.value{font-size:1.3rem;font-weight:700;line-height:1.2;overflow-wrap:anywhere}
.range{font-size:.8rem;color:var(--muted)}
.version mark{background:none;color:inherit;font-weight:700;padding:0;
box-shadow:inset 0 -.45em 0 var(--mark)}
.scale{display:grid;grid-template-columns:max-content 1fr;gap:.3rem .7rem;align-items:center;
margin:.3rem 0 1rem}
.scale .badge{justify-self:start}
.scale svg{display:block;width:100%;height:.7rem;overflow:visible}
.scale rect{fill:var(--src)}
.scale line{stroke:var(--line);stroke-width:1;vector-effect:non-scaling-stroke}
.scale p{display:flex;justify-content:space-between;margin:0;font-size:.75rem;color:var(--muted)}
.columns{display:grid;gap:.8rem;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr))}
.columns .column{font-size:.93rem;padding:.8rem .85rem}
.column{padding:.9rem 1rem;border-top:4px solid var(--src)}
.column ol{margin:.6rem 0 0;padding-left:1.2rem;display:grid;gap:.55rem}
.column h3{font-size:.98rem}
.tag{display:inline-block;font-size:.72rem;font-weight:700;text-transform:uppercase;
letter-spacing:.05em;padding:0 .35rem;border-radius:.25rem;border:1px solid currentColor;
color:var(--muted);text-decoration:none;margin-left:.3rem;white-space:nowrap}
.tag.only{color:var(--warn)}
.exclusives{display:grid;gap:.9rem;align-items:start;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr))}
.exclusive-list{display:grid;gap:.5rem}
.exclusive-list li{padding-left:.8rem;border-left:3px solid var(--src)}
.byline{font-size:.85rem;color:var(--muted);margin:0;overflow-wrap:anywhere}
.matrix-wrap{overflow-x:auto;max-width:100%}
table{border-collapse:separate;border-spacing:3px;font-size:.9rem}
caption{caption-side:bottom;text-align:left;color:var(--muted);font-size:.82rem;padding-top:.5rem}
th{font-weight:600;text-align:right;padding:0 .4rem}
thead th{vertical-align:bottom;text-align:left;padding:.3rem 0}
thead th .badge{writing-mode:vertical-rl;transform:rotate(180deg);padding:.55rem .05rem;
max-height:9rem}
td{width:2.6rem;height:2.6rem;text-align:center;border-radius:.35rem;font-variant-numeric:tabular-nums;
background:color-mix(in srgb,var(--accent) var(--heat),var(--card))}
td.self{outline:2px solid var(--fg);outline-offset:-2px}
.h0{--heat:0%}.h1{--heat:14%}.h2{--heat:28%}.h3{--heat:42%}.h4{--heat:66%;color:var(--ink4)}
.h5{--heat:88%;color:var(--ink5);font-weight:700}
.agree{display:flex;flex-wrap:wrap;gap:1rem 2.5rem;align-items:flex-start}
.pairs{list-style:none;margin:0;padding:0;display:grid;gap:.6rem;font-size:.92rem}
footer{margin-top:3rem;color:var(--muted);font-size:.8rem}
@media (max-width:40rem){main{padding:1rem .8rem 3rem}h1{font-size:1.5rem}
.meta,.more{margin-left:0}.claim{padding:.8rem}.toggle{font-size:1rem}}
@media print{.more[hidden]{display:block!important}.toggle-all,nav{display:none}
.card{box-shadow:none;break-inside:avoid}}
"""

SCRIPT = """
(function () {
  "use strict";
  function all(scope, selector) {
    return Array.prototype.slice.call(scope.querySelectorAll(selector));
  }
  function show(button, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    document.getElementById(button.getAttribute("aria-controls")).hidden = !open;
  }
  all(document, "[data-toggle]").forEach(function (button) {
    show(button, false);
    button.addEventListener("click", function () {
      show(button, button.getAttribute("aria-expanded") !== "true");
    });
  });
  all(document, "[data-all]").forEach(function (each) {
    var toggles = all(each.closest("[data-digest]") || document, "[data-toggle]");
    if (!toggles.length) { return; }
    each.hidden = false;
    each.addEventListener("click", function () {
      var open = each.getAttribute("aria-pressed") !== "true";
      each.setAttribute("aria-pressed", open ? "true" : "false");
      each.textContent = open ? "Collapse all" : "Expand all";
      toggles.forEach(function (button) { show(button, open); });
    });
  });
})();
"""
