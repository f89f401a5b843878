"""The digest as one self-contained HTML page, to read in any browser, offline.

In render/, the last stage: :func:`to_html` writes a finished digest (claims/ chosen,
analysis/ done) as a page whose style and script come from
:mod:`summarize.render._html_assets`.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from typing import TYPE_CHECKING

from ..records import Article, Claim, Disagreement, Exclusive, Sentence, SourceSummary, Version
from ._common import LINKABLE, empty_note, plural, quoted_speakers, story_title, support_note
from ._html_assets import SCRIPT, agreement, context, stylesheet
from ._html_assets import tag as _tag
from ._labels import Sources, source_labels

if TYPE_CHECKING:
    from ..digest import Digest

__all__ = ["document", "parts", "to_html"]

_OPEN = 1e300  # a bound this large is open: "at least 15" is written as 15 to the largest float
_LARGE = ((1e12, " trillion"), (1e9, " billion"), (1e6, " million"))
_PARAGRAPH = re.compile(r"\s*\n\s*")
_SECTIONS = {"claims": "Claims", "differ": "Sources differ", "exclusives": "Only one source",
             "sources": "Each source", "agreement": "Agreement"}  # fmt: skip


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _text(text: str) -> str:
    """Escape article text and mark where its paragraphs break."""
    return _PARAGRAPH.sub(' <span class="para">¶</span> ', _e(text))


def _key(sentence: Sentence) -> tuple[str, int, int]:
    return sentence.article, sentence.start, sentence.end


def _number(value: float) -> str:
    """A figure for display: ``25,000``, ``21.6``, ``38.5 million``."""
    size, word = next(((s, w) for s, w in _LARGE if abs(value) >= s), (1.0, ""))
    return f"{value / size:,.2f}".rstrip("0").rstrip(".") + word


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


class _Page:
    """The sections of one page, and what they share: labels, colours, texts.

    Every piece of article text is escaped. Elements carry data attributes a test
    can count: ``data-claim``, ``data-badge`` (a source badge of a claim),
    ``data-support``, ``data-quote``, ``data-disagreement``, ``data-version``,
    ``data-exclusive``, ``data-source`` and ``data-sentence``.
    """

    def __init__(
        self, digest: Digest, *, prefix: str = "", depth: int = 0, kicker: str = "Story digest"
    ) -> None:
        self.digest = digest
        self.kicker = kicker  # markup above the title
        self.p = prefix  # before every id, to keep the digests of one page apart
        self.depth = depth  # heading levels below those of a page of its own
        named = [a.source for a in digest.articles] + [s for c in digest.merged for s in c.sources]
        self.sources = list(dict.fromkeys(named))
        self.colour = {source: n for n, source in enumerate(self.sources)}
        self.label = source_labels(digest.articles)
        self.text = {article.id: article.text for article in digest.articles}
        self.source_of = {article.id: article.source for article in digest.articles}
        self.claim_of = {_key(s): n for n, c in enumerate(digest.merged, 1) for s in c.support}
        self.only = {_key(c.sentence) for x in digest.exclusives for c in x.claims}
        # The title shown for each article: its own, else the headline its text opens with.
        self.titled = Sources(digest.articles, digest.headlines).titles
        self.title = digest.id or story_title(digest) or "Summary"
        # One source compares nothing: no counts of sources, agreement or exclusives.
        self.alone = len({a.source for a in digest.articles}) == 1
        self.single = len(digest.articles) == 1  # and one article is its own summary

    def h(self, level: int) -> str:
        """The tag of a heading of this level (1: the story's title)."""
        return f"h{level + self.depth}"

    def section(self, anchor: str, title: str, note: str, body: str) -> str:
        key, h = f"{self.p}{anchor}", self.h(2)
        return (
            f'<section id="{key}" aria-labelledby="{key}-h"><{h} class="sec" id="{key}-h">'
            f'{title}</{h}><p class="note">{note}</p>{body}</section>'
        )

    def src(self, source: str) -> str:
        """The class that gives an element its source's colour."""
        return f"s{self.colour.get(source, 0)}"

    def badge(self, source: str, *, counted: bool = False) -> str:
        label, data = _e(self.label.get(source, source)), source if counted else None
        return _tag(
            "span", label, class_=f"badge {self.src(source)}", title=source, data_badge=data
        )

    def speaker(self, name: str | None, role: str | None = None) -> str:
        if not name:
            return '<cite class="anon">speaker not named</cite>'
        title = f', <span class="role">{_e(role)}</span>' if role else ""
        return f"<cite>{_e(name)}{title}</cite>"

    def quoting(self, claim: Claim) -> str:
        """Who the claim quotes, each once with their role: " — <cite>...</cite>", or ""."""
        named = quoted_speakers(claim)
        return "".join(f" \u2014 {self.speaker(name, role)}" for name, role in named)

    def shown(self) -> list[str]:
        """The anchors of the sections the page shows, in order."""
        if not self.alone:
            return list(_SECTIONS)
        differ = ["differ"] if self.digest.disagreements else []
        return ["claims", *differ] + ([] if self.single else ["sources"])

    def header(self) -> str:
        d = self.digest
        counts = [plural(len(d.articles), "article")]
        if not self.alone:
            counts.append(plural(len(self.sources), "source"))
        counts.append(plural(len(d.merged), "point" if self.single else "claim"))
        if not self.alone or d.disagreements:
            counts.append(plural(len(d.disagreements), "disagreement"))
        legend = "".join(
            f"<li>{self.badge(s)} {plural(sum(a.source == s for a in d.articles), 'article')}</li>"
            for s in self.sources
        )
        if self.single:  # the article itself: its title, unless it is the page's, date and link
            article = d.articles[0]
            title = self.titled[article.id]
            shown = [_e(title)] if title and title != self.title else []
            shown += [self.byline(article)] if self.byline(article) else []
            legend = f"<li>{self.badge(article.source)} {' · '.join(shown)}</li>"
        shown = self.shown()
        nav = "".join(f'<li><a href="#{self.p}{key}">{_SECTIONS[key]}</a></li>' for key in shown)
        nav = f'<nav aria-label="Sections"><ul>{nav}</ul></nav>' if len(shown) > 1 else ""
        h = self.h(1)
        return (
            f'<header><p class="kicker">{self.kicker}</p><{h} class="title">{_e(self.title)}</{h}>'
            f'<p class="lede">{" · ".join(counts)}</p>{self.skipped()}'
            f'<ul class="legend" aria-label="Sources">{legend}</ul>{nav}</header>'
        )

    def skipped(self) -> str:
        """The articles left out as not news, with the reasons, under the counts."""
        items = "".join(
            f"<li>{self.badge(x.source)} {_e(x.article)}: {_e(x.reason)}</li>"
            for x in self.digest.skipped
        )
        label = "Left out: not news"
        return f'<ul class="note skipped" aria-label="{label}">{items}</ul>' if items else ""

    def in_context(self, sentence: Sentence) -> str:
        """The sentence highlighted in a snippet of its article, with its source."""
        source = self.source_of[sentence.article]
        before, span, after = context(self.text[sentence.article], sentence.start, sentence.end)
        quote = f"{_text(before)}<mark>{_text(span)}</mark>{_text(after)}"
        return (
            f'<li class="{self.src(source)}" data-support><div>{self.badge(source)}</div>'
            f'<blockquote class="ctx">{quote}</blockquote></li>'
        )

    def claim(self, n: int, claim: Claim) -> str:
        total, count = len(self.sources), claim.source_count
        badges = "".join(f"<li>{self.badge(s, counted=True)}</li>" for s in claim.sources)
        bar = '<i class="on"></i>' * count + "<i></i>" * (total - count)
        quotes = "".join(
            f"<li data-quote><q>{_e(q.text)}</q> — {self.speaker(q.speaker, q.role)} "
            f"{self.badge(self.source_of.get(q.article, q.article))}</li>"
            for q in claim.quotes
        )
        support = "".join(self.in_context(s) for s in claim.support)
        share = (
            f'<span class="share"><span class="bar" aria-hidden="true">{bar}</span>'
            f"{support_note(claim, total)}</span>"
        )
        if self.alone:  # no share of one source; the articles that state it, when several
            many = len(claim.support) > 1
            share = f'<span class="share">{len(claim.support)} articles</span>' if many else ""
        badges = f'<ul class="badges" aria-label="Sources">{badges}</ul>'
        meta = f'<div class="meta">{badges}{share}</div>'
        return (
            f'<li class="card claim" id="{self.p}claim-{n}" data-claim="{n}">'
            f'<button type="button" class="toggle" data-toggle aria-expanded="true" '
            f'aria-controls="{self.p}claim-{n}-more"><span class="rank">{n}</span>'
            f'<span class="claim-text">{_e(claim.text)}</span>'
            '<span class="chev" aria-hidden="true"></span></button>'
            + ("" if self.single else meta)  # one article: its source is the page's
            + f'<div class="more" id="{self.p}claim-{n}-more">'
            f'<ol class="support" aria-label="Where the sources say it">{support}</ol>'
            + (f'<p class="kicker">Quoted</p><ul class="quotes">{quotes}</ul>' if quotes else "")
            + "</div></li>"
        )

    def claims(self) -> str:
        items = "".join(self.claim(n, c) for n, c in enumerate(self.digest.merged, 1))
        heading = "What the article says" if self.single else "What the sources say"
        if not items:
            return self.section("claims", heading, _e(empty_note(self.digest)), "")
        expand = (
            f'<button type="button" class="toggle-all" id="{self.p}toggle-all" data-all '
            'aria-pressed="false" hidden>Expand all</button>'
        )
        note = "Most important first; open a claim to read it where each source says it."
        if self.single:
            note = "Most important first; open a point to read it in the article."
        return self.section("claims", heading, note, f'{expand}<ol class="claims">{items}</ol>')

    def version(self, version: Version) -> str:
        s, value = version.sentence, version.value
        start, end = version.start - s.start, version.end - s.start
        exact = 0 <= start <= end <= len(s.text) and s.text[start:end] == value
        before, after = (s.text[:start], s.text[end:]) if exact else (s.text + " ", "")
        spread = f"from {_number(version.low)} to {_number(version.high)}"
        if version.high >= _OPEN:
            spread = f"{_number(version.low)} or more"
        return (
            f'<li class="version {self.src(version.source)}" data-version>'
            f'<div>{self.badge(version.source)}</div><span class="value">{_e(value)}</span>'
            + (f'<span class="range">{spread}</span>' if version.low != version.high else "")
            + f"<blockquote>{_text(before)}<mark>{_e(value)}</mark>{_text(after)}</blockquote></li>"
        )

    def disagreement(self, disagreement: Disagreement) -> str:
        versions = disagreement.versions
        bounds = [x for v in versions for x in (v.low, v.high) if abs(x) < _OPEN]
        low, high = min(bounds, default=0.0), max(bounds, default=0.0)

        def at(value: float) -> float:  # where a value sits on the scale, 2 to 97
            return (
                99.0 if value >= _OPEN else 2 + 95 * (max(value, low) - low) / ((high - low) or 1)
            )

        rows = "".join(  # per version: its source, and its range as a bar on a shared scale
            f'{self.badge(v.source)}<svg viewBox="0 0 100 10" preserveAspectRatio="none">'
            f'<line x1="0" x2="100" y1="5" y2="5"/><rect class="{self.src(v.source)}" y="1" '
            f'height="8" x="{at(v.low):.2f}" width="{max(at(v.high) - at(v.low), 1.2):.2f}"/></svg>'
            for v in versions
        )
        ends = f"<span></span><p><span>{_number(low)}</span><span>{_number(high)}</span></p>"
        cards = "".join(self.version(v) for v in versions)
        return (
            '<article class="card disagreement" data-disagreement>'
            f"<{self.h(3)}>{_e(disagreement.about)}</{self.h(3)}>"
            f'<div class="scale" aria-hidden="true">{rows}{ends}'
            f'</div><ul class="versions">{cards}</ul></article>'
        )

    def differences(self) -> str:
        sure = [d for d in self.digest.disagreements if d.certain]
        unsure = [d for d in self.digest.disagreements if not d.certain]
        cards = "".join(self.disagreement(d) for d in sure)
        note = "Figures for the same thing that do not agree, side by side."
        if not sure:
            note = "No figures of one claim differ between the sources."
        body = f'<div class="differ">{cards}</div>'
        if unsure:
            body += (
                '<h3 class="unsure">May differ</h3><p class="note">Figures that count alike '
                "things in sentences stating different claims, and days of one happening, "
                "which may be told in different places: they may not be of one thing."
                '</p><div class="differ unsure">'
                + "".join(self.disagreement(d) for d in unsure)
                + "</div>"
            )
        return self.section("differ", "Sources differ", note, body)

    def exclusive(self, item: Exclusive) -> str:
        claims = "".join(
            _tag(
                "li",
                _e(c.text) + self.quoting(c),
                class_=self.src(item.source),
                data_exclusive=item.source,
            )
            for c in item.claims
        )
        return (
            f'<article class="card column {self.src(item.source)}"><{self.h(3)}>'
            f'{self.badge(item.source)} <span class="tag only">only here</span></{self.h(3)}>'
            f'<ul class="exclusive-list">{claims}</ul></article>'
        )

    def exclusives(self) -> str:
        cards = "".join(self.exclusive(x) for x in self.digest.exclusives if x.claims)
        note = (
            "Claims no other source of the set makes, beyond those the merged summary shows."
            if cards
            else "No claim of one source beyond those the merged summary shows."
        )
        body = f'<div class="exclusives">{cards}</div>'
        return self.section("exclusives", "Only one source says", note, body)

    def column(self, summary: SourceSummary) -> str:
        article = self.digest.article(summary.article)
        sentences = []
        for scored in summary.sentences:
            key, tags = _key(scored.sentence), ""
            if key in self.claim_of:
                n = self.claim_of[key]
                tags += f'<a class="tag" href="#{self.p}claim-{n}">claim {n}</a>'
            if key in self.only:
                tags += '<span class="tag only">only here</span>'
            sentences.append(f"<li data-sentence>{_e(scored.text)}{tags}</li>")
        name = self.titled[article.id] or (article.id if article.id != article.source else "")
        reason = next((x.reason for x in self.digest.skipped if x.article == article.id), None)
        empty = f"Left out: {_e(reason)}." if reason else "None."
        listed = f"<ol>{''.join(sentences)}</ol>" if sentences else f'<p class="note">{empty}</p>'
        byline = self.byline(article)
        return (
            f'<article class="card column {self.src(summary.source)}" '
            f'data-source="{_e(summary.source)}"><{self.h(3)}>{self.badge(summary.source)} '
            f"{_e(name)}</{self.h(3)}>"
            + (f'<p class="byline">{byline}</p>' if byline else "")
            + f"{listed}</article>"
        )

    def byline(self, article: Article) -> str:
        """The article's date and link, as markup; empty when it has neither."""
        byline = [_e(article.published)] if article.published else []
        if article.url and LINKABLE.match(article.url):
            byline.append(f'<a href="{_e(article.url)}" rel="noreferrer">{_e(article.url)}</a>')
        elif article.url:
            byline.append(_e(article.url))
        return " · ".join(byline)

    def columns(self) -> str:
        columns = "".join(self.column(s) for s in self.digest.per_source)
        note = "The summary of each article, side by side."
        return self.section("sources", "Each source", note, f'<div class="columns">{columns}</div>')

    def matrix(self) -> str:
        counts = agreement(self.digest.merged, self.sources)
        most = max((max(row) for row in counts), default=0) or 1
        head = "".join(f'<th scope="col">{self.badge(s)}</th>' for s in self.sources)
        rows = []
        for i, (source, row) in enumerate(zip(self.sources, counts, strict=True)):
            cells = "".join(
                _tag("td", str(count), class_=f"h{-(-5 * count // most)}" + " self" * (i == j),
                     title=f"{source} and {other}: {plural(count, 'claim')}")
                for j, (other, count) in enumerate(zip(self.sources, row, strict=True))
            )  # fmt: skip
            rows.append(f'<tr><th scope="row">{self.badge(source)}</th>{cells}</tr>')
        caption = "Claims each pair of sources shares; the diagonal: each one's own."
        table = (
            f"<table><caption>{caption}</caption><thead><tr><td></td>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
        body = (
            f'<div class="agree"><div class="matrix-wrap">{table}</div>{self.pairs(counts)}</div>'
        )
        note = "How many claims of the summary the sources make together; darker means more."
        return self.section("agreement", "Agreement", note, body)

    def body(self) -> str:
        """Every section of the digest, in order, its header first."""
        make = {"claims": self.claims, "differ": self.differences, "exclusives": self.exclusives,
                "sources": self.columns, "agreement": self.matrix}  # fmt: skip
        return "\n".join([self.header(), *(make[key]() for key in self.shown())])

    def pairs(self, counts: list[list[int]]) -> str:
        """The pairs of sources that share the most claims, and the sources that share none."""
        n = len(self.sources)
        shared = sorted(
            ((counts[i][j], i, j) for i in range(n) for j in range(i + 1, n) if counts[i][j]),
            key=lambda item: -item[0],
        )
        lines = [
            f"<li>{self.badge(self.sources[i])} and {self.badge(self.sources[j])} "
            f"share {plural(count, 'claim')}</li>"
            for count, i, j in shared[:3]
        ]
        alone = [
            self.badge(s) for i, s in enumerate(self.sources) if sum(counts[i]) == counts[i][i]
        ]
        if alone:
            verb = "shares" if len(alone) == 1 else "share"
            lines.append(f"<li>{' '.join(alone)} {verb} no claim with another source</li>")
        return f'<ul class="pairs">{"".join(lines)}</ul>' if lines else ""


def to_html(digest: Digest) -> str:
    """Render the digest as one self-contained HTML page.

    Sections, in order: a header (the story, its counts and a legend of sources,
    each with a colour and a short label), the merged claims (each opens onto its
    supporting sentences in context and its quotes), "Sources differ" (figures that
    disagree, side by side), claims only one source makes, each source's summary
    in columns, and a heat map of how many claims each pair of sources shares. A
    digest of one source compares nothing: no count of sources, no exclusives, no
    heat map (and "Sources differ" only if it holds a disagreement); a digest of one
    article shows its points, its date and link in the header, and no columns.

    The page loads nothing: the stylesheet and the one script are inline, fonts
    are the system's, and a Content-Security-Policy allows exactly those two by
    hash, so a browser refuses anything else. Every piece of article text is
    escaped, and elements carry data attributes a test can count (see ``_Page``).

    Example:
        >>> from summarize import summarize
        >>> digest = summarize(["Rain fell on Monday. Roads shut across the city.",
        ...                     "On Monday rain fell."])
        >>> page = to_html(digest)
        >>> page.startswith("<!DOCTYPE html>"), page.count("data-claim=")
        (True, 2)
    """
    title, body, sources = parts(digest)
    return document(title, body, sources=sources)


def parts(
    digest: Digest, *, prefix: str = "", depth: int = 0, kicker: str = "Story digest"
) -> tuple[str, str, int]:
    """The parts of a digest's page: its title, the markup of its sections, its number of sources.

    Args:
        digest: The digest.
        prefix: Put before every id of the markup (to keep several digests of one page apart).
        depth: Put every heading this many levels lower.
        kicker: The line above the title, as markup.
    """
    page = _Page(digest, prefix=prefix, depth=depth, kicker=kicker)
    return page.title, page.body(), len(page.sources)


def document(title: str, body: str, *, sources: int, style: str = "") -> str:
    """A whole page around ``body``: its policy, stylesheet (plus ``style``) and script.

    Args:
        title: The page's title (escaped here).
        body: The markup inside ``<main>``.
        sources: The most sources one digest of the page has (one colour each).
        style: More rules for the stylesheet.
    """
    css = stylesheet(sources) + style
    policy = (
        f"default-src 'none'; style-src {_hash(css)}; script-src {_hash(SCRIPT)}; "
        "base-uri 'none'; form-action 'none'"
    )
    footer = "Made with summarize. Every sentence is quoted as its source wrote it."
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
        f'<main id="top" data-digest>\n{body}\n<footer>{footer}</footer>\n</main>\n'
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
