"""One article's text: sentences with exact offsets, clutter left out, then TF-IDF vectors.

Flow: :func:`split_sentences` and :func:`find_boilerplate` -> :func:`content_sentences`
-> :class:`SentenceVectorizer` (stems and stop words by language; :func:`find_aliases`
counts two spellings of one name as the same words).
"""

from ._clean import Boilerplate, drop_boilerplate, find_boilerplate
from ._content import content_sentences, stands_alone
from ._names import find_aliases
from ._segment import Segmenter, split_sentences
from ._vectorize import SentenceVectorizer

__all__ = [
    "Boilerplate",
    "Segmenter",
    "SentenceVectorizer",
    "content_sentences",
    "drop_boilerplate",
    "find_aliases",
    "find_boilerplate",
    "split_sentences",
    "stands_alone",
]
