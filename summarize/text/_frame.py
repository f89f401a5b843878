"""Words that frame a statement rather than state it: who says it, in what role, on what day.

In text/: :class:`~summarize.text.SentenceVectorizer` marks the columns of their stems
(``frame_terms_``) beside those of names, so that the claim stages can tell two sentences
that say one thing from two that only share a speaker ("..., former Senate Majority Leader
X said on Sunday" closing two different statements of X). The speech verbs, titles and
days are also the words analysis/ reads speakers with.
"""

from __future__ import annotations

from functools import cache

from ._languages import stemmer

__all__ = ["SPEECH_VERBS", "SPOKEN_TITLES", "WEEKDAYS", "frame_stems"]


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# English verbs that introduce speech (said, told, added, tweeted, wrote, warned, vowed,
# ...), so quotes in other languages get no speaker. Verb forms that are also nouns
# ("claims", "notes", "vows") and verbs that often do not report speech ("demanded",
# "suggested") are left out.
SPEECH_VERBS = _words(
    "said says say told tells added adds tweeted wrote writes posted stated announced"
    " announces declared declares warned warns cried explained explains noted insisted insists"
    " asked asks replied replies admitted admits stressed stresses reported recalled recalls"
    " argued argues claimed shouted acknowledged confirmed confirms conceded concedes remarked"
    " whispered pleaded urged continued answered responded joked testified concluded"
    " exclaimed complained boasted observed countered texted emailed fumed vowed"
    " quipped lamented cautioned recounted retorted reiterated commented predicted"
    # the present of those that lack it, as features write them ("..., Ode observes.");
    # "remarks", "notes" and "jokes" are nouns too (see analysis/); "claims" is left out
    " observes recounts quips continues concludes responds testifies complains laments"
    " cautions retorts reiterates whispers shouts acknowledges exclaims"
    " remarks notes jokes predicts"
)
#: Titles written before a name (lower case).
SPOKEN_TITLES = _words(
    "mr mrs ms miss dr gen lt col maj capt sgt adm gov sen rep prof rev president prime"
    " minister secretary general colonel major captain sheikh king queen prince princess pope"
    " judge mayor chancellor commander senator governor"
)
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday today yesterday")

# Other words of an attribution: a title's rank and head ("Senate Majority Leader") and
# where it was said ("in an interview", "in a statement"). Not "week" or "night": "the
# week before" and "revised to 375,000 for the prior week" give one figure.
_ATTRIBUTION = _words(
    "leader leaders majority minority spokesman spokeswoman spokesperson interview statement"
)


@cache
def frame_stems(language: str) -> frozenset[str]:
    """The stems, in ``language``, of the words that frame a statement (English only).

    Example:
        >>> sorted(frame_stems("english") & {"said", "say", "leader", "fell"})
        ['leader', 'said', 'say']
        >>> frame_stems("german")
        frozenset()
    """
    if language != "english":
        return frozenset()
    stem = stemmer(language)
    words = SPEECH_VERBS | SPOKEN_TITLES | WEEKDAYS | _ATTRIBUTION
    return frozenset(stem(word) for word in words)
