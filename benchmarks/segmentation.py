"""Sentence segmentation: accuracy on hard English cases, and speed on real articles.

Compares summarize's splitter with plain Punkt (``PunktSentenceTokenizer()`` with
empty parameters) and, if it is installed, pySBD.

1. Accuracy: the share of hand-written hard cases (abbreviations, initials,
   quotes, numbers, URLs, lists, headings, ellipses, parentheses, line breaks)
   whose sentences a splitter reproduces exactly (whitespace inside a sentence
   is normalised before comparing).
2. Speed: sentences found and seconds taken over every article text of
   ``shared/data/bench/multinews-val.jsonl`` beside the repository, and the
   ratio to plain Punkt.

Run from the repository root::

    python benchmarks/segmentation.py [--limit N] [--repeat R] [--no-pysbd] [--show-failures]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from nltk.tokenize.punkt import PunktSentenceTokenizer

from summarize.text._segment import split_sentences

REPO = Path(__file__).resolve().parents[1]


SHARED = REPO.parent / "shared"
ARTICLES = SHARED / "data" / "bench" / "multinews-val.jsonl"

Splitter = Callable[[str], list[str]]

# (text, expected sentences). Written for this benchmark; one line break ends a
# paragraph, as in scraped news.
CASES: list[tuple[str, list[str]]] = [
    # Titles and common abbreviations
    (
        "Mr. Smith went to Washington. He arrived on Monday.",
        ["Mr. Smith went to Washington.", "He arrived on Monday."],
    ),
    (
        "Dr. Jane Doe of the U.N. said the talks had failed. Diplomats disagreed.",
        ["Dr. Jane Doe of the U.N. said the talks had failed.", "Diplomats disagreed."],
    ),
    (
        "Lt. Gen. Maria Ortiz led the assault. The town fell on Saturday.",
        ["Lt. Gen. Maria Ortiz led the assault.", "The town fell on Saturday."],
    ),
    (
        "Lt. Col. Ann Brooks, a spokeswoman, declined to comment.",
        ["Lt. Col. Ann Brooks, a spokeswoman, declined to comment."],
    ),
    (
        "Sen. Tom Hall and Rep. Ann Lee met Gov. Ray Moss at 9 a.m. on Tuesday.",
        ["Sen. Tom Hall and Rep. Ann Lee met Gov. Ray Moss at 9 a.m. on Tuesday."],
    ),
    (
        "The meeting ended at 5 p.m. Officials left soon after.",
        ["The meeting ended at 5 p.m.", "Officials left soon after."],
    ),
    (
        "The U.S.-backed coalition advanced slowly. Progress stalled in March.",
        ["The U.S.-backed coalition advanced slowly.", "Progress stalled in March."],
    ),
    (
        "She moved to the U.S. The move surprised her family.",
        ["She moved to the U.S.", "The move surprised her family."],
    ),
    (
        "Prices rose in the U.K. and in France last year.",
        ["Prices rose in the U.K. and in France last year."],
    ),
    ("The U.N. Security Council met on Friday.", ["The U.N. Security Council met on Friday."]),
    (
        "Mr Trump said the U.S. would stay. Mrs May disagreed.",
        ["Mr Trump said the U.S. would stay.", "Mrs May disagreed."],
    ),
    (
        "Shares of Acme Inc. fell 4% on Friday. Rivals gained.",
        ["Shares of Acme Inc. fell 4% on Friday.", "Rivals gained."],
    ),
    (
        "The company, Acme Corp., denied the report. Its shares fell.",
        ["The company, Acme Corp., denied the report.", "Its shares fell."],
    ),
    ("He worked for Smith & Co. for ten years.", ["He worked for Smith & Co. for ten years."]),
    (
        "The deal closes in Jan. 2025, the company said.",
        ["The deal closes in Jan. 2025, the company said."],
    ),
    (
        "Sales peaked in Sept. Then they collapsed.",
        ["Sales peaked in Sept.", "Then they collapsed."],
    ),
    ("Bring tents, stoves, etc. to the camp.", ["Bring tents, stoves, etc. to the camp."]),
    (
        "They packed tents, stoves, etc. The trip took a week.",
        ["They packed tents, stoves, etc.", "The trip took a week."],
    ),
    (
        "Some cities, e.g. Paris and Rome, banned cars.",
        ["Some cities, e.g. Paris and Rome, banned cars."],
    ),
    ("The case, Smith vs. Jones, went to trial.", ["The case, Smith vs. Jones, went to trial."]),
    ("He lives at 12 Main St. in Springfield.", ["He lives at 12 Main St. in Springfield."]),
    (
        "Martin Luther King Jr. gave the speech in 1963. It changed history.",
        ["Martin Luther King Jr. gave the speech in 1963.", "It changed history."],
    ),
    (
        "Ph.D. students at the university protested.",
        ["Ph.D. students at the university protested."],
    ),
    (
        "She earned a B.A. from Yale in 1999. Then she moved to Ohio.",
        ["She earned a B.A. from Yale in 1999.", "Then she moved to Ohio."],
    ),
    # Initials
    ("George W. Bush met Tony Blair in 2003.", ["George W. Bush met Tony Blair in 2003."]),
    (
        "J. K. Rowling published a new book. Fans queued overnight.",
        ["J. K. Rowling published a new book.", "Fans queued overnight."],
    ),
    (
        "The novel by J.R.R. Tolkien sold millions of copies.",
        ["The novel by J.R.R. Tolkien sold millions of copies."],
    ),
    (
        "The airport is named after John F. Kennedy. It opened in 1948.",
        ["The airport is named after John F. Kennedy.", "It opened in 1948."],
    ),
    (
        "The pill contains vitamin C. It is sold in pharmacies.",
        ["The pill contains vitamin C.", "It is sold in pharmacies."],
    ),
    (
        "Temperatures reached 40 C. Crops withered in the fields.",
        ["Temperatures reached 40 C.", "Crops withered in the fields."],
    ),
    # Quotes
    ('He said "no." Then he walked away.', ['He said "no."', "Then he walked away."]),
    (
        "She called the plan \u2018finished.\u2019 Nobody agreed.",
        ["She called the plan \u2018finished.\u2019", "Nobody agreed."],
    ),
    (
        "\u201cWe are proud of our work,\u201d the commander said. \u201cThe fight is over.\u201d",
        [
            "\u201cWe are proud of our work,\u201d the commander said.",
            "\u201cThe fight is over.\u201d",
        ],
    ),
    (
        "\u201cIs the war over?\u201d a reporter asked. Nobody answered.",
        ["\u201cIs the war over?\u201d a reporter asked.", "Nobody answered."],
    ),
    ('"Where are you going?" he asked.', ['"Where are you going?" he asked.']),
    ("\u201cIt is finished!\u201d Ortiz said.", ["\u201cIt is finished!\u201d Ortiz said."]),
    (
        'The minister called it "a disaster." Opposition parties demanded a vote.',
        ['The minister called it "a disaster."', "Opposition parties demanded a vote."],
    ),
    # Numbers and money
    (
        "The company raised $1.5 million. Investors were pleased.",
        ["The company raised $1.5 million.", "Investors were pleased."],
    ),
    ("Pi is about 3.14. It never ends.", ["Pi is about 3.14.", "It never ends."]),
    (
        "The rate fell to 2.5% in 2019. It rose again in 2020.",
        ["The rate fell to 2.5% in 2019.", "It rose again in 2020."],
    ),
    (
        "Turnout was 61.7 percent, up from 58.2 percent.",
        ["Turnout was 61.7 percent, up from 58.2 percent."],
    ),
    ("He finished No. 1 in the race.", ["He finished No. 1 in the race."]),
    ("The vote was 52-48. The bill passed.", ["The vote was 52-48.", "The bill passed."]),
    # URLs and e-mail addresses
    (
        "Read more at www.example.com/news/a.b.html. The site is free.",
        ["Read more at www.example.com/news/a.b.html.", "The site is free."],
    ),
    ("Contact press@example.org for details.", ["Contact press@example.org for details."]),
    (
        "Visit https://example.com/path?id=1.5 for the full report.",
        ["Visit https://example.com/path?id=1.5 for the full report."],
    ),
    (
        "Send tips to jane.doe@news.example.com. We reply within a day.",
        ["Send tips to jane.doe@news.example.com.", "We reply within a day."],
    ),
    # Lists and headings
    (
        "Key points:\n- Prices rose\n- Wages fell\n- Rents were flat",
        ["Key points:", "- Prices rose", "- Wages fell", "- Rents were flat"],
    ),
    (
        "1. Gather the evidence\n2. Interview witnesses\n3. File the report",
        ["1. Gather the evidence", "2. Interview witnesses", "3. File the report"],
    ),
    (
        "The plan has three steps: (1) talk, (2) vote and (3) act.",
        ["The plan has three steps: (1) talk, (2) vote and (3) act."],
    ),
    (
        "Markets Rally After Rate Cut\nStocks climbed on Monday. Bonds fell.",
        ["Markets Rally After Rate Cut", "Stocks climbed on Monday.", "Bonds fell."],
    ),
    (
        "BREAKING NEWS\n\nA fire broke out downtown.",
        ["BREAKING NEWS", "A fire broke out downtown."],
    ),
    (
        "More news: Storm closes schools\nMore news: Team wins title",
        ["More news: Storm closes schools", "More news: Team wins title"],
    ),
    (
        "Photo: Smoke rises over the village\nFighters advanced at dawn.",
        ["Photo: Smoke rises over the village", "Fighters advanced at dawn."],
    ),
    (
        "Q. What happened next?\nA. The convoy turned back.",
        ["Q. What happened next?", "A. The convoy turned back."],
    ),
    # Ellipses
    ("He hesitated... Then he signed the deal.", ["He hesitated...", "Then he signed the deal."]),
    ("The answer was... complicated.", ["The answer was... complicated."]),
    (
        "\u201cWe will win \u2026 and we will rebuild,\u201d she said.",
        ["\u201cWe will win \u2026 and we will rebuild,\u201d she said."],
    ),
    ("Wait\u2026 Is that true?", ["Wait\u2026", "Is that true?"]),
    # Parentheses
    (
        "The group (known as the SDF) took the town. Fighting stopped.",
        ["The group (known as the SDF) took the town.", "Fighting stopped."],
    ),
    (
        "(The figures are estimates.) Aid arrived on Sunday.",
        ["(The figures are estimates.)", "Aid arrived on Sunday."],
    ),
    (
        "He left early (see Fig. 2 for details). Others stayed.",
        ["He left early (see Fig. 2 for details).", "Others stayed."],
    ),
    # Question and exclamation marks
    ("Is it over?! Nobody knows.", ["Is it over?!", "Nobody knows."]),
    ("What a result! Fans celebrated all night.", ["What a result!", "Fans celebrated all night."]),
    (
        "Why did they leave? Nobody could say. Was it fear?",
        ["Why did they leave?", "Nobody could say.", "Was it fear?"],
    ),
    # Line breaks
    (
        "The commander said the town\nhad fallen after weeks of fighting. Aid groups\n"
        "welcomed the news.",
        [
            "The commander said the town had fallen after weeks of fighting.",
            "Aid groups welcomed the news.",
        ],
    ),
    ("The town fell.\nCivilians fled.", ["The town fell.", "Civilians fled."]),
    (
        "First paragraph ends here.\n\nSecond paragraph starts here. It has two sentences.",
        ["First paragraph ends here.", "Second paragraph starts here.", "It has two sentences."],
    ),
    (
        "The fighting ended on Saturday.Residents returned home.",
        ["The fighting ended on Saturday.", "Residents returned home."],
    ),
    # More abbreviations, written after the rules above
    (
        "The loss was reported by Acme Ltd. Analysts had expected a profit.",
        ["The loss was reported by Acme Ltd.", "Analysts had expected a profit."],
    ),
    (
        "He was born in Washington, D.C. and grew up in Ohio.",
        ["He was born in Washington, D.C. and grew up in Ohio."],
    ),
    (
        "She arrived at 10:30 a.m. The talks began at noon.",
        ["She arrived at 10:30 a.m.", "The talks began at noon."],
    ),
    (
        "Smith (R-Texas) voted no. Jones (D-Ohio) voted yes.",
        ["Smith (R-Texas) voted no.", "Jones (D-Ohio) voted yes."],
    ),
    ('He asked, "Why now?" and left the room.', ['He asked, "Why now?" and left the room.']),
    ("The U.S. Army said the strike hit a depot.", ["The U.S. Army said the strike hit a depot."]),
    (
        "Apple Inc. Chief Executive Tim Cook spoke first.",
        ["Apple Inc. Chief Executive Tim Cook spoke first."],
    ),
    (
        "The talks resume at 9 a.m. Monday in Geneva.",
        ["The talks resume at 9 a.m. Monday in Geneva."],
    ),
    (
        "Prof. Alan Grey, who teaches at Oxford, disagreed. So did his students.",
        ["Prof. Alan Grey, who teaches at Oxford, disagreed.", "So did his students."],
    ),
    (
        "The firm moved to St. Louis in 2010. It later moved again.",
        ["The firm moved to St. Louis in 2010.", "It later moved again."],
    ),
    (
        "Fighters from the so-called Islamic State (IS) fled. Many surrendered.",
        ["Fighters from the so-called Islamic State (IS) fled.", "Many surrendered."],
    ),
    (
        'The sign said "Closed." Customers went home.',
        ['The sign said "Closed."', "Customers went home."],
    ),
    (
        "The ship sank in 1912. About 1,500 people died.",
        ["The ship sank in 1912.", "About 1,500 people died."],
    ),
    (
        "Sales rose 3.5 per cent. Profits fell 2 per cent.",
        ["Sales rose 3.5 per cent.", "Profits fell 2 per cent."],
    ),
    (
        "The Rev. Al Green preached. The crowd sang.",
        ["The Rev. Al Green preached.", "The crowd sang."],
    ),
    ("Oct. 7 was a Saturday.", ["Oct. 7 was a Saturday."]),
    ("The report (pp. 12-14) lists the victims.", ["The report (pp. 12-14) lists the victims."]),
    ("Is this the end? Or is it the beginning?", ["Is this the end?", "Or is it the beginning?"]),
    ("They shouted \u201cFree!\u201d and ran.", ["They shouted \u201cFree!\u201d and ran."]),
]


def _normalise(sentences: list[str]) -> list[str]:
    return [" ".join(s.split()) for s in sentences if s.strip()]


def ours(text: str) -> list[str]:
    return [span.text for span in split_sentences(text)]


def plain_punkt() -> Splitter:
    tokenizer = PunktSentenceTokenizer()
    return lambda text: [text[a:b] for a, b in tokenizer.span_tokenize(text)]


def pysbd_splitter() -> Splitter | None:
    try:
        import pysbd  # type: ignore[import-untyped]
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda text: list(segmenter.segment(text))


def accuracy(split: Splitter, failures: list[str] | None = None) -> float:
    right = 0
    for text, expected in CASES:
        got = _normalise(split(text))
        if got == _normalise(expected):
            right += 1
        elif failures is not None:
            failures.append(f"  {text!r}\n    got {got}")
    return right / len(CASES)


def load_texts(limit: int | None) -> list[str]:
    if not ARTICLES.exists():
        sys.exit(
            f"{ARTICLES} is absent: the speed benchmark reads the shared data, which "
            "sits beside the repository (shared/data/bench/multinews-val.jsonl)."
        )
    texts: list[str] = []
    with ARTICLES.open(encoding="utf-8") as lines:
        for line in lines:
            texts.extend(article["text"] for article in json.loads(line)["articles"])
    return texts[:limit] if limit else texts


def timed(split: Splitter, texts: list[str], repeat: int) -> tuple[int, float]:
    best = float("inf")
    count = 0
    for _ in range(repeat):
        began = time.perf_counter()
        count = sum(len(split(text)) for text in texts)
        best = min(best, time.perf_counter() - began)
    return count, best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Accuracy on hard English sentence boundaries and speed on real "
        "articles, for summarize's splitter, plain Punkt and pySBD."
    )
    parser.add_argument(
        "--limit", type=int, default=None, help="time only the first N articles (default: all)"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="time each splitter R times and keep the best (default: 1)",
    )
    parser.add_argument(
        "--no-pysbd", action="store_true", help="leave pySBD out of the speed table (it is slow)"
    )
    parser.add_argument(
        "--show-failures", action="store_true", help="print the cases each splitter gets wrong"
    )
    args = parser.parse_args(argv)

    sbd = pysbd_splitter()
    splitters: list[tuple[str, Splitter | None]] = [
        ("summarize", ours),
        ("punkt (plain)", plain_punkt()),
        ("pysbd", sbd),
    ]

    print(f"Accuracy on {len(CASES)} hard cases (exact match of every sentence)")
    print(f"{'splitter':<16}{'correct':>10}{'share':>9}")
    for name, split in splitters:
        if split is None:
            print(f"{name:<16}{'not installed':>19}")
            continue
        failures: list[str] = []
        share = accuracy(split, failures)
        print(f"{name:<16}{round(share * len(CASES)):>10}{share:>9.1%}")
        if args.show_failures and failures:
            print("\n".join(failures))

    texts = load_texts(args.limit)
    chars = sum(map(len, texts))
    print(f"\nSpeed on {len(texts)} articles ({chars:,} characters) of {ARTICLES.name}")
    print(f"{'splitter':<16}{'sentences':>10}{'seconds':>10}{'x punkt':>9}")
    rows: list[tuple[str, str]] = []
    base: float | None = None
    for name, split in splitters:
        if split is None or (name == "pysbd" and args.no_pysbd):
            rows.append((name, f"{'not installed' if split is None else 'skipped':>19}"))
            continue
        count, seconds = timed(split, texts, args.repeat)
        base = seconds if name.startswith("punkt") else base
        rows.append((name, f"{count:>10}{seconds:>10.2f}\t{seconds}"))
    for name, row in rows:
        if "\t" in row:
            row, seconds = row.split("\t")
            row += f"{float(seconds) / base:>9.2f}" if base else f"{'-':>9}"
        print(f"{name:<16}{row}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
