"""A first look at the library: digest the bundled harbour-bridge story.

Five invented outlets report the partial collapse of the Garrow Bridge. This
script loads them, builds a digest with two sentences per source and five merged
claims, and prints

* each merged claim with the sources that state it and the sentence each one
  used (the paraphrases, and the numbers on which the outlets disagree), and
* one per-source summary, showing that every sentence is an exact slice of
  its article's text.

Run it from the repository root::

    python examples/library_basics.py
"""

from __future__ import annotations

from pathlib import Path

import summarize

HERE = Path(__file__).resolve().parent


STORY = HERE / "data" / "harbour-bridge"


def shorten(text: str, width: int = 90) -> str:
    """One line of at most ``width`` characters, for display."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 3] + "..."


def main() -> None:
    # One Article per .txt file; the file stem is both the article id and its source.
    articles = summarize.load_articles(STORY)
    print(f"Loaded {len(articles)} articles: {', '.join(a.source for a in articles)}\n")

    digest = summarize.summarize(articles, per_source=2, merged=5)

    # The merged summary: claims, each with every sentence (one per article) that states it.
    print("Merged summary")
    print("==============")
    for rank, claim in enumerate(digest.merged, start=1):
        print(f"{rank}. {claim.text}")
        print(
            f"   stated by {len(claim.sources)} source(s): {', '.join(claim.sources)}"
            f"  (score {claim.score:.3f})"
        )
        for sentence in claim.support:
            print(f"     - {sentence.article}: {shorten(sentence.text)}")
        print()

    # A per-source summary: the article's best sentences, each an offset into its text.
    summary = digest.per_source[0]
    article = digest.article(summary.article)
    print(f"Per-source summary of {summary.source!r}")
    print("=" * (len(summary.source) + 25))
    for scored in summary.sentences:
        sentence = scored.sentence
        exact = article.text[sentence.start : sentence.end]
        # The offsets always point at exactly the characters the source published.
        assert exact == sentence.text
        print(
            f"[{sentence.start}:{sentence.end}] sentence #{sentence.index}, "
            f"score {scored.score:.3f}\n  {exact}"
        )


if __name__ == "__main__":
    main()
