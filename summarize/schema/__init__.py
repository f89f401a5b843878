"""The JSON Schema (draft 2020-12) of the digest JSON, shipped with the package.

``digest.schema.json`` describes the documents that :meth:`Digest.to_json
<summarize.records.Digest.to_json>` and ``summarize --format json`` write, one
per line for a clusters file. Validate with any draft 2020-12 validator, for
example the ``jsonschema`` package (not a dependency of summarize)::

    import json, jsonschema, summarize.schema
    jsonschema.Draft202012Validator(summarize.schema.load()).validate(json.loads(text))

The schema states every key, type and range; what it cannot state (offsets that
slice each article's text, ids that refer to listed articles) is what
:meth:`Digest.from_json <summarize.records.Digest.from_json>` checks.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

__all__ = ["DIGEST_SCHEMA", "load", "text"]

#: File name of the digest schema inside this package.
DIGEST_SCHEMA = "digest.schema.json"


def text() -> str:
    """Return the digest schema as the JSON text shipped in the package."""
    return files(__name__).joinpath(DIGEST_SCHEMA).read_text(encoding="utf-8")


def load() -> dict[str, Any]:
    """Return the digest schema as a new dictionary (yours to change).

    Example:
        >>> schema = load()
        >>> schema["$schema"]
        'https://json-schema.org/draft/2020-12/schema'
        >>> schema["required"][-4:]
        ['exclusives', 'quotes', 'skipped', 'options']
    """
    schema: dict[str, Any] = json.loads(text())
    return schema
