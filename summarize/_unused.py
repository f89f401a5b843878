"""Options that can change nothing for the set at hand: said, not silently ignored.

Called by :func:`summarize.pipeline.run` before any stage. As scikit-learn does for a
parameter another one makes idle, only a value other than the default is warned
about: the defaults suit any set. The warnings go to the ``summarize`` logger and name
each option as a keyword argument (``min_sources=9``); the command line shows them as
its flags (``--min-sources 9``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import attrs

from .options import Options
from .records import Article

__all__ = ["warn_unused"]

logger = logging.getLogger("summarize")

_DEFAULT_EXCLUSIVES = attrs.fields(Options).exclusives.default


def warn_unused(articles: Sequence[Article], options: Options) -> None:
    """Log a warning for each option that cannot act on these articles, saying why.

    * ``min_sources`` above the set's number of sources: no claim can enter the
      merged summary, so it would say "No claims." and nothing else;
    * ``exclusives`` (other than 0 and the default) on a set of one source: with no
      other source, no claim is one source's alone.
    """
    sources = len({article.source for article in articles})
    if not sources:
        return
    if options.min_sources > sources:
        fix = "min_sources=1" if sources == 1 else f"min_sources={sources} or less"
        logger.warning(
            "min_sources=%d is more than the set's %d source%s, so no claim can enter "
            "the merged summary; give %s",
            options.min_sources,
            sources,
            "" if sources == 1 else "s",
            fix,
        )
    if sources == 1 and options.exclusives not in (0, _DEFAULT_EXCLUSIVES):
        logger.warning(
            "exclusives=%d changes nothing: a set of one source has no claims that no "
            "other source makes",
            options.exclusives,
        )
