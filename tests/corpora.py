"""Small real corpora for store and batch tests, made from the seed articles."""

from __future__ import annotations

from pathlib import Path

from .conftest import CORPUS

SEEDS = ("000_45f3ea99813d0852", "001_6f61dbd2ec89e298")


def seed_paragraphs() -> list[str]:
    """The body paragraphs of the two seed articles (press prose with agreements in it)."""
    paragraphs: list[str] = []
    for seed in SEEDS:
        text = (CORPUS / "dev" / f"{seed}.txt").read_text(encoding="utf-8")
        body = text.split(" ", 3)[3]  # after " date YYYY-MM "
        paragraphs += [p.strip() for p in body.split("\n\n") if len(p.strip()) > 80 and not p.startswith("©")]
    return paragraphs


def article(n: int) -> str:
    """Article number n: a dated header and three seed paragraphs, different for each n."""
    paragraphs = seed_paragraphs()
    chosen = [paragraphs[(n * 3 + k) % len(paragraphs)] for k in range(3)]
    return f" date 20{15 + n % 9}-{1 + n % 12:02d}-{1 + n % 28:02d} " + "\n\n".join(chosen) + "\n"


def write_articles(folder: Path, count: int, *, start: int = 0, prefix: str = "article") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"{prefix}_{n:03d}.txt"
        path.write_text(article(n), encoding="utf-8")
        paths.append(path)
    return paths
