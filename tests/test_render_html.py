"""The HTML page: one self-contained document that loads nothing, checked as text and in Chromium.

The browser tests drive the system's Chromium through Playwright (never a browser
Playwright downloads). Where it is missing they are skipped, except under ``CI=true``
where they fail, so that CI cannot pass without running them.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
import shutil
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import summarize
from summarize.digest import Digest
from summarize.options import Options
from summarize.records import (
    Article,
    Claim,
    Disagreement,
    Exclusive,
    Quote,
    ScoredSentence,
    Sentence,
    SourceSummary,
    Version,
)
from summarize.render import render_batch
from summarize.render._html_assets import SCRIPT, agreement, context, source_colours
from summarize.render.html import to_html

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
EXAMPLE = ROOT / "examples" / "data" / "harbour-bridge"

# A story written for these tests: four outlets on a ferry that ran aground.
STORY = {
    "tide": (
        "Harbour Times",
        "Ferry runs aground off Kessel Point\n\nThe passenger ferry Merrow ran aground off "
        "Kessel Point on Sunday evening, the coastguard said. All 212 passengers were taken "
        'off by lifeboat before midnight. "The crew did everything right," Captain Ilse Marr '
        "said. The cause of the grounding is not yet known. Tugs will try to refloat the ship "
        "at high tide on Tuesday.",
    ),
    "radio": (
        "Coast Radio",
        "The ferry Merrow hit rocks near Kessel Point on Sunday night. Nearly 250 people were "
        "on board, a harbour official said. Lifeboats brought everyone ashore by midnight. "
        '"It was frightening, but nobody panicked," said passenger Tom Ede. Fuel is leaking '
        "from a damaged tank.",
    ),
    "wire": (
        "Northern Wire",
        "NORTH HAVEN (Northern Wire) - A ferry carrying 212 passengers ran aground near Kessel "
        "Point late on Sunday. The coastguard said no one was hurt. Fuel is leaking from the "
        "hull, according to the port authority, which has laid booms. Salvage crews plan to "
        "refloat the vessel on Tuesday.",
    ),
    "ledger": (
        "The Ledger",
        "Questions over ferry route\n\nThe owner of the Merrow, Tidewater Lines, changed the "
        "route last spring to save time. Critics said the new course passed too close to the "
        "reef off Kessel Point. Tidewater said 15 sailings a week use the route.",
    ),
}
ARTICLES = tuple(
    Article(id=key, text=text, source=source, title=None if key != "ledger" else "Route questions")
    for key, (source, text) in STORY.items()
)
TEXTS = {article.id: article.text for article in ARTICLES}


def _sentence(article: str, words: str) -> Sentence:
    """The sentence of ``article`` that starts with ``words`` (up to its full stop)."""
    text = TEXTS[article]
    start = text.index(words)
    end = text.index(".", start + len(words) - 1) + 1
    end += text[end : end + 1] == '"'
    index = text[:start].count(". ")
    return Sentence(article=article, index=index, start=start, end=end, text=text[start:end])


def _claim(*sentences: Sentence, score: float, quotes: tuple[Quote, ...] = ()) -> Claim:
    sources = tuple(dict.fromkeys(STORY[s.article][0] for s in sentences))
    return Claim(
        sentence=sentences[0],
        support=sentences,
        sources=sources,
        score=score,
        share=len(sources) / len(STORY),
        quotes=quotes,
    )


def _quote(article: str, words: str, speaker: str | None) -> Quote:
    start = TEXTS[article].index(words)
    return Quote(text=words, speaker=speaker, article=article, start=start, end=start + len(words))


def _version(article: str, value: str, low: float, high: float, sentence: str) -> Version:
    start = TEXTS[article].index(value)
    return Version(
        source=STORY[article][0],
        article=article,
        value=value,
        low=low,
        high=high,
        start=start,
        end=start + len(value),
        sentence=_sentence(article, sentence),
    )


def story_digest() -> Digest:
    """A digest built by hand, with every part the page shows."""
    captain = _quote("tide", "The crew did everything right,", "Captain Ilse Marr")
    passenger = _quote("radio", "It was frightening, but nobody panicked,", "Tom Ede")
    aground = _claim(
        _sentence("tide", "The passenger ferry"),
        _sentence("radio", "The ferry Merrow hit"),
        _sentence("wire", "NORTH HAVEN"),
        score=0.9,
    )
    rescued = _claim(
        _sentence("tide", "All 212"), _sentence("radio", "Lifeboats brought"), score=0.7
    )
    fuel = _claim(_sentence("radio", "Fuel is leaking"), _sentence("wire", "Fuel is"), score=0.6)
    refloat = _claim(_sentence("tide", "Tugs will"), _sentence("wire", "Salvage"), score=0.5)
    crew = _claim(_sentence("tide", '"The crew'), score=0.4, quotes=(captain,))
    calm = _claim(_sentence("radio", '"It was'), score=0.35, quotes=(passenger,))
    route = _claim(_sentence("ledger", "The owner"), score=0.3)
    critics = _claim(_sentence("ledger", "Critics said"), score=0.25)
    per_source = tuple(
        SourceSummary(
            article=key,
            source=STORY[key][0],
            sentences=tuple(ScoredSentence(_sentence(key, words), 1.0 / n) for n, words in pick),
        )
        for key, pick in {
            "tide": [(1, "The passenger ferry"), (2, "All 212"), (3, '"The crew')],
            "radio": [(1, "The ferry Merrow hit"), (2, "Nearly 250"), (3, "Fuel is leaking")],
            "wire": [(1, "NORTH HAVEN"), (2, "The coastguard said no")],
            "ledger": [(1, "The owner"), (2, "Critics said")],
        }.items()
    )
    aboard = Disagreement(
        about="people on board",
        versions=(
            _version("tide", "212", 212.0, 212.0, "All 212"),
            _version("radio", "Nearly 250", 225.0, 250.0, "Nearly 250"),
            _version("wire", "212", 212.0, 212.0, "NORTH HAVEN"),
        ),
    )
    return Digest(
        articles=ARTICLES,
        per_source=per_source,
        merged=(aground, rescued, fuel, refloat, crew, route),
        options=Options(merged=6),
        id="ferry-aground",
        disagreements=(aboard,),
        exclusives=(
            Exclusive(source="Harbour Times", article="tide", claims=(crew,)),
            Exclusive(source="Coast Radio", article="radio", claims=(calm,)),
            Exclusive(source="The Ledger", article="ledger", claims=(route, critics)),
        ),
        quotes=(captain, passenger),
    )


def hostile_digest() -> Digest:
    """Scraped text that tries to become markup, and a URL that tries to become a script."""
    text = (
        'Breaking <script>window.pwned = 1</script> "><img src=x onerror="window.pwned=2"> news. '
        "A second sentence & more </textarea></style></title>."
    )
    first, second = text.index("Breaking"), text.index("A second")
    one = Sentence("x<y", 0, first, second - 1, text[first : second - 1])
    two = Sentence("x<y", 1, second, len(text), text[second:])
    article = Article(
        id="x<y",
        text=text,
        source='<b onmouseover="window.pwned=3">Evil</b>',
        title="</title><script>window.pwned=4</script>",
        url="javascript:window.pwned=5",
    )
    claim = Claim(sentence=one, support=(one,), sources=(article.source,), score=1.0, share=0.5)
    summary = SourceSummary(article.id, article.source, (ScoredSentence(two, 1.0),))
    calm = Article(id="calm", text="Calm news.", source="Calm")  # a set: every section shows
    calm_summary = SourceSummary(
        "calm", "Calm", (ScoredSentence(Sentence("calm", 0, 0, 10, "Calm news."), 1.0),)
    )
    return Digest(
        articles=(article, calm),
        per_source=(summary, calm_summary),
        merged=(claim,),
        options=Options(),
        id="<script>window.pwned=6</script>",
        exclusives=(Exclusive(source=article.source, article=article.id, claims=(claim,)),),
    )


def batch_digests() -> list[Digest]:
    """The stories of a batch page: the ferry, the example, a hostile one, the ferry again."""
    example = summarize.summarize(summarize.load_articles(EXAMPLE), id="Garrow Bridge collapse")
    ferry = attrs.evolve(story_digest(), id="Ferry aground")
    return [ferry, example, hostile_digest(), ferry]


# Plain text checks -------------------------------------------------------------------------

VOID = {"meta", "link", "br", "hr", "img", "input", "col", "area", "base", "source", "wbr"}


class _Checker(HTMLParser):
    """Records tags, attributes and nesting errors of a document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.doctype = ""
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._raw: list[str] | None = None

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._raw = []
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        if self._raw is not None:
            self._raw.append(data)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()
        if tag in ("script", "style") and self._raw is not None:
            (self.scripts if tag == "script" else self.styles).append("".join(self._raw))
            self._raw = None


