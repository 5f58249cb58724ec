"""Benchmark runner: prints a table of figures (median, min, max) and the peak memory.

    .venv/bin/python benchmarks/run.py --clients 50000 [--repeat 5] [--json FILE]

The demo store is built once per size under ``benchmarks/.stores/<clients>`` (git-ignored) with
the production key derivation, and reused afterwards. Figures are measured, never asserted:
the targets live in the issues, the results in the closing notes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
STORES = ROOT / ".stores"
PASSPHRASE = "demo-passphrase-not-for-real-data"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class Result:
    name: str
    label: str
    times: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def p95(self) -> float:
        if len(self.times) < 20:
            return max(self.times)
        return statistics.quantiles(self.times, n=20)[-1]


def store_dir(clients: int) -> Path:
    return STORES / str(clients)


def ensure_store(clients: int, seed: int) -> Path:
    folder = store_dir(clients)
    if (folder / "store.keys").exists():
        return folder
    print(f"building a demo store with {clients} clients in {folder} …", flush=True)
    started = time.perf_counter()
    env = dict(os.environ, MBE_PASSPHRASE=PASSPHRASE)
    command = [sys.executable, "-m", "mbe_desktop", "demo", "--data-dir", str(folder)]
    command += ["--clients", str(clients), "--seed", str(seed)]
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
    return folder


def repeat(times: int, action: Callable[[], float | None]) -> list[float]:
    """Run ``action`` ``times`` times; it returns its own figure or None to be timed whole."""
    figures = []
    for _ in range(times):
        started = time.perf_counter()
        own = action()
        figures.append(own if own is not None else time.perf_counter() - started)
    return figures


# --- scenarios ---------------------------------------------------------------------------------


def bench_unlock(folder: Path, runs: int) -> Result:
    """Argon2id key derivation + opening the database + integrity check at open."""
    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage.store import Store

    def once() -> None:
        Store.unlock(data_paths(folder), PASSPHRASE).close()

    return Result("unlock", "Entsperren (Argon2id + Öffnen)", repeat(runs, once))


def bench_kdf_only(folder: Path, runs: int) -> Result:
    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage.keyslots import KeySlotFile

    slots = KeySlotFile.load(data_paths(folder).key_slots)
    return Result(
        "kdf",
        "davon Argon2id allein",
        repeat(runs, lambda: bool(slots.unwrap("passphrase", PASSPHRASE)) and None),
    )


GUI_PROBE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage.keyslots import PRODUCTION_KDF
    from mbe_desktop.ui.application import application, configure_application
    from mbe_desktop.ui.controller import AppController

    app = application()
    configure_application(app)
    controller = AppController(data_paths(sys.argv[1]), PRODUCTION_KDF)
    controller.start()

    def shown():
        print(time.time(), flush=True)
        controller.shutdown()
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    """
)


