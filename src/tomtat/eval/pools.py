"""Test collections built from the VietnameseMDS dev clusters, for story clustering and
duplicate folding (used by the tests and the benchmarks; nothing is copied into the
repository: the collections are written to a temporary folder from ../shared).

- `pooled`: every article of every cluster in one shuffled `.jsonl`, with the gold
  cluster of each page id.
- `with_copies`: the same, plus planted copies of a sample of articles: exact, wrapped
  in page furniture (menus, related links, footer), and with the opening sentence (the
  lead) rewritten; the gold says which page each copy copies.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from tomtat.eval.vnmds import read_clusters
from tomtat.text.sentences import split_sentences

MENUS = [
    "Trang chủ | Thời sự | Thế giới | Kinh tế | Văn hóa | Thể thao",
    "Trang chủ » Xã hội » Pháp luật",
    "TIN MỚI NHẤT",
    "Đăng nhập | Đăng ký",
]
RELATED = [
    "Tin liên quan",
    "Bài viết cùng chuyên mục",
    "Xem thêm",
]
TEASERS = [
    "Giá vàng hôm nay tiếp tục tăng mạnh",
    "Thời tiết cuối tuần: miền Bắc chuyển rét",
    "Tỷ giá ngoại tệ ổn định phiên đầu tuần",
    "Lịch thi đấu bóng đá cuối tuần này",
]
FOOTERS = [
    "Bình luận (0)",
    "Chia sẻ Facebook | Twitter | Email",
    "© Bản quyền thuộc về tòa soạn. Cấm sao chép dưới mọi hình thức.",
    "Liên hệ quảng cáo: 0243 000 000",
]
OPENINGS = [
    "Theo thông tin mới nhất mà phóng viên ghi nhận được trong ngày hôm qua, "
    "diễn biến vụ việc vẫn đang được dư luận đặc biệt quan tâm.",
    "Sự việc nhận được sự chú ý lớn của dư luận trong những ngày gần đây "
    "và đang được các cơ quan chức năng theo dõi sát sao.",
    "Đây là nội dung được nhiều người quan tâm trong tuần qua, "
    "khi các bên liên quan liên tục đưa ra những thông tin mới.",
]


def _records(root: str | Path) -> list[tuple[dict, str]]:
    out = []
    for cluster in read_clusters(root):
        for page in cluster.pages:
            out.append(({"text": page.text, "title": page.title, "url": page.url}, cluster.id))
    return out


def _write(records: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def pooled(root: str | Path, out: Path, seed: int = 0) -> dict[str, str]:
    """Write `out/pool.jsonl`; returns page id -> gold cluster."""
    records = _records(root)
    random.Random(seed).shuffle(records)
    out.mkdir(parents=True, exist_ok=True)
    _write([r for r, _ in records], out / "pool.jsonl")
    return {f"pool-{n}": cluster for n, (_, cluster) in enumerate(records, 1)}


def _framed(text: str, rng: random.Random) -> str:
    top = rng.sample(MENUS, 2)
    related = [rng.choice(RELATED), *rng.sample(TEASERS, 2)]
    bottom = rng.sample(FOOTERS, 2)
    return "\n".join([*top, text, *related, *bottom])


def _reopened(text: str, rng: random.Random) -> str:
    sentences = split_sentences(" ".join(text.split()))
    return " ".join([rng.choice(OPENINGS), *sentences[1:]])


def with_copies(
    root: str | Path, out: Path, seed: int = 0, share: float = 0.3
) -> tuple[dict[str, str], dict[str, str]]:
    """Write `out/pool.jsonl` with planted copies; returns (page id -> gold cluster,
    copy page id -> page id of the article it copies)."""
    rng = random.Random(seed)
    base = _records(root)
    records: list[tuple[dict, str, int | None]] = [(r, c, None) for r, c in base]
    for k, (record, cluster) in enumerate(base):
        if rng.random() >= share or len(split_sentences(" ".join(record["text"].split()))) < 5:
            continue
        kind = rng.choice(["exact", "framed", "reopened"])
        text = record["text"]
        text = text if kind == "exact" else _framed(text, rng) if kind == "framed" else _reopened(text, rng)
        records.append(({**record, "text": text, "url": None}, cluster, k))
    order = list(range(len(records)))
    rng.shuffle(order)
    position = {k: n for n, k in enumerate(order, 1)}
    out.mkdir(parents=True, exist_ok=True)
    _write([records[k][0] for k in order], out / "pool.jsonl")
    gold = {f"pool-{position[k]}": records[k][1] for k in range(len(records))}
    copies = {
        f"pool-{position[k]}": f"pool-{position[records[k][2]]}"
        for k in range(len(records))
        if records[k][2] is not None
    }
    return gold, copies