def parsed(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    return checker


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


@pytest.fixture(scope="module")
def story_page() -> str:
    return to_html(story_digest())


def test_the_page_is_one_well_formed_document(story_page: str) -> None:
    page = parsed(story_page)
    assert page.doctype.lower() == "doctype html"
    assert page.errors == []
    assert page.stack == [], "every element is closed"
    ids = [found["id"] for _, found in page.tags if "id" in found]
    assert len(ids) == len(set(ids)), "ids are unique"
    controls = [found["aria-controls"] for _, found in page.tags if "aria-controls" in found]
    assert controls, "claims have toggles"
    assert set(controls) <= set(ids), "every toggle controls an element of the page"
    assert [tag for tag, _ in page.tags].count("h1") == 1


def test_the_page_loads_nothing_from_anywhere(story_page: str) -> None:
    page = parsed(story_page)
    urls = {article.url for article in story_digest().articles if article.url}
    for tag, found in page.tags:
        assert "src" not in found, f"<{tag}> loads {found['src']}"
        assert tag not in ("link", "iframe", "object", "embed", "img", "base"), tag
        href = found.get("href")
        assert href is None or href.startswith("#") or (tag == "a" and href in urls), href
    assert not re.search(r"@import|url\(|https?://", story_page), "no address in style or script"
    assert len(page.scripts) == 1
    assert len(page.styles) == 1


def test_the_policy_allows_exactly_the_inline_style_and_script(story_page: str) -> None:
    """A stale hash would make the browser drop the page's own style or script."""
    page = parsed(story_page)
    (policy,) = [
        found["content"]
        for tag, found in page.tags
        if tag == "meta" and found.get("http-equiv") == "Content-Security-Policy"
    ]
    assert policy is not None
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["style-src"] == f"'{_sha256(page.styles[0])}'"
    assert directives["script-src"] == f"'{_sha256(page.scripts[0])}'"
    assert page.scripts == [SCRIPT]


def test_no_inline_handlers_or_style_attributes(story_page: str) -> None:
    """Both would break under the page's own Content-Security-Policy."""
    for tag, found in parsed(story_page).tags:
        assert not [name for name in found if name.startswith("on")], tag
        assert "style" not in found, tag


def _count(page: str, attribute: str) -> int:
    return sum(attribute in found for _, found in parsed(page).tags)


def test_counts_of_marked_elements_match_the_digest(story_page: str) -> None:
    digest = story_digest()
    assert _count(story_page, "data-claim") == len(digest.merged) == 6
    assert _count(story_page, "data-badge") == sum(c.source_count for c in digest.merged) == 11
    assert _count(story_page, "data-support") == sum(len(c.support) for c in digest.merged)
    assert _count(story_page, "data-quote") == 1
    assert _count(story_page, "data-disagreement") == 1
    assert _count(story_page, "data-version") == 3
    assert _count(story_page, "data-exclusive") == 4
    assert _count(story_page, "data-source") == len(digest.per_source)
    assert _count(story_page, "data-sentence") == 10


def test_hostile_article_text_is_escaped_everywhere() -> None:
    page_text = to_html(hostile_digest())
    page = parsed(page_text)
    assert page.errors == []
    assert page.stack == []
    assert page.scripts == [SCRIPT], "no script but the page's own"
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"img", "b", "textarea"}
    assert all(not name.startswith("on") for _, found in page.tags for name in found)
    assert "javascript:" not in "".join(str(found.get("href")) for _, found in page.tags)
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in page_text
    assert html.escape("</title><script>window.pwned=4</script>") in page_text


