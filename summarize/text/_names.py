"""Names across spellings: one set of terms for the ways the sources of a set write one name.

In text/, a step of vectorizing: :func:`find_aliases` learns which forms stand for one name,
and :class:`~summarize.text._vectorize.SentenceVectorizer` counts them as the same terms.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence, Set

__all__ = ["find_aliases"]

_ACRONYM = re.compile(r"[A-Z]{2,6}")
# Lower-case words that may stand inside a long form without an initial of their own.
_CONNECTORS = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "&"})
# A parenthesis that gives one or more acronyms: "(SDF)", "(ISIL or ISIS)", "(UN/ONU)".
_DEFINITION = re.compile(r"\(\s*([A-Z]{2,6}(?:\s*(?:,|/|\bor\b)\s*[A-Z]{2,6}){0,3})\s*\)")
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['\u2019\-.][^\W_]+)*|&")
_LONGEST_RUN = 8
_SHORTEST_NAME = 5
# Names compared within one group of names that are one letter apart (a guard: such
# groups hold a handful of names in real text).
_LARGEST_BUCKET = 16


def _capitalised(token: str) -> bool:
    return token[:1].isupper() and not token.isupper()


def _name_word(token: str) -> str | None:
    """The token as a word of a name ("State's" -> "State"), or None ("US-backed")."""
    for ending in ("'s", "\u2019s"):
        if token.endswith(ending):
            token = token[: -len(ending)]
    if not _capitalised(token) or any(not part[:1].isupper() for part in token.split("-")):
        return None
    return token


class _NameWords(dict[str, "str | None"]):
    """Each token's :func:`_name_word`, worked out once per distinct token."""

    def __missing__(self, token: str) -> str | None:
        word = self[token] = _name_word(token)
        return word


def _runs(tokens: Sequence[str], name_words: _NameWords) -> list[list[str]]:
    """Runs of capitalised words, connectors allowed inside, each cut to its last 8 words."""
    runs: list[list[str]] = []
    run: list[str] = []
    last = -2  # the position of the last word of the run
    for position in [i for i, token in enumerate(tokens) if token[0].isupper()]:
        token = tokens[position]
        word = name_words[token]
        if word is None:
            continue
        gap = tokens[last + 1 : position]
        if run and not all(between in _CONNECTORS for between in gap):
            runs.append(run)
            run = []
        run.extend(gap if run else ())
        run.append(word)
        last = position
        if word != token:  # a possessive ends the name
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return [run[-_LONGEST_RUN:] for run in runs]


def _spellings(run: list[str]) -> dict[str, tuple[str, ...]]:
    """Every acronym a stretch of ``run`` spells -> the stretch's words (see :func:`_stretches`)."""
    shape = "".join(word[0] if _capitalised(word) else "_" for word in run)
    return {acronym: tuple(run[a:b]) for acronym, (a, b) in _stretches(shape).items()}


def _stretches(shape: str, prefixes: Set[str] | None = None) -> dict[str, tuple[int, int]]:
    """Every acronym a stretch of a run spells -> where the stretch starts and ends.

    ``shape`` is the run one character a word: a capitalised word's initial, or
    "_" for a connector. A stretch starts and ends on a capitalised word; it may
    hold connectors only when it has three capitalised words or more ("Iraq and
    Syria" is no name). With ``prefixes`` (the beginnings of the acronyms
    wanted), a stretch is given up as soon as its initials begin no acronym wanted.
    """
    found: dict[str, tuple[int, int]] = {}
    for start, first in enumerate(shape):
        if first == "_" or (prefixes is not None and first not in prefixes):
            continue
        initials, count = first, 1  # count: len(initials), kept as the loop goes
        for end in range(start + 1, len(shape)):
            letter = shape[end]
            if letter == "_":
                continue
            initials += letter
            count += 1
            if count > 6 or (prefixes is not None and initials not in prefixes):
                break
            # A stretch with a connector inside (more words than initials) needs three.
            if count >= 3 or end - start + 1 == count:
                found.setdefault(initials, (start, end + 1))
    return found


# A run of two names or more in a sentence's shape (see _shapes): names, connectors between
# them, and a possessive, which ends a run.
_RUN_OF_NAMES = re.compile(r"[A-Z*](?:_*[A-Z*])+(?:_*[a-z+])?|[A-Z*]_*[a-z+]")
_LATIN_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _shapes(written: Set[str]) -> tuple[dict[str, str], dict[str, str]]:
    """How each written token reads in a run of names, and the word it gives there.

    A token's shape is one character: a name word's initial ("*" outside A to Z,
    where no acronym wanted starts), in lower case ("+") for a possessive, which
    ends a run; "_" for a connector. Other tokens have no shape: they end a run.
    """
    shapes = dict.fromkeys(_CONNECTORS & written, "_")
    words: dict[str, str] = {}
    for token in written:
        if token[0].isupper() and (word := _name_word(token)) is not None:
            initial = token[0] if token[0] in _LATIN_CAPITALS else "*"
            if word != token:  # a possessive
                initial = "+" if initial == "*" else initial.lower()
            shapes[token] = initial
            words[token] = word
    return shapes, words


