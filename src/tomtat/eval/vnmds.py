"""Reader for the VietnameseMDS layout (`cluster_N/` with `<doc>.body.txt`,
`<doc>.info.txt`, `cluster_N.ref1.txt`, `cluster_N.ref2.txt`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tomtat.model import Page


@dataclass
class Cluster:
    id: str
    pages: list[Page]
    references: list[str]
    path: Path


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


def read_info(path: Path) -> dict[str, str]:
    """Fields of an `.info.txt` file; word-segmented values get their spaces back."""
    info: dict[str, str] = {}
    for line in _read(path).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().isupper():
            info[key.strip()] = value.strip().replace("_", " ")
    return info


def read_cluster(folder: Path) -> Cluster:
    pages = []
    for body in sorted(folder.glob("*.body.txt")):
        doc = body.name.removesuffix(".body.txt")
        info_path = folder / f"{doc}.info.txt"
        info = read_info(info_path) if info_path.exists() else {}
        pages.append(
            Page(
                id=doc,
                path=str(body),
                text=_read(body),
                url=info.get("LINK") or None,
                title=info.get("TITLE") or None,
                published=info.get("TIME") or None,
            )
        )
    refs = [_read(p).strip() for p in sorted(folder.glob(f"{folder.name}.ref*.txt")) if ".tok." not in p.name]
    return Cluster(id=folder.name, pages=pages, references=refs, path=folder)


def read_clusters(root: str | Path) -> list[Cluster]:
    """Every cluster under `root`, in numeric order of their ids."""
    root = Path(root)
    folders = [p for p in root.iterdir() if p.is_dir() and p.name.startswith("cluster_")]
    folders.sort(key=lambda p: int(p.name.split("_")[-1]) if p.name.split("_")[-1].isdigit() else 0)
    return [read_cluster(f) for f in folders]
