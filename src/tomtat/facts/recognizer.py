"""Names of people, places and organisations in Vietnamese text: a linear-chain CRF over
syllables, trained with python-crfsuite on the VLSP 2018 NER training part by
`scripts/train_ner.py` and shipped as `recognizer.crfsuite` beside this module; decoded
by `facts.crf` from that file's weights, a story's sentences at once (the same labels
as crfsuite's tagger on every dev sentence; 7,550 dev sentences a second in calls of
50 and 1,656 one at a time, against 4,234 through crfsuite's `Tagger.tag`, in one run
of `benchmarks/names.py`).

Why this and not underthesea's `ner`: on VLSP 2018 dev (outermost person, place and
organisation names, exact span) this model scores P 0.887, R 0.845, F1 0.866 a
sentence at a time, and P 0.887, R 0.873, F1 0.8798 an article at a time (with
`names_everywhere`, `bodies_by_their_noun`, `works_are_no_names`,
`peoples_are_no_persons` and the rules of each sentence after decoding);
underthesea's CRF, on the first 600 dev sentences, F1 0.342 at 122 sentences a
second (it tags its own word segments, labels organisations such as "Sở Y tế Hà Nội"
as places, and takes a title into the name); both measured in one run by
`benchmarks/names.py`. It needs no word segmentation: names are runs of syllables, and
the features say what a Vietnamese reader sees in them:

- the syllable (lowercased), its case shape, its neighbours two to each side, the two
  bigrams around it, punctuation;
- where it stands in a run of capitalised syllables (a name is such a run, minus the
  sentence's first word when that is a common word);
- lexicons of Vietnamese news: titles and honorifics before a name ("Bộ trưởng", "ông"),
  heads of organisation names ("Bộ", "Công ty", "Ủy ban"), place markers ("tỉnh",
  "huyện", "TP"), from `facts.names`;
- word lists from outside the training part (`Lexicon`): Vietnam's administrative units
  and a general dictionary's words;
- gazetteers drawn from the training part: how often a syllable opens, continues or
  closes a person, place or organisation name there (built on the other folds while
  training, so that the model does not learn to trust a memorised list);
- the syllable's case shape with the word before it and with the word after it ("ông"
  or "sở" before a capital, a capital before "cho biết"), and the shapes of it and its
  two neighbours (the outline of a capitalised run): a crfsuite feature adds its weight
  whatever the token, so "ông" seen before a lowercase word and before a name counted
  alike. VLSP dev F1 0.858 -> 0.862 (PER .885 -> .890, LOC .868 -> .877), per-article
  names R/P .830/.848 -> .833/.846; chosen on dev among four variants (the word two
  back with the shape, the previous word's cluster with the shape: no better), so also
  checked where dev chose nothing: trained on the even documents of the training part
  and scored on the odd ones, F1 0.811 -> 0.813, per-article names R/P .784/.799 ->
  .792/.801;
- word clusters of the syllable and its two neighbours, learned from 1.6 million
  syllables of unlabelled news (`scripts/train_word_clusters.py`): "Putin" and "Macron",
  or "Sở" and "Cục", fall together, so a name the training part never labelled still
  looks like the ones it did. Measured: F1 0.842 -> 0.846 (PER .862 -> .868, LOC .860 ->
  .864), per-article names R/P .816/.841 -> .816/.836; the clusters of two neighbours
  each side instead of one: 0.842.

Measured and left out, a second model class: a BiLSTM (PyTorch-trained on the same
feature strings, hashed into 2^16 rows of 32 numbers, one layer of 64 each way, epochs
chosen on a held-out fold of train; run with numpy, 4 MB) scored F1 0.848 alone, and its
probabilities averaged with this CRF's marginals (computed with numpy, equal to
crfsuite's to 1e-6) 0.858, per-article names R/P .820/.870; but tagging fell from 2,924
to 1,370 sentences a second, the facts stage took 22.8 instead of 10.6 ms per VLSP
article, and names found among a story's entities went R/P .796/.725 -> .785/.733.

Labels are BILOU (a name's last syllable and one-syllable names have labels of their
own): F1 0.844 -> 0.850 over BIO with the same features, per-article names R/P .816/.836
-> .823/.844. Measured and left out: prefix and suffix trigrams of each syllable (0.845
with BIO, against 0.844); a syllable never seen lowercase in the training text marked as
foreign (0.843); a second CRF pass with document features (a name tagged once marked
wherever it recurs) added 0.2 F1 point at twice the cost (what is shipped instead is
`names_everywhere`, a rule after decoding: 0.864 -> 0.871 for 0.1 ms per dev article);
syllable vectors (the clusters' 50 SVD dimensions of the syllable and its neighbours as
real-valued features) 0.8625 -> 0.8628 with the same training, at 2.7 times the training
time; run-level context (the word before a capitalised run, its first and last syllable)
and syllable trigrams none; 250 training iterations instead of 100, with the word
clusters: 0.842; the training part's 806 MISCELLANEOUS names (titles of songs and films,
events, products) as a fourth label, dropped when tagging, so that such capitalised runs
are learnt as no person, place or organisation: 0.850 -> 0.851, per-article names R/P
.823/.844 -> .828/.842, in one run beside the shipped model (not worth a label of its
own).

Regularisation: c1 0.1, c2 0.1, 100 iterations, chosen where dev chose nothing (trained
on the even documents of the training part, scored on the odd ones, an article at a
time): c2 0.01 0.8215, 0.05 0.8227, 0.1 0.8232, 0.3 0.8217; c1 0.05 with c2 0.1
0.8227; 70 and 200 iterations (c2 0.01) 0.8205 and 0.8184. On dev, retrained by the
script: c2 0.01 0.8719, c2 0.1 0.8764 (fewer bodies that swallow their holder's name,
7 -> 4). The model file is what `scripts/train_ner.py` writes, byte for byte.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tomtat.facts import names as lexicon
from tomtat.facts.crf import LinearChain
from tomtat.text.normalize import fold
from tomtat.text.sentences import FAMILY_NAMES, split_sentences

TYPES = ("PER", "LOC", "ORG")
MODEL_PATH = Path(__file__).with_name("recognizer.crfsuite")
GAZETTEER_PATH = Path(__file__).with_name("recognizer-gazetteer.json")
CLUSTERS_PATH = Path(__file__).with_name("recognizer-clusters.json")
LEXICON_PATH = Path(__file__).with_name("recognizer-lexicon.json")

_LONGEST_PHRASE = 8  # syllables: longer names are rare and not worth a look-up
_TOKEN = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*|[^\w\s]", re.UNICODE)

ORG_HEADS = {
    "bộ",
    "sở",
    "cục",
    "tổng cục",
    "vụ",
    "viện",
    "ban",
    "ủy",
    "uỷ",
    "hội",
    "hiệp",
    "liên",
    "trường",
    "đại",
    "học",
    "bệnh",
    "ngân",
    "công",
    "tập",
    "tổng",
    "đảng",
    "quân",
    "câu",
    "đội",
    "báo",
    "đài",
    "tòa",
    "toà",
    "trung",
    "văn",
    "phòng",
    "hãng",
    "tổ",
    "quỹ",
    "mặt",
    "nhà",
    "clb",
    "ubnd",
    "hđnd",
    "vks",
    "tand",
    "ttxvn",
    "fifa",
    "afc",
    "un",
    "who",
    "nato",
    "asean",
    "eu",
    "imf",
}  # first syllables of organisation names (lowercased)
PLACE_MARKERS = {
    "tỉnh",
    "thành",
    "phố",
    "tp",
    "huyện",
    "quận",
    "xã",
    "phường",
    "thị",
    "trấn",
    "thôn",
    "ấp",
    "bản",
    "làng",
    "sông",
    "núi",
    "đảo",
    "biển",
    "vịnh",
    "hồ",
    "đèo",
    "nước",
    "thủ",
    "đô",
    "miền",
    "vùng",
    "khu",
    "đường",
    "cầu",
    "tại",
    "ở",
    "từ",
    "đến",
    "về",
    "sang",
    "tới",
}
PERSON_CUES = set(lexicon.HONORIFICS) | {
    "cháu",
    "em",
    "cụ",
    "bé",
    "cô",
    "chú",
    "bác",
    "thầy",
    "ca",
    "sĩ",
    "nhạc",
    "diễn",
    "viên",
    "hlv",
    "tiền",
    "đạo",
    "vệ",
    "thủ",
    "môn",
    "ts",
    "gs",
    "pgs",
    "ths",
    "bs",
    "ls",
    "đại",
    "tướng",
    "tá",
    "úy",
    "uý",
    "nsnd",
    "nsưt",
    "nghệ",
    "nhân",
    "tác",
    "giả",
    "bị",
    "can",
    "cáo",
    "nạn",
    "đối",
    "tượng",
    "anh",
    "chị",
    "vợ",
    "chồng",
    "con",
    "mẹ",
    "bố",
    "cha",
}
# Syllables of titles added to `names.TITLES` after the model's features were settled
# (b57e9f9): the rules read them, the model's features leave them out. Retrained with
# them marked (c2 0.1): odd training documents F1 .8232 -> .8235, VLSP dev .8764 ->
# .8761, an article a call: no gain worth a new model, so the shipped one keeps the
# features it was trained with.
_UNTRAINED_TITLE_SYLLABLES = frozenset(
    {"chi", "chuẩn", "cục", "hạt", "khoa", "nhật", "đô", "đế", "đồn", "đội"}
    # the trades added in the seventh session ("nhà phân tích", "chánh án", ...)
    | {"bình", "hoạt", "học", "kinh", "kiểm", "kỹ", "luận", "lập", "phán", "phân", "sáng"}
    | {"sát", "sử", "thơ", "thẩm", "tra", "tích", "tế", "án", "đồng", "động", "sỹ"}
    # the teachers added in the sixteenth session ("cô giáo", "thầy giáo", "giảng viên")
    | {"cô", "thầy", "giảng"}
    # the football positions added in the eighteenth ("tiền vệ", "hậu vệ", "thủ thành")
    | {"vệ", "thành"}
    # the Party and state members added in the nineteenth ("ủy viên")
    | {"ủy"}
    # the abbreviations without their dot added in the thirty-third ("BS", "KTS", "LS")
    | {"bs", "bsckii", "bs.ckii", "kts", "kts.", "ls", "ls."}
)
_TITLE_SYLLABLES = {w for t in lexicon.TITLES for w in t.split()} - _UNTRAINED_TITLE_SYLLABLES


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Syllables and punctuation marks of `text[start:end]` with their offsets."""
    return [
        (m.start(), m.end(), m.group(0))
        for m in _TOKEN.finditer(text, start, len(text) if end is None else end)
    ]


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: lines, then tomtat's sentence rules."""
    out = []
    offset = 0
    for line in text.split("\n"):
        cursor = 0
        for piece in split_sentences(line):
            k = line.find(piece, cursor)
            if k < 0:
                continue
            out.append((offset + k, offset + k + len(piece)))
            cursor = k + len(piece)
        offset += len(line) + 1
    return out