def test_the_agreement_table_counts_shared_claims(story_page: str) -> None:
    """Rows and columns follow the articles' sources; the diagonal is each source's claims."""
    cells = [int(n) for n in re.findall(r"<td class=\"h\d[^\"]*\"[^>]*>(\d+)</td>", story_page)]
    assert cells == [
        # Harbour Times, Coast Radio, Northern Wire, The Ledger
        *(4, 2, 2, 0),
        *(2, 3, 2, 0),
        *(2, 2, 3, 0),
        *(0, 0, 0, 1),
    ]


def test_a_disagreement_marks_each_value_inside_its_sentence(story_page: str) -> None:
    marked = re.findall(r"<li class=\"version[^>]*>.*?<mark>(.*?)</mark>", story_page)
    assert marked == ["212", "Nearly 250", "212"]
    assert "from 225 to 250" in story_page


def test_an_open_ended_figure_does_not_draw_an_infinite_bar() -> None:
    """ "at least 15" has the largest float as its upper bound; its bar ends at the scale's end."""
    digest = story_digest()
    (aboard,) = digest.disagreements
    versions = list(aboard.versions)
    versions[1] = attrs.evolve(versions[1], low=225.0, high=sys.float_info.max)
    opened = attrs.evolve(aboard, versions=tuple(versions))
    page = to_html(attrs.evolve(digest, disagreements=(opened,)))
    rects = re.findall(r'<rect [^>]* x="([^"]+)" width="([^"]+)"', page)
    places = [float(n) for rect in rects for n in rect]
    assert len(places) == 6
    assert all(0 <= place <= 100 for place in places)
    assert "225 or more" in page
    assert re.search(r"<p><span>212</span><span>225</span></p>", page), "the scale's ends"


