"""Turn what a user has (strings, mappings, files, folders, JSON Lines) into articles.

The start of the flow, before text/: :func:`as_articles` (and :func:`as_cluster`) check
objects in memory; :func:`load_articles`, :func:`load_clusters` (a line at a time, through
:func:`parse_cluster_line`) and :func:`read_articles` (standard input) read them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeAlias

from ._front_matter import split_front_matter
from .errors import EmptyInputError, InputError, LoadError
from .records import Article, Cluster

__all__ = [
    "ARTICLE_KEYS",
    "STREAM_ID",
    "TEXT_SUFFIXES",
    "as_articles",
    "as_cluster",
    "is_cluster_line",
    "is_clusters_file",
    "load_articles",
    "load_clusters",
    "parse_cluster_line",
    "read_articles",
]

#: Keys an article mapping may have (``text`` is required).
ARTICLE_KEYS: tuple[str, ...] = ("id", "text", "source", "title", "url", "published")

#: Suffixes of files read as one article each.
TEXT_SUFFIXES: tuple[str, ...] = (".txt", ".md")

#: What :func:`as_articles` accepts as one article.
ArticleLike: TypeAlias = "Article | str | Mapping[str, Any]"

#: Id and source of the one article :func:`read_articles` makes of plain text.
STREAM_ID = "stdin"

_JSON_SUFFIXES = (".json", ".jsonl")


def _describe(value: object) -> str:
    return f"{type(value).__name__} {value!r:.60}"


def _article_from_mapping(item: Mapping[Any, Any], position: int, *, extra_ok: bool) -> Article:
    if not extra_ok:
        unknown = [key for key in item if key not in ARTICLE_KEYS]
        if unknown:
            raise InputError(
                f"article {position} has unknown key {unknown[0]!r}; "
                f"valid keys are: {', '.join(ARTICLE_KEYS)}"
            )
    if item.get("text") is None:  # missing, or null in JSON
        given_id = item.get("id")
        named = f" ({given_id!r})" if isinstance(given_id, str) else ""
        raise InputError(f"article {position}{named} has no text; give it a 'text' string")
    fields = {key: item[key] for key in ARTICLE_KEYS if key in item and item[key] is not None}
    fields.setdefault("id", str(position))
    for key in ("id", "text", "source"):
        value = fields.get(key)
        if isinstance(value, (bytes, bytearray)):
            raise InputError(f"article {position}: {key} is bytes; decode it first")
        if key in fields and not isinstance(value, str):
            raise InputError(f"article {position}: {key} must be a string, got {_describe(value)}")
    return Article(**fields)


def _to_article(item: object, position: int, *, extra_ok: bool = False) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(id=str(position), text=item)
    if isinstance(item, Mapping):
        return _article_from_mapping(item, position, extra_ok=extra_ok)
    if isinstance(item, (bytes, bytearray)):
        raise InputError(f"article {position} is bytes; decode it first (data.decode('utf-8'))")
    raise InputError(
        f"article {position} is {_describe(item)}; "
        "give an Article, a string, or a mapping with a 'text' key"
    )


def _check_set(articles: tuple[Article, ...]) -> tuple[Article, ...]:
    if not articles:
        raise EmptyInputError("there are no articles to summarise; give at least one")
    for article in articles:
        if not article.text.strip():
            raise EmptyInputError(
                f"article {article.id!r} is empty (only whitespace); remove it or give its text"
            )
    seen: set[str] = set()
    duplicates: list[str] = []
    for article in articles:
        if article.id in seen and article.id not in duplicates:
            duplicates.append(article.id)
        seen.add(article.id)
    if duplicates:
        raise InputError(
            f"duplicate article ids: {', '.join(map(repr, duplicates))}; "
            "give each article its own id"
        )
    return articles


def _as_articles(items: object, *, extra_ok: bool) -> tuple[Article, ...]:
    if isinstance(items, str):
        raise InputError("got a single string; wrap it in a list: [text]")
    if isinstance(items, (bytes, bytearray)):
        raise InputError("got bytes; decode them first and wrap the text in a list")
    if isinstance(items, (Mapping, Article)):
        raise InputError("got a single article; wrap it in a list")
    if not isinstance(items, Iterable):
        raise InputError(f"expected a list of articles, got {_describe(items)}")
    articles = tuple(
        _to_article(item, position, extra_ok=extra_ok) for position, item in enumerate(items)
    )
    return _check_set(articles)


def as_articles(items: Iterable[ArticleLike]) -> tuple[Article, ...]:
    """Check and convert a set of articles given as objects.

    Args:
        items: :class:`Article` records, plain strings (ids ``"0"``, ``"1"``, ...
            by position), or mappings with ``text`` and optionally ``id``,
            ``source``, ``title``, ``url`` and ``published``. Kinds may be mixed.

    Returns:
        The articles, in input order.

    Raises:
        EmptyInputError: There are no articles, or one has only whitespace as text.
        InputError: An item has the wrong type, an unknown key or no text, ids repeat, or
            ``items`` is a single string or article rather than a list.

    Example:
        >>> [a.id for a in as_articles(["Rain fell.", {"id": "b", "text": "It rained."}])]
        ['0', 'b']
        >>> as_articles("Rain fell.")
        Traceback (most recent call last):
        ...
        summarize.errors.InputError: got a single string; wrap it in a list: [text]
    """
    return _as_articles(items, extra_ok=False)


def _relabel(error: InputError, where: str) -> InputError:
    """The same kind of error, its message prefixed with where it happened."""
    return type(error)(f"{where}: {error}")


def _read_text(path: Path) -> str:
    """The text of a file, decoded as UTF-8 and kept exactly as written.

    Line endings are kept and only a leading byte-order mark is dropped, so every
    sentence offset refers to the characters of the file.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise LoadError(f"cannot read {path}: {error.strerror or error}") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LoadError(
            f"{path} is not UTF-8 (bad byte at offset {error.start}); re-encode it as UTF-8"
        ) from None