@functools.lru_cache(maxsize=1 << 16)
def _shape(token: str) -> str:
    if not token[0].isalnum():
        return "P"
    if token.isdigit():
        return "D"
    if any(c.isdigit() for c in token):
        return "DX"
    if token.isupper():
        return "U" if len(token) > 1 else "X"
    if token[0].isupper():
        return "T"
    if any(c.isupper() for c in token):
        return "M"
    return "L"


@dataclass
class Lexicon:
    """Word lists the training part does not hold, as phrase features: Vietnam's
    administrative units ("adm": the provinces, districts, wards and communes, without
    their "tỉnh", "huyện", "xã"...), and a general Vietnamese dictionary's words of two
    syllables or more ("dict" for common words such as "công an", "thời tiết", "dictname"
    for the names it lists, such as "Hà Nhì"). A capitalised run that is a common word
    ("Theo Đó" at a line's start) is less likely a name, and a commune nobody in the
    training part named is still a place. Built by `scripts/train_ner.py` from the data
    underthesea ships (its address mapping and its Viet74K list) and saved beside the
    model, so the features stay those the model was trained with whatever underthesea
    version is installed. VLSP 2018 dev, trained on train: F1 0.850 -> 0.853 with the
    units alone, 0.856 with both lists, 0.858 with the dictionary's names too (the one
    shipped; chosen among these four on dev); per-article names R/P .823/.844 -> .830/.848.
    """

    phrases: dict[tuple[str, ...], str]
    # kinds matched at any token; the others only where the run starts with a capital
    ANYWHERE = frozenset({"dict"})

    def __post_init__(self) -> None:
        # the first two syllables of each entry -> the lengths of the entries they open,
        # longest first: most syllables open some entry, few pairs do, and only the
        # lengths that exist are looked up (phrase features of a vnmds-dev cluster
        # 0.88 -> 0.68 ms, of 8.7 ms of tagging)
        lengths: dict[tuple[str, str], set[int]] = {}
        for phrase in self.phrases:
            if len(phrase) > 1:
                lengths.setdefault(phrase[:2], set()).add(len(phrase))
        self._lengths = {pair: sorted(sizes, reverse=True) for pair, sizes in lengths.items()}

    def mark(self, lows: list[str], shapes: list[str], out: list[list[str]]) -> None:
        """Add "lx:B-kind"/"lx:I-kind" to `out` where the longest entry of two syllables
        or more starting at a token covers it (one-syllable entries: units only, at a
        capital)."""
        i, n = 0, len(lows)
        phrases, opening = self.phrases, self._lengths
        while i < n:
            hit = 0
            sizes = opening.get((lows[i], lows[i + 1])) if i + 1 < n else None
            if sizes:
                for size in sizes:
                    if size > n - i:
                        continue
                    kind = phrases.get(tuple(lows[i : i + size]))
                    if kind and (kind in self.ANYWHERE or shapes[i] in _CAPITALISED):
                        out[i].append(f"lx:B-{kind}")
                        for j in range(i + 1, i + size):
                            out[j].append(f"lx:I-{kind}")
                        hit = size
                        break
            if not hit and shapes[i] in _CAPITALISED and phrases.get((lows[i],)) == "adm":
                out[i].append("lx:B-adm")
                hit = 1
            i += hit or 1

    def to_dict(self) -> dict:
        kinds: dict[str, list[str]] = {}
        for phrase, kind in sorted(self.phrases.items()):
            kinds.setdefault(kind, []).append(" ".join(phrase))
        return kinds

    @classmethod
    def from_dict(cls, data: dict) -> Lexicon:
        return cls({tuple(p.split(" ")): kind for kind, items in data.items() for p in items})

    @classmethod
    def load(cls, path: Path = LEXICON_PATH) -> Lexicon:
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))


@dataclass
class Gazetteer:
    """How often a syllable (lowercased) is the first (B), a middle (I) or the last (E)
    syllable of a name of each type, as a share of its occurrences in the training text;
    and the names themselves (folded syllable tuples) with their most frequent type."""

    share: dict[str, dict[str, float]]
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)
    lexicon: Lexicon | None = None  # word lists from outside the training part
    _longest: tuple[dict, dict[str, int]] | None = field(default=None, repr=False, compare=False)

    def phrase_features(self, lows: list[str], shapes: list[str]) -> list[list[str]]:
        """Per token, "gp:B-PER"/"gp:I-PER" where the longest known name starting at a
        capitalised token covers it; then the lexicon's ("lx:B-adm"...)."""
        out: list[list[str]] = [[] for _ in lows]
        if not self.phrases:
            return out
        if self.lexicon is not None:
            self.lexicon.mark(lows, shapes, out)
        longest = self._longest_from()
        i = 0
        while i < len(lows):
            hit = 0
            if shapes[i] in _CAPITALISED and lows[i] in longest:
                for size in range(min(longest[lows[i]], len(lows) - i), 0, -1):
                    kind = self.phrases.get(tuple(lows[i : i + size]))
                    if kind:
                        out[i].append(f"gp:B-{kind}")
                        for j in range(i + 1, i + size):
                            out[j].append(f"gp:I-{kind}")
                        hit = size
                        break
            i += hit or 1
        return out

    def _longest_from(self) -> dict[str, int]:
        """The longest known name (in syllables, at most `_LONGEST_PHRASE`) that each
        syllable opens: the look-ups worth making at a token."""
        if self._longest is None or self._longest[0] is not self.phrases:
            longest: dict[str, int] = {}
            for phrase in self.phrases:
                if len(phrase) <= _LONGEST_PHRASE:
                    longest[phrase[0]] = max(longest.get(phrase[0], 0), len(phrase))
            self._longest = (self.phrases, longest)
        return self._longest[1]

    def features(self, low: str) -> list[str]:
        entry = self.share.get(low)
        if not entry:
            return []
        return [f"gz:{k}={_bucket(v)}" for k, v in entry.items() if v >= 0.1]

    @classmethod
    def build(cls, sequences: Iterable[tuple[list[str], list[str]]], min_count: int = 2) -> Gazetteer:
        seen: Counter = Counter()
        roles: dict[str, Counter] = {}
        pairs = list(sequences)
        for tokens, labels in pairs:
            for k, (tok, lab) in enumerate(zip(tokens, labels, strict=True)):
                low = fold(tok)
                seen[low] += 1
                if lab == "O":
                    continue
                kind = lab[2:]
                nxt = labels[k + 1] if k + 1 < len(labels) else "O"
                role = "B" if lab.startswith("B-") else ("E" if nxt != f"I-{kind}" else "I")
                roles.setdefault(low, Counter())[f"{role}{kind}"] += 1
        share = {
            w: {r: n / seen[w] for r, n in c.items()}
            for w, c in roles.items()
            if sum(c.values()) >= min_count
        }
        phrases: dict[tuple[str, ...], Counter] = {}
        for tokens, labels in pairs:
            for a, b, kind in decode(labels):
                if b - a <= _LONGEST_PHRASE:
                    phrases.setdefault(tuple(fold(t) for t in tokens[a:b]), Counter())[kind] += 1
        best = {p: c.most_common(1)[0][0] for p, c in phrases.items()}
        return cls(share, best)

    def to_dict(self) -> dict:
        return {
            "syllables": {w: {r: round(v, 3) for r, v in e.items()} for w, e in sorted(self.share.items())},
            "names": [[" ".join(p), k] for p, k in sorted(self.phrases.items())],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Gazetteer:
        return cls(data["syllables"], {tuple(p.split(" ")): k for p, k in data["names"]})


_DIGIT = re.compile(r"\d")
CLUSTER_NEIGHBOURS = (-1, 1)  # whose word clusters are features


@functools.lru_cache(maxsize=1 << 16)
def cluster_key(token: str) -> str:
    """A syllable as the word clusters know it: folded, digits as 0, a capitalised one
    marked with `^` (it behaves like a name, the lowercase one like running text)."""
    low = _DIGIT.sub("0", fold(token))
    return "^" + low if token[:1].isupper() else low


@dataclass
class WordClusters:
    """Syllable clusters learned from unlabelled news text (`scripts/train_word_clusters.py`),
    at a few granularities, coarse to fine."""

    granularities: list[int]
    clusters: dict[str, list[int]]

    def __post_init__(self) -> None:
        self._memo: dict[tuple[str, str], tuple[str, ...]] = {}

    def features(self, token: str, prefix: str = "") -> tuple[str, ...]:
        got = self._memo.get((token, prefix))
        if got is None:
            ids = self.clusters.get(cluster_key(token))
            if ids is None:
                got = (f"{prefix}wc=?",)
            else:
                got = tuple(f"{prefix}wc{g}={c}" for g, c in zip(self.granularities, ids, strict=True))
            if len(self._memo) > _MEMO_SIZE:
                self._memo.clear()
            self._memo[(token, prefix)] = got
        return got

    @classmethod
    def load(cls, path: Path = CLUSTERS_PATH) -> WordClusters:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["granularities"], data["clusters"])