def test_an_empty_digest_still_makes_a_page() -> None:
    page = to_html(Digest(articles=(), per_source=(), merged=(), options=Options()))
    assert parsed(page).errors == []
    assert "No claims." in page
    assert _count(page, "data-claim") == 0


@given(
    text=st.text(alphabet=st.sampled_from("ab .\n"), max_size=80),
    bounds=st.tuples(st.integers(0, 80), st.integers(0, 80)),
    width=st.integers(0, 30),
)
def test_context_keeps_the_span_and_cuts_at_word_boundaries(
    text: str, bounds: tuple[int, int], width: int
) -> None:
    start, end = sorted(min(b, len(text)) for b in bounds)
    before, span, after = context(text, start, end, width=width)
    assert span == text[start:end]
    kept_before, kept_after = before.removeprefix("…"), after.removesuffix("…")
    assert text[:start].endswith(kept_before.lstrip())
    assert text[end:].startswith(kept_after)
    assert len(kept_before) <= width
    assert len(kept_after) <= width
    if before.startswith("…"):  # cut: what is kept starts a word
        first = start - len(kept_before)
        assert first == start or text[first - 1].isspace()
    else:
        assert before == text[:start]
    if after.endswith("…"):
        last = end + len(kept_after)
        assert last == end or text[last].isspace()
    else:
        assert after == text[end:]


def test_context_example() -> None:
    text = "Rain fell all night. The river rose fast. Roads shut at noon."
    expected = ("…all night. ", "The river rose fast.", " Roads shut…")
    assert context(text, 21, 41, width=12) == expected
    assert context(text, 21, 41, width=100) == (text[:21], text[21:41], text[41:])