def _acronyms(
    texts: Sequence[str],
    tokens: Sequence[Sequence[str]],
    known: set[str],
    written: Set[str],
) -> dict[str, tuple[str, ...]]:
    """Each acronym that stands for a long form of the set -> the long form's lower-case words.

    An all-capitals word of 2 to 6 letters (SDF, ISIL) stands for a run of
    capitalised words of the set whose initials spell it ("of", "the", "and" and
    other short lower-case words inside a run of three capitalised words or more
    are skipped): when exactly one run of the set spells it, or when the run comes
    right before a parenthesis that gives the acronym ("the Islamic State of Iraq
    and the Levant (ISIL or ISIS)": every acronym in the parenthesis stands for
    that run). An acronym is counted as the words of its long form.
    """
    long_forms = _long_forms(tokens, known, written)
    aliases = {acronym: min(forms) for acronym, forms in long_forms.items() if len(forms) == 1}
    aliases.update(_defined(texts))
    return aliases


def _long_forms(
    tokens: Sequence[Sequence[str]], known: set[str], written: Set[str]
) -> dict[str, set[tuple[str, ...]]]:
    """Each acronym of ``known`` -> the lower-case long forms that runs of the set spell.

    The runs and stretches are those of :func:`_runs` and :func:`_spellings`, found in
    the shape of the set (see :func:`_shapes`): every sentence one character a token,
    and a space between sentences (a token without a shape), made by one ``map`` and
    one ``join`` over the set's tokens, in which one regular expression finds the runs
    of two names or more. A run never crosses the space, so it lies in one sentence.
    """
    long_forms: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    prefixes = {acronym[:i] for acronym in known for i in range(1, len(acronym) + 1)}
    shapes, run_words = _shapes(written)
    run_word = run_words.get
    flat: list[str] = []  # every token, and "" (no token has that shape) after each sentence
    for words in tokens:
        flat += words
        flat.append("")
    shape = "".join(map(shapes.get, flat, itertools.repeat(" ")))
    for run in _RUN_OF_NAMES.finditer(shape):
        start, end = run.span()
        start = max(start, end - _LONGEST_RUN)
        for acronym, (a, b) in _stretches(shape[start:end].upper(), prefixes).items():
            if acronym in known:
                form = flat[start + a : start + b]
                long_forms[acronym].add(tuple(run_word(w, w).lower() for w in form))
    return long_forms


