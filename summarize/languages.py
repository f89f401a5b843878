"""Languages summarize supports: those with both a Snowball stemmer and a stop-word list.

Both resources ship inside installed packages (NLTK's Snowball stemmers are code,
sumy ships its stop-word lists), so nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from nltk.stem.snowball import SnowballStemmer
from sumy.utils import get_stop_words

__all__ = ["LANGUAGES", "stemmer", "stop_words"]

#: Languages accepted by ``language=``.
LANGUAGES: tuple[str, ...] = (
    "arabic",
    "english",
    "french",
    "german",
    "italian",
    "portuguese",
    "spanish",
    "swedish",
)


@cache
def stop_words(language: str) -> frozenset[str]:
    """Return the lower-cased stop words of ``language`` (sumy's list)."""
    return frozenset(word.lower() for word in get_stop_words(language))


@cache
def stemmer(language: str) -> Callable[[str], str]:
    """Return a cached Snowball stemming function for ``language``."""
    stem = SnowballStemmer(language).stem
    memo: dict[str, str] = {}

    def cached_stem(word: str) -> str:
        result = memo.get(word)
        if result is None:
            result = memo[word] = stem(word)
        return result

    return cached_stem
