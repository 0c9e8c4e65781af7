"""Build resources/{fr,en}/countries.jsonl from pycountry (ISO 3166-1 and its French
translations) plus the curated press forms of resources/country_extra.json.

Run after changing either source:  python scripts/build_country_resources.py
A test checks that the committed files are what this script produces.
"""

from __future__ import annotations

import gettext
import json
import sys
from pathlib import Path

import pycountry

RESOURCES = Path(__file__).resolve().parents[1] / "src" / "coopextract" / "resources"


def _variants(name: str) -> list[str]:
    """ISO names put the key word first: "Russie, Fédération de" → "Russie", "Fédération de Russie"."""
    if "," not in name:
        return [name]
    head, _, tail = name.partition(",")
    head, tail = head.strip(), tail.strip()
    joined = f"{tail} {head}" if not tail.endswith("'") else f"{tail}{head}"
    return [head, joined[:1].upper() + joined[1:]]


def build(lang: str) -> list[dict[str, str]]:
    extra = json.loads((RESOURCES / "country_extra.json").read_text(encoding="utf-8"))
    ambiguous = set(extra["ambiguous"][lang])
    translate = (gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"]).gettext
                 if lang == "fr" else (lambda s: s))
    rows: set[tuple[str, str, str]] = set()
    not_states = set(extra.get("not_states", []))
    for country in pycountry.countries:
        if country.alpha_2 in not_states:
            continue
        names = [translate(country.name)]
        if lang == "en":
            names += [getattr(country, "common_name", None) or "", getattr(country, "official_name", None) or ""]
        for name in names:
            for variant in _variants(name) if name else []:
                if variant not in ambiguous and len(variant) > 2:
                    rows.add(("COUNTRY", variant, country.alpha_2))
    # a name shared by two states ("Corée", "Congo") names neither
    codes_by_name: dict[str, set[str]] = {}
    for _, name, code in rows:
        codes_by_name.setdefault(name, set()).add(code)
    rows = {row for row in rows if len(codes_by_name[row[1]]) == 1}
    for code, forms in extra[lang].items():
        for name in forms["names"]:
            rows.add(("COUNTRY", name, code))
        for capital in forms["capitals"]:
            rows.add(("CAPITAL", capital, code))
        for adjective in forms["adjectives"]:
            rows.add(("NATIONALITY", adjective, code))
    return [{"label": label, "pattern": pattern, "id": code} for label, pattern, code in sorted(rows)]


def render(lang: str) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in build(lang))


def main() -> int:
    for lang in ("fr", "en"):
        (RESOURCES / lang / "countries.jsonl").write_text(render(lang), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
