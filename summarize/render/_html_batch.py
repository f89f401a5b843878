"""The HTML of many digests: one page with an index of the stories, or an index of pages.

In render/, for :mod:`summarize.render._batch`: each story is the markup of
:func:`~summarize.render.html.parts`, its ids prefixed with the story's name
(``flood/claim-2``) and its headings one level down, under an index that links to it.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .html import document, parts

if TYPE_CHECKING:
    from ..digest import Digest
    from ._batch import Entry

__all__ = ["BATCH_STYLE", "index_page", "story_page"]

# The story's headings sit one level down: its title an h2, its sections h3, cards h4.
BATCH_STYLE = """
.index{list-style:none;margin:1.2rem 0 0;padding:0;display:grid;gap:.6rem;counter-reset:story}
nav .index a{display:grid;grid-template-columns:auto 1fr;gap:.1rem .8rem;padding:.75rem 1rem;
color:inherit;text-decoration:none;border:0;border-radius:.7rem;background:none;font-size:1rem}
.index a:hover .name,.index a:focus-visible .name{text-decoration:underline}
.index a:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:.7rem}
.index .rank{grid-row:span 4}
.index .headline{font-weight:600;overflow-wrap:anywhere}
.index .name{font-weight:650;color:var(--accent);overflow-wrap:anywhere}
.index .count{margin:0}
.index .first{color:var(--muted);font-size:.9rem;overflow:hidden;display:-webkit-box;
-webkit-line-clamp:2;-webkit-box-orient:vertical}
.story{margin-top:3.5rem;padding-top:1.5rem;border-top:3px solid var(--line)}
.story h2.title{font-size:1.7rem;line-height:1.2;margin:.2rem 0 .4rem;overflow-wrap:anywhere}
.story h3.sec{font-size:1.25rem;margin:2.4rem 0 .3rem}
.story h4{font-size:1.02rem;margin:0 0 .5rem;overflow-wrap:anywhere}
.story .column h4{font-size:.98rem}
.story .disagreement h4::before{content:"\\2260  ";color:var(--warn)}
.back{margin:2rem 0 0;font-size:.9rem}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def story_page(digest: Digest, name: str, position: int) -> str:
    """The ``position``-th story of a batch page: its digest's sections, at the anchor ``name``."""
    kicker = f'Story {position} · <a href="#contents">all stories</a>'
    title, body, _ = parts(digest, prefix=f"{name}/", depth=1, kicker=kicker)
    return (
        f'<article class="story" id="{_e(name)}" data-digest data-story '
        f'aria-label="{_e(title)}">\n{body}\n'
        '<p class="back"><a href="#contents">Back to the index</a></p></article>'
    )


def _listing(entries: Sequence[Entry], files: str | None) -> str:
    items = []
    for number, entry in enumerate(entries, start=1):
        target = f"{entry.name}{files}" if files else f"#{entry.name}"
        first = f'<span class="first">{_e(entry.first)}</span>' if entry.first else ""
        headline = f'<span class="headline">{_e(entry.headline)}</span>' if entry.headline else ""
        items.append(
            f'<li class="card" data-entry><a href="{_e(target)}"><span class="rank">{number}</span>'
            f'<span class="name">{_e(entry.title)}</span>{headline}'
            f'<span class="count">{_e(entry.summary)}</span>{first}</a></li>'
        )
    return f'<ol class="index">{"".join(items)}</ol>'


def index_page(
    entries: Sequence[Entry], stories: Iterable[str], *, sources: int, files: str | None = None
) -> str:
    """The batch as one page: the index of its stories, then each story.

    Args:
        entries: The stories, in output order.
        stories: The markup of each story (see :func:`story_page`); none for an index
            of pages.
        sources: The most sources one story has (one colour each).
        files: Link each entry to the file of its name with this suffix (``.html``),
            not to a story of the page.
    """
    count = f"{len(entries)} {'story' if len(entries) == 1 else 'stories'}"
    title = f"Digests of {count}"
    header = (
        f'<header id="contents"><p class="kicker">Story digests</p><h1>{count}</h1>'
        '<p class="lede">In input order, each with its counts and its first claim.</p>'
        f'<nav aria-label="Stories">{_listing(entries, files)}</nav></header>'
    )
    body = "\n".join([header, *stories])
    return document(title, body, sources=sources, style=BATCH_STYLE)
