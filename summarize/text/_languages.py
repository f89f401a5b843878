"""Languages summarize supports: those with both a Snowball stemmer and a stop-word list.

Serves text/: the stemmers and stop words of :mod:`summarize.text._vectorize`, and the
words of each language that :mod:`summarize.text._segment` must not split sentences at.
"""

from __future__ import annotations

import pkgutil
import re
from collections.abc import Callable, Mapping
from functools import cache, lru_cache

from nltk.stem.snowball import SnowballStemmer

from ..options import LANGUAGES
from ._english_stem import stem_english

__all__ = [
    "ABBREVIATIONS_BY_LANGUAGE",
    "ELISIONS",
    "LANGUAGES",
    "ORDINAL_MONTHS",
    "SENTENCE_END_CHARS",
    "STEM_CACHE",
    "TITLES_BY_LANGUAGE",
    "stemmer",
    "stop_words",
]

# LANGUAGES (declared in summarize.options, with the other option values) are those with a
# Snowball stemmer and a stop-word list. Both ship inside installed packages (NLTK's
# Snowball stemmers are code, sumy ships its stop-word lists): nothing is downloaded.

# The sentence splitter needs a little of each language too: the titles written
# before a name and the abbreviations that do not end a sentence, the months that
# follow a day written as an ordinal (German "am 3. Oktober"), and the question
# mark of Arabic script. It knows those of every language at once (it is not told
# the language), so each entry here is one that does not end a sentence in any of
# the others either: Italian "mio" (mine) keeps German "Mio." out, Swedish
# "av" (off) keeps French "av." out.

#: Titles written before a name, other than English ones (lower case, no final period):
#: a sentence never ends after them ("la Dra. Ruiz", "il sig. Rossi", "Mme. Roux").
TITLES_BY_LANGUAGE: Mapping[str, frozenset[str]] = {
    "french": frozenset({"mme", "mmes", "mlle", "mlles"}),
    "german": frozenset({"hr", "hrn"}),
    "italian": frozenset({"sig", "sigg", "sig.ra", "sig.na", "dott", "dott.ssa", "avv", "ing"}),
    "portuguese": frozenset({"sra", "srta", "dra", "exmo", "exma"}),
    "spanish": frozenset({"sra", "sras", "srta", "dra", "dras", "dña"}),
}

#: Other abbreviations, other than English ones, after which a sentence rarely ends
#: ("Brücke Nr. 4", "4 Mrd. Euro", "núm. 3").
ABBREVIATIONS_BY_LANGUAGE: Mapping[str, frozenset[str]] = {
    "french": frozenset({"env", "bd"}),
    "german": frozenset({"nr", "mrd", "str", "tel"}),
    "italian": frozenset({"ecc"}),
    "portuguese": frozenset({"pág", "núm"}),
    "spanish": frozenset({"pág", "núm", "aprox"}),
}

#: Months that follow a day written as an ordinal with a period ("am 3. Oktober"):
#: the period after the day does not end the sentence.
ORDINAL_MONTHS: frozenset[str] = frozenset(
    {
        *("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august"),
        *("september", "oktober", "november", "dezember"),
    }
)

#: Characters that end a sentence: the Latin ones and the Arabic question mark.
SENTENCE_END_CHARS: tuple[str, ...] = (".", "?", "!", "\u061f")


# sumy's lists lack some of the most frequent function words of their language
# (its Spanish list has no "de", "que" or "y"; its French list no "de" or "un"),
# and its French list holds nouns that carry claims ("état", "force", "personnes").
# fmt: off
_MORE_STOP_WORDS: Mapping[str, str] = {
    "french": "de un une a à ne se aux cette on lui y ont bien dont entre était autres après "
              "avait sera été étaient selon lors contre",
    "german": "hat hatte hatten war waren wurde wurden worden haben noch nur mehr man so um sei "
              "kann können soll sollen muss müssen ihre ihren seine seinen",
    "portuguese": "é não à às ou ser já há está estão foi foram também só até ter seu sua "
                  "seus suas quando eu você nós meu têm havia será",
    "spanish": "de que y a del se no al más le les ya o e este esta estos estas ese esa eso "
               "esto sí me hasta hay durante todos todas ni contra otro otros otra otras él "
               "ella tanto mucho muchos nada poco estar algo su sus lo los las un una unos "
               "unas con por para como pero muy sin sobre también fue han ha",
    "swedish": "år alla andra",
}
_CONTENT_WORDS: Mapping[str, str] = {
    "french": "début droite essai force haut mine mot nommés nouveaux parole personnes pièce "
              "sujet valeur état dos",
}
# fmt: on
_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})")  # sumy's Portuguese list writes "não" as n\xe3o


