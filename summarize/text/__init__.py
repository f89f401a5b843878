"""One article's text: sentences with exact offsets, clutter left out, then TF-IDF vectors.

Flow: :func:`split_sentences` and :func:`find_boilerplate` -> :func:`content_sentences`
(:func:`read_article` also judges whether the page is an article at all, and finds the
headline the text opens with)
-> :class:`SentenceVectorizer` (stems and stop words by language; :func:`find_aliases`
counts two spellings of one name as the same words).
"""

from ._captions import credited
from ._clean import Boilerplate, drop_boilerplate, find_boilerplate
from ._content import (
    Reading,
    content_sentences,
    headline_shaped,
    read_article,
    stands_alone,
    states_nothing,
)
from ._context import leans_on_context, opening_pronoun, opens_on_pronoun, subject_points_back
from ._deed import deed
from ._names import find_aliases
from ._notices import signs_post
from ._pages import NO_CONTENT
from ._promotions import sponsored
from ._quote_piece import leans_within_quote
from ._referent import (
    by_role,
    opens_on_before,
    pronoun_after_opening,
    refers_back,
    speaker_unnamed,
    unnamed_subject,
)
from ._segment import Segmenter, split_sentences
from ._teasers import glued_heading
from ._unresolved import names_before, pointing_noun, speaker_left_out, told_whole
from ._vectorize import SentenceVectorizer
from ._verbless import labelled_scene, lacks_a_verb, lists_things

__all__ = [
    "NO_CONTENT",
    "Boilerplate",
    "Reading",
    "Segmenter",
    "SentenceVectorizer",
    "by_role",
    "content_sentences",
    "credited",
    "deed",
    "drop_boilerplate",
    "find_aliases",
    "find_boilerplate",
    "glued_heading",
    "headline_shaped",
    "labelled_scene",
    "lacks_a_verb",
    "leans_on_context",
    "leans_within_quote",
    "lists_things",
    "names_before",
    "opening_pronoun",
    "opens_on_before",
    "opens_on_pronoun",
    "pointing_noun",
    "pronoun_after_opening",
    "read_article",
    "refers_back",
    "signs_post",
    "speaker_left_out",
    "speaker_unnamed",
    "split_sentences",
    "sponsored",
    "stands_alone",
    "states_nothing",
    "subject_points_back",
    "told_whole",
    "unnamed_subject",
]
