"""Front matter: the block of ``key: value`` lines between ``---`` lines that may open a text file.

Read by :mod:`summarize.load` before a ``.txt`` or ``.md`` file becomes an article, as static
site generators and note tools write it (a small part of YAML, read without a YAML library):
``source``, ``url``, ``title`` and ``published`` (or ``date``) fill the article's fields,
other keys are ignored, and the block is never part of the article's text.
"""

from __future__ import annotations

import re

from .errors import LoadError

__all__ = ["FIELDS", "split_front_matter"]

#: The keys read, and the article field each fills (``date`` is another name for ``published``).
FIELDS: dict[str, str] = {
    "source": "source",
    "url": "url",
    "title": "title",
    "published": "published",
    "date": "published",
}

_OPEN = re.compile(r"---[ \t]*(?:\r\n|\n|\r|\Z)")
_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*\Z")
_PAIR = re.compile(r"([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*)|[ \t]*)\Z")
_COMMENT = re.compile(r"[ \t]+#.*\Z")


def _value(raw: str) -> str:
    """A scalar as YAML writes it on one line: quoted, or plain up to a ``#`` comment."""
    text = raw.strip()
    if len(text) >= 2 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return re.sub(r"\\(.)", r"\1", text[1:-1])
    return _COMMENT.sub("", text)


def split_front_matter(text: str, *, name: str) -> tuple[dict[str, str], str]:
    r"""Return the article fields that a file's front matter gives, and the text after it.

    Front matter starts on the file's first line, a line ``---``, and ends at the next
    line ``---`` (or ``...``). Between them, each line is ``key: value`` (the value may
    be quoted), blank, a ``#`` comment, or indented or a ``- `` list item (the value of
    a key left out, as are keys other than those of :data:`FIELDS`). A file whose first
    line is not ``---`` has no front matter: its whole text is returned.

    Args:
        text: The file's text.
        name: What to call the file in error messages.

    Returns:
        ``(fields, body)``: the fields given (``source``, ``url``, ``title``,
        ``published``; empty values left out), and the text after the closing line,
        exactly as written.

    Raises:
        LoadError: The block is never closed, or one of its lines is none of those.

    Example:
        >>> text = '---\nsource: Reuters\ntitle: "Dam: a wall"\n---\nRain.'
        >>> split_front_matter(text, name="a.md")
        ({'source': 'Reuters', 'title': 'Dam: a wall'}, 'Rain.')
    """
    opened = _OPEN.match(text)
    if opened is None:
        return {}, text
    fields: dict[str, str] = {}
    position = opened.end()
    for number, line in enumerate(text[position:].splitlines(keepends=True), start=2):
        position += len(line)
        content = line.rstrip("\r\n")
        if _CLOSE.match(content):
            return fields, text[position:]
        stripped = content.strip()
        if (
            not stripped
            or stripped.startswith("#")
            or content[:1] in (" ", "\t")
            or (stripped.startswith("- ") or stripped == "-")
        ):
            continue
        pair = _PAIR.match(content)
        if pair is None:
            raise LoadError(
                f"{name}, line {number}: front matter holds 'key: value' lines, got "
                f"{stripped!r:.60}; fix the line, or start the file with a blank line if "
                "its first '---' is not front matter"
            )
        key, value = pair.group(1).lower(), _value(pair.group(2) or "")
        if key in FIELDS and value:
            fields[FIELDS[key]] = value
    raise LoadError(
        f"{name}: the front matter opened by '---' on line 1 is never closed; end it with "
        "a line '---', or start the file with a blank line if it is not front matter"
    )
