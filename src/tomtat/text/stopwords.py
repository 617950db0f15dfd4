"""Vietnamese function syllables: jusText's Vietnamese stoplist (jusText comes with
trafilatura), folded like every other comparison key."""

from __future__ import annotations

import functools

from tomtat.text.normalize import fold


@functools.cache
def stop_syllables() -> frozenset[str]:
    import justext

    return frozenset(fold(w) for w in justext.get_stoplist("Vietnamese"))
