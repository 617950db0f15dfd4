"""Who said what, and when: entities, quotes with speakers, and a timeline per story.

Two sources of names. Rules read what Vietnamese news writes in regular patterns: a
title or honorific, then a capitalised name ("Ngoại trưởng Nga Sergei Lavrov", "ông
Lavrov"); "X cho biết, ..."; "Theo X, ..."; "“...”, X nhấn mạnh"; they give titles,
roles and speakers. A CRF trained on VLSP 2018 (`recognizer.py`) finds the names no
rule foresees (sport, show business, local news) and adds them as entities after the
speakers are resolved. `names.py` holds the lexicons (titles, organisation heads,
places and their Vietnamese/foreign aliases), `entities.py` finds and merges mentions,
`quotes.py` finds statements and resolves their speakers, `timeline.py` normalises dates.
"""
