"""Names of people, places and organisations on VLSP 2018 NER dev, in one run: tomtat's
recognizer (with and without its document pass) against underthesea's `ner`.

    python benchmarks/names.py [--shared ../shared] [--underthesea-sentences 600]

Scored as exact spans of the outermost PER/LOC/ORG names (`eval.vlsp_ner`): precision,
recall, F1 per type and overall, sentences per second on one core (features included).
Also per-document name lists (the held-out measure of the entities issue): a name is
found when a name of that type with the same folded text is among the document's.
underthesea tags its own word segments with BIO labels (B-PER, I-ORG...); its spans are
mapped back to syllables, and it is run on a sample of the dev sentences (it is slow).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from tomtat.eval.vlsp_ner import Sentence, read_part, spans_of
from tomtat.facts.recognizer import TYPES, Recognizer, decode
from tomtat.text.normalize import fold


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: list[Sentence], predicted: list[list[str]]) -> dict[str, tuple[int, int, int]]:
    counts = {t: [0, 0, 0] for t in (*TYPES, "all")}
    for s, labels in zip(gold, predicted, strict=True):
        g, p = spans_of(s.labels), set(decode(labels))
        for kind in TYPES:
            gk = {x for x in g if x[2] == kind}
            pk = {x for x in p if x[2] == kind}
            for key in (kind, "all"):
                counts[key][0] += len(gk & pk)
                counts[key][1] += len(pk - gk)
                counts[key][2] += len(gk - pk)
    return {k: tuple(v) for k, v in counts.items()}


def per_document(gold: list[Sentence], predicted: list[list[str]]) -> tuple[float, float]:
    """Recall and precision of each document's set of (type, folded name)."""
    want, got = defaultdict(set), defaultdict(set)
    for s, labels in zip(gold, predicted, strict=True):
        for a, b, kind in spans_of(s.labels):
            want[s.doc].add((kind, fold(" ".join(s.tokens[a:b]))))
        for a, b, kind in decode(labels):
            got[s.doc].add((kind, fold(" ".join(s.tokens[a:b]))))
    tp = sum(len(want[d] & got[d]) for d in want)
    return tp / max(1, sum(len(v) for v in want.values())), tp / max(1, sum(len(v) for v in got.values()))


def tag_underthesea(dev: list[Sentence]) -> list[list[str]]:
    from underthesea import ner

    out = []
    for s in dev:
        labels = ["O"] * len(s.tokens)
        k = 0
        for row in ner(" ".join(s.tokens)):
            word, tag = row[0], row[-1]
            size = len(word.replace("_", " ").split())
            for j in range(size):
                if k + j < len(labels) and tag != "O":
                    kind = tag[2:].replace("LOC", "LOC").replace("PER", "PER").replace("ORG", "ORG")
                    if kind in TYPES:
                        labels[k + j] = ("B-" if (j == 0 and tag.startswith("B")) else "I-") + kind
            k += size
        out.append(labels)
    return out


def story_entities(root: Path, recognized: bool = True) -> tuple[float, float, float]:
    """The entities issue's held-out measure, on dev: each article summarized alone by
    tomtat; a gold name is found when an entity's name or alias has its folded form, and
    an entity is right when its name is a gold name. Returns recall, precision and the
    facts stage's milliseconds per article. `recognized` False: the rules alone."""
    from tomtat.eval.vlsp_ner import strip_tags
    from tomtat.model import Page, Story
    from tomtat.pipeline import Facts, Select, clean_stage, fold_duplicates, run, segment_missing

    found = wanted = right = named = 0
    seconds = 0.0
    paths = sorted(root.rglob("*.muc"))
    # the per-story steps, with the facts step's option saying whether names are recognized
    stages = [clean_stage, segment_missing, fold_duplicates, Facts(recognize_names=recognized), Select()]
    for path in paths:
        text, spans = strip_tags(path.read_text(encoding="utf-8-sig"))
        want = {fold(text[a:b]) for a, b, _ in spans}
        story = run(Story(id="doc", pages=[Page(id="doc", text=text)]), stages)
        seconds += story.timings.get("facts", 0.0)
        surfaces = {fold(x) for e in story.entities for x in (e.name, *e.aliases)}
        names = {fold(e.name) for e in story.entities}
        found += len(want & surfaces)
        wanted += len(want)
        right += len(names & want)
        named += len(names)
    return found / max(1, wanted), right / max(1, named), seconds / max(1, len(paths)) * 1000