def _defined(texts: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Each acronym a parenthesis gives -> the lower-case long form right before it."""
    defined: dict[str, tuple[str, ...]] = {}
    name_words = _NameWords()
    for text in texts:
        if "(" not in text:
            continue
        for match in _DEFINITION.finditer(text):
            given = re.findall(r"[A-Z]{2,6}", match.group(1))
            tail = _tail_tokens(text[: match.start()])
            before = _runs(tail, name_words)
            if not before or name_words[tail[-1]] != before[-1][-1]:
                continue  # no name right before the parenthesis
            spelled = _spellings(before[-1])
            for acronym in given:
                long_form = spelled.get(acronym)
                # The long form must end where the run does, right before the parenthesis.
                if long_form and before[-1][-len(long_form) :] == list(long_form):
                    for alternative in given:
                        defined.setdefault(alternative, tuple(w.lower() for w in long_form))
                    break
    return defined


def _tail_tokens(text: str) -> list[str]:
    """The last words before a parenthesis (words and the connectors between them)."""
    return _WORD.findall(text[-200:])


def _one_apart(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one letter changed, added or dropped, not the last.

    A change in the last letter is an ending (Marxist, Marxism), not a spelling.
    """
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return i < len(a) - 1 and a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _variants(
    tokens: Sequence[Sequence[str]], documents: Sequence[int], written: Set[str]
) -> dict[str, tuple[str, ...]]:
    """Each spelling of a name -> the lower-case spelling to count in its place.

    Two names (words that are capitalised wherever they occur, other than as a
    sentence's first word) of at least 5 letters, with the same first letter, one
    letter apart (one letter changed, added or dropped; a changed last letter is an
    ending, as in Marxist and Marxism), neither the start of the other (Syria and
    Syrian are two words), and never both in one article (an article that writes
    both means two names): the rarer is counted as the commoner (on a tie, the one
    the set writes first).
    """
    # Capitalised words: one capital letter, then lower-case letters.
    capitalised = {
        word
        for word in written
        if len(word) >= _SHORTEST_NAME
        and word[0].isupper()
        and word[1:].islower()
        and word.isalpha()
    }
    # Counted by Counter's loop in C; the order of the counts is that of the first mention.
    counts = Counter(
        filter(capitalised.__contains__, itertools.chain.from_iterable(w[1:] for w in tokens))
    )  # not the first word
    # A name is never written in lower case anywhere in the set.
    names = [name for name in counts if name.lower() not in written]
    parent = {name: name for name in names}

    def root(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    pairs = [
        (a, b)
        for bucket in _buckets(names)
        for a, b in itertools.combinations(bucket[:_LARGEST_BUCKET], 2)
        if a != b and a[0] == b[0] and not (a.startswith(b) or b.startswith(a)) and _one_apart(a, b)
    ]
    articles = _articles({name for pair in pairs for name in pair}, tokens, documents)
    for a, b in pairs:
        if not articles[a] & articles[b]:
            parent[root(a)] = root(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        groups[root(name)].append(name)
    order = {name: i for i, name in enumerate(counts)}
    aliases: dict[str, tuple[str, ...]] = {}
    for members in groups.values():
        if len(members) > 1:
            main = min(members, key=lambda name: (-counts[name], order[name]))
            aliases.update({name: (main.lower(),) for name in members if name != main})
    return aliases


def _buckets(names: Sequence[str]) -> list[list[str]]:
    """The names that share a form with one letter deleted, a list each form two names share.

    Words one letter apart share such a form (or one is the other's). A list
    is made only for a form that a second name shares: most forms have one
    name, and a list for each would be tens of thousands of lists made for
    nothing in a large set.
    """
    first: dict[str, str] = {}
    shared: dict[str, list[str]] = {}
    for name in names:
        for form in [name[:i] + name[i + 1 :] for i in range(len(name))] + [name]:
            if form in shared:
                shared[form].append(name)
            elif form in first:
                shared[form] = [first[form], name]
            else:
                first[form] = name
    return list(shared.values())


def _articles(
    names: set[str], tokens: Sequence[Sequence[str]], documents: Sequence[int]
) -> dict[str, set[int]]:
    """The articles that write each of ``names``, other than as a sentence's first word."""
    articles: dict[str, set[int]] = {name: set() for name in names}
    for words, document in zip(tokens, documents, strict=True):
        if not names.isdisjoint(words):
            for name in names.intersection(words[1:]):
                articles[name].add(document)
    return articles


def find_aliases(
    texts: Sequence[str],
    tokens: Sequence[Sequence[str]],
    documents: Sequence[int],
    written: Set[str] | None = None,
) -> dict[str, tuple[str, ...]]:
    """Learn which written forms of the set stand for one name.

    Sources spell names differently (Baghouz and Baghuz, Mustafa and Mustefa) and
    write them in full or as an acronym (Syrian Democratic Forces and SDF). Left
    alone, TF-IDF sees different words, and one claim splits in two. This learns,
    from the words of the set alone (no list of names), which written forms stand
    for the same name, as a map from a form to the words to count instead (see
    :class:`~summarize.text._vectorize.SentenceVectorizer`): acronyms (see
    ``_acronyms``) and spellings (see ``_variants``). Other aliases (a nickname, a
    name in another script, "Daesh" for the Islamic State) are left as they are:
    nothing in the letters ties them together.

    Args:
        texts: The sentences of the set, as written.
        tokens: Each sentence's words as
            :func:`~summarize.text._vectorize.tokenize_words` splits them.
        documents: The number of each sentence's article.
        written: Every distinct token of ``tokens``, when the caller has them.

    Returns:
        A map from a form as written (case counts: "IS" is not "is") to the
        lower-case words to count in its place.

    Raises:
        ValueError: ``texts`` and ``tokens`` differ in length.

    Example:
        >>> from summarize.text._vectorize import tokenize_words
        >>> texts = ["The Syrian Democratic Forces (SDF) took Baghouz.",
        ...          "The SDF said Baghuz had fallen."]
        >>> aliases = find_aliases(texts, [tokenize_words(t) for t in texts], [0, 1])
        >>> aliases["SDF"], aliases["Baghuz"]
        (('syrian', 'democratic', 'forces'), ('baghouz',))
    """
    if len(texts) != len(tokens):
        raise ValueError(f"{len(texts)} texts but {len(tokens)} lists of tokens")
    if written is None:
        written = set().union(*tokens)
    known = {word for word in written if _ACRONYM.fullmatch(word)}
    aliases = _variants(tokens, documents, written)
    aliases.update(_acronyms(texts, tokens, known, written) if known else {})
    return aliases
