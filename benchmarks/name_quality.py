"""How well the client search finds a person however the name is spelled.

    .venv/bin/python benchmarks/name_quality.py [--demo-clients 300] [--by-kind] [--misses]

The labelled spellings are ``tests/data/name_spellings.tsv``: (stored name, typed spelling)
pairs across scripts, each marked as the same person (1) or somebody else (0). A new store in a
temporary folder gets ``--demo-clients`` synthetic demo clients (the crowd a real search has to
rank against) plus every stored name of the file; then every typed spelling is searched
through ``ClientService.page`` as the list does, and this prints

* **recall in the top ten**: the share of same-person pairs whose record is among the first ten
  rows of the list;
* **precision**: of the pairs the search reports (a same-person pair found anywhere in the
  list, a somebody-else pair found anywhere), the share that are the same person;
* both by level of match (literal, spelling variant, near miss) and, with ``--by-kind``, by
  script.

``tests/services/test_name_search_quality.py`` runs the same evaluation and holds the floors.
Measured, never timed.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPELLINGS = ROOT / "tests" / "data" / "name_spellings.tsv"
TOP = 10
TODAY = date(2026, 6, 15)


@dataclass(frozen=True)
class Pair:
    kind: str
    family: str
    given: str
    latin: str
    typed: str
    same: bool

    @property
    def stored(self) -> tuple[str, str, str]:
        return (self.family, self.given, self.latin)


@dataclass
class Report:
    pairs: int = 0
    same_pairs: int = 0
    other_pairs: int = 0
    top_ten: int = 0  # same-person pairs found among the first ten rows
    found_same: int = 0  # same-person pairs found anywhere
    found_other: int = 0  # somebody-else pairs found anywhere
    by_level: Counter[str] = field(default_factory=Counter)
    by_kind: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    @property
    def recall_at_ten(self) -> float:
        return self.top_ten / self.same_pairs if self.same_pairs else 0.0

    @property
    def precision(self) -> float:
        reported = self.found_same + self.found_other
        return self.found_same / reported if reported else 0.0


def load_pairs(path: Path = SPELLINGS) -> list[Pair]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [
            row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")
        ]
    return [
        Pair(kind, family, given, latin, typed, same == "1")
        for kind, family, given, latin, typed, same in rows
    ]


def add_people(clients: Any, pairs: list[Pair]) -> dict[tuple[str, str, str], int]:
    """One record per stored name of the pairs; their ids."""
    from mbe_desktop.services.clients import ClientInput

    ids: dict[tuple[str, str, str], int] = {}
    for pair in pairs:
        if pair.stored in ids:
            continue
        detail = clients.create(
            ClientInput(
                family_name=pair.family,
                given_names=pair.given,
                name_latin=pair.latin,
                birth_date=date(1980, 1, 1),
                first_contact_date=date(2025, 5, 1),
                consent_given_on=date(2025, 5, 1),
                consent_scope="Beratung und Dokumentation in der MBE",
            )
        )
        ids[pair.stored] = detail.id
    return ids


def evaluate(clients: Any, pairs: list[Pair], ids: dict[tuple[str, str, str], int]) -> Report:
    from mbe_desktop.services.clients import ClientQuery

    report = Report()
    for pair in pairs:
        report.pairs += 1
        rows = clients.page(ClientQuery(text=pair.typed, limit=1000))
        target = ids[pair.stored]
        position = next((index for index, row in enumerate(rows) if row.id == target), None)
        label = f"{pair.kind}: {pair.typed!r} -> {' '.join(filter(None, pair.stored))}"
        if pair.same:
            report.same_pairs += 1
            report.by_kind[pair.kind][1] += 1
            if position is not None:
                report.found_same += 1
                report.by_level[str(rows[position].match) or "wörtlich"] += 1
            if position is not None and position < TOP:
                report.top_ten += 1
                report.by_kind[pair.kind][0] += 1
            else:
                where = "not found" if position is None else f"at {position + 1}"
                report.misses.append(f"{label} ({where})")
        else:
            report.other_pairs += 1
            if position is not None:
                report.found_other += 1
                reason = str(rows[position].match) or "wörtlich"
                report.false_hits.append(f"{label} ({reason}, at {position + 1})")
    return report


def run(demo_clients: int) -> Report:
    from mbe_desktop.app import create_store
    from mbe_desktop.domain.office import OfficeProfile
    from mbe_desktop.paths import data_paths
    from mbe_desktop.services.clients import ClientService
    from mbe_desktop.services.demo import generate_demo
    from mbe_desktop.storage.keyslots import FAST_TEST_KDF

    pairs = load_pairs()
    with tempfile.TemporaryDirectory() as folder:
        office = OfficeProfile(counsellor_name="Benchmark", office_name="MBE Benchmark")
        passphrase = "Namenssuche-Benchmark-2026"
        created = create_store(
            data_paths(Path(folder)), office, passphrase, passphrase, kdf=FAST_TEST_KDF
        )
        services = created.services
        try:
            if demo_clients:
                generate_demo(services.store, clients=demo_clients, seed=3, today=TODAY)
            clients = ClientService(services.store, today=lambda: TODAY)
            ids = add_people(clients, pairs)
            return evaluate(clients, pairs, ids)
        finally:
            services.close()


def print_report(report: Report, *, by_kind: bool, misses: bool) -> None:
    print(
        f"name search quality: {report.pairs} labelled pairs "
        f"({report.same_pairs} same person, {report.other_pairs} somebody else)"
    )
    print(
        f"recall in the top ten: {report.recall_at_ten:.1%} ({report.top_ten}/{report.same_pairs})"
    )
    print(
        f"precision: {report.precision:.1%} ({report.found_same} same-person pairs found, "
        f"{report.found_other} somebody-else pairs found)"
    )
    levels = ", ".join(f"{level} {count}" for level, count in report.by_level.most_common())
    print(f"same-person pairs by level of match: {levels}")
    if by_kind:
        for kind, (hits, total) in sorted(report.by_kind.items()):
            print(f"  {kind:10} {hits:3}/{total:3}")
    if misses:
        for line in report.misses:
            print(f"  miss: {line}")
        for line in report.false_hits:
            print(f"  false hit: {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--demo-clients", type=int, default=300)
    parser.add_argument("--by-kind", action="store_true")
    parser.add_argument("--misses", action="store_true")
    arguments = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    report = run(arguments.demo_clients)
    print_report(report, by_kind=arguments.by_kind, misses=arguments.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
