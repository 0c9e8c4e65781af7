"""Inter-annotator agreement: two folders of gold files (event model §6), scored as the
evaluation scores a run (entity sets per label, strict and relaxed event matching).

    .venv/bin/python scripts/agreement.py corpus/gold corpus/iaa

The second folder's files are compared with the files of the same name in the first;
figures are printed per split of the first.
"""

from __future__ import annotations

import sys
from pathlib import Path

from coopextract import evaluate
from coopextract.evaluate import Counts, match_events, normalise_value


def agreement(reference_dir: Path, other_dir: Path) -> dict[str, dict[str, Counts]]:
    results: dict[str, dict[str, Counts]] = {}
    for path in sorted(other_dir.glob("*.json")):
        reference = evaluate.load_gold_file(reference_dir / path.name)
        other = evaluate.load_gold_file(path)
        counts = results.setdefault(reference.split or "all",
                                    {"entities": Counts(), "events strict": Counts(), "events relaxed": Counts()})
        for label in evaluate.SCORED_LABELS:
            a = {normalise_value(label, v) for v in reference.entities.get(label, ())}
            b = {normalise_value(label, v) for v in other.entities.get(label, ())}
            counts["entities"].add(Counts(tp=len(a & b), fp=len(b - a), fn=len(a - b)))
        events_a = [evaluate._gold_event(e) for e in reference.events]
        events_b = [evaluate._gold_event(e) for e in other.events]
        for strict, name in ((True, "events strict"), (False, "events relaxed")):
            pairs = match_events(events_a, events_b, strict)
            counts[name].add(Counts(tp=len(pairs), fp=len(events_b) - len(pairs), fn=len(events_a) - len(pairs)))
    return results


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip())
        return 2
    for split, counts in sorted(agreement(Path(argv[0]), Path(argv[1])).items()):
        figures = ", ".join(f"{name} F1 {c.f1:.3f} ({c.tp} agreed, {c.fp}+{c.fn} apart)" for name, c in counts.items())
        print(f"{split}: {figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