@given(st.lists(st.sets(st.sampled_from("ABCD"), min_size=1), max_size=12))
def test_agreement_counts_each_pair_of_sources(groups: list[set[str]]) -> None:
    s = Sentence("a", 0, 0, 3, "Hi.")
    claims = [Claim(sentence=s, support=(s,), sources=tuple(sorted(g)), score=1.0) for g in groups]
    counts = agreement(claims, list("ABCD"))
    for i, one in enumerate("ABCD"):
        for j, other in enumerate("ABCD"):
            assert counts[i][j] == sum({one, other} <= group for group in groups)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(one: str, two: str) -> float:
    high, low = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_source_colours_are_distinct_and_readable() -> None:
    """Badges carry white text in the light scheme and near-black text in the dark one."""
    colours = source_colours(40)
    assert len(set(colours)) == 40
    for light, dark in colours:
        assert _contrast(light, "#ffffff") >= 4.5, light
        assert _contrast(dark, "#111111") >= 4.5, dark
        assert _contrast(dark, "#14161a") >= 4.5, dark


@pytest.mark.shared
def test_real_articles_make_a_page(baghouz_dir: Path) -> None:
    digest = summarize.summarize(summarize.load_articles(baghouz_dir))
    page = digest.to_html()
    assert parsed(page).errors == []
    assert _count(page, "data-claim") == len(digest.merged)
    assert _count(page, "data-badge") == sum(c.source_count for c in digest.merged)


# In the browser -----------------------------------------------------------------------------

INSTALL = "apt-get install -y chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"{reason}; CI must run the browser tests")
    pytest.skip(reason)


class Viewer:
    """One page of the system's Chromium, and what went wrong since it last opened a file."""

    def __init__(self, browser: Any) -> None:
        self.page = browser.new_page()
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.outside: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("requestfailed", lambda request: self.failed.append(request.url))
        self.page.on("request", self._request)

    def _request(self, request: Any) -> None:
        if not request.url.startswith(("file:", "data:", "about:")):
            self.outside.append(request.url)

    def open(self, path: Path, viewport: dict[str, int], scheme: str = "light") -> Any:
        """Load ``path`` at this screen size and colour scheme; return the page."""
        for found in (self.errors, self.failed, self.outside):
            found.clear()
        self.page.set_viewport_size(viewport)
        self.page.emulate_media(color_scheme=scheme)
        self.page.goto(path.as_uri())
        return self.page

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name), full_page=True, animations="disabled")

    def assert_clean(self) -> None:
        """Fail on anything that went wrong since the page was opened."""
        assert self.errors == [], "console errors"
        assert self.failed == [], "failed requests"
        assert self.outside == [], "requests to the network"


@pytest.fixture(scope="module")
def viewer() -> Iterator[Viewer]:
    """The system's Chromium, launched once for the module, with one page."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed: pip install -e '.[test]'")
    executable = shutil.which("chromium")
    if executable is None:
        _unavailable(f"no chromium on the PATH; install it with: {INSTALL}")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=ARGS)
        yield Viewer(browser)
        browser.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The pages the browser opens, written to files: the story, the example, a hostile one,
    one article of the example alone."""
    folder = tmp_path_factory.mktemp("html")
    digests = {
        "story": story_digest(),
        "example": summarize.summarize(summarize.load_articles(EXAMPLE)),
        "hostile": hostile_digest(),
        "single": summarize.summarize(summarize.load_articles(EXAMPLE / "coastwire.txt")),
    }
    for name, digest in digests.items():
        (folder / f"{name}.html").write_text(digest.to_html(), encoding="utf-8")
        (folder / f"{name}.json").write_text(digest.to_json(), encoding="utf-8")
    (folder / "batch.html").write_text(render_batch(batch_digests(), "html"), encoding="utf-8")
    return {name: folder / f"{name}.html" for name in [*digests, "batch"]}


@pytest.mark.parametrize("name", ["story", "example", "hostile"])
def test_in_the_browser_counts_match_and_nothing_goes_wrong(
    viewer: Viewer, pages: dict[str, Path], name: str
) -> None:
    """No console error, no failed request, nothing asked of the network; counts as in the JSON."""
    data = json.loads(pages[name].with_suffix(".json").read_text(encoding="utf-8"))
    page = viewer.open(pages[name], DESKTOP)
    assert page.locator("[data-claim]").count() == len(data["merged"])
    assert page.locator("[data-badge]").count() == sum(len(c["sources"]) for c in data["merged"])
    assert page.locator("[data-source]").count() == len(data["per_source"])
    assert page.evaluate("window.pwned") is None, "no script but the page's own ran"
    viewer.assert_clean()


