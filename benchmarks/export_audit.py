"""Statistics export 2.0: time of a year's first export with its audit, and how often the audit
refuses an export, on demo stores. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/export_audit.py                 # 50,000 clients, 3 runs
    .venv/bin/python benchmarks/export_audit.py --clients 2000 --runs 5
    .venv/bin/python benchmarks/export_audit.py --refusals      # small offices, many seeds

A year's first export publishes seven periods (four quarters, two half-years, the year):
seven counts, the cell key method and one audit over them. Each run deletes what the
previous run published, so every run measures a first export; a last run measures
exporting the published year again.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import stores
from sqlalchemy import text


def forget_publications(store: object) -> None:
    with store.engine.begin() as connection:  # type: ignore[attr-defined]
        connection.execute(text("DELETE FROM statistics_publication"))
        connection.execute(text("DELETE FROM statistics_export"))


def time_exports(clients: int, runs: int, seed: int) -> None:
    from mbe_desktop.app import unlock_store
    from mbe_desktop.domain.periods import period_for
    from mbe_desktop.paths import data_paths
    from mbe_desktop.services.statistics import StatisticsService

    folder = stores.ensure_store(clients, seed)
    stores.prepare(clients)
    services = unlock_store(data_paths(folder), stores.PASSPHRASE)
    period = period_for(date.today().year - 1)
    stats = StatisticsService(services.store)
    first: list[float] = []
    previews: list[float] = []
    try:
        with tempfile.TemporaryDirectory(prefix="mbe-bench-") as target:
            for _ in range(runs):
                forget_publications(services.store)
                started = time.perf_counter()
                preview = stats.preview(period)
                previews.append(time.perf_counter() - started)
                stats.export(period, Path(target), preview)
                first.append(time.perf_counter() - started)
            # The reporting calendar's path: quarters and halves exported when due, the
            # year last (only the year itself is counted then).
            calendar = []
            for _ in range(runs):
                forget_publications(services.store)
                for part in parts_of(period):
                    stats.export(part, Path(target))
                started = time.perf_counter()
                stats.export(period, Path(target))
                calendar.append(time.perf_counter() - started)
            again = []
            for _ in range(runs):
                started = time.perf_counter()
                stats.export(period, Path(target))
                again.append(time.perf_counter() - started)
            forget_publications(services.store)
    finally:
        services.close()
    audit = preview.audit
    print(f"store: {clients} clients; period {period.key}; {runs} runs")
    print(f"first export of the year (7 periods + audit): median {ms(first)}, max {ms_max(first)}")
    print(f"  of which preview (counting, method, audit): median {ms(previews)}")
    print(f"export of the year after its quarters and halves: median {ms(calendar)}")
    print(f"export of the published year again: median {ms(again)}")
    print(
        f"audit: {audit.protected_cells} protected cells, {audit.programmes} linear programmes, "
        f"{'passed' if audit.passed else f'{len(audit.findings)} findings'}"
    )
    print("target: under 2 s for the first export")


def parts_of(period: Any) -> list[Any]:
    from mbe_desktop.domain.periods import period_for

    year = period.start.year
    return [
        *(period_for(year, "quarter", n) for n in range(1, 5)),
        period_for(year, "half", 1),
        period_for(year, "half", 2),
    ]


def refusals(sizes: list[int], seeds: int) -> None:
    """Exports of every period of two years for many small demo offices: how many the audit
    refuses (each office gets new random record keys, so every seed is another office)."""
    from mbe_desktop.app import create_store
    from mbe_desktop.domain.office import OfficeProfile
    from mbe_desktop.domain.periods import period_for
    from mbe_desktop.paths import data_paths
    from mbe_desktop.services.demo import generate_demo
    from mbe_desktop.services.statistics import StatisticsService
    from mbe_desktop.storage.keyslots import FAST_TEST_KDF

    today = date(2026, 6, 15)
    years = (2024, 2025)
    for size in sizes:
        tried = refused = protected = corrections = corrections_refused = 0
        seconds: list[float] = []
        for seed in range(seeds):
            with tempfile.TemporaryDirectory(prefix="mbe-refusals-") as folder:
                office = OfficeProfile(counsellor_name="Test", office_name="Beratungsstelle Test")
                created = create_store(
                    data_paths(Path(folder)),
                    office,
                    "Korb-Lampe-Fluss-Wiese-7",
                    "Korb-Lampe-Fluss-Wiese-7",
                    kdf=FAST_TEST_KDF,
                )
                services = created.services
                try:
                    generate_demo(services.store, clients=size, seed=seed, today=today)
                    stats = StatisticsService(services.store, today=lambda: today)
                    for year in years:
                        periods = [period_for(year, "quarter", n) for n in range(1, 5)]
                        periods += [period_for(year, "half", 1), period_for(year, "half", 2)]
                        periods.append(period_for(year))
                        for period in periods:
                            started = time.perf_counter()
                            preview = stats.preview(period)
                            seconds.append(time.perf_counter() - started)
                            tried += 1
                            protected += preview.audit.protected_cells
                            if preview.audit.passed:
                                stats.export(period, Path(folder) / f"{period.key}.zip", preview)
                            else:
                                refused += 1
                    for _ in range(2):  # two corrections of the last year
                        preview = stats.preview(period_for(years[-1]), correction=True)
                        corrections += 1
                        if preview.audit.passed:
                            stats.export(period_for(years[-1]), Path(folder) / "c.zip", preview)
                        else:
                            corrections_refused += 1
                finally:
                    services.close()
        print(
            f"{size:>5} clients × {seeds} offices: {tried} exports, {refused} refused by the "
            f"audit ({100 * refused / max(tried, 1):.1f} %), {protected} protected cells "
            f"examined, preview median {ms(seconds)}; corrections: {corrections}, "
            f"{corrections_refused} refused by the audit"
        )


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms"


def ms_max(values: list[float]) -> str:
    return f"{max(values) * 1000:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--refusals", action="store_true", help="the refusal rate instead")
    parser.add_argument("--sizes", type=int, nargs="*", default=[60, 300, 1000])
    parser.add_argument("--seeds", type=int, default=10)
    args = parser.parse_args()
    if args.refusals:
        refusals(args.sizes, args.seeds)
    else:
        time_exports(args.clients, args.runs, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
