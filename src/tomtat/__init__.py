"""tomtat: raw pages of Vietnamese news about one event -> clean articles -> one cited summary.

import tomtat
story = tomtat.summarize(["a.html", "b.txt"], max_syllables=150)
story = tomtat.summarize("a/folder")          # a path, a Path, or a page's HTML or text
for story in tomtat.pipe([["a.html", "b.txt"], ["c.html"]]):  # one story per group
    ...
for story in tomtat.stories(["crawl.jsonl"]):  # a pile of pages grouped into stories
    ...
for sentence in story.summary:
    print(sentence.text, sentence.sources)
print(story.to_json())
"""

from typing import Any

from tomtat.model import Article, Page, Problem, Sentence, Story, SummarySentence

__all__ = [
    "Article",
    "Page",
    "Problem",
    "Sentence",
    "Story",
    "SummarySentence",
    "clean",
    "pipe",
    "stories",
    "summarize",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # The pipeline pulls in numpy, trafilatura and friends; `tomtat --version` and
    # `--help` should not pay for them.
    if name in ("summarize", "clean", "pipe"):
        from tomtat import pipeline

        return getattr(pipeline, name)
    if name == "stories":
        from tomtat.collection.build import stories

        return stories
    raise AttributeError(f"module 'tomtat' has no attribute {name!r}")
