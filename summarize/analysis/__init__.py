"""What the sources say beside the summary: quotes with their speakers, and figures they differ on.

:func:`find_quotes` reads one article's quoted statements and who made them;
:func:`find_disagreements` compares the figures of the set's sentences (the figure
machinery is the private :mod:`._figures`).
"""

from ._disagree import find_disagreements
from ._figures.quantities import Quantity, find_quantities
from ._quotes import find_quotes

__all__ = ["Quantity", "find_disagreements", "find_quantities", "find_quotes"]
