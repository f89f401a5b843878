"""The English Snowball stemmer (Porter2), written from the Snowball project's description.

Serves text/: :func:`summarize.text._languages.stemmer` stems English with it (other
languages keep NLTK's Snowball stemmers). It gives the stems of NLTK's
``EnglishStemmer``, which summarize used before (tests/test_text_english_stem.py holds
it to them), in less than half the time: each step looks its suffixes up by their last
two letters, longest first, and the regions R1 and R2 are positions in the word.

Where NLTK's reading of the algorithm differs from the description, this follows NLTK,
so that no stem changes: a step that replaces a suffix by other letters, where the
suffix reaches before the start of R2, empties R2 (after -ate and -ive in step 2, R2
keeps the final e); the e that step 1b adds after -at, -bl or -iz joins R1 always and
R2 only in a word of six letters or more or when R1 is three or more; and R1 ends in a
short syllable (step 5) only in a word of four letters or more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = ["stem_english"]

_VOWELS = frozenset("aeiouy")
_DOUBLES = frozenset(("bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"))
_LI_ENDINGS = frozenset("cdeghkmnrt")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'"})
#: R1 and R2, each after a vowel and a non-vowel ("Y" is no vowel) or after a prefix.
_REGIONS = re.compile(
    r"(gener|commun|arsen|[^aeiouy]*[aeiouy]+[^aeiouy])([^aeiouy]*[aeiouy]+[^aeiouy])?"
)
#: y at the start or after a vowel other than y, which is a consonant ("Y").
_Y_CONSONANT = re.compile(r"(?:^|(?<=[aeiou]))y")

#: Exceptional forms, stemmed as a whole before anything else.
_WORDS: Mapping[str, str] = {
    "skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
    "idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli",
    "singly": "singl", "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas",
    "cosmos": "cosmos", "bias": "bias", "andes": "andes",
}  # fmt: skip
#: Words left as they are once step 1a is done.
_AFTER_1A = frozenset(
    ("inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed")
)

# What a replacement whose suffix reaches before the start of R2 leaves of R2.
_CUT = 0  # what is left of it: the suffix is cut back to the replacement
_EMPTIED = 1  # nothing
_FINAL_E = 2  # the replacement's final e

# Steps 2 and 3: each suffix, its replacement and what it leaves of R2. A suffix applies
# only when it is the longest the word ends with, and it lies in R1.
_STEP2: Mapping[str, tuple[str, int]] = {
    "tional": ("tion", _CUT), "enci": ("ence", _CUT), "anci": ("ance", _CUT),
    "abli": ("able", _CUT), "entli": ("ent", _CUT), "izer": ("ize", _EMPTIED),
    "ization": ("ize", _EMPTIED), "ational": ("ate", _FINAL_E), "ation": ("ate", _FINAL_E),
    "ator": ("ate", _FINAL_E), "alism": ("al", _EMPTIED), "aliti": ("al", _EMPTIED),
    "alli": ("al", _EMPTIED), "fulness": ("ful", _CUT), "ousli": ("ous", _EMPTIED),
    "ousness": ("ous", _EMPTIED), "iveness": ("ive", _FINAL_E), "iviti": ("ive", _FINAL_E),
    "biliti": ("ble", _EMPTIED), "bli": ("ble", _EMPTIED), "ogi": ("og", _CUT),
    "fulli": ("ful", _CUT), "lessli": ("less", _CUT), "li": ("", _CUT),
}  # fmt: skip
_STEP3: Mapping[str, tuple[str, int]] = {
    "tional": ("tion", _CUT), "ational": ("ate", _EMPTIED), "alize": ("al", _CUT),
    "icate": ("ic", _EMPTIED), "iciti": ("ic", _EMPTIED), "ical": ("ic", _EMPTIED),
    "ful": ("", _CUT), "ness": ("", _CUT), "ative": ("", _CUT),
}  # fmt: skip
#: Step 4: suffixes deleted when the longest the word ends with lies in R2.
_STEP4 = frozenset(
    ("al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism",
     "ate", "iti", "ous", "ive", "ize", "ion")
)  # fmt: skip


def _by_ending(suffixes: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The suffixes by their last two letters, longest first: most words end in none."""
    by_ending: dict[str, tuple[str, ...]] = {}
    for suffix in sorted(suffixes, key=len, reverse=True):
        by_ending[suffix[-2:]] = (*by_ending.get(suffix[-2:], ()), suffix)
    return by_ending