def _parse_line(line: bytes, path: Path | str, number: int) -> Any:
    try:
        text = line.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError:
        raise LoadError(f"{path}, line {number}: not UTF-8; re-encode the file as UTF-8") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise LoadError(f"{path}, line {number}: malformed JSON: {error.msg}") from None


def _json_lines(path: Path) -> Iterator[tuple[int, Any]]:
    """Yield (line number, parsed object) for every non-blank line, reading lazily."""
    try:
        handle = path.open("rb")
    except OSError as error:
        raise LoadError(f"cannot read {path}: {error.strerror or error}") from error
    with handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield number, _parse_line(line, path, number)


def _existing(path: str | os.PathLike[str]) -> Path:
    result = Path(path)
    try:
        found = result.exists()
    except OSError as error:  # a folder on the way cannot be searched
        raise LoadError(f"cannot read {result}: {error.strerror or error}") from error
    if not found:
        raise LoadError(f"no such file or folder: {result}")
    return result


def is_clusters_file(path: str | os.PathLike[str]) -> bool:
    """Tell whether ``path`` is a clusters file.

    A clusters file is a ``.jsonl`` file whose first non-blank line is an object
    with an ``articles`` key.

    Raises:
        LoadError: The file cannot be read or its first line is not JSON.
    """
    file = _existing(path)
    if not file.is_file() or file.suffix.lower() != ".jsonl":
        return False
    for _, first in _json_lines(file):
        return isinstance(first, dict) and "articles" in first
    return False


def as_cluster(obj: object, *, where: str) -> Cluster:
    """Check and convert one cluster mapping, ``{"id": ..., "articles": [...]}``.

    Keys other than ``id`` and ``articles``, and keys of an article other than
    those of :data:`ARTICLE_KEYS`, are ignored, as in a clusters file.

    Args:
        obj: The mapping (one parsed line of a clusters file, say).
        where: What to call it in error messages (``"clusters.jsonl, line 3"``).

    Raises:
        LoadError: ``obj`` is not a mapping with an ``articles`` list, or its id
            is not a string.
        InputError: Its articles are invalid (see :func:`as_articles`).

    Example:
        >>> as_cluster({"id": "c1", "articles": ["Rain fell."], "references": []}, where="c1").id
        'c1'
    """
    if not isinstance(obj, Mapping) or "articles" not in obj:
        raise LoadError(f"{where}: expected an object with an 'articles' list (one cluster a line)")
    cluster_id = obj.get("id")
    if cluster_id is not None and not isinstance(cluster_id, str):
        raise LoadError(f"{where}: the cluster id must be a string, got {_describe(cluster_id)}")
    items = obj["articles"]
    if not isinstance(items, list):
        raise LoadError(f"{where}: 'articles' must be a list, got {_describe(items)}")
    try:
        articles = _as_articles(items, extra_ok=True)
    except InputError as error:
        raise _relabel(error, where) from None
    return Cluster(id=cluster_id, articles=articles)


