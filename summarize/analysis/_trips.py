"""The day of one planned visit that sources give differently.

In analysis/, beside :mod:`summarize.analysis._days`, which leaves what will happen
alone: :func:`trip_disagreements` reads the weekday of a named person's coming visit
to a named place ("Mayor Ada Ode will visit Kessel on Tuesday", "Ode will travel to
Kessel on Monday"), for :mod:`summarize.analysis._disagree` to add to the set's
disagreements. Such days only *may* differ.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs

from ..records import Disagreement, Sentence
from ._days import WEEKDAYS, Zoned, weekday_disagreement

__all__ = ["trip_disagreements"]


def _set_of(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


# A named person's coming trip to a named place, and the weekday after it in its clause:
# "Ada Ode will visit Kessel, Tarnland, on Tuesday", "Ode is set to travel to Kessel on
# Monday". The person is the name right before the verb of the future; the day may
# follow the place after its state or country and "on", "early" or "late", nothing else.
# Names are of a few words at most, so that a long run of capitalised words costs no
# more than a short one at each of its words.
_NAME = r"[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)?"
_TRIP = re.compile(
    rf"\b(?P<who>{_NAME}(?:\s+{_NAME}){{0,5}})\s+"
    r"(?:will|is\s+(?:set|scheduled|due|expected|slated)\s+to|plans\s+to)\s+(?:also\s+)?"
    r"(?P<verb>visit|tour|(?:travel|fly|head|go|come)\s+to|arrive\s+in)\s+"
    rf"(?P<place>{_NAME}(?:\s+{_NAME}){{0,4}})"
    rf"(?:,\s+{_NAME}(?:\s+{_NAME}){{0,3}},?)?"
    r"\s+(?:on\s+)?(?:(?:early|late)\s+)?"
    rf"(?P<day>{'|'.join(WEEKDAYS)})\b"
    r"(?!\s*(?:-|\u2013|to|through|or|and)\s+(?:" + "|".join(WEEKDAYS) + r"))"
)
#: Words of a title before a name, no part of whose name it is ("President Ada Ode").
_TITLES = _set_of(
    "President Vice Prime Minister Secretary Governor Gov Mayor Senator Sen Rep King Queen "
    "Prince Princess Pope Chancellor General Gen Chief First Lady Mr Mrs Ms Dr"
)
#: Capitalised words that open a sentence and name no one ("He will visit ...").
_NOBODY = _set_of("The A An This That It He She They We I You Who Then")


@attrs.frozen
class _Trip:
    """The day a sentence gives for a person's coming visit to a place.

    Attributes:
        row: The sentence's place in the set.
        source: The source that gives it.
        who: The last word of the person's name ("Ode" of "Mayor Ada Ode").
        given: The words of the name before it ("Ada"), if any.
        place: The first word of the place's name ("Kessel").
        verb: The verb of the trip as written ("visit", "travel to").
        day: The day's ISO number (Monday 1).
        start: The day's offset in the sentence.
        text: The day as written.
    """

    row: int
    source: str
    who: str
    given: str
    place: str
    verb: str
    day: int
    start: int
    text: str


def trip_disagreements(
    sentences: Sequence[Sentence], sources: Mapping[str, str]
) -> list[tuple[tuple[int, int], Disagreement]]:
    """Return the days of one person's coming visit to one place that sources give differently.

    A sentence gives the day of a visit when a named person "will visit" a named
    place, or "will travel to", "fly to", "arrive in" it ("is set to", "is
    scheduled to", "plans to" alike), on a weekday in the same clause: "Mayor Ada
    Ode will visit Kessel, Tarnland, on Tuesday". Two sources disagree when they
    give such days for the person of one last name (and of one given name where
    both give one: "Ada Ode" is not "Ivo Ode") and the place of one first word,
    each one day only (a source that gives two days for the visit, as for a
    trip and a speech on the next day, gives none). Never certain: plans change,
    and a day depends on where it is told, so no day of a source that tells a
    time in a zone anywhere in its text is compared.

    Args:
        sentences: The set's sentences, in set order.
        sources: Article id -> source name (an article it does not name is its own source).

    Returns:
        (the place of the first version: sentence number and offset, the
        disagreement) for each visit whose days differ, one version per source in
        set order; ``Version.low`` and ``high`` are the day's ISO number.

    Example:
        >>> a = Sentence("a", 0, 0, 37, "Mayor Ada Ode will visit Kessel on Tuesday.")
        >>> b = Sentence("b", 0, 0, 41, "Ode will travel to Kessel on Monday.")
        >>> ((_, found),) = trip_disagreements([a, b], {"a": "Wire", "b": "Daily"})
        >>> found.about, [v.value for v in found.versions], found.certain
        ('day of the visit to Kessel', ['Tuesday', 'Monday'], False)
    """
    by_visit: dict[tuple[str, str], list[_Trip]] = {}
    for row, sentence in enumerate(sentences):
        if not any(day in sentence.text for day in WEEKDAYS):
            continue
        source = sources.get(sentence.article, sentence.article)
        for trip in _read(sentence.text, row, source):
            by_visit.setdefault((trip.who, trip.place), []).append(trip)
    zoned = Zoned(sentences)
    found = []
    for (_, place), trips in by_visit.items():
        days: dict[str, set[int]] = {}
        first: dict[str, _Trip] = {}
        for trip in trips:
            days.setdefault(trip.source, set()).add(trip.day)
            first.setdefault(trip.source, trip)
        versions = [first[s] for s in first if len(days[s]) == 1]
        if len({t.given for t in versions if t.given}) > 1:
            continue  # "Ada Ode" and "Ivo Ode": two people
        if any(zoned(sentences[t.row].article) for t in versions):
            continue  # "Tuesday (on the East Coast)": zones apart
        if len({t.day for t in versions}) > 1:
            versions.sort(key=lambda t: (t.row, t.start))
            head = versions[0]
            found.append(
                (
                    (head.row, head.start),
                    weekday_disagreement(versions, sentences, f"day of the visit to {place}"),
                )
            )
    return found


def _read(text: str, row: int, source: str) -> list[_Trip]:
    """The coming visits of a sentence that it gives a day for."""
    trips = []
    for match in _TRIP.finditer(text):
        who = [w for w in match["who"].split() if w not in _TITLES and w not in _NOBODY]
        if not who or (match.start() and text[match.start() - 1] == "\u201c"):
            continue  # "He will visit ...", a quote's words
        trips.append(
            _Trip(
                row=row,
                source=source,
                who=who[-1],
                given=" ".join(who[:-1]),
                place=match["place"].split()[0],
                verb=match["verb"],
                day=WEEKDAYS.index(match["day"]) + 1,
                start=match.start("day"),
                text=match["day"],
            )
        )
    return trips
