"""The words that say what a figure counts: predicate classes and the words around figures.

Data for analysis/'s figures (:mod:`summarize.analysis._figures.context`,
:mod:`summarize.analysis._figures.frame`, :mod:`summarize.analysis._disagree`), and
:class:`Lexicon`, the predicates by stem.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs

__all__ = [
    "CALENDAR", "EXPECTED", "INCREMENT", "MONTH_NAMES", "OPENERS", "PERSON_UNITS", "PREDICATES",
    "REFERENCES", "REPORTING", "SEPARATORS", "UNIT_NAMES", "Lexicon", "lexicon_for",
]  # fmt: skip

#: Predicate classes: the general news words that say what happened to what a
#: figure counts (deaths, injuries, people fleeing, costs, rises, falls ...), and
#: whether the class alone says enough (``True``: a *strong* class says on its own
#: what a count counts) or the figures must also share context. A word may belong
#: to two classes ("fell").
#: A word after ``+`` counts only when "from" or "out" is in its stretch
#: ("pulled nine people from the water", "trudged out of the town").
PREDICATES: Mapping[str, tuple[bool, str]] = {
    "death": (True, "kill killed killing kills dead die died dies dying death deaths fatal "
              "fatality fatalities perished slain slaughter slaughtered murdered massacred "
              "drowned bodies toll"),
    "injury": (True, "injure injured injuring injuries injury hurt wound wounded wounding "
               "hospitalised hospitalized"),
    "casualty": (True, "casualties casualty"),
    "missing": (True, "missing unaccounted"),
    "displacement": (True, "flee fled fleeing escape escaped escaping evacuate evacuated "
                     "evacuating evacuation evacuees exodus displace displaced displacement "
                     "refugees uprooted +trudged +streamed +poured +spilled +trekked"),
    "rescue": (True, "rescue rescued rescuing saved plucked airlifted winched +pulled +dragged "
               "+hauled"),
    "arrest": (True, "arrest arrested arrests detain detained detention custody jailed "
               "imprisoned apprehended"),
    "charge": (True, "charged indicted convicted prosecuted"),
    "abduction": (True, "kidnapped abducted hostage hostages"),
    "construction": (False, "built constructed completed opened founded established "
                     "inaugurated erected"),
    "cost": (False, "cost costs costing price priced spend spent spending budget bill pay paid "
             "payment fund funding funded invest investment"),
    "revenue": (False, "revenue revenues sales sold earnings profit profits income turnover"),
    "value": (False, "worth valued valuation"),
    "penalty": (False, "fine fined penalty settlement damages compensation"),
    "aid": (False, "aid grant grants donated pledged"),
    "rise": (False, "rise rose risen rising increase increased grew grown growth climbed "
             "jumped soared surged gained higher"),
    "fall": (False, "fall fell fallen falling drop dropped decline declined decrease decreased "
             "slumped plunged tumbled lower"),
    "collapse": (False, "collapse collapsed fell failed failure snapped crumbled caved toppled"),
    "vote": (False, "vote votes voted voters poll polls approval turnout ballots elected"),
    "attack": (False, "attack attacks attacked strike strikes airstrikes bombs bombing raids"),
}  # fmt: skip

_PERSON_CLASSES = frozenset(
    {"death", "injury", "casualty", "missing", "displacement", "rescue", "arrest", "charge",
     "abduction"}
)  # fmt: skip
_MONEY_CLASSES = frozenset({"cost", "revenue", "value", "penalty", "aid"})


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


#: Units of a count that a person class makes a count of people ("" for "injuring 12"):
#: "12 deaths" and "12 arrests" count the people who died or were arrested.
PERSON_UNITS = frozenset(
    {"", "person", "injury", "fatality", "death", "casualty", "victim", "arrest"}
)
#: Words that end a figure's stretch.
SEPARATORS = _words(
    ', ; : ( ) \u2014 \u2013 " \u201c \u201d and or but while whereas as when because '
    "although though including"
)
#: Words near a figure that make it a change ("an additional 4,901").
INCREMENT = _words("additional extra more further new")
#: Words in a figure's stretch that make it an expectation.
EXPECTED = _words(
    "expect expected expects expecting forecast forecasts forecasters predicted predict "
    "anticipated projected projects target targets targeting goal aim aims surveyed looking "
    "hoped hopes"
)
#: Words around a name that make it the speaker's.
REPORTING = _words("said says say told tells added wrote writes tweeted according")
#: Words before a period that make it say when ("after five months"), lower-case.
REFERENCES = _words("after within in over during past last next first since until")
MONTH_NAMES = _words(
    "January February March April May June July August September October November December"
)
#: Capitalised words that are no names.
CALENDAR = MONTH_NAMES | _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
#: Characters after which a capitalised word may open a sentence rather than be a name.
OPENERS = frozenset('.!?:;"(\u201c\u2018')
#: What a figure of a unit is, when no noun says it.
UNIT_NAMES: Mapping[str, str] = {
    "m": "length", "m2": "area", "kg": "weight", "l": "volume", "km/h": "speed",
    "°C": "temperature", "day": "duration", "minute": "time", "%": "share",
    "pp": "percentage points",
}  # fmt: skip


@attrs.frozen
class Lexicon:
    """:data:`PREDICATES` by stem, as class bits, and the bits of kinds of class.

    Words are matched by stem (:func:`summarize.text._languages.stemmer`), so
    "evacuate", "evacuated" and "evacuating" are one word.

    Attributes:
        words: Stem -> class bits.
        with_particle: Stem -> class bits of the ``+`` words.
        strong: Bits of the classes that need no context.
        person: Bits of the classes that count people.
        money: Bits of the classes about money.
        dated: Bits of the classes that date a thing (building, founding).
        stem: The stemmer.
        known: Lower-case word -> its class bits alone and with a particle, as learnt.

    Example:
        >>> from summarize.text._languages import stemmer
        >>> lexicon = lexicon_for(stemmer("english"))
        >>> lexicon.classes("cost") == lexicon.classes("costs") != 0, lexicon.classes("said")
        (True, 0)
        >>> bits = lexicon.classes("evacuated")
        >>> bits == lexicon.classes("fled") and bool(bits & lexicon.strong & lexicon.person)
        True
    """

    words: Mapping[str, int]
    with_particle: Mapping[str, int]
    strong: int
    person: int
    money: int
    dated: int
    stem: Callable[[str], str]
    known: dict[str, tuple[int, int]] = attrs.field(factory=dict, init=False, repr=False)

    def classes(self, word: str) -> int:
        """The class bits of a lower-case word (0 for a word of no class)."""
        entry = self.known.get(word)
        return (entry or self.learn(word))[0]

    def learn(self, word: str) -> tuple[int, int]:
        """Return the class bits of a lower-case word alone and next to "from" or "out".

        The bits are kept in :attr:`known`; "trudged" has a class only with "out".
        """
        key = self.stem(word)
        entry = self.known[word] = (self.words.get(key, 0), self.with_particle.get(key, 0))
        return entry


_lexicons: dict[int, Lexicon] = {}


def lexicon_for(stem: Callable[[str], str]) -> Lexicon:
    """Return the :class:`Lexicon` of :data:`PREDICATES` under ``stem`` (made once per stemmer).

    Example:
        >>> from summarize.text._languages import stemmer
        >>> stem = stemmer("english")
        >>> lexicon_for(stem) is lexicon_for(stem)
        True
    """
    lexicon = _lexicons.get(id(stem))
    if lexicon is None:
        words: dict[str, int] = {}
        with_particle: dict[str, int] = {}
        strong = person = money = dated = 0
        for bit, (name, (alone, vocabulary)) in enumerate(PREDICATES.items()):
            mask = 1 << bit
            strong |= mask if alone else 0
            person |= mask if name in _PERSON_CLASSES else 0
            money |= mask if name in _MONEY_CLASSES else 0
            dated |= mask if name == "construction" else 0
            for word in vocabulary.split():
                table = with_particle if word.startswith("+") else words
                key = stem(word.lstrip("+"))
                table[key] = table.get(key, 0) | mask
        lexicon = Lexicon(words, with_particle, strong, person, money, dated, stem)
        _lexicons[id(stem)] = lexicon
    return lexicon