_PAD = {d: (f"{d}:pad",) for d in (-2, -1, 1, 2)}
_CONTEXT_PREFIXES = ("pw|s=", "s|nw=", "s3=")
_CAPITALISED = frozenset(("T", "U", "X", "M"))


def _bucket(v: float) -> str:
    return "hi" if v >= 0.6 else "mid" if v >= 0.3 else "lo"


def features(
    tokens: list[str],
    gazetteer: Gazetteer | None = None,
    clusters: WordClusters | None = None,
    sentence_start: bool = True,
) -> list[list[str]]:
    """One list of CRF features per token; `sentence_start` False: the tokens are a
    stretch from inside a sentence (its first token is not the sentence's first)."""
    # Everything that depends on one token alone comes from one look-up per token
    # (`_Memo.token`), then is only concatenated: the per-token calls it replaces were
    # most of the tagging time (features of the 37k stretches the dev summary sets tag:
    # 5.1 s -> 2.5 s, the same lists).
    memo = _memo(gazetteer, clusters)
    bundles = [memo.token(t) for t in tokens]
    lows = [u[0] for u in bundles]
    shapes = [u[1] for u in bundles]
    n = len(tokens)
    run_pos = run_positions(shapes)
    phrase = gazetteer.phrase_features(lows, shapes) if gazetteer is not None else [()] * n
    pairs = [f"{a}|{b}" for a, b in zip(lows, lows[1:], strict=False)]  # tokens i, i + 1
    out = []
    for i in range(n):
        f = ["b", "r=" + run_pos[i], *bundles[i][2], *phrase[i]]
        if i == 0 and sentence_start:
            f.append("BOS")
        f += bundles[i - 2][3] if i >= 2 else _PAD[-2]
        if i >= 1:
            u = bundles[i - 1]
            f += u[4]
            f.append("-1:r=" + run_pos[i - 1])
            f += u[5]
        else:
            f += _PAD[-1]
        if i + 1 < n:
            u = bundles[i + 1]
            f += u[6]
            f.append("1:r=" + run_pos[i + 1])
            f += u[7]
        else:
            f += _PAD[1]
        f += bundles[i + 2][8] if i + 2 < n else _PAD[2]
        if i > 0:
            f.append("bi-=" + pairs[i - 1])
        if i + 1 < n:
            f.append("bi+=" + pairs[i])
        if i > 1:
            f.append("-2:-1=" + pairs[i - 2])
        if i > 0:
            f.append(f"pw|s={lows[i - 1]}|{shapes[i]}")  # "ông" before a capital, "sở" before one
        if i + 1 < n:
            f.append(f"s|nw={shapes[i]}|{lows[i + 1]}")  # a capital before "cho" or "nói"
            if i > 0:
                f.append(f"s3={shapes[i - 1]}|{shapes[i]}|{shapes[i + 1]}")  # the run's outline
        out.append(f)
    return out


def run_positions(shapes: list[str]) -> list[str]:
    """Where each token stands in its run of capitalised syllables ("B2", "E3", "S1"...;
    "" outside one): a name is such a run."""
    n = len(shapes)
    run_pos = [""] * n
    k = 0
    while k < n:
        if shapes[k] in _CAPITALISED:
            j = k
            while j + 1 < n and shapes[j + 1] in _CAPITALISED:
                j += 1
            length = j - k + 1
            for m in range(k, j + 1):
                run_pos[m] = ("S" if length == 1 else "B" if m == k else "E" if m == j else "I") + (
                    "3" if length >= 3 else str(length)
                )
            k = j + 1
        else:
            k += 1
    return run_pos


class _Memo:
    """Features that depend only on a token (and its offset), remembered per gazetteer:
    news text repeats its syllables, so most tokens cost a look-up."""

    def __init__(self, gazetteer: Gazetteer | None, clusters: WordClusters | None = None) -> None:
        self.gazetteer = gazetteer
        self.clusters = clusters
        self._own: dict[tuple[str, str], tuple[str, ...]] = {}
        self._near: dict[tuple[int, str, str], tuple[str, ...]] = {}
        self._tokens: dict[str, tuple] = {}

    def token(self, token: str) -> tuple:
        """(folded, shape, own features, what it gives the token 2 after it, 1 after it
        (words, clusters), 1 before it (words, clusters), 2 before it)."""
        got = self._tokens.get(token)
        if got is None:
            low, shape = fold(token), _shape(token)
            own = self.own(low, shape)
            c = self.clusters
            if c is not None:
                own = (*own, *c.features(token))

            def cl(d: int) -> tuple[str, ...]:
                return c.features(token, f"{d}:") if c is not None and d in CLUSTER_NEIGHBOURS else ()

            got = (
                low,
                shape,
                own,
                self.near(-2, low, shape),
                self.near(-1, low, shape),
                cl(-1),
                self.near(1, low, shape),
                cl(1),
                self.near(2, low, shape),
            )
            self._tokens[token] = got
            self._trim(self._tokens)
        return got

    def own(self, low: str, shape: str) -> tuple[str, ...]:
        got = self._own.get((low, shape))
        if got is None:
            f = [f"w={low}", f"s={shape}", f"suf={low[-2:]}"]
            if self.gazetteer is not None:
                f += self.gazetteer.features(low)
            if low in ORG_HEADS:
                f.append("lex:org")
            if low in PLACE_MARKERS:
                f.append("lex:loc")
            if low in PERSON_CUES:
                f.append("lex:per")
            if low in _TITLE_SYLLABLES:
                f.append("lex:title")
            got = self._own[(low, shape)] = tuple(f)
            self._trim(self._own)
        return got

    def near(self, d: int, low: str, shape: str) -> tuple[str, ...]:
        got = self._near.get((d, low, shape))
        if got is None:
            f = [f"{d}:w={low}", f"{d}:s={shape}"]
            if d in (-1, 1):
                if low in ORG_HEADS:
                    f.append(f"{d}:lex:org")
                if low in PLACE_MARKERS:
                    f.append(f"{d}:lex:loc")
                if low in PERSON_CUES or low in _TITLE_SYLLABLES:
                    f.append(f"{d}:lex:per")
                if self.gazetteer is not None:
                    f += [f"{d}:{g}" for g in self.gazetteer.features(low)]
            got = self._near[(d, low, shape)] = tuple(f)
            self._trim(self._near)
        return got

    @staticmethod
    def _trim(cache: dict) -> None:
        if len(cache) > _MEMO_SIZE:
            cache.clear()


_MEMO_SIZE = 200_000  # entries; a cleared memo only costs the next look-ups
# Syllable forms whose scores `Emissions` keeps (520 bytes each: 34 MB at most); the 400
# clusters of the three dev summary sets have 12,733 in their name stretches.
TOKEN_ROWS = 1 << 16
_MEMOS: dict[tuple[int, int], _Memo] = {}


def _memo(gazetteer: Gazetteer | None, clusters: WordClusters | None = None) -> _Memo:
    key = (id(gazetteer), id(clusters))
    memo = _MEMOS.get(key)
    if memo is None or memo.gazetteer is not gazetteer or memo.clusters is not clusters:
        memo = _MEMOS[key] = _Memo(gazetteer, clusters)
    return memo


class _Table:
    """Rows of label scores that grow by doubling (appending is amortised O(1), and the
    whole table stays one array to gather from)."""

    def __init__(self, shape: tuple[int, ...]) -> None:
        self.array = np.zeros((64, *shape))
        self.size = 1  # row 0: zeros, what a missing or unknown value scores

    def add(self, row: np.ndarray) -> int:
        return self.extend(row[None])

    def extend(self, rows: np.ndarray) -> int:
        """Append `rows`; the index of the first."""
        while self.size + len(rows) > len(self.array):
            self.array = np.concatenate([self.array, np.zeros_like(self.array)])
        first = self.size
        self.array[first : first + len(rows)] = rows
        self.size += len(rows)
        return first


