"""Run the command line as ``python -m summarize``."""

from .cli import main

raise SystemExit(main())