def bench_start_to_unlock_screen(folder: Path, runs: int) -> Result:
    """A new Python process until the unlock window has been shown (imports included)."""

    def once() -> float:
        started = time.time()
        out = subprocess.run(
            [sys.executable, "-c", GUI_PROBE, str(folder)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return float(out.strip().splitlines()[-1]) - started

    return Result("start_to_unlock_screen", "Programmstart bis Entsperrfenster", repeat(runs, once))


def bench_open_main_window(folder: Path, runs: int) -> Result:
    """Unlock (Argon2id included) until the main window is shown and painted."""
    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage.keyslots import PRODUCTION_KDF
    from mbe_desktop.ui.application import application
    from mbe_desktop.ui.controller import AppController
    from mbe_desktop.ui.tasks import SyncRunner

    app = application()

    def once() -> float:
        controller = AppController(data_paths(folder), PRODUCTION_KDF, runner=SyncRunner())
        controller.start()
        app.processEvents()
        assert controller.unlock_window is not None
        started = time.perf_counter()
        controller.unlock_window.unlock_requested.emit(PASSPHRASE, False)
        assert controller.main_window is not None, "unlock failed"
        controller.main_window.repaint()
        app.processEvents()
        elapsed = time.perf_counter() - started
        controller.shutdown()
        app.processEvents()
        return elapsed

    return Result("open_main_window", "Entsperren bis Hauptfenster", repeat(runs, once))


def bench_search(folder: Path, runs: int) -> Result:
    """Search as you type: one ClientService.page (200 rows) per keystroke, 200 keystrokes typed
    from the store's own clients (Latin names, names as written, Latin forms of Arabic-script
    names, client numbers, birth dates, phone digits)."""

    from sqlalchemy import text

    from mbe_desktop.domain.names import latin
    from mbe_desktop.paths import data_paths
    from mbe_desktop.services.clients import ClientQuery, ClientService
    from mbe_desktop.storage.store import Store

    store = Store.unlock(data_paths(folder), PASSPHRASE)
    try:
        with store.engine.connect() as connection:
            people = connection.execute(
                text(
                    "SELECT family_name, given_names, name_latin, number, birth_date, phone "
                    "FROM client ORDER BY id"
                )
            ).all()
        typed = typed_queries(people, latin)
        service = ClientService(store)
        service.page(ClientQuery())
        times: list[float] = []
        for _ in range(runs):
            for query in typed:
                started = time.perf_counter()
                service.page(ClientQuery(text=query))
                times.append(time.perf_counter() - started)
    finally:
        store.close()
    return Result("search_keystroke", "Suche je Tastendruck (200 Anfragen)", times)


def typed_queries(people: list, latin: Callable[[str], str]) -> list[str]:  # type: ignore[type-arg]
    import random

    rng, typed = random.Random(3), []

    def keys(word: str) -> list[str]:
        return [word[:end] for end in range(1, len(word) + 1)]

    while len(typed) < 200:
        family, given, name_latin, number, birth, phone = rng.choice(people)
        first, kind = (given.split()[0] if given else ""), rng.random()
        if kind < 0.30:
            word = (latin(family).lower().split() or [""])[0][:8]
            typed += keys(word) + [f"{word} {p}" for p in keys(latin(first).lower()[:4])]
        elif kind < 0.45:
            typed += keys(f"{first[:5]} {family.split()[0][:6]}".strip())
        elif kind < 0.55 and name_latin:
            typed += keys(name_latin.lower()[:10])
        elif kind < 0.70:
            typed += keys(number)
        elif kind < 0.85 and birth:
            year, month, day = str(birth).split("-")
            typed += keys(f"{day}.{month}.{year}")
        elif phone:
            typed += keys("".join(ch for ch in phone if ch.isdigit()))[4:]
    return typed[:200]


def bench_today_view(folder: Path, runs: int) -> Result:
    """The Heute list (FollowUpService.due_list): manual follow-ups and the five automatic
    reminders, counted per group in SQL, at most 200 rows per group into Python."""
    from mbe_desktop.paths import data_paths
    from mbe_desktop.services.follow_ups import FollowUpService
    from mbe_desktop.storage.store import Store

    store = Store.unlock(data_paths(folder), PASSPHRASE)
    try:
        service = FollowUpService(store)
        listing = service.due_list()  # fills the page cache, as the view does after unlocking
        print(f"  {listing.total} items ({listing.due_count} due), {len(listing.items)} shown")
        times = repeat(max(runs, 20), lambda: bool(service.due_list()) and None)
    finally:
        store.close()
    return Result("today_view", "Heute-Liste berechnen", times)


LETTER_PROBE = textwrap.dedent(
    """
    import sys, time
    from mbe_desktop.paths import data_paths
    from mbe_desktop.app import build_services
    from mbe_desktop.storage.store import Store

    services = build_services(Store.unlock(data_paths(sys.argv[1]), sys.argv[2]))
    sys.path.insert(0, sys.argv[3])
    from run import letter_draft

    pdf = services.referrals.preview(letter_draft(services))
    assert pdf.startswith(b"%PDF")
    services.close()
    print(time.time(), flush=True)
    """
)


def letter_draft(services: Any) -> Any:
    """A referral draft for the first showcase client (Arabic script: shaping included)."""
    from sqlalchemy import select

    from mbe_desktop.domain.letters import default_template
    from mbe_desktop.services.partners import PartnerQuery
    from mbe_desktop.services.referrals import ReferralDraft
    from mbe_desktop.storage.models import Case, Client

    with services.store.read_session() as session:
        client_id, case_id = (
            session.execute(
                select(Client.id, Case.id)
                .join(Case, Case.client_id == Client.id)
                .where(Client.family_name == "الحسن", Case.status == "open")
                .order_by(Client.id)
            ).first()
            or session.execute(
                select(Case.client_id, Case.id).where(Case.status == "open").order_by(Case.id)
            ).first()
        )
    partner = services.partners.search(PartnerQuery(category="jobcenter"))[0]
    template = default_template("jobcenter")
    return ReferralDraft(
        client_id=client_id,
        case_id=case_id,
        partner_id=partner.id,
        purpose="Unterstützung bei der Arbeitssuche",
        data=("birth_date",),
        subject=template.subject,
        body=template.body,
    )


def bench_referral_letter(folder: Path, runs: int) -> Result:
    """One referral letter, warm: all checks (release, placeholders, fonts) and the PDF."""
    from mbe_desktop.app import build_services
    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage.store import Store

    services = build_services(Store.unlock(data_paths(folder), PASSPHRASE))
    try:
        draft = letter_draft(services)
        services.referrals.preview(draft)  # fonts registered, shaping cached: warm
        times = repeat(max(runs, 20), lambda: bool(services.referrals.preview(draft)) and None)
    finally:
        services.close()
    return Result("referral_letter", "ein Weiterleitungsschreiben (warm)", times)


def bench_referral_letter_cold(folder: Path, runs: int) -> Result:
    """A fresh process: interpreter, imports, unlock (Argon2id), one letter."""

    def once() -> float:
        started = time.time()
        output = subprocess.run(
            [sys.executable, "-c", LETTER_PROBE, str(folder), PASSPHRASE, str(ROOT)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return float(output.strip().splitlines()[-1]) - started

    return Result(
        "referral_letter_cold", "Brief in neuem Prozess (inkl. Entsperren)", repeat(runs, once)
    )


def _last_full_year() -> Any:
    from datetime import date

    from mbe_desktop.domain.periods import period_for

    return period_for(date.today().year - 1)


def bench_statistics_view(folder: Path, runs: int) -> Result:
    """All figures of the Statistik view for last year (StatisticsService.figures): live
    documentation counted in SQL plus the statistics-only rows of deleted cases."""
    from mbe_desktop.paths import data_paths
    from mbe_desktop.services.statistics import StatisticsService
    from mbe_desktop.storage.store import Store

    store = Store.unlock(data_paths(folder), PASSPHRASE)
    try:
        service = StatisticsService(store)
        period = _last_full_year()
        figures = service.figures(period)  # the page cache fills, as after opening the view
        print(f"  {period.label}: {figures.clients} clients, {figures.cases} cases")
        times = repeat(runs, lambda: bool(service.figures(period)) and None)
    finally:
        store.close()
    return Result("statistics_view", "Statistik eines Jahres zählen", times)


def bench_statistics_export(folder: Path, runs: int) -> Result:
    """The anonymised export of last year: count, suppress, tables.json, CSV, PDF, .zip,
    record. Writes into a temp folder that is removed afterwards (aggregate counts only)."""
    import tempfile

    from mbe_desktop.paths import data_paths
    from mbe_desktop.services.statistics import StatisticsService
    from mbe_desktop.storage.store import Store

    store = Store.unlock(data_paths(folder), PASSPHRASE)
    try:
        service = StatisticsService(store)
        period = _last_full_year()
        with tempfile.TemporaryDirectory() as target:
            result = service.export(period, Path(target))  # warm: fonts registered
            print(f"  {result.path.name}: {result.path.stat().st_size} bytes")
            times = repeat(runs, lambda: bool(service.export(period, Path(target))) and None)
    finally:
        store.close()
    return Result("statistics_export", "Statistik-Export eines Jahres (.zip)", times)


SCENARIOS: dict[str, Callable[[Path, int], Result]] = {
    "start_to_unlock_screen": bench_start_to_unlock_screen,
    "kdf": bench_kdf_only,
    "unlock": bench_unlock,
    "open_main_window": bench_open_main_window,
    "search_keystroke": bench_search,
    "today_view": bench_today_view,
    "referral_letter": bench_referral_letter,
    "referral_letter_cold": bench_referral_letter_cold,
    "statistics_view": bench_statistics_view,
    "statistics_export": bench_statistics_export,
}


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports KiB


def ms(seconds: float) -> str:
    return f"{seconds * 1000:>7.1f}ms"


def print_table(results: list[Result], clients: int) -> None:
    print()
    print(f"MBE Desktop benchmarks – {clients} clients, {os.cpu_count()} CPUs")
    print(f"{'scenario':<26} {'what':<36} {'median':>9} {'p95':>9} {'min':>9} {'max':>9}  runs")
    for r in results:
        print(
            f"{r.name:<26} {r.label:<36} {ms(r.median)} {ms(r.p95)} {ms(min(r.times))} "
            f"{ms(max(r.times))}  {len(r.times)}"
        )
    print(f"peak memory (largest process): {peak_rss_mb():.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", nargs="*", choices=sorted(SCENARIOS), help="run only these")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)

    folder = ensure_store(args.clients, args.seed)
    results = []
    for name, scenario in SCENARIOS.items():
        if args.only and name not in args.only:
            continue
        print(f"running {name} …", flush=True)
        results.append(scenario(folder, args.repeat))
    print_table(results, args.clients)
    if args.json:
        figures: dict[str, object] = {
            r.name: {
                "median_s": r.median,
                "p95_s": r.p95,
                "min_s": min(r.times),
                "max_s": max(r.times),
            }
            for r in results
        }
        figures["peak_rss_mb"] = peak_rss_mb()
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