class Emissions:
    """The label scores `features()` gives each token, added up without building the
    feature strings of every token again (`facts.crf`): what a token contributes to
    itself and to its neighbours two to each side depends on the token alone, so it is
    scored once per syllable form and kept as a row of a table; the few features that
    depend on two tokens (the bigrams, where a token stands in its capitalised run,
    gazetteer phrases, a shape with its neighbouring word or shapes) are scored once per
    distinct value. A batch of stretches is then a few gathers from those tables. The
    sums are `features()`'s, grouped otherwise (`tests/test_recognizer.py` checks both
    against each other)."""

    # a token's row has five parts: for itself, then what it gives the token 2 after
    # it, 1 after it, 1 before it and 2 before it; row 0 holds the padding features a
    # token gets where that neighbour is missing (the stretch's edge)
    PARTS = 5

    def __init__(
        self, chain: LinearChain, gazetteer: Gazetteer | None, clusters: WordClusters | None
    ) -> None:
        self.chain = chain
        self.gazetteer = gazetteer
        self.clusters = clusters
        self.base = chain.score(["b"])
        self.bos = chain.score(["BOS"])
        # the syllable pairs the model has a weight for (most pairs of a text it has not)
        prefixes = ("bi-=", "bi+=", "-2:-1=")
        known = {a[len(p) :] for a in chain.attributes for p in prefixes if a.startswith(p)}
        # as (first, second): a pair is looked up without joining its strings; every
        # place of "|" in a known key is a split, so a "|" token still finds its pairs
        self._known_pairs = {(j[:k], j[k + 1 :]) for j in known for k, c in enumerate(j) if c == "|"}
        self._known_contexts = {a for a in chain.attributes if a.startswith(_CONTEXT_PREFIXES)}
        self._reset()

    def _reset(self) -> None:
        size = len(self.chain.labels)
        score = self.chain.score
        self._tokens: dict[str, tuple[int, str, str]] = {}  # token -> (row, folded, shape)
        self._rows = _Table((self.PARTS, size))
        self._rows.array[0] = (
            self.chain.zero,
            score(_PAD[-2]),
            score(_PAD[-1]),
            score(_PAD[1]),
            score(_PAD[2]),
        )
        # run positions: own, seen from the token after, from the token before
        self._runs: dict[str, int] = {}
        self._run_rows = _Table((3, size))
        # bigrams: "bi-", "bi+", "-2:-1" (row 0: a pair the model does not know), keyed
        # by the pair of folded syllables (a tuple hashes from its strings' cached
        # hashes; a joined string is hashed anew each time)
        self._pairs: dict[tuple[str, str], int] = {}
        self._pair_rows = _Table((3, size))
        self._phrases: dict[tuple[str, ...], int] = {}
        self._phrase_rows = _Table((size,))
        # a syllable's shape with the word before or after it, or with its neighbours'
        # shapes ("pw|s=", "s|nw=", "s3="; row 0: a combination the model does not know)
        self._contexts: dict[tuple[str, ...], int] = {}  # ("pw|s", word, shape) -> row
        self._context_rows = _Table((size,))

    def _add_tokens(self, tokens: list[str]) -> None:
        """Score the rows of tokens not seen before, all in one sum over the model's
        weights (one `reduceat` instead of five small sums a token)."""
        memo = _memo(self.gazetteer, self.clusters)
        get = self.chain.attributes.get
        ids: list[int] = []
        starts: list[int] = []
        forms = []
        for token in tokens:
            u = memo.token(token)
            for part in (u[2], u[3], (*u[4], *u[5]), (*u[6], *u[7]), u[8]):
                starts.append(len(ids))
                ids.append(self.chain.unknown)  # a zero row first: no part is empty
                ids.extend(a for a in map(get, part) if a is not None)
            forms.append((u[0], u[1]))
        sums = np.add.reduceat(self.chain.weights[ids], starts)
        first = self._rows.extend(sums.reshape(len(tokens), self.PARTS, -1))
        for k, token in enumerate(tokens):
            self._tokens[token] = (first + k, *forms[k])

    def _run(self, position: str) -> int:
        got = self._runs.get(position)
        if got is None:
            score = self.chain.score
            got = self._runs[position] = self._run_rows.add(
                np.stack([score(["r=" + position]), score(["-1:r=" + position]), score(["1:r=" + position])])
            )
        return got

    def _pair(self, pair: tuple[str, str]) -> int:
        got = self._pairs.get(pair)
        if got is None:
            got = 0
            if pair in self._known_pairs:
                joined = pair[0] + "|" + pair[1]
                keys = ("bi-=" + joined, "bi+=" + joined, "-2:-1=" + joined)
                get, unknown = self.chain.attributes.get, self.chain.unknown
                got = self._pair_rows.add(self.chain.weights[[get(k, unknown) for k in keys]])
            self._pairs[pair] = got
        return got

    def _context(self, key: tuple[str, ...]) -> int:
        """Row of a context feature given as (prefix, its parts): ("s3", "A", "a", "A")
        is "s3=A|a|A"."""
        got = self._contexts.get(key)
        if got is None:
            got = 0
            feature = key[0] + "=" + "|".join(key[1:])
            if feature in self._known_contexts:
                got = self._context_rows.add(self.chain.weights[self.chain.attributes[feature]])
            self._contexts[key] = got
        return got

    @staticmethod
    def _rows_of(keys: list, memo: dict, slow: Callable[[Any], int]) -> list[int]:
        """Memoised rows of `keys`, looked up in one pass (`slow` for those not seen yet)."""
        got = list(map(memo.get, keys))
        if None in got:
            got = [slow(k) if g is None else g for g, k in zip(got, keys, strict=True)]
        return got

    def _phrase(self, found: list[str]) -> int:
        key = tuple(found)
        got = self._phrases.get(key)
        if got is None:
            got = self._phrases[key] = self._phrase_rows.add(self.chain.score(key))
        return got

    def __call__(self, tokens: list[str], sentence_start: bool = True) -> np.ndarray:
        """Label scores of each token of a stretch, shape (tokens, labels): the scores
        crfsuite gives `features(tokens, ..., sentence_start)`."""
        return self.batch([(tokens, sentence_start)])[0]

    def batch(self, stretches: list[tuple[list[str], bool]]) -> list[np.ndarray]:
        """The scores of many stretches (tokens, whether the first is a sentence's first)."""
        if (
            len(self._tokens) + sum(len(t) for t, _ in stretches) >= TOKEN_ROWS
            or len(self._pairs) >= _MEMO_SIZE
            or len(self._contexts) >= _MEMO_SIZE
        ):
            self._reset()  # bounded memory; a reset only costs the next look-ups
        known = self._tokens
        new = [t for t in dict.fromkeys(t for tokens, _ in stretches for t in tokens) if t not in known]
        if new:
            self._add_tokens(new)
        # per token of the batch: its row, its run position's row, the row of the pair it
        # opens (0 at a stretch's end), its gazetteer phrase's row
        rows: list[int] = []
        runs: list[int] = []
        pairs: list[int] = []
        phrase_rows: list[int] = []
        before_rows: list[int] = []  # per token: its shape with the word before it
        after_rows: list[int] = []  # per token: its shape with the word after it
        outline_rows: list[int] = []  # per token: the shapes of it and its two neighbours
        firsts: list[int] = []
        lengths = [len(tokens) for tokens, _ in stretches]
        phrases = self.gazetteer is not None and bool(self.gazetteer.phrases)
        rows_of, contexts, context = self._rows_of, self._contexts, self._context
        for tokens, sentence_start in stretches:
            if not tokens:
                continue
            if sentence_start:
                firsts.append(len(rows))
            got = [known[t] for t in tokens]
            rows += [g[0] for g in got]
            lows = [g[1] for g in got]
            shapes = [g[2] for g in got]
            runs += rows_of(run_positions(shapes), self._runs, self._run)
            pairs += rows_of(list(zip(lows, lows[1:], strict=False)), self._pairs, self._pair)
            pairs.append(0)
            before_rows.append(0)
            before_rows += rows_of(
                [("pw|s", a, b) for a, b in zip(lows, shapes[1:], strict=False)], contexts, context
            )
            after_rows += rows_of(
                [("s|nw", a, b) for a, b in zip(shapes, lows[1:], strict=False)], contexts, context
            )
            after_rows.append(0)
            outline_rows.append(0)
            outline_rows += rows_of(
                [("s3", a, b, c) for a, b, c in zip(shapes, shapes[1:], shapes[2:], strict=False)],
                contexts,
                context,
            )
            if len(tokens) > 1:
                outline_rows.append(0)
            if phrases:
                phrase_rows += [
                    self._phrase(f) if f else 0 for f in self.gazetteer.phrase_features(lows, shapes)
                ]
        size = len(self.chain.labels)
        if not rows:
            return [np.zeros((0, size)) for _ in stretches]
        # each token's place in its stretch: how many tokens before and after it
        count = np.asarray(lengths)
        count = count[count > 0]
        ends = np.cumsum(count)
        index = np.arange(len(rows))
        before = index - np.repeat(ends - count, count)
        after = np.repeat(ends, count) - index - 1

        def shifted(values: np.ndarray, by: int, valid: np.ndarray) -> np.ndarray:
            """values[i - by] where `valid`, else 0 (row 0: the padding or no feature)."""
            moved = np.roll(values, by)
            return np.where(valid, moved, 0)

        r = np.asarray(rows)
        parts = self.PARTS
        table = self._rows.array.reshape(-1, size)
        out = table[r * parts]
        out += table[shifted(r, 2, before >= 2) * parts + 1]  # from the token 2 before
        out += table[shifted(r, 1, before >= 1) * parts + 2]  # from the token before
        out += table[shifted(r, -1, after >= 1) * parts + 3]  # from the token after
        out += table[shifted(r, -2, after >= 2) * parts + 4]  # from the token 2 after
        run = np.asarray(runs)
        run_table = self._run_rows.array.reshape(-1, size)
        out += run_table[run * 3]
        out += run_table[shifted(run, 1, before >= 1) * 3 + 1]
        out += run_table[shifted(run, -1, after >= 1) * 3 + 2]
        pair = np.asarray(pairs)
        pair_table = self._pair_rows.array.reshape(-1, size)
        out += pair_table[shifted(pair, 1, before >= 1) * 3]  # "bi-": the pair that ends here
        out += pair_table[pair * 3 + 1]  # "bi+": the pair that starts here
        out += pair_table[shifted(pair, 2, before >= 2) * 3 + 2]  # "-2:-1": the pair before
        if phrases:
            out += self._phrase_rows.array[phrase_rows]
        context_table = self._context_rows.array
        out += context_table[before_rows]
        out += context_table[after_rows]
        out += context_table[outline_rows]
        out += self.base
        out[firsts] += self.bos
        return np.split(out, np.cumsum(lengths)[:-1])


def to_bilou(labels: list[str]) -> list[str]:
    """BIO labels as the model learns them: a name's last syllable L-, a one-syllable
    name U- (the CRF then sees where names end, not only where they start: VLSP dev F1
    0.844 -> 0.850 with the same features)."""
    out = []
    for k, lab in enumerate(labels):
        if lab == "O":
            out.append(lab)
            continue
        kind = lab[2:]
        goes_on = k + 1 < len(labels) and labels[k + 1] == f"I-{kind}"
        if lab.startswith("B-"):
            out.append(("B-" if goes_on else "U-") + kind)
        else:
            out.append(("I-" if goes_on else "L-") + kind)
    return out


