"""Readers for the three summarization sets under ../shared/data, into one `Cluster` shape.

- VietnameseMDS (`vnmds-dev`): `cluster_N/` folders, read by `eval.vnmds`.
- VLSP 2022 AbMuSu (`abmusu-train/*.jsonl`): one cluster per line; each article becomes
  title + sapo + body, the sapo as the first paragraph (the shared scoring convention).
- ViMs (`vims-dev`): `data/Cluster_NNN/K.txt` (first line the title, then the body) and
  `summary/Cluster_NNN/K.txt` (drop the `Cluster_NNN` line and the `=Einleitung=` marker;
  editor backups ending in `~` are not summaries).
- VLSP 2018 NER (`vlsp2018-ner/{train,dev}/<domain>/<id>.muc`, as `vlsp2018-train`,
  `vlsp2018-dev`): each article a story of its own, the first line its title, the name
  tags stripped, no reference summary. Not a summarization set: its articles carry
  who-said-what gold (`tests/fixtures/facts_gold/`) from ten domains and another year.

Articles keep the order the set gives them (file number for ViMs, line order for
AbMuSu): "the first article" of the lead-1 baseline is the first one here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tomtat.eval.vnmds import Cluster, read_clusters
from tomtat.model import Page

DATASETS = ("vnmds-dev", "abmusu-train", "vims-dev")


def read_abmusu(path: str | Path) -> list[Cluster]:
    path = Path(path)
    if path.is_dir():
        path = next(iter(sorted(path.glob("*.jsonl"))))
    clusters = []
    with path.open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            pages = []
            for k, doc in enumerate(row["single_documents"], 1):
                sapo = (doc.get("anchor_text") or "").strip()
                body = (doc.get("raw_text") or "").strip()
                text = "\n".join(p for p in (sapo, body) if p)
                pages.append(
                    Page(
                        id=f"abmusu-{n}-{k}",
                        path=f"{path}:{n}:{k}",
                        text=text,
                        title=doc.get("title") or None,
                    )
                )
            clusters.append(
                Cluster(id=f"abmusu-{n}", pages=pages, references=[row["summary"].strip()], path=path)
            )
    return clusters


def _vims_summary(text: str) -> str:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and re.fullmatch(r"Cluster_\d+", lines[0].strip()):
        lines = lines[1:]
    return "\n".join(ln for ln in lines if ln.strip() != "=Einleitung=").strip()


def _number(path: Path) -> int:
    digits = re.sub(r"\D", "", path.stem)
    return int(digits) if digits else 0


def read_vims(root: str | Path) -> list[Cluster]:
    root = Path(root)
    clusters = []
    for folder in sorted((root / "data").iterdir(), key=_number):
        if not folder.is_dir():
            continue
        pages = []
        for doc in sorted(folder.glob("*.txt"), key=_number):
            lines = doc.read_text(encoding="utf-8-sig", errors="replace").splitlines()
            title = lines[0].strip() if lines else None
            body = "\n".join(lines[1:])
            pages.append(Page(id=f"{folder.name}-{doc.stem}", path=str(doc), text=body, title=title or None))
        refs = [
            _vims_summary(p.read_text(encoding="utf-8-sig", errors="replace"))
            for p in sorted((root / "summary" / folder.name).glob("*.txt"), key=_number)
        ]
        refs = [r for r in refs if r]
        if pages and refs:
            clusters.append(Cluster(id=folder.name, pages=pages, references=refs, path=folder))
    return clusters


VLSP_PARTS = {"vlsp2018-train": "train", "vlsp2018-dev": "dev"}


def read_vlsp_articles(root: str | Path) -> list[Cluster]:
    """One single-article cluster per VLSP 2018 NER file, id `vlsp-<file id>` (its page
    `vlsp-<file id>-1`); the domain folder is the cluster's `path` parent."""
    from tomtat.eval.vlsp_ner import strip_tags

    clusters = []
    for path in sorted(Path(root).glob("*/*.muc")):
        text, _ = strip_tags(_read_text(path))
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        if len(lines) < 2:
            continue
        cid = f"vlsp-{path.stem}"
        page = Page(id=f"{cid}-1", text="\n".join(lines[1:]), title=lines[0])
        clusters.append(Cluster(id=cid, pages=[page], references=[], path=path))
    return clusters


def _read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


def read_dataset(name: str, shared: str | Path) -> list[Cluster]:
    """Clusters of one of `DATASETS` under the shared data folder."""
    root = Path(shared) / "data" / name
    if name == "vnmds-dev":
        return read_clusters(root)
    if name == "abmusu-train":
        return read_abmusu(root)
    if name == "vims-dev":
        return read_vims(root)
    if name in VLSP_PARTS:
        return read_vlsp_articles(Path(shared) / "data" / "vlsp2018-ner" / VLSP_PARTS[name])
    raise ValueError(f"unknown dataset {name!r}; one of {', '.join(DATASETS)}")
