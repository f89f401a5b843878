"""Whether a sentence only sets a scene ("It was a cold morning."), and so states nothing.

In text/, read by :func:`summarize.text.stands_alone`: a line of a time, a date or the
weather shown alone as a merged claim or an exclusive tells the reader nothing. English
words only.
"""

from __future__ import annotations

import re

__all__ = ["sets_a_scene"]

# A sentence that only sets a scene opens "It was", "There was" ...; the words of a time, of
# the weather, and the words that join them: see :func:`sets_a_scene`.
_SCENE_OPENING = re.compile(r"(?:It|There)\s+(?:is|was|has\s+been|had\s+been)\s+")
_SCENE_WORD = re.compile(r"[\w'\u2019.:]+")
_CLOCK_OR_YEAR = re.compile(r"\d{1,2}(?::\d\d)?(?:[ap]\.?m\.?)?|1[89]\d\d|20\d\d")
_DAY_OF_MONTH = re.compile(r"\d{1,2}(?:st|nd|rd|th)?,?")
# Words of a time and of the weather ("a.m" and "p.m" as a sentence's final stop leaves them).
_SCENE_WORDS = frozenset(
    {"morning", "afternoon", "evening", "night", "day", "days", "weekend", "week", "weeks"}
    | {"month", "months", "year", "years", "hour", "hours", "minutes", "season", "noon"}
    | {"summer", "winter", "spring", "autumn", "fall", "midnight", "dawn", "dusk", "daybreak"}
    | {"nightfall", "sunrise", "sunset", "a.m", "a.m.", "p.m", "p.m.", "o'clock", "o\u2019clock"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov."}
    | {"dec.", "cold", "hot", "warm", "cool", "chilly", "freezing", "frigid", "icy", "wet"}
    | {"dry", "humid", "windy", "rainy", "snowy", "sunny", "cloudy", "foggy", "misty", "dark"}
    | {"overcast", "stormy", "grey", "gray", "bright", "balmy", "muggy", "raining", "snowing"}
    | {"pouring", "drizzling", "late", "early"}
)
# Words that join them: "just after", "on a", "for two".
_SCENE_FILLERS = frozenset(
    {"a", "an", "the", "on", "of", "by", "for", "and", "just", "about", "around", "almost"}
    | {"nearly", "shortly", "soon", "well", "already", "only", "after", "before", "past", "ago"}
    | {"still", "very", "bitterly", "unusually", "another", "one", "two", "three", "four"}
    | {"five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "few", "several"}
)
# Words that open where it happened: "in the capital", "at the quay", up to three words.
_SCENE_PLACES = frozenset(["in", "at", "across", "over", "outside", "near"])
_PLACE_WORDS = 3
# What may close a sentence after its final stop: quotes and brackets.
_CLOSERS = "\"'\u2019\u201d)]"
#: Most words after "It was" of a sentence that only sets a scene.
_SCENE_MOST_WORDS = 12


def sets_a_scene(text: str) -> bool:
    """Whether ``text`` only sets a scene: a time, a date or the weather after "It was".

    "It was 10 p.m. on a Friday in May.", "It was a cold, wet morning in Kessel.", "It had
    been raining in the capital for two days.": alone, such a line tells nothing. Its
    words after "It was" (or "There was", "It is", "It had been") are twelve at most,
    and each is a word of a time or of the weather ("morning", "Friday", "10 p.m.",
    "cold", "raining"), a number, a name, a word that joins them ("a", "on", "just
    after") or one of up to three words after "in" or "at" that say where; one at least
    is of a time or of the weather. A word of anything else ("It was a crime.", "It was
    29 days old.") makes it a statement.

    Example:
        >>> [sets_a_scene(t) for t in ("It was 10 p.m. on a Friday in May.",
        ...                            "It was a cold morning.", "It was a crime.")]
        [True, True, False]
    """
    body = text.strip().rstrip(_CLOSERS).rstrip(".!")
    opening = _SCENE_OPENING.match(body)
    if opening is None:
        return False
    words = _SCENE_WORD.findall(body, opening.end())
    if not words or len(words) > _SCENE_MOST_WORDS:
        return False
    scene = False
    place = 0  # words left of a place: "in the capital"
    for word in words:
        low = word.lower()
        if low in _SCENE_WORDS or _CLOCK_OR_YEAR.fullmatch(low):
            scene = True
        elif low in _SCENE_PLACES:
            place = _PLACE_WORDS
        elif low in _SCENE_FILLERS or word[0].isupper() or _DAY_OF_MONTH.fullmatch(low):
            continue
        elif place:
            place -= 1
        else:
            return False
    return scene
