"""Who said what, and when: entities, quotes with speakers, and a timeline per story.

Rules, not a statistical tagger: underthesea's CRF NER (the one model that works offline)
costs ~18 ms a sentence and mislabels the names these stories turn on ("Sergei Lavrov"
as a place, "Moscow" as a person), while Vietnamese news writes names, titles and
reporting verbs in regular patterns: a title or honorific, then a capitalised name
("Ngoại trưởng Nga Sergei Lavrov", "ông Lavrov"); "X cho biết, ..."; "Theo X, ...";
"“...”, X nhấn mạnh". `names.py` holds the lexicons (titles, organisation heads,
places and their Vietnamese/foreign aliases), `entities.py` finds and merges mentions,
`quotes.py` finds statements and resolves their speakers, `timeline.py` normalises dates.
"""