GOLD = Path(__file__).resolve().parents[1] / "tests" / "fixtures"


def statements(shared: Path) -> None:
    """Statements, speakers (and, on vnmds-dev, dated events) on the hand gold of
    `tests/fixtures/facts_gold` + `vnmds_facts`: the clusters of the three summary sets
    and single VLSP 2018 articles, by set, by domain and by kind of speaker; precision
    over every labelled cluster, those without a statement too."""
    from tomtat.eval import quotes as quote_eval

    gold = quote_eval.read_statement_gold(
        GOLD / "vnmds_facts" / "quotes.tsv"
    ) + quote_eval.read_statement_gold(GOLD / "facts_gold" / "quotes.tsv")
    labelled = quote_eval.read_labelled_clusters(GOLD / "facts_gold" / "clusters.tsv")
    domain = {cluster: d for _, cluster, d in labelled}
    started = time.process_time()
    stories = quote_eval.gold_stories(gold, shared, [(s, c) for s, c, _ in labelled])
    seconds = time.process_time() - started
    groups: dict[tuple[str, str], quote_eval.StatementCounts] = defaultdict(quote_eval.StatementCounts)
    misses = []
    for g in gold:
        counts, why = quote_eval.judge_statement(stories[g.cluster], g)
        for group in (
            ("set", g.dataset),
            ("domain", domain[g.cluster]),
            ("speaker", g.speaker_kind or "?"),
            ("all", ""),
        ):
            groups[group].add(counts)
        if why:
            misses.append(why)
    system, matched = quote_eval.statements_precision(stories, gold, domain)
    print(
        f"\nwho said what on the hand gold: {len(stories)} clusters, {len(gold)} statements "
        f"({seconds:.0f} s to summarize; speaker '?' = vnmds-dev rows, kinds not labelled)"
    )
    print(f"{'group':28} {'gold':>5} {'found':>6} {'speaker':>8} {'kind':>6}")
    for (what, value), c in sorted(groups.items()):
        label = f"{what} {value}".strip()
        print(
            f"{label:28} {c.gold:5d} {c.found / c.gold:6.3f} {c.speaker_right / max(1, c.found):8.3f} "
            f"{c.kind_right / max(1, c.found):6.3f}"
        )
    print(
        f"precision (system quotes starting in a gold sentence) {matched / max(1, system):.3f} "
        f"({matched}/{system})"
    )
    events = quote_eval.read_pointer_gold(GOLD / "vnmds_facts" / "events.tsv")
    dated: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in events:
        hit = quote_eval.dated_event_found(stories.get(row["cluster"]), row)
        for group in (domain.get(row["cluster"], "?"), "all"):
            dated[group][0] += hit
            dated[group][1] += 1
    print(
        "dated events (vnmds-dev gold), found with the right date: "
        + ", ".join(f"{g} {h}/{n}" for g, (h, n) in sorted(dated.items()))
    )
    if misses:
        print("first misses: " + "; ".join(misses[:12]))


def _print(name: str, counts: dict[str, tuple[int, int, int]], rate: float, doc: tuple[float, float]) -> None:
    cells = []
    for kind in (*TYPES, "all"):
        p, r, f = prf(*counts[kind])
        cells.append(f"{p:.3f} {r:.3f} {f:.3f}")
    print(f"{name:28} " + " | ".join(cells) + f" | {rate:9.0f} | {doc[0]:.3f} {doc[1]:.3f}")