def test_a_claim_opens_onto_its_sentences_in_context(
    viewer: Viewer, pages: dict[str, Path]
) -> None:
    """By click, Enter and Space; what opens is each supporting sentence, highlighted."""
    page = viewer.open(pages["story"], DESKTOP)
    first = page.locator("[data-claim]").first
    button, support = first.locator("button"), first.locator("[data-support]")
    assert button.get_attribute("aria-expanded") == "false"
    assert support.count() == 3
    assert not support.first.is_visible()
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert all(support.nth(n).is_visible() for n in range(3))
    marked = [" ".join(text.split()) for text in support.locator("mark").all_inner_texts()]
    assert marked == [s.text for s in story_digest().merged[0].support]
    second = page.locator("[data-claim]").nth(1).locator("button")
    second.focus()
    page.keyboard.press("Enter")
    assert second.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Space")
    assert second.get_attribute("aria-expanded") == "false"
    viewer.assert_clean()


def test_the_page_follows_the_colour_scheme(viewer: Viewer, pages: dict[str, Path]) -> None:
    background = "getComputedStyle(document.body).backgroundColor"
    assert viewer.open(pages["story"], PHONE, "light").evaluate(background) == "rgb(246, 246, 243)"
    assert viewer.open(pages["story"], PHONE, "dark").evaluate(background) == "rgb(20, 22, 26)"
    viewer.assert_clean()


@pytest.mark.parametrize(("viewport", "shot"), [(DESKTOP, "desktop"), (PHONE, "phone")])
def test_the_example_fits_the_screen(
    viewer: Viewer, pages: dict[str, Path], viewport: dict[str, int], shot: str
) -> None:
    """With every claim open, the bundled example is no wider than the screen; a full-page shot."""
    page = viewer.open(pages["example"], viewport)
    toggle_all = page.locator("#toggle-all")
    toggle_all.click()
    assert page.locator("[data-support]").last.is_visible()
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= page.evaluate("window.innerWidth") == viewport["width"]
    toggle_all.click()  # the shot shows the first claim open, the others closed
    page.locator("[data-claim] button").first.click()
    viewer.screenshot(f"report-{shot}.png")
    viewer.assert_clean()


# A batch of digests on one page ------------------------------------------------------------


