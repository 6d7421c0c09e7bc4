"""Benchmark: `coopkg build` on generated notices (time, peak memory, per-stage split).

Not a test: run it as a script and read the figures.

    python tests/benchmarks/bench_build.py --notices 2000

Notices are generated from keep.eu-like and partner-page-like templates in five languages
with varied acronyms, dates, amounts and partners (so organisation resolution has real
work: the same organisations recur under spelling variants).
"""

from __future__ import annotations

import argparse
import platform
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

TEMPLATES = {
    "en": (
        "{title} ({acronym})\nStart date: {start_en}, End date: {end_en} PROJECT FINISHED\n\n"
        "The {acronym} project improves {topic} in the partner regions through joint pilot "
        "actions and the exchange of good practices.\n\n"
        "Lead partner: {lead}\n\n{partners}\n\n • {rate}%   {amount}\n"
        " • 2014 - 2020 INTERREG VB Central Europe\n\n{count} Partners Participants\n"
    ),
    "fr": (
        "{title} ({acronym})\nDate du début: {start_fr}, Date de fin: {end_fr} PROJET TERMINÉ\n\n"
        "Le projet {acronym} renforce {topic} dans les régions partenaires.\n\n"
        "Chef de file : {lead}\n\n{partners}\n\n • {rate}%   {amount}\n"
        " • 2014 - 2020 Interreg V-B Atlantic Area\n\n{count} Participants partenaires\n"
    ),
    "de": (
        "{acronym} – {title}\nLaufzeit: {start_de} - {end_de}\n\n"
        "Das {acronym}-Projekt stärkt {topic} in den Partnerregionen.\n\n"
        "Lead-Partner: {lead}\n\nProjektpartner:\n{partners}\n\nEFRE-Mittel: {amount} EUR\n"
        "Programm: Interreg Alpenraum 2014-2020\n"
    ),
}
TOPICS = ["innovation capacity", "energy efficiency", "sustainable tourism", "SME support"]
ORGS = [
    ("Regional Development Agency {n}", "AT"), ("University of {city}", "IT"),
    ("Chamber of Commerce {city}", "DE"), ("Agence régionale {n}", "FR"),
    ("Technology Park {city} GmbH", "DE"), ("Municipality of {city}", "SI"),
]  # fmt: skip
CITIES = ["Graz", "Udine", "Linz", "Maribor", "Trento", "Lyon", "Bilbao", "Porto", "Győr"]


def _notice(rng: random.Random, i: int) -> tuple[str, str]:
    lang = rng.choice(list(TEMPLATES))
    acronym = (
        f"{rng.choice(['Inno', 'Eco', 'Alp', 'Med', 'Net'])}{rng.choice(['X', 'Link', 'Net'])}{i}"
    )
    orgs = []
    for _ in range(rng.randint(3, 9)):
        name, country = rng.choice(ORGS)
        orgs.append(f"{name.format(n=rng.randint(1, 300), city=rng.choice(CITIES))} ({country})")
    year = rng.randint(2008, 2020)
    values = {
        "title": f"Cooperation for {rng.choice(TOPICS)} number {i}",
        "acronym": acronym,
        "topic": rng.choice(TOPICS),
        "start_en": f"Mar 1, {year}", "end_en": f"Feb 28, {year + 3}",
        "start_fr": f"1 mars {year}", "end_fr": f"28 févr. {year + 3}",
        "start_de": f"01.03.{year}", "end_de": f"28.02.{year + 3}",
        "lead": orgs[0], "partners": "\n".join(orgs[1:]), "count": len(orgs),
        "rate": rng.choice(["75", "80", "85"]),
        "amount": f"{rng.randint(300, 3000)} {rng.randint(100, 999)},{rng.randint(10, 99)}",
    }  # fmt: skip
    return f"{i:06d}_{lang}.txt", TEMPLATES[lang].format(**values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=1000)
    args = parser.parse_args()
    from coopkg.pipeline import build

    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "notices"
        folder.mkdir()
        for i in range(args.notices):
            name, text = _notice(rng, i)
            (folder / name).write_text(text, encoding="utf-8")
        start = time.perf_counter()
        result = build([folder], Path(tmp) / "out", views=False)
        elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
        f"python {sys.version.split()[0]}"
    )
    print(
        f"notices {result.notices_read}, failed {len(result.failures)}, "
        f"projects {result.projects}, organisations {result.organisations}, "
        f"triples {result.triples}"
    )
    print(
        f"build time {elapsed:.1f} s ({1000 * elapsed / max(result.notices_read, 1):.1f} ms "
        f"per notice), peak RSS {peak_mb:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