def parse_cluster_line(line: bytes, *, name: str, number: int) -> Cluster:
    """Parse one line of a clusters file (UTF-8 JSON) into a cluster.

    Args:
        line: The line's bytes (a byte-order mark is dropped on line 1).
        name: The file's name, for error messages.
        number: The line's number (from 1), for error messages.

    Raises:
        LoadError: The line is not UTF-8, not JSON, or not a cluster; the
            message starts with ``"<name>, line <number>: "``.
        InputError: The cluster's articles are invalid (same prefix).

    Example:
        >>> parse_cluster_line(b'{"articles": ["Hi."]}', name="-", number=1).articles[0].text
        'Hi.'
    """
    return as_cluster(_parse_line(line, name, number), where=f"{name}, line {number}")


def is_cluster_line(line: bytes) -> bool:
    """Tell whether a line is a JSON object with an ``articles`` key (False if it is not JSON).

    Example:
        >>> is_cluster_line(b'{"id": "c1", "articles": []}'), is_cluster_line(b'{"text": "Hi."}')
        (True, False)
    """
    try:
        obj = json.loads(line.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    return isinstance(obj, dict) and "articles" in obj


def load_clusters(path: str | os.PathLike[str]) -> Iterator[Cluster]:
    r"""Stream the clusters of a JSON Lines file, one set of articles per line.

    Each non-blank line is an object ``{"id": ..., "articles": [...]}``; other
    keys of the line (``references``, ``dataset``, ``title``, ...) and keys of
    an article other than those of :data:`ARTICLE_KEYS` are ignored. The file
    is read line by line, never whole.

    Args:
        path: The ``.jsonl`` file.

    Yields:
        One :class:`~summarize.records.Cluster` per line, in file order.

    Raises:
        LoadError: The file is missing or unreadable, a line is not JSON, or a
            line is not a cluster (raised when that line is reached).
        InputError: A cluster's articles are invalid (raised when reached).

    Example:
        >>> import pathlib, tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     file = pathlib.Path(tmp, "set.jsonl")
        ...     _ = file.write_text('{"id": "c1", "articles": ["Hi."]}\n')
        ...     print([c.id for c in load_clusters(file)])
        ['c1']
    """
    file = _existing(path)
    if not file.is_file():
        raise LoadError(f"{file} is a folder; give a .jsonl clusters file")
    return (as_cluster(obj, where=f"{file}, line {number}") for number, obj in _json_lines(file))


def _load_folder(folder: Path) -> list[Article]:
    try:
        files = sorted(
            p
            for p in folder.iterdir()
            if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES and not p.name.startswith(".")
        )
    except OSError as error:
        raise LoadError(f"cannot read {folder}: {error.strerror or error}") from error
    if not files:
        raise LoadError(
            f"{folder} has no {' or '.join(TEXT_SUFFIXES)} files; put one article per file there"
        )
    return [_load_text_file(file) for file in files]


def _load_text_file(file: Path) -> Article:
    return _text_article(_read_text(file), id=file.stem, name=str(file))


def _text_article(text: str, *, id: str, name: str) -> Article:
    """One article from the text of a file, its front matter read and left out of its text."""
    fields, body = split_front_matter(text, name=name)
    if not body.strip():
        if fields or text.strip():
            raise EmptyInputError(
                f"{name} has front matter but no text after it; give the article's text "
                "after the closing '---'"
            )
        raise EmptyInputError(f"{name} is empty; remove it or give it the article's text")
    fields.setdefault("source", id)
    return Article(id=id, text=body, **fields)


def _json_articles(text: str, name: Path | str) -> tuple[Article, ...]:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as error:
        raise LoadError(f"{name}, line {error.lineno}: malformed JSON: {error.msg}") from None
    if not isinstance(items, list):
        raise LoadError(f"{name} must hold a JSON list of articles, got {type(items).__name__}")
    try:
        return as_articles(items)
    except InputError as error:
        raise _relabel(error, str(name)) from None


def _jsonl_articles(objects: Iterable[tuple[int, Any]], name: Path | str) -> tuple[Article, ...]:
    """Articles from parsed JSON Lines: one article a line, or a single cluster."""
    articles: list[Article] = []
    clusters: list[Cluster] = []
    for number, obj in objects:
        if not articles and isinstance(obj, dict) and "articles" in obj:
            if clusters:
                raise LoadError(
                    f"{name} holds several clusters; read them with load_clusters() "
                    "(or give the file alone to the command line)"
                )
            clusters.append(as_cluster(obj, where=f"{name}, line {number}"))
            continue
        if clusters:
            raise LoadError(
                f"{name}, line {number}: expected an object with an 'articles' list "
                "(one cluster a line)"
            )
        try:
            articles.append(_to_article(obj, len(articles)))
        except InputError as error:
            raise _relabel(error, f"{name}, line {number}") from None
    if clusters:
        return clusters[0].articles
    try:
        return _check_set(tuple(articles))
    except InputError as error:
        raise _relabel(error, str(name)) from None


def read_articles(data: bytes, *, name: str = "<stdin>") -> list[Article]:
    r"""Read one set of articles from bytes, such as standard input, by their content.

    The first non-blank character tells the format: ``[`` starts a JSON list of
    articles, ``{`` starts JSON Lines (one article a line, or one cluster), and
    anything else is the text of one article whose id and source are
    :data:`STREAM_ID` (front matter, as in a text file of :func:`load_articles`,
    gives its source, title, url and date). Text is decoded as UTF-8 and kept
    exactly as given.

    Args:
        data: The bytes read.
        name: What to call the input in error messages.

    Raises:
        LoadError: The bytes are not UTF-8 or not valid JSON, or hold several clusters.
        InputError: The articles are invalid (see :func:`as_articles`).
        EmptyInputError: There is nothing but whitespace.

    Example:
        >>> [a.id for a in read_articles(b'{"id": "a", "text": "Hi."}\n{"text": "Yo."}\n')]
        ['a', '1']
        >>> read_articles("Rain fell.".encode())[0].id
        'stdin'
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LoadError(
            f"{name} is not UTF-8 (bad byte at offset {error.start}); re-encode it as UTF-8"
        ) from None
    start = text.lstrip()[:1]
    if start == "[":
        return list(_json_articles(text, name))
    if start == "{":
        lines = enumerate(text.encode("utf-8").splitlines(), start=1)
        parsed = ((n, _parse_line(line, name, n)) for n, line in lines if line.strip())
        return list(_jsonl_articles(parsed, name))
    if not start:
        raise EmptyInputError(f"{name} is empty; give the articles' text")
    return [_text_article(text, id=STREAM_ID, name=name)]


def load_articles(path: str | os.PathLike[str]) -> list[Article]:
    """Read one set of articles from a folder or a file.

    Accepted inputs:

    * a folder of ``.txt``/``.md`` files, one article per file, sorted by name;
      each article's id and source are the file's stem, unless the file starts
      with front matter (below);
    * a single ``.txt`` or ``.md`` file (one article);
    * a ``.json`` file holding a list of article mappings (see :func:`as_articles`);
    * a ``.jsonl`` file with one article mapping a line, or a clusters file
      holding exactly one cluster (use :func:`load_clusters` for several).

    Text files are decoded as UTF-8 and kept exactly as written (line endings
    included; only a leading byte-order mark is dropped). A text file may start
    with front matter, as static site generators write it::

        ---
        source: Harbour Times
        url: https://harbourtimes.example/ferry
        title: Ferry runs aground
        published: 2025-03-04
        ---
        The text of the article...

    Its ``source``, ``url``, ``title`` and ``published`` (or ``date``) fill the
    article's fields (other keys are ignored), and the block is left out of the
    article's text: the text, and so every sentence offset, starts after the
    closing ``---`` line. An offset into the file is the offset plus the length
    of the front matter, ``len(file_text) - len(article.text)``.

    Args:
        path: The folder or file.

    Returns:
        The articles, in order.

    Raises:
        LoadError: The path is missing, a file is not UTF-8 or not valid JSON, its
            front matter is not closed or not ``key: value`` lines, a folder has no
            text files, or a clusters file holds several clusters.
        InputError: The articles are invalid (see :func:`as_articles`).

    Example:
        >>> import pathlib, tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     _ = pathlib.Path(tmp, "b.txt").write_text("Rain fell.", encoding="utf-8")
        ...     _ = pathlib.Path(tmp, "a.md").write_text("It rained.", encoding="utf-8")
        ...     print([(a.id, a.text) for a in load_articles(tmp)])
        [('a', 'It rained.'), ('b', 'Rain fell.')]
    """
    file = _existing(path)
    if file.is_dir():
        return list(_check_set(tuple(_load_folder(file))))
    suffix = file.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return [_load_text_file(file)]
    if suffix == ".json":
        return list(_json_articles(_read_text(file), file))
    if suffix == ".jsonl":
        return list(_jsonl_articles(_json_lines(file), file))
    raise LoadError(
        f"cannot read {file}: give a folder or a "
        f"{', '.join((*TEXT_SUFFIXES, *_JSON_SUFFIXES))} file"
    )
