"""tomtat: raw pages of Vietnamese news about one event -> clean articles -> one cited summary.

import tomtat
story = tomtat.summarize(["a.html", "b.txt"], max_syllables=150)
for sentence in story.summary:
    print(sentence.text, sentence.sources)
print(story.to_json())
"""

from tomtat.model import Article, Page, Problem, Sentence, Story, SummarySentence
from tomtat.pipeline import clean, summarize

__all__ = ["Article", "Page", "Problem", "Sentence", "Story", "SummarySentence", "clean", "summarize"]
__version__ = "0.1.0"