_STEP2_ENDINGS, _STEP3_ENDINGS, _STEP4_ENDINGS = map(_by_ending, (_STEP2, _STEP3, _STEP4))
#: The last two letters of every suffix of steps 2 to 4: a word that ends in none of them
#: (most words, once step 1 is done) is left as it is by all three.
_SUFFIX_ENDINGS = frozenset(_STEP2_ENDINGS) | frozenset(_STEP3_ENDINGS) | frozenset(_STEP4_ENDINGS)


def stem_english(word: str) -> str:
    """The Porter2 stem of ``word`` (lower-cased first), as NLTK's ``EnglishStemmer`` gives it.

    Example:
        >>> [stem_english(w) for w in ("generously", "dying", "news", "succeeding", "skies")]
        ['generous', 'die', 'news', 'succeed', 'sky']
    """
    word = word.lower()
    if len(word) <= 2:
        return word
    if word in _WORDS:
        return _WORDS[word]
    if not word.isascii():
        word = word.translate(_APOSTROPHES)
    if word[0] == "'":
        word = word[1:]
    if "y" in word:
        word = _Y_CONSONANT.sub("Y", word) if "yy" not in word else _mark_y(word)
    p1, p2 = _regions(word)
    if "'" in word:  # step 0
        for suffix in ("'s'", "'s", "'"):
            if word.endswith(suffix):
                word = word[: -len(suffix)]
                p1, p2 = min(p1, len(word)), min(p2, len(word))
                break
    if word.endswith(("s", "ied")):  # step 1a
        word = _step1a(word)
        p1, p2 = min(p1, len(word)), min(p2, len(word))
    if word in _AFTER_1A:
        return word
    word, p1, p2 = _step1b(word, p1, p2)
    if len(word) > 2 and word[-1] in "yY" and word[-2] not in _VOWELS:  # step 1c
        word = word[:-1] + "i"
    if word[-2:] in _SUFFIX_ENDINGS:  # steps 2 to 4
        word, p1, p2 = _steps_2_to_4(word, p1, p2)
    word = _step5(word, p1, p2)
    return word.replace("Y", "y") if "Y" in word else word


def _steps_2_to_4(word: str, p1: int, p2: int) -> tuple[str, int, int]:
    """Suffixes in R1 replaced (steps 2 and 3), then one in R2 deleted (step 4)."""
    for table, endings in ((_STEP2, _STEP2_ENDINGS), (_STEP3, _STEP3_ENDINGS)):
        suffix = _longest(word, endings)
        if suffix and len(word) - len(suffix) >= p1 and _allows(word, suffix, p2):
            word, p2 = _replace(word, suffix, *table[suffix], p2)
    suffix = _longest(word, _STEP4_ENDINGS)
    if suffix and len(word) - len(suffix) >= p2 and (suffix != "ion" or word[-4] in "st"):
        word = word[: -len(suffix)]
        p1 = min(p1, len(word))
    return word, p1, p2


def _mark_y(word: str) -> str:
    """``word`` with an initial y, and each y after a vowel, written Y (a consonant)."""
    chars = list(word)
    if chars[0] == "y":
        chars[0] = "Y"
    for i in range(1, len(chars)):
        if chars[i] == "y" and chars[i - 1] in _VOWELS:
            chars[i] = "Y"
    return "".join(chars)


def _regions(word: str) -> tuple[int, int]:
    """Where R1 and R2 start: each after the first non-vowel that follows a vowel.

    R1 starts after "gener", "commun" or "arsen" when the word starts with one.
    """
    found = _REGIONS.match(word)
    if found is None:
        return len(word), len(word)
    p2 = found.end(2)
    return found.end(1), p2 if p2 >= 0 else len(word)


