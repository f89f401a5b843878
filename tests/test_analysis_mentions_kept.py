"""The people of a stretch, read once and kept: asked again, it gives what a new read gives."""

from __future__ import annotations

from summarize.analysis._mentions import Mentions

TEXT = (
    "The harbour master, Ada Ode, opened the pier. Ada Ode said the ferry would run."
    " Harbour Master Ivo Brandt agreed."
)


def test_a_stretch_asked_again_gives_the_same_mentions() -> None:
    """A second ask of one stretch gives the mentions of the first, in a list of its own."""
    mentions = Mentions(TEXT)
    first = mentions.found(0, len(TEXT))
    again = mentions.found(0, len(TEXT))
    assert again == first == Mentions(TEXT).found(0, len(TEXT))
    again.clear()  # the caller's list: what is kept does not change with it
    assert mentions.found(0, len(TEXT)) == first


def test_a_stretch_read_without_roles_takes_the_roles_read_since() -> None:
    """Read without roles, then with them: asked again without, a mention keeps its role.

    As a stretch read for the first time after the roles were read gives it.
    """
    mentions = Mentions(TEXT)
    bare = mentions.found(0, len(TEXT), roles=False)
    # a role that opens the run is read with the name ("Harbour Master Ivo Brandt")
    assert [m.role for m in bare] == [None, None, "Harbour Master"]
    with_roles = mentions.found(0, 30)
    assert with_roles[0].role == "harbour master"
    again = mentions.found(0, len(TEXT), roles=False)
    assert again[0].role == "harbour master"
    fresh = Mentions(TEXT)
    fresh.found(0, 30)
    assert again == fresh.found(0, len(TEXT), roles=False)