def crfsuite_labels(recognizer: Recognizer, dev: list[Sentence], model: Path | None) -> list[list[str]]:
    """The reference: the same model run by python-crfsuite's own tagger, stretch by
    stretch from the feature strings, as before `facts.crf` decoded it, then the same
    rules after decoding (acronyms, organisations joined by "và", an organisation's
    name ended before its verb, a name after a body's, a work's or a people's noun)."""
    import pycrfsuite

    from tomtat.facts.recognizer import (
        MODEL_PATH,
        _stretches,
        acronyms_after_organisations,
        bodies_by_their_noun,
        features,
        from_bilou,
        organisations_end_before_a_verb,
        organisations_joined_by_and,
        peoples_are_no_persons,
        works_are_no_names,
    )

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model or MODEL_PATH))
    out = []
    for s in dev:
        labels = ["O"] * len(s.tokens)
        for a, b in _stretches(s.tokens):
            feats = features(s.tokens[a:b], recognizer.gazetteer, recognizer.clusters, sentence_start=a == 0)
            labels[a:b] = from_bilou(tagger.tag(feats))
        acronyms_after_organisations(s.tokens, labels)
        organisations_joined_by_and(s.tokens, labels)
        organisations_end_before_a_verb(s.tokens, labels)
        bodies_by_their_noun([s.tokens], [labels], recognizer.two_syllable_words)
        works_are_no_names([s.tokens], [labels], recognizer.two_syllable_words)
        peoples_are_no_persons([s.tokens], [labels], recognizer.two_syllable_words)
        out.append(labels)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    parser.add_argument("--underthesea-sentences", type=int, default=600)
    parser.add_argument("--model", default=None)
    parser.add_argument("--gazetteer", default=None)
    parser.add_argument("--clusters", default=None)
    args = parser.parse_args(argv)
    dev = read_part(Path(args.shared) / "data" / "vlsp2018-ner" / "dev")
    kwargs = {}
    if args.model:
        kwargs["model"] = Path(args.model)
    if args.gazetteer:
        kwargs["gazetteer"] = Path(args.gazetteer)
    if args.clusters:
        kwargs["clusters"] = Path(args.clusters)
    recognizer = Recognizer(**kwargs)
    print(f"VLSP 2018 dev: {len(dev)} sentences, {len({s.doc for s in dev})} documents")
    head = " | ".join(f"{t + ' P R F':17}" for t in (*TYPES, "all"))
    print(f"{'system':28} {head} | sentences/s | per-doc R P")
    started = time.process_time()
    predicted = [recognizer.tag(s.tokens) for s in dev]
    rate = len(dev) / (time.process_time() - started)
    _print("tomtat, a sentence a call", score(dev, predicted), rate, per_document(dev, predicted))
    # as the facts stage calls it: a story's sentences at once (here 50 at a time)
    started = time.process_time()
    batched = [
        labels
        for k in range(0, len(dev), 50)
        for labels in recognizer.tag_many([s.tokens for s in dev[k : k + 50]])
    ]
    rate = len(dev) / (time.process_time() - started)
    _print("tomtat, 50 sentences a call", score(dev, batched), rate, per_document(dev, batched))
    # as the facts stage calls it: a document's sentences at once, a name tagged in one
    # carried to its other mentions (`names_everywhere`)
    by_doc: dict[str, list[int]] = defaultdict(list)
    for k, s in enumerate(dev):
        by_doc[s.doc].append(k)
    started = time.process_time()
    documents: list[list[str]] = [[] for _ in dev]
    for ks in by_doc.values():
        tagged = recognizer.tag_many([dev[k].tokens for k in ks], document=True)
        for k, labels in zip(ks, tagged, strict=True):
            documents[k] = labels
    rate = len(dev) / (time.process_time() - started)
    _print("tomtat, an article a call", score(dev, documents), rate, per_document(dev, documents))
    started = time.process_time()
    reference = crfsuite_labels(recognizer, dev, kwargs.get("model"))
    rate = len(dev) / (time.process_time() - started)
    _print("same model, crfsuite tagger", score(dev, reference), rate, per_document(dev, reference))
    differ = sum(a != b for a, b in zip(predicted, reference, strict=True))
    print(f"sentences labelled otherwise than crfsuite: {differ}")
    print("\nper-article names among tomtat's story entities and aliases (dev articles, one story each)")
    for label, recognized in (("rules alone", False), ("rules + recognizer", True)):
        recall, precision, ms = story_entities(
            Path(args.shared) / "data" / "vlsp2018-ner" / "dev", recognized
        )
        print(f"{label:28} recall {recall:.3f} precision {precision:.3f}   facts {ms:.1f} ms per article")
    statements(Path(args.shared))
    if args.underthesea_sentences:
        sample = dev[: args.underthesea_sentences]
        tag_underthesea(sample[:5])
        started = time.process_time()
        predicted = tag_underthesea(sample)
        rate = len(sample) / (time.process_time() - started)
        ours = [recognizer.tag(s.tokens) for s in sample]
        _print(
            f"underthesea ner ({len(sample)})",
            score(sample, predicted),
            rate,
            per_document(sample, predicted),
        )
        _print(f"tomtat, same {len(sample)}", score(sample, ours), 0, per_document(sample, ours))
    return 0


if __name__ == "__main__":
    sys.exit(main())