def from_bilou(labels: list[str]) -> list[str]:
    """The model's BILOU labels back as BIO."""
    return [("B-" if lab[0] == "U" else "I-" if lab[0] == "L" else lab[:2]) + lab[2:] for lab in labels]


def decode(labels: list[str]) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, type) of the names in a BIO sequence."""
    # (asked several times of every tagged sentence: "O" labels, most of them, cost one
    # comparison each)
    out: list[tuple[int, int, str]] = []
    start, kind = None, ""
    for k, lab in enumerate(labels):
        if lab == "O":
            if start is not None:
                out.append((start, k, kind))
                start = None
            continue
        tag, typ = lab[0], lab[2:]
        if start is not None and not (tag == "I" and typ == kind):
            out.append((start, k, kind))
            start = None
        if tag == "B" or (tag == "I" and start is None):
            start, kind = k, typ
    if start is not None:
        out.append((start, len(labels), kind))
    return out


@dataclass(frozen=True)
class Name:
    start: int  # character offsets in the text given
    end: int
    type: str  # PER, LOC, ORG
    text: str


WINDOW = 1000  # syllables tagged at once: the longest sentence of VLSP 2018 train/dev has 790
# Tokens tagged each side of a capitalised one. VLSP dev F1 as when whole sentences are
# tagged (0.846) from 6 up; 4: 0.845, 2: 0.834. Tags 1.6-1.8x as many sentences a second.
MARGIN = 6


def _stretches(tokens: list[str]) -> list[tuple[int, int]]:
    """(start, end) of the token stretches worth tagging: every capitalised or mixed
    token (a name's syllables, an acronym) with `MARGIN` tokens each side, merged."""
    out: list[tuple[int, int]] = []
    for i, t in enumerate(tokens):
        if _shape(t) in ("T", "U", "X", "M", "DX"):
            a, b = max(0, i - MARGIN), min(len(tokens), i + MARGIN + 1)
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
    return out


def acronyms_after_organisations(tokens: list[str], labels: list[str]) -> None:
    """Label in place an acronym in brackets right after an organisation's name as that
    organisation ("Tổ chức Y tế Thế giới (WHO)", "Công ty CP Dệt may Hòa Bình (HBT)"): news
    gives a body's short name that way, and the CRF, which scores the acronym on its own
    neighbours, left 17 of the 44 such acronyms of VLSP dev out. VLSP dev F1 0.8621 -> 0.8633, per-article
    names R .833 -> .837; where dev chose nothing (a model trained on the even documents
    of the training part, scored on the odd ones) 0.8133 -> 0.8144, R .792 -> .795."""
    ends = {b for a, b, kind in decode(labels) if kind == "ORG"}
    for i in range(1, len(tokens) - 1):
        if (
            tokens[i - 1] == "("
            and tokens[i + 1] == ")"
            and labels[i] == "O"
            and i - 1 in ends
            and len(tokens[i]) >= 2
            and _shape(tokens[i]) in ("U", "M")
        ):
            labels[i] = "B-ORG"


_AND = frozenset({"và", "cùng"})


def organisations_joined_by_and(tokens: list[str], labels: list[str]) -> None:
    """Part in place an organisation's span that runs over "và" into a second one
    ("Bộ Công Thương và Bộ Tài chính", "Tổ chức Mẫu Quốc tế và Tổ chức Y ..."): the word
    after "và" opens an organisation's name, capitalised as a name's first word (the CRF
    scores "và" inside a name it has seen in long official names, where the words after
    it are not a new body: "Bộ Lao động - Thương binh và Xã hội"). VLSP 2018 dev: 3
    spans right more, 1 wrong less (F1 0.8633 -> 0.8640, per-article names R .837 ->
    .838); written from a story's sentence, not from dev, and it has no setting to tune."""
    for a, b, kind in decode(labels):
        if kind != "ORG":
            continue
        for j in range(a + 1, b - 1):
            if tokens[j] in _AND and lexicon.org_head_at(" ".join(tokens[j + 1 : b]), 0):
                labels[j] = "O"
                labels[j + 1] = "B-ORG"
                break


# Words that end an organisation's name when they follow it in lowercase: tense words
# and the verbs that report what a body said. VLSP 2018 marks none inside an
# organisation (train and dev: 0 of 6,992 spans).
_AFTER_A_NAME = frozenset({"đã", "sẽ", "đang", "vừa", "nói", "sớm"})  # "Bộ X sớm ban hành ..."
_AFTER_A_NAME_PAIRS = lexicon.VERBS_AFTER_A_NAME


# An age group's team: "U23", "U19" before the country or club it plays for
_AGE_GROUP = re.compile(r"U\d{2}")
# Regions an age group's tournament is named after ("giải U16 châu Á"), no team
_TOURNAMENT_REGIONS = frozenset(
    {"châu á", "châu âu", "châu phi", "châu mỹ", "châu đại dương", "đông nam á", "đông á", "tây á"}
    | {"nam mỹ", "bắc mỹ", "thế giới", "quốc tế"}
)


def age_group_teams(tokens: list[str], labels: list[str]) -> None:
    """Label in place a place right after an age group ("U23 Velmora", "U19 Hải Long") as
    the team's name, the age group included: VLSP 2018 marks 314 of the 315 such teams
    of train and dev as organisations, "U16" included (a tournament's region is no team:
    "giải U16 châu Á"). The CRF, which saw the age groups of one tournament's reports,
    reads other ages' teams as the country alone ("U23 X đã có chiến thắng 3-0 trước U23
    Y": two places). VLSP dev and the odd documents of train have no such span left to
    change; it holds for the ages and teams the training text does not have. A place's
    span that holds the age group ("U19 Thái Lan" tagged a place whole) is the team too."""
    for a, b, kind in decode(labels):
        if (
            kind == "LOC"
            and a > 0
            and labels[a - 1] == "O"
            and _AGE_GROUP.fullmatch(tokens[a - 1])
            and fold(" ".join(tokens[a:b])) not in _TOURNAMENT_REGIONS
        ):
            labels[a - 1 : b] = ["B-ORG"] + ["I-ORG"] * (b - a)
        elif (
            kind == "LOC"
            and b - a >= 2
            and _AGE_GROUP.fullmatch(tokens[a])
            and fold(" ".join(tokens[a + 1 : b])) not in _TOURNAMENT_REGIONS
        ):
            labels[a:b] = ["B-ORG"] + ["I-ORG"] * (b - a - 1)


def organisations_end_before_a_verb(tokens: list[str], labels: list[str]) -> None:
    """End in place an organisation's span at a tense word or a reporting verb inside it
    ("Tập đoàn X trịnh trọng tuyên bố ...", "Ban Y đã đến thăm ...": the CRF ran on into
    what the body did). On VLSP 2018 dev it changes one sentence (F1 0.8638 ->
    0.8639); on the dev summary sets it is where organisations' names ran on most."""
    for a, b, kind in decode(labels):
        if kind != "ORG":
            continue
        for j in range(a + 1, b):
            pair = (tokens[j], tokens[j + 1]) if j + 1 < len(tokens) else None
            if tokens[j - 1] == "và":
                continue  # "doanh nghiệp nhỏ và vừa": a word of the name
            if tokens[j] in _AFTER_A_NAME or pair in _AFTER_A_NAME_PAIRS:
                labels[j:b] = ["O"] * (b - j)
                break


# Places are not carried: a place's name recurs inside other names and as a modifier
# the annotators leave unmarked; carrying them cost LOC F1 on VLSP dev (.877 -> .871)
# and on the odd training documents (.835 -> .832), persons and bodies gained on both.
CARRIED_TYPES = frozenset({"PER", "ORG"})


def names_everywhere(sentences: list[list[str]], labels: list[list[str]]) -> None:
    """Label in place, in one document's sentences, each untagged occurrence of a name
    the CRF tagged elsewhere in it, with the type it gave that name most often (on a
    tie, the type it gave first): a reader who has met a striker's surname or a party's
    acronym once knows it at the next mention, where the CRF, reading a sentence alone,
    may not (a bare acronym opening a clause, a surname with no title before it).

    An occurrence counts only as a whole run of capitalised words (the word before it,
    unless it opens the sentence, and the word after it lowercase or punctuation): "Hà
    Nội" tagged a place says nothing of "Hà Nội" inside "Sở Y tế Hà Nội". Names longer
    than `_LONGEST_PHRASE` syllables are not carried, so the look-up stays linear.

    Persons and bodies only (`CARRIED_TYPES`). Measured on VLSP 2018 dev, an article a
    call: F1 0.864 -> 0.871 (P .884 -> .874, R .844 -> .867; PER .889 -> .890, ORG
    .815 -> .840); where dev chose nothing, a model trained on the even documents of the
    training part and scored on the odd ones: 0.814 -> 0.820. Tried beside it (figures
    with places carried too: 0.868 / 0.819) and left out: also relabelling a name's
    minority type to its majority (+0.2 on dev, -0.02 on the odd documents), carrying
    only names tagged at least twice (0.870 / 0.817), a person's last syllable carried
    as the person (0.867 / 0.818), not carrying one-syllable names to a sentence's first
    word (0.868 / 0.818)."""
    kinds: dict[tuple[str, ...], Counter] = {}
    for tokens, labs in zip(sentences, labels, strict=True):
        for a, b, kind in decode(labs):
            if b - a <= _LONGEST_PHRASE and tokens[a][:1].isupper():
                kinds.setdefault(tuple(tokens[a:b]), Counter())[kind] += 1
    carried = {}  # name -> the type it is carried with
    for name, counts in kinds.items():
        kind = counts.most_common(1)[0][0]
        if kind in CARRIED_TYPES:
            carried[name] = kind
    if not carried:
        return
    lengths: dict[str, list[int]] = {}  # a name's first syllable -> its names' lengths, longest first
    for name in carried:
        lengths.setdefault(name[0], []).append(len(name))
    for first in lengths:
        lengths[first] = sorted(set(lengths[first]), reverse=True)
    for tokens, labs in zip(sentences, labels, strict=True):
        free = 0  # the first token no carried name covers yet
        # only the tokens that open a tagged name are looked at (most sentences have none)
        for a in [k for k, t in enumerate(tokens) if t in lengths]:
            if a < free:
                continue
            for n in lengths[tokens[a]]:
                b = a + n
                if b > len(tokens):
                    continue
                kind = carried.get(tuple(tokens[a:b]))
                if kind is None or any(x != "O" for x in labs[a:b]):
                    continue
                if (a > 1 and tokens[a - 1][:1].isupper()) or (b < len(tokens) and tokens[b][:1].isupper()):
                    continue  # part of a longer capitalised run
                labs[a:b] = ["B-" + kind] + ["I-" + kind] * (n - 1)
                free = b
                break


# The common noun Vietnamese news writes, in lowercase, before the name of a firm, a
# brand, a club, a medium or another body ("công ty Velmont", "thương hiệu X", "hãng Y",
# "tạp chí Z", "báo W"): what follows is that body. A one-syllable noun counts only
# where it closes no word with the syllable before it ("tình báo", "tượng đài").
BODY_NOUNS = frozenset(
    {
        ("công", "ty"),
        ("tập", "đoàn"),
        ("doanh", "nghiệp"),
        ("hãng",),
        ("hãng", "tin"),
        ("thương", "hiệu"),
        ("nhãn", "hàng"),
        ("nhãn", "hiệu"),
        ("nhà", "sản", "xuất"),
        ("nhà", "mạng"),
        ("chuỗi",),
        ("ngân", "hàng"),
        ("quỹ",),
        ("tổ", "chức"),
        ("câu", "lạc", "bộ"),
        ("clb",),
        ("đội", "bóng"),
        ("nhóm", "nhạc"),
        ("ban", "nhạc"),
        ("tờ",),
        ("báo",),
        ("tạp", "chí"),
        ("đài",),
        ("kênh",),
        ("trang",),
    }
)
_OPENING_QUOTES = frozenset("'‘“\"")


def _after_a_noun(
    tokens: list[str],
    start: int,
    nouns: frozenset[tuple[str, ...]],
    words: frozenset[tuple[str, str]],
    quoted: bool = False,
    any_case: bool = False,
) -> bool:
    """Whether the name at `start` follows one of `nouns` (written lowercase, unless
    `any_case`; `quoted`: maybe with an opening quotation mark between, "ca khúc 'X'")."""
    end = start - 1 if quoted and start > 0 and tokens[start - 1] in _OPENING_QUOTES else start
    for n in range(1, max(map(len, nouns)) + 1):
        noun = tokens[max(0, end - n) : end]
        if len(noun) != n or not (any_case or all(w[:1].islower() or w.isupper() for w in noun)):
            continue
        key = tuple(map(fold, noun))
        if key not in nouns:
            continue
        # a one-syllable noun closing a word with the syllable before it is that word's
        # ("tượng đài", "tình báo", "thời trang"), not the body's noun
        if n == 1 and end >= 2 and (fold(tokens[end - 2]), key[0]) in words:
            continue
        return True
    return False


def _persons_after(
    sentences: list[list[str]],
    labels: list[list[str]],
    nouns: frozenset[tuple[str, ...]],
    words: frozenset[tuple[str, str]],
    quoted: bool = False,
    any_case: bool = False,
    trades: bool = False,
) -> set[tuple[str, ...]]:
    """The words of every span labelled a person right after one of `nouns` (`trades`:
    or after a noun and its trade, `_trade_start`)."""
    return {
        tuple(tokens[a:b])
        for tokens, labs in zip(sentences, labels, strict=True)
        for a, b, kind in decode(labs)
        if kind == "PER"
        and (
            _after_a_noun(tokens, a, nouns, words, quoted, any_case)
            or (trades and _after_a_trade(tokens, a, nouns, words))
        )
    }


def _after_a_trade(tokens: list[str], start: int, nouns: frozenset[tuple[str, ...]], words) -> bool:
    """Whether the name at `start` follows one of `nouns` and its trade (`_trade_start`)."""
    trade = _trade_start(tokens, start, words)
    return trade < start and _after_a_noun(tokens, trade, nouns, words)


TRADE_WORDS = 2  # two-syllable words of a trade between a body's noun and its name, at most


def _trade_start(tokens: list[str], start: int, words: frozenset[tuple[str, str]]) -> int:
    """Where the trade before the name at `start` begins: up to `TRADE_WORDS` lowercase
    two-syllable words of the general dictionary ("hãng *công nghệ* X", "công ty
    *nghiên cứu thị trường* Y"); `start` when there is none."""
    k = start
    for _ in range(TRADE_WORDS):
        if k >= 2 and tokens[k - 2][:1].islower() and (fold(tokens[k - 2]), fold(tokens[k - 1])) in words:
            k -= 2
        else:
            break
    return k


def _persons_before_a_body_noun(
    sentences: list[list[str]], labels: list[list[str]], words: frozenset[tuple[str, str]] = frozenset()
) -> set[tuple[str, ...]]:
    """The words of every span labelled a person followed by a comma and a body's common
    noun, as an apposition ("Velmont, công ty ..."), unless it opens with a Vietnamese
    family name ("Nguyễn Văn A, Công ty B": a person and where he works)."""
    longest = max(map(len, BODY_NOUNS))
    out = set()
    for tokens, labs in zip(sentences, labels, strict=True):
        for a, b, kind in decode(labs):
            if kind != "PER" or b + 1 >= len(tokens) or tokens[b] != "," or tokens[a] in FAMILY_NAMES:
                continue
            after = tuple(fold(w) for w in tokens[b + 1 : b + 1 + longest])
            for n in range(1, len(after) + 1):
                # the noun then a description ("tập đoàn mỹ phẩm"), not another body's
                # name ("X, Tập đoàn Y và ...": an enumeration)
                if after[:n] in BODY_NOUNS and b + 1 + n < len(tokens) and tokens[b + 1 + n][:1].islower():
                    out.add(tuple(tokens[a:b]))
                    break
    if not out:
        return out
    # a name the document also writes after a person's title or an honorific is a
    # person's ("huấn luyện viên X, đội bóng ..." opens a clause on the team)
    return out - _persons_after(sentences, labels, _PERSON_TITLES, words, any_case=True)


def bodies_by_their_noun(
    sentences: list[list[str]], labels: list[list[str]], words: frozenset[tuple[str, str]] = frozenset()
) -> None:
    """Label in place as a body every span the CRF took for a person whose words follow,
    somewhere in the sentences (one document's), a body's common noun (`BODY_NOUNS`;
    `words`: two-syllable words of the general dictionary, which a one-syllable noun may
    close instead): a foreign firm's or brand's name reads like a foreign person's
    ("Velmont", "Kessler Hart"), and the CRF, with no Vietnamese name to go by, calls it
    a person; "công ty Velmont" once in the article says what it is at every mention.

    Measured, an article a call: VLSP 2018 dev F1 0.8707 -> 0.8735 (P .874 -> .877, R
    .867 -> .870); where dev chose nothing, a model trained on the even documents of
    the training part and scored on the odd ones, 0.8197 -> 0.8209. Tried beside it
    and left out: places the CRF put after such a noun made bodies too (dev 0.8653:
    "công ty ... Việt Nam"), a name after an honorific made a person wherever the CRF
    called it a place (dev +0.13, odd documents -0.01), up to two lowercase words
    between the noun and the name ("hãng bảo mật X": dev +0.02).

    The noun may also follow the name after a comma, as an apposition ("Velmont, tập
    đoàn mỹ phẩm lớn nhất ..."; `_persons_before_a_body_noun`): dev 0.8775 -> 0.8791
    (P .884 -> .886, R .871 -> .873), the odd documents 0.8233 -> 0.8240. In VLSP
    2018 train and dev, 38 marked names stand before ", <body noun>": 28 bodies, 9
    places ("..., đài X"; places are left alone here), 1 person. Not where the noun is
    followed by a capitalised name (an enumeration: "X, Tập đoàn Y và Z") or the name
    is also written after a person's title ("huấn luyện viên X, đội bóng ..."): on the
    400 dev stories those had made a coach and a prime minister bodies.

    The noun may also come with its trade, in up to two words of the general
    dictionary ("hãng công nghệ Velmor", "công ty nghiên cứu thị trường X"; with any
    two lowercase words, measured above, it was left out): VLSP dev
    0.8795 -> 0.8798, the odd documents 0.8243 -> 0.8249; in the 400 dev stories four
    firms read as persons became bodies (an airline, a venture fund among them)."""
    bodies = _persons_after(sentences, labels, BODY_NOUNS, words, trades=True)
    bodies |= _persons_before_a_body_noun(sentences, labels, words)
    if not bodies:
        return
    for tokens, labs in zip(sentences, labels, strict=True):
        for a, b, kind in decode(labs):
            if kind == "PER" and tuple(tokens[a:b]) in bodies:
                labs[a:b] = ["B-ORG"] + ["I-ORG"] * (b - a - 1)


# The noun news writes before the title of a film, a song, a book or a show ("phim X",
# "ca khúc 'Y'", "MV Z"): the capitalised words after it name a work, which the CRF,
# reading a foreign or unusual run of capitals, takes for a person's name.
WORK_NOUNS = frozenset(
    {
        ("phim",),
        ("bộ", "phim"),
        ("phim", "truyền", "hình"),
        ("ca", "khúc"),
        ("bài", "hát"),
        ("mv",),
        ("album",),
        ("tác", "phẩm"),
        ("vở",),
        ("vở", "kịch"),
        ("tiểu", "thuyết"),
        ("cuốn", "sách"),
        ("truyện",),
        ("dòng", "nhạc"),
        ("thể", "loại"),
        ("chương", "trình"),
        ("game",),
        ("trò", "chơi"),
    }
)
# Nouns before the name of a thing news names after a person or with a name of its own:
# a ship ("tàu sân bay Karel Dunn"), a weapon system, a storm ("bão Velma"). In VLSP
# 2018 train, of the 91 capitalised runs after these nouns, 1 is marked a person, 73 no
# name and 17 places or bodies ("tàu chiến Mỹ", left alone here: only persons are
# unlabelled). Measured with the work nouns, an article a call: VLSP dev F1 0.8791 ->
# 0.8795 (6 wrong persons less, none right lost), where dev chose nothing (trained on
# the even documents of train, scored on the odd ones) 0.8240 -> 0.8243 (8 wrong
# less). Left out: software ("ứng dụng", "phần mềm", "mã độc": odd, one right person
# lost) and events ("giải", "lễ hội", "chiến dịch": no change on either).
THING_NOUNS = frozenset(
    {
        ("tàu",),
        ("tàu", "sân", "bay"),
        ("tàu", "ngầm"),
        ("tàu", "khu", "trục"),
        ("tàu", "chiến"),
        ("chiến", "hạm"),
        ("hệ", "thống"),
        ("tên", "lửa"),
        ("bão",),
        ("siêu", "bão"),
    }
)
# Kin words and honorifics before a name: "chú X" is a person even where "bài hát X"
# names a song after him.
_KIN = frozenset({"ông", "bà", "anh", "chị", "chú", "cô", "bác", "em", "cụ", "ngài", "thầy", "cậu", "dì"})


# Titles of people and honorifics, folded, as word tuples: a name written after one of
# them is a person's ("ca sĩ X", "đạo diễn Y", "chị Z"; not the kin words that also name
# folk characters: "chú X" of a fairy tale)
_PERSON_TITLES = frozenset(
    {tuple(fold(t).split()) for t in lexicon.TITLES} | {(w,) for w in lexicon.HONORIFICS}
)


def works_are_no_names(
    sentences: list[list[str]], labels: list[list[str]], words: frozenset[tuple[str, str]] = frozenset()
) -> None:
    """Unlabel in place every span the CRF took for a person whose words follow,
    somewhere in the sentences (one document's), a work's noun (`WORK_NOUNS`, maybe
    with an opening quotation mark between): the title of a film or a song ("phim Night
    Harbor", "MV 'Mây Chiều'") is no person, place or organisation, nor where the
    article names it alone; but the words after a kin word or an honorific stay a
    person ("chú X"). So is the name of a ship, a weapon system or a storm
    (`THING_NOUNS`).

    Measured, an article a call, after `bodies_by_their_noun`: VLSP 2018 dev F1 0.8735
    -> 0.8745 (P .877 -> .880, R .870 -> .869); the even/odd check of
    `bodies_by_their_noun` 0.8209 -> 0.8215 (P .829 -> .831, recall unchanged).
    A name the document also writes after a person's title or an honorific ("ca sĩ
    X") stays a person: glued photo captions ("Một cảnh phim X - Y") had made a
    singer with 21 mentions vanish from a vnmds-dev story; VLSP dev and the odd
    documents unchanged."""
    _no_persons_after(sentences, labels, WORK_NOUNS | THING_NOUNS, words, quoted=True)


def _no_persons_after(
    sentences: list[list[str]],
    labels: list[list[str]],
    nouns: frozenset[tuple[str, ...]],
    words: frozenset[tuple[str, str]],
    quoted: bool = False,
) -> None:
    """Unlabel in place every span labelled a person whose words follow one of `nouns`
    somewhere in the document, but not the words after a kin word there ("chú X"); a
    name the document also writes after a person's title or an honorific stays a
    person everywhere (a singer whom a film or a glued caption names: "ca sĩ X" in the
    text, "Một cảnh phim X - Y" in the captions)."""
    named = _persons_after(sentences, labels, nouns, words, quoted)
    if not named:
        return
    named -= _persons_after(sentences, labels, _PERSON_TITLES, words, any_case=True)
    if not named:
        return
    for tokens, labs in zip(sentences, labels, strict=True):
        for a, b, kind in decode(labs):
            after_kin = a > 0 and fold(tokens[a - 1]) in _KIN
            if kind == "PER" and tuple(tokens[a:b]) in named and not after_kin:
                labs[a:b] = ["O"] * (b - a)


# The nouns news writes before the name of a people, a nationality or an ethnic group
# ("người Velmor", "bộ tộc X", "dân tộc Y"): what follows names the group, no person.
PEOPLE_NOUNS = frozenset(
    {
        ("người",),
        ("bộ", "tộc"),
        ("bộ", "lạc"),
        ("dân", "tộc"),
        ("sắc", "tộc"),
        ("tộc", "người"),
    }
)


def peoples_are_no_persons(
    sentences: list[list[str]], labels: list[list[str]], words: frozenset[tuple[str, str]] = frozenset()
) -> None:
    """Unlabel in place every span the CRF took for a person whose words follow,
    somewhere in the sentences (one document's), a people's noun (`PEOPLE_NOUNS`):
    "người Velmor" is a nationality or an ethnic group, which VLSP 2018 marks as no
    name (of the 214 capitalised runs right after such a noun in its training part, 2
    are persons, 34 places, 6 bodies, the rest unmarked); a foreign group's name read
    alone looks like a foreign person's. A name the document also writes after a
    person's title or an honorific stays a person, as in `works_are_no_names`.

    Measured, an article a call, after `works_are_no_names`: VLSP 2018 dev F1 0.8764
    -> 0.8775 (P .882 -> .884, recall unchanged); where dev chose nothing, the model
    trained on the even documents of the training part scored on the odd ones, 0.8232
    -> 0.8233."""
    _no_persons_after(sentences, labels, PEOPLE_NOUNS, words)


def _hyphened_syllable_end(text: str, end: int) -> int:
    """The end of a person's name that goes on with a hyphen and a lowercase syllable
    ("Kim Min-seo", "Moon Jae-in"): Korean given names are written so, and the CRF, which
    reads the syllable after the hyphen as a lowercase word, sometimes stops before it."""
    if end >= len(text) or text[end] != "-":
        return end
    k = end + 1
    while k < len(text) and text[k].isalpha():
        k += 1
    tail = text[end + 1 : k]
    # (romanised, so plain letters: "Petrov-làm ..." is a name, then a Vietnamese word)
    return k if tail and tail.islower() and tail.isascii() and len(tail) <= MAX_HYPHENED_SYLLABLE else end


PLACE_WORD_SHARE = 0.5  # a majority: the word is a place's more often than anything else
MAX_HYPHENED_SYLLABLE = 5  # letters of "seo", "jin", "hyeon": a syllable, not a word after a dash


class Recognizer:
    """The shipped tagger, loaded once (`default()`); `names(text)` finds the names,
    `names_many(texts)` those of many sentences at once (one batched decoding)."""

    def __init__(
        self,
        model: Path = MODEL_PATH,
        gazetteer: Path = GAZETTEER_PATH,
        clusters: Path = CLUSTERS_PATH,
        lexicon: Path | None = LEXICON_PATH,
    ) -> None:
        self.chain = LinearChain.load(model)
        self.gazetteer = Gazetteer.from_dict(json.loads(gazetteer.read_text(encoding="utf-8")))
        if lexicon is not None:
            self.gazetteer.lexicon = Lexicon.load(lexicon)
        self.clusters = WordClusters.load(clusters)
        self.emissions = Emissions(self.chain, self.gazetteer, self.clusters)

    def tag(self, tokens: list[str]) -> list[str]:
        """Labels of one sentence's tokens (see `tag_many`)."""
        return self.tag_many([tokens])[0]

    def tag_many(self, sentences: list[list[str]], document: bool = False) -> list[list[str]]:
        """Labels of each sentence's tokens (the CRF's, then `acronyms_after_organisations`,
        `organisations_joined_by_and` and `organisations_end_before_a_verb`; with
        `document`, the sentences are one document's and `names_everywhere` carries a
        name tagged in one of them to its other occurrences; then `bodies_by_their_noun`
        and `works_are_no_names`, over the document or each sentence alone).
        Only the stretches around capitalised tokens are tagged (`MARGIN` tokens each
        side; a name is written with capitals, and the features look two tokens away);
        the rest is "O". A stretch longer than `WINDOW` syllables (no news sentence is; a
        hostile page is one) is tagged a window at a time, so the scores held at once
        stay bounded."""
        pieces: list[tuple[int, int, int]] = []
        for k, tokens in enumerate(sentences):
            for a, b in _stretches(tokens):
                for start in range(a, b, WINDOW):
                    pieces.append((k, start, min(b, start + WINDOW)))
        scores = self.emissions.batch([(sentences[k][a:b], a == 0) for k, a, b in pieces])
        out = [["O"] * len(tokens) for tokens in sentences]
        names = self.chain.labels
        for (k, start, end), path in zip(pieces, self.chain.viterbi(scores), strict=True):
            out[k][start:end] = from_bilou([names[i] for i in path])
        for tokens, labels in zip(sentences, out, strict=True):
            if "(" in tokens:
                acronyms_after_organisations(tokens, labels)
            if "và" in tokens or "cùng" in tokens:
                organisations_joined_by_and(tokens, labels)
            organisations_end_before_a_verb(tokens, labels)
            age_group_teams(tokens, labels)
            self._places_not_cut(tokens, labels)
        if document:
            names_everywhere(sentences, out)
            bodies_by_their_noun(sentences, out, self.two_syllable_words)
            works_are_no_names(sentences, out, self.two_syllable_words)
            peoples_are_no_persons(sentences, out, self.two_syllable_words)
        else:
            for tokens, labels in zip(sentences, out, strict=True):
                bodies_by_their_noun([tokens], [labels], self.two_syllable_words)
                works_are_no_names([tokens], [labels], self.two_syllable_words)
                peoples_are_no_persons([tokens], [labels], self.two_syllable_words)
        return out

    def _places_not_cut(self, tokens: list[str], labels: list[str]) -> None:
        """Label in place a person's span that, with the capitalised word before it, is a
        place the training part names ("tiền vệ người Tuyên| Quang": the CRF, reading
        "người" as what comes before a person, started a name inside the province's) as
        that place."""
        for a, b, kind in decode(labels):
            if kind != "PER" or a == 0 or labels[a - 1] != "O" or not tokens[a - 1][:1].isupper():
                continue
            if fold(tokens[a - 1]) in lexicon.HONORIFICS:
                continue  # "Chị Hằng" opening a sentence: the honorific, then her name
            if self.known_place(" ".join(tokens[a - 1 : b])):
                labels[a - 1 : b] = ["B-LOC"] + ["I-LOC"] * (b - a)

    def place_word(self, syllable: str) -> bool:
        """Whether the training part has the syllable in place names at least half of
        the times it has it at all ("Arabia"; not "Hoàng", nor an unseen "Torvin")."""
        entry = self.gazetteer.share.get(fold(syllable)) or {}
        return sum(v for k, v in entry.items() if k.endswith("LOC")) >= PLACE_WORD_SHARE

    def person_share(self, syllable: str) -> float:
        """Share of the syllable's occurrences in the training part that were in a
        person's name (0 when the gazetteer does not list it)."""
        entry = self.gazetteer.share.get(fold(syllable)) or {}
        return sum(v for k, v in entry.items() if k.endswith("PER"))

    @functools.cached_property
    def _dictionary_syllables(self) -> frozenset[str]:
        lexicon = self.gazetteer.lexicon
        if lexicon is None:
            return frozenset()
        return frozenset(w for phrase, kind in lexicon.phrases.items() if kind == "dict" for w in phrase)

    @functools.cached_property
    def two_syllable_words(self) -> frozenset[tuple[str, str]]:
        """The general dictionary's two-syllable words, folded ("tượng đài")."""
        lexicon = self.gazetteer.lexicon
        if lexicon is None:
            return frozenset()
        return frozenset(p for p, kind in lexicon.phrases.items() if kind == "dict" and len(p) == 2)

    @functools.cached_property
    def _dictionary_pairs(self) -> frozenset[tuple[str, str]]:
        lexicon = self.gazetteer.lexicon
        if lexicon is None:
            return frozenset()
        return frozenset(phrase[:2] for phrase, kind in lexicon.phrases.items() if kind == "dict")

    def opens_a_word(self, first: str, second: str) -> bool:
        """Whether two syllables open a word of the general dictionary ("từ chối", "cho
        biết"): a phrase cut between them starts inside a word."""
        return (fold(first), fold(second)) in self._dictionary_pairs

    def in_dictionary(self, word: str) -> bool:
        """A syllable of the general dictionary's words ("đức", "tâm"; not a foreign
        "Hans")."""
        return fold(word) in self._dictionary_syllables

    def unit(self, words: list[str]) -> bool:
        """Whether `words` name one of Vietnam's administrative units ("Hà Tĩnh")."""
        lexicon = self.gazetteer.lexicon
        return lexicon is not None and lexicon.phrases.get(tuple(fold(w) for w in words)) == "adm"

    def known_place(self, name: str) -> bool:
        """Whether the training part names `name` as a place (its gazetteer)."""
        return self.gazetteer.phrases.get(tuple(fold(w) for w in name.split())) == "LOC"

    def names(self, text: str, split: bool = True) -> list[Name]:
        """Names in `text` with their character offsets; `split` False: `text` is one
        sentence."""
        return self.names_many([text], split)[0]

    def names_many(self, texts: list[str], split: bool = False, document: bool = False) -> list[list[Name]]:
        """The names of each text (each one sentence unless `split`), decoded together;
        `document`: the texts are one document's (see `tag_many`)."""
        spans = []  # (text index, its tokens with offsets)
        for k, text in enumerate(texts):
            for a, b in sentences(text) if split else [(0, len(text))]:
                spans.append((k, tokenize(text, a, b)))
        labels = self.tag_many([[t for *_, t in toks] for _, toks in spans], document)
        out: list[list[Name]] = [[] for _ in texts]
        for (k, toks), labs in zip(spans, labels, strict=True):
            text = texts[k]
            for s, e, kind in decode(labs):
                if kind != "PER":
                    e = _without_lowercase_clause(toks, s, e)
                while e > s + 1 and toks[e - 1][2] in _NEVER_LAST:
                    e -= 1  # a name never ends on a comma ("... Đa khoa tỉnh, cho biết")
                if kind != "PER" and "số" in (t for *_, t in toks[s + 1 : e]):
                    # "Tập đoàn X số 45 đường Y": the body's name ends before its address
                    # (read a few words past each "số": linear on a hostile run of names)
                    e = next(
                        (
                            j
                            for j in range(s + 1, e)
                            if toks[j][2] == "số" and lexicon.address_at([t for *_, t in toks[j : j + 5]], 0)
                        ),
                        e,
                    )
                if kind == "PER" and e - s > 2 and lexicon.brand(toks[s][2]):
                    # "Tổng giám đốc VietStar Lê Văn A": the brand is the title's body (a holder
                    # of two words at least after it: "VietStar Air" is one name)
                    out[k].append(Name(toks[s][0], toks[s][1], "ORG", toks[s][2]))
                    s += 1
                if kind == "PER" and toks[e - 1][2] in lexicon.COMPANY_WORDS:
                    kind = "ORG"  # "Torvin Resources cho biết": an English company name
                if kind == "ORG" and _holder_after_acronym(self, text, toks, s, e):
                    # "Người phát ngôn KDF Torvin Karel cho hay": the body's short name is
                    # the title's, the capitalised words after it its holder
                    out[k].append(Name(toks[s][0], toks[s][1], "ORG", toks[s][2]))
                    s, kind = s + 1, "PER"
                start, end = toks[s][0], toks[e - 1][1]
                if kind == "PER":
                    end = _hyphened_syllable_end(text, end)
                out[k].append(Name(start, end, kind, text[start:end]))
        return out


# Words a title takes at most (the longest of `names.TITLES` runs to six)
_TITLE_WORDS = 6


def _holder_after_acronym(
    recognizer: Recognizer, text: str, toks: list[tuple[int, int, str]], s: int, e: int
) -> bool:
    """Whether a body's span `s:e` is a title's acronym body, then its holder's name: a
    title ends right before it ("Người phát ngôn"), its first word is an acronym, two
    capitalised words at least follow, none in capitals, none opening a place ("Phó Chủ
    tịch LĐLĐ Hà Tĩnh" is one body, the branch of a province) or a body's head, and they
    read as a person's: a Vietnamese family name first, or no word of the dictionary (a
    foreign name)."""
    rest = [t for *_, t in toks[s + 1 : e]]
    if len(rest) < 2 or not lexicon.acronym(toks[s][2]):
        return False
    if any(not w[:1].isupper() or w.isupper() or not w.isalpha() for w in rest):
        return False
    if lexicon.org_head_at(text, toks[s + 1][0]) or any(
        lexicon.place(" ".join(rest[:n]))
        or recognizer.known_place(" ".join(rest[:n]))
        or recognizer.unit(rest[:n])
        for n in range(1, len(rest) + 1)
    ):
        return False
    if rest[0] not in FAMILY_NAMES and any(recognizer.in_dictionary(w) for w in rest):
        return False
    return any(
        (title := lexicon.title_at(text, toks[j][0])) is not None
        and toks[j][0] + len(title) == toks[s - 1][1]
        for j in range(max(0, s - _TITLE_WORDS), s)
    )


# Punctuation a name never ends with, though the model may run a name's label over it
_NEVER_LAST = frozenset({",", ";", ":"})
# Words a comma pairs inside a body's name ("Bộ Giao thông, vận tải", "Cục ... phòng,
# chống tội phạm"): the lowercase words after it are still the name
_PAIRED_BY_A_COMMA = frozenset({("phòng", "chống"), ("thông", "vận")})


def _without_lowercase_clause(toks: list[tuple[int, int, str]], s: int, e: int) -> int:
    """The end of a place's or body's name that ran on past a comma into lowercase words
    ("Cục Dự báo Thời tiết, mưa lớn kéo dài ..."): cut at the first comma when all
    after the last comma is lowercase and no "và" closes an enumeration ("Ủy ban Văn hóa,
    giáo dục, thanh niên và nhi đồng" stays whole). On VLSP 2018 dev no predicted span
    changes; of the 58 names with a comma in train and dev, only "Bộ Giao thông, vận tải"
    has such a tail (kept by `_PAIRED_BY_A_COMMA`)."""
    words = [t for *_, t in toks[s:e]]
    if "," not in words:
        return e
    first = words.index(",")
    last = len(words) - 1 - words[::-1].index(",")
    tail = words[last + 1 :]
    after = words[first + 1 :]
    if not tail or not all(w[:1].islower() for w in tail) or "và" in after:
        return e
    if first > 0 and (words[first - 1].lower(), after[0].lower() if after else "") in _PAIRED_BY_A_COMMA:
        return e
    return s + first


@functools.cache
def default() -> Recognizer:
    return Recognizer()
