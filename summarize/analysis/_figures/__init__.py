"""The figures of a set's sentences, read and compared for :mod:`summarize.analysis._disagree`.

Read from the text (anchors, scan, units and quantities, with the tables of words), placed
in context (tokens, predicates, context, frame) and compared across sources (cosine, match).
"""