@cache
def stop_words(language: str) -> frozenset[str]:
    r"""Return the lower-cased stop words of ``language``: sumy's list, repaired.

    Entries sumy stores escaped (``n\xe3o``) or two to a line (``e, também``)
    are read as the words they are; the most frequent function words its list
    lacks are added; nouns its French list holds are taken out; in French and
    Italian, the elided forms of stop words (``qu'il``, ``n'est``) are stop words.

    Example:
        >>> {"de", "que", "no"} <= stop_words("spanish"), "não" in stop_words("portuguese")
        (True, True)
    """
    words: set[str] = set()
    for entry in _sumy_stop_words(language):
        entry = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), entry)
        words.update(word.strip().lower() for word in entry.split(","))
    words.update(_MORE_STOP_WORDS.get(language, "").split())
    words.difference_update(_CONTENT_WORDS.get(language, "").split())
    words.discard("")
    elided = [w for w in words if w[0] in "aeiouhàâéèêîôûìòù"]  # "qu'il", "n'est", "l'ha"
    for prefix in _ELIDED.get(language, "").split():
        words.update(f"{prefix}{mark}{w}" for w in elided for mark in _APOSTROPHES)
    return frozenset(words)


def _sumy_stop_words(language: str) -> frozenset[str]:
    """The stop words sumy ships for ``language`` (a full name, as in LANGUAGES), as read.

    What ``sumy.utils.get_stop_words`` gives for such a name, without its look-up of
    ISO codes, which loads pycountry's database of every language (some 70 ms, the
    first digest of a process): a full name is its own normalised form.
    """
    try:
        data = pkgutil.get_data("sumy", f"data/stopwords/{language.lower()}.txt")
    except OSError:
        data = None
    if data is None:
        raise LookupError(f"Stop-words are not available for language {language}.")
    return frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w)


# Articles and pronouns written elided onto the next word: "l'incendie", "qu'il".
_ELIDED: Mapping[str, str] = {
    "french": "c d j l m n s t qu jusqu lorsqu puisqu",
    "italian": "c d l m s t v un all dall dell nell sull coll quell quest bell sant tutt",
}
_APOSTROPHES = "'\u2019"

#: Distinct words whose stems each language's stemmer keeps (see :func:`stemmer`).
STEM_CACHE = 1 << 18

#: The elided articles and pronouns of each language ("l'incendie", "dell'incendio"),
#: stripped before stemming so that a word matches its unelided form.
ELISIONS: Mapping[str, re.Pattern[str]] = {
    language: re.compile(f"^(?:{'|'.join(prefixes.split())})[{_APOSTROPHES}](?=\\w)")
    for language, prefixes in _ELIDED.items()
}


@cache
def stemmer(language: str) -> Callable[[str], str]:
    """Return a cached Snowball stemming function for ``language``.

    English is stemmed by :func:`~summarize.text._english_stem.stem_english`, which
    gives NLTK's stems faster; the other languages by NLTK's stemmers. In French and
    Italian an elided article or pronoun is stripped first. The cache holds the stems
    of the last :data:`STEM_CACHE` distinct words, so a process that summarises an
    archive keeps a bounded memory.

    Example:
        >>> stem = stemmer("italian")
        >>> stem("l'incendio") == stem("incendio") == stem("incendi")
        True
    """
    stem: Callable[[str], str] = (
        stem_english if language == "english" else SnowballStemmer(language).stem
    )
    elision = ELISIONS.get(language)
    if elision is None:
        return lru_cache(maxsize=STEM_CACHE)(stem)

    def unelided_stem(word: str) -> str:
        return stem(elision.sub("", word))

    return lru_cache(maxsize=STEM_CACHE)(unelided_stem)
