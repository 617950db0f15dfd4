"""Line labels of VLSP 2018 NER articles: flattened news text of many outlets and ten
domains, scored line by line like the seeds.

The VLSP 2018 articles (`../shared/data/vlsp2018-ner`) are news pages flattened to text
by the set's makers: a title, the sapo, the body, captions, a byline or a "Theo X"
line; menus and related lists are mostly gone. So they test what the cleaner keeps of
an article written by an outlet it has never seen (recall) far more than what it drops.

Two measures:

- `labelled`: 30 dev articles (three per domain, drawn with a fixed seed) labelled by
  hand, line by line, in `tests/fixtures/vlsp_lines/labels.tsv` (pointers: the
  article's path, the line number and its label; no text). Labels as the seeds': title,
  lead, body, caption, source, boilerplate. A photo caption is a caption when the
  article has prose of its own; in a photo story (a lead, then only captioned photos)
  the captions are the article's text and are labelled body. Article lines are lead and
  body.
- `retention`: for every article of a part, the share of its paragraphs the cleaner
  keeps as lead or body, where a paragraph is a line of at least `PARAGRAPH_MIN`
  syllables with no photo credit (captions and bylines are shorter or credited), the
  title (the first line) aside, a paragraph printed twice counted once (at its first print). No
  labels: a recall estimate on all 781 train and 260 dev articles, so that rules can be
  developed on train and the figure read on dev.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tomtat.cleaning import cues
from tomtat.cleaning.lines import classify_lines
from tomtat.eval.vlsp_ner import strip_tags
from tomtat.model import BODY, LEAD
from tomtat.text.tokens import count_syllables

LABELS = Path(__file__).resolve().parents[3] / "tests" / "fixtures" / "vlsp_lines" / "labels.tsv"
ARTICLE = (LEAD, BODY)
PARAGRAPH_MIN = 15  # syllables: the cleaner's own prose bound (`lines.PROSE_MIN`)


@dataclass
class LineScore:
    found: int = 0  # article lines kept as article
    labelled: int = 0
    right: int = 0  # lines kept as article that are article
    kept: int = 0

    def __add__(self, other: LineScore) -> LineScore:
        return LineScore(
            self.found + other.found,
            self.labelled + other.labelled,
            self.right + other.right,
            self.kept + other.kept,
        )

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 0.0

    @property
    def precision(self) -> float:
        return self.right / self.kept if self.kept else 0.0


def article_text(path: Path) -> str:
    return strip_tags(path.read_text(encoding="utf-8-sig"))[0]


def kept_lines(text: str) -> set[int]:
    """Line numbers (1-based) the cleaner keeps as the article's lead or body."""
    return {line.number for line in classify_lines(text) if line.label in ARTICLE}


def read_labels(path: Path = LABELS) -> dict[str, dict[int, str]]:
    out: dict[str, dict[int, str]] = defaultdict(dict)
    for row in path.read_text(encoding="utf-8").splitlines()[1:]:
        doc, number, label = row.split("\t")
        out[doc][int(number)] = label
    return dict(out)


Keeper = Callable[[str], set[int]]  # article text -> line numbers kept as article


def labelled(root: Path, keep: Keeper = kept_lines, labels_path: Path = LABELS) -> dict[str, LineScore]:
    """Per labelled article (path relative to the VLSP part), its line score."""
    out = {}
    for doc, labels in read_labels(labels_path).items():
        kept = keep(article_text(root / doc))
        gold = {k for k, lab in labels.items() if lab in ARTICLE}
        out[doc] = LineScore(len(gold & kept), len(gold), len(kept & gold), len(kept))
    return out


def paragraphs(text: str) -> set[int]:
    """Line numbers of the lines that are paragraphs without a doubt (see module doc)."""
    out = set()
    seen = set()
    lines = [(k, line.strip()) for k, line in enumerate(text.split("\n"), 1) if line.strip()]
    for k, t in lines[1:]:  # the first line is the title
        if count_syllables(t) >= PARAGRAPH_MIN and not cues.has_caption_cue(t) and cues.key(t) not in seen:
            out.add(k)
        seen.add(cues.key(t))
    return out


def retention(root: Path, keep: Keeper = kept_lines) -> dict[str, tuple[int, int]]:
    """Per article of a part: (paragraphs kept as article, paragraphs)."""
    out = {}
    for path in sorted(root.rglob("*.muc")):
        text = article_text(path)
        want = paragraphs(text)
        out[str(path.relative_to(root))] = (len(want & keep(text)), len(want))
    return out
