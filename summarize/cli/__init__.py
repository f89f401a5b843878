"""The ``summarize`` command: arguments in :mod:`._main`, reading and writing in :mod:`._io`."""

from ._main import build_parser, main

__all__ = ["build_parser", "main"]