def test_a_batch_page_is_one_well_formed_document_with_unique_ids() -> None:
    page = render_batch(batch_digests(), "html")
    checker = parsed(page)
    assert checker.errors == []
    ids = re.findall(r' id="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    assert _count(page, "data-story") == 4
    assert _count(page, "data-claim") == sum(len(d.merged) for d in batch_digests())
    assert "<script>window.pwned" not in page
    assert page.count("<script>") == 1


def test_in_the_browser_one_article_shows_its_points_and_opens_each(
    viewer: Viewer, pages: dict[str, Path]
) -> None:
    """A page of one article compares nothing; its points open onto the article's text."""
    data = json.loads(pages["single"].with_suffix(".json").read_text(encoding="utf-8"))
    page = viewer.open(pages["single"], DESKTOP)
    assert page.locator("[data-claim]").count() == len(data["merged"]) > 0
    assert page.locator("section").count() == 1, "its points and nothing that compares"
    assert page.locator("[data-badge], [data-source], [data-exclusive]").count() == 0
    assert page.locator(".lede").inner_text() == f"1 article · {len(data['merged'])} points"
    button = page.locator("[data-claim] button").first
    support = page.locator("[data-claim]").first.locator("[data-support]")
    assert not support.is_visible()
    button.click()
    assert support.is_visible()
    viewer.assert_clean()


def test_in_the_browser_the_index_leads_to_each_story(
    viewer: Viewer, pages: dict[str, Path]
) -> None:
    page = viewer.open(pages["batch"], DESKTOP)
    links = page.locator("[data-entry] a")
    assert links.count() == 4
    stories = page.locator("[data-story]")
    for n in range(4):
        viewer.open(pages["batch"], DESKTOP)
        target = links.nth(n).get_attribute("href")
        links.nth(n).click()
        assert page.evaluate("location.hash") == target
        story = stories.nth(n)
        assert story.get_attribute("id") == target[1:].replace("%2F", "/")
        box = story.bounding_box()
        assert box is not None
        assert abs(box["y"]) < 2, "the story starts at the top of the screen"
        back = story.locator(".back a")
        back.click()
        assert page.evaluate("location.hash") == "#contents"
    assert page.evaluate("window.pwned") is None
    viewer.assert_clean()


def test_in_the_browser_each_story_opens_its_own_claims(
    viewer: Viewer, pages: dict[str, Path]
) -> None:
    page = viewer.open(pages["batch"], DESKTOP)
    stories = page.locator("[data-story]")
    for n in range(stories.count()):
        story = stories.nth(n)
        button = story.locator("[data-claim] button").first
        support = story.locator("[data-claim]").first.locator("[data-support]")
        assert button.get_attribute("aria-expanded") == "false"
        assert not support.first.is_visible()
        button.click()
        assert button.get_attribute("aria-expanded") == "true"
        assert support.first.is_visible()
    first, second = stories.nth(0), stories.nth(1)
    first.locator("[data-all]").click()
    assert all(b == "true" for b in _expanded(first))
    assert not all(b == "true" for b in _expanded(second)), "only its own story's claims"
    second.locator("[data-claim] .tag, [data-sentence] a.tag").first.click()
    assert page.evaluate("location.hash").startswith("#Garrow-Bridge-collapse/claim-")
    viewer.assert_clean()


def _expanded(story: Any) -> list[str | None]:
    buttons = story.locator("[data-claim] button")
    return [buttons.nth(n).get_attribute("aria-expanded") for n in range(buttons.count())]


@pytest.mark.parametrize(("viewport", "shot"), [(DESKTOP, "desktop"), (PHONE, "phone")])
def test_the_batch_page_fits_the_screen(
    viewer: Viewer, pages: dict[str, Path], viewport: dict[str, int], shot: str
) -> None:
    """With every claim open, no story is wider than the screen; a full-page shot."""
    page = viewer.open(pages["batch"], viewport)
    for n in range(page.locator("[data-all]").count()):
        page.locator("[data-all]").nth(n).click()
    width = page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= page.evaluate("window.innerWidth") == viewport["width"]
    viewer.open(pages["batch"], viewport)
    page.locator("[data-story]").first.locator("[data-claim] button").first.click()
    viewer.screenshot(f"batch-{shot}.png")
    viewer.assert_clean()


def test_an_index_of_pages_links_to_each_file(viewer: Viewer, tmp_path: Path) -> None:
    """As ``--output-dir`` writes them: a page per story, and an index that opens each."""
    from summarize.cli import main

    clusters = tmp_path / "day.jsonl"
    lines = [
        {
            "id": "ferry / aground",
            "articles": [{"id": a.id, "text": a.text, "source": a.source} for a in ARTICLES],
        },
        {"id": None, "articles": ["The quay reopened on Monday.", "On Monday the quay reopened."]},
    ]
    clusters.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    folder = tmp_path / "pages"
    assert main([str(clusters), "--format", "html", "--output-dir", str(folder)]) == 0
    page = viewer.open(folder / "index.html", DESKTOP)
    links = page.locator("[data-entry] a")
    assert [links.nth(n).get_attribute("href") for n in range(2)] == [
        "ferry-aground.html",
        "cluster-2.html",
    ]
    for n, claims in enumerate([5, 1]):
        viewer.open(folder / "index.html", DESKTOP)
        links.nth(n).click()
        page.wait_for_load_state()
        assert page.locator("[data-claim]").count() == claims
        page.locator("[data-claim] button").first.click()
        assert page.locator("[data-support]").first.is_visible()
    viewer.assert_clean()