def _longest(word: str, endings: Mapping[str, tuple[str, ...]]) -> str:
    """The longest suffix of a step (``endings``: by last two letters) ``word`` ends with."""
    for suffix in endings.get(word[-2:], ()):
        if word.endswith(suffix):
            return suffix
    return ""


def _step1a(word: str) -> str:
    """Plurals and -ied: sses -> ss, ies/ied -> i or ie, s -> (none) after a vowel."""
    if word.endswith("s"):
        if word.endswith("sses"):
            return word[:-2]
        if word.endswith("ies"):
            return word[:-2] if len(word) > 4 else word[:-1]
        if word.endswith(("us", "ss")):
            return word
        return word[:-1] if _has_vowel(word[:-2]) else word
    return word[:-2] if len(word) > 4 else word[:-1]  # -ied


def _step1b(word: str, p1: int, p2: int) -> tuple[str, int, int]:
    """-eed(ly) -> ee in R1; -ed(ly) and -ing(ly) go after a vowel, then the end is mended."""
    if word.endswith(("ed", "edly")):
        length, eed = (2, False) if word.endswith("ed") else (4, False)
        if word.endswith(("eed", "eedly")):
            length, eed = length + 1, True
    elif word.endswith("ing"):
        length, eed = 3, False
    elif word.endswith("ingly"):
        length, eed = 5, False
    else:
        return word, p1, p2
    stem = word[:-length]
    if eed:
        if len(stem) < p1:
            return word, p1, p2
        return stem + "ee", p1, p2 if p2 <= len(stem) else len(stem) + 2
    if not _has_vowel(stem):
        return word, p1, p2
    p1, p2 = min(p1, len(stem)), min(p2, len(stem))
    if stem.endswith(("at", "bl", "iz")):
        longer = len(stem) >= 5 or len(stem) - p1 >= 2
        return stem + "e", p1, p2 if longer else len(stem) + 1
    if stem[-2:] in _DOUBLES:
        return stem[:-1], min(p1, len(stem) - 1), min(p2, len(stem) - 1)
    if p1 == len(stem) and _ends_short_syllable(stem):  # a short word
        return stem + "e", len(stem) + 1, len(stem) + 1
    return stem, p1, p2


def _allows(word: str, suffix: str, p2: int) -> bool:
    """Whether a suffix in R1 goes: -ogi after l, -li after a li-ending, -ative in R2."""
    if suffix == "ogi":
        return word[-4] == "l"
    if suffix == "li":
        return word[-3] in _LI_ENDINGS
    return suffix != "ative" or len(word) - 5 >= p2


def _replace(word: str, suffix: str, replacement: str, leaves: int, p2: int) -> tuple[str, int]:
    """``word`` with ``suffix`` replaced, and where R2 then starts."""
    reached = p2 > len(word) - len(suffix)  # the suffix reaches before R2
    word = word[: -len(suffix)] + replacement
    if reached:
        p2 = min(p2, len(word)) if leaves == _CUT else len(word) - (leaves == _FINAL_E)
    return word, p2


def _step5(word: str, p1: int, p2: int) -> str:
    """A final e in R2 (or in R1 after no short syllable) goes; ll in R2 loses an l."""
    before = len(word) - 1
    if word.endswith("l"):
        return word[:-1] if before >= p2 and word[-2:] == "ll" else word
    if word.endswith("e") and (
        before >= p2 or (before >= p1 and len(word) >= 4 and not _ends_short_syllable(word[:-1]))
    ):
        return word[:-1]
    return word


def _has_vowel(text: str) -> bool:
    return not _VOWELS.isdisjoint(text)


def _ends_short_syllable(text: str) -> bool:
    """Whether ``text`` ends with a short syllable: (non-vowel) vowel non-vowel.

    The last non-vowel is not w, x or Y; at the start of the word a vowel and a
    non-vowel alone are a short syllable too.
    """
    if len(text) == 2:
        return text[0] in _VOWELS and text[1] not in _VOWELS
    return (
        len(text) >= 3
        and text[-1] not in _VOWELS
        and text[-1] not in "wxY"
        and text[-2] in _VOWELS
        and text[-3] not in _VOWELS
    )
