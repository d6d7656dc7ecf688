#!/usr/bin/env python3
"""Derives the bundled Pokémon TCG catalog (src/main/resources/catalog/) from the shared reference data.

Run by hand when the reference data changes, then commit the output: nothing in the build, the
tests or the service reads the reference data itself.

    python3 tools/derive-catalog.py /work/shared/data/pokemon-tcg

The output is two tab-separated files, deterministic for the same input (so a re-run shows as no
diff). Card ids are not stored: the source's ids are always <set>-<number>, which this script checks.
"""
import json
import sys
from pathlib import Path

SOURCE_CREDIT = [
    "Derived by tools/derive-catalog.py from the Pokémon TCG data project",
    "(https://github.com/PokemonTCG/pokemon-tcg-data, the data behind pokemontcg.io; described upstream as MIT-licensed, credit the source).",
    "Facts about cards only: no card text, images or prices.",
    "Card names and artwork credits belong to Nintendo / Creatures / GAME FREAK / The Pokémon Company.",
]

SET_COLUMNS = ["id", "name", "series", "printedTotal", "total", "ptcgoCode", "releaseDate"]
CARD_COLUMNS = ["set", "number", "name", "supertype", "subtypes", "hp", "rarity", "artist"]

# Set codes the cards print at their foot (G SVI EN 063/198) where the source lacks them: identification
# names the set by the code it reads, so a set without one is named only by its printed total.
PRINTED_CODES = {"sv1": "SVI", "sv2": "PAL"}


def cell(value):
    text = "" if value is None else str(value)
    if "\t" in text or "\n" in text:
        raise ValueError(f"separator inside a value: {text!r}")
    return text


def header(columns, what):
    lines = [f"# {what}"] + [f"# {line}" for line in SOURCE_CREDIT]
    return "\n".join(lines) + "\n" + "\t".join(columns) + "\n"


def main(source_dir):
    source = Path(source_dir)
    sets = json.loads((source / "sets-en.json").read_text(encoding="utf-8"))
    cards = json.loads((source / "cards-en.json").read_text(encoding="utf-8"))
    target = Path(__file__).resolve().parent.parent / "src/main/resources/catalog"
    target.mkdir(parents=True, exist_ok=True)

    with open(target / "sets.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write(header(SET_COLUMNS, f"Pokémon TCG sets (English), {len(sets)} sets; empty cell: the source lacks the value."))
        for s in sets:
            if not s.get("ptcgoCode") and s["id"] in PRINTED_CODES:
                s = dict(s, ptcgoCode=PRINTED_CODES[s["id"]])
            out.write("\t".join(cell(s.get(c)) for c in SET_COLUMNS) + "\n")

    with open(target / "cards.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write(header(CARD_COLUMNS, f"Pokémon TCG cards (English), {len(cards)} cards; id = <set>-<number>; subtypes comma-separated."))
        for c in cards:
            if c["id"] != f"{c['set']}-{c['number']}":
                raise ValueError(f"id is not <set>-<number>: {c['id']}")
            row = dict(c, subtypes=",".join(c.get("subtypes", [])))
            out.write("\t".join(cell(row.get(col)) for col in CARD_COLUMNS) + "\n")

    print(f"wrote {len(sets)} sets and {len(cards)} cards to {target}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: derive-catalog.py <pokemon-tcg reference data directory>")
    main(sys.argv[1])
