"""Benchmark runner: every scenario on the encrypted store and on its plain SQLite twin.

    .venv/bin/python benchmarks/run.py --clients 50000 [--repeat 5] [--json FILE]

The demo store is built once per size under ``benchmarks/.stores/<clients>`` (git-ignored) with
the production key derivation, and reused afterwards; ``stores.prepare`` migrates it, gives one
case 50 contacts and makes the unencrypted copy. Each variant runs in its own worker processes
(one for opening, one for an app session with the main window), so page caches and memory of
one never help the other, and the peak memory of the encrypted session is that of an app that
has done everything the scenarios do. Figures are measured, never asserted: the targets are
printed next to them.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from queries import QUERIES, VARIANT_QUERIES  # noqa: E402
from stores import (  # noqa: E402
    ENCRYPTED,
    PASSPHRASE,
    PLAIN,
    RECORD_CONTACTS,
    ensure_store,
    open_store,
    plain_dir,
    prepare,
    record_case,
    store_dir,
)

QUICK_RUNS = 20  # scenarios that take milliseconds run at least this often


@dataclass(frozen=True)
class Scenario:
    name: str
    label: str
    target_s: float | None = None
    section: str = "session"  # "session" (app running), "open" (cold) or "cold" (new process)
    plain: bool = True  # also runs on the unencrypted copy


SCENARIOS: tuple[Scenario, ...] = (
    # With the app running (main window open, page cache warm after one untimed run)
    Scenario("client_list_first_page", "Ratsuchende: erste Seite (Liste neu laden)"),
    Scenario("search_p50", "Suche je Tastendruck, p50 von 200 Anfragen"),
    Scenario("search_p95", "Suche je Tastendruck, p95 von 200 Anfragen", 0.050),
    Scenario(
        "search_variants_p95",
        f"Suche nach Schreibvarianten je Tastendruck, p95 von {len(VARIANT_QUERIES)} Anfragen",
        0.050,
    ),
    Scenario("open_client_record", f"Akte öffnen (Fall mit {RECORD_CONTACTS} Kontakten)", 0.200),
    Scenario("add_contact", "Kontakt speichern (Commit)", 0.050),
    Scenario("today_view", "Heute-Ansicht neu laden", 0.300),
    Scenario("statistics_year", "Statistik-Ansicht eines Jahres", 2.0),
    Scenario("export_year", "erster Export eines Jahres (7 Zeiträume, Prüfung, .zip)", 2.0),
    Scenario("referral_letter", "ein Weiterleitungsschreiben (warm)", 0.050),
    Scenario("agreement_pdf", "eine Kooperationsvereinbarung (PDF)"),
    Scenario("backup", "Sicherung des ganzen Bestands", plain=False),
    # Opening (the encrypted side includes the Argon2id key derivation)
    Scenario("kdf", "davon Argon2id allein", section="open", plain=False),
    Scenario("unlock", "Entsperren: Schlüssel, Öffnen, Prüfungen", 1.0, section="open"),
    Scenario("open_main_window", "Entsperren bis Hauptfenster gezeichnet", 1.0, section="open"),
    # A new process each time
    Scenario("start_to_unlock_screen", "Programmstart bis Entsperrfenster", 1.0, "cold", False),
    Scenario("referral_letter_cold", "Brief in neuem Prozess (inkl. Entsperren)", None, "cold"),
)
BY_NAME = {scenario.name: scenario for scenario in SCENARIOS}
MEMORY_TARGET_MB = 250.0


def peak_rss_mb() -> float:
    """This process's peak resident size. Linux: VmHWM, since ``ru_maxrss`` survives ``exec``
    and would report the parent's peak for a child that stayed smaller."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def repeat(runs: int, action: Callable[[], object], *, warm: bool = True) -> list[float]:
    """One untimed run first (``warm``: the page cache fills, fonts load), then ``runs``."""
    if warm:
        action()
    return [timed(action) for _ in range(runs)]


def quantile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def last_full_year() -> Any:
    from mbe_desktop.domain.periods import period_for

    return period_for(date.today().year - 1)


# --- worker: opening ---------------------------------------------------------------------------


def open_checked(clients: int, variant: str) -> Any:
    """What unlocking does after the key: open, first read, cheap damage checks, schema check.
    Encrypted: ``Store.unlock`` itself (Argon2id first). Plain: the same steps without a key."""
    if variant == ENCRYPTED:
        return open_store(clients, ENCRYPTED)
    from mbe_desktop.storage import migrate
    from mbe_desktop.storage.store import _first_read, _refuse_damage

    store = open_store(clients, PLAIN)
    _first_read(store.engine)
    _refuse_damage(store.engine, plain_dir(clients) / "store.db")
    migrate.needs_upgrade(store.engine)
    return store


def work_open(clients: int, variant: str, runs: int) -> dict[str, list[float]]:
    from PySide6.QtCore import QEvent

    from mbe_desktop.app import build_services
    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage.keyslots import PRODUCTION_KDF, KeySlotFile
    from mbe_desktop.ui.application import application, configure_application
    from mbe_desktop.ui.context import UnlockedContext
    from mbe_desktop.ui.controller import AppController, LockReason
    from mbe_desktop.ui.main_window import MainWindow
    from mbe_desktop.ui.tasks import SyncRunner

    figures: dict[str, list[float]] = {}
    folder = store_dir(clients)
    if variant == ENCRYPTED:
        slots = KeySlotFile.load(data_paths(folder).key_slots)
        figures["kdf"] = repeat(runs, lambda: slots.unwrap("passphrase", PASSPHRASE))
    figures["unlock"] = repeat(runs, lambda: open_checked(clients, variant).close())

    app = application()
    configure_application(app)

    def settle() -> None:
        """What the event loop does between the user's actions, deferred deletes included
        (``processEvents`` alone leaves closed windows alive)."""
        for _ in range(3):
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            app.processEvents()

    controller = AppController(data_paths(folder), PRODUCTION_KDF, runner=SyncRunner())

    def encrypted_window() -> float:
        """The real path: the unlock window's signal, the controller, the main window; then
        locked again (Sperren), as a counsellor does during the day."""
        assert controller.unlock_window is not None
        started = time.perf_counter()
        controller.unlock_window.unlock_requested.emit(PASSPHRASE, False)
        assert controller.main_window is not None, "unlock failed"
        controller.main_window.repaint()
        app.processEvents()
        elapsed = time.perf_counter() - started
        controller.lock(LockReason.MANUAL)
        settle()
        return elapsed

    def plain_window() -> float:
        """The same without a key: open the copy, build the services and the main window."""
        started = time.perf_counter()
        services = build_services(open_checked(clients, PLAIN))
        services.audit_log.record_unlock(recovery_code=False, failed_at=[])
        window = MainWindow(UnlockedContext(services, SyncRunner(), PRODUCTION_KDF))
        window.show()
        window.repaint()
        app.processEvents()
        elapsed = time.perf_counter() - started
        window.close_for_controller()
        window.deleteLater()
        services.close()
        settle()
        return elapsed

    if variant == ENCRYPTED:
        controller.start()
        settle()
    once = encrypted_window if variant == ENCRYPTED else plain_window
    once()  # imports and the OS file cache: the first unlock of a session is timed by "cold"
    figures["open_main_window"] = [once() for _ in range(runs)]
    controller.shutdown()
    settle()
    return figures


# --- worker: an app session --------------------------------------------------------------------


@dataclass
class Session:
    clients: int
    variant: str
    runs: int
    figures: dict[str, list[float]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def work_session(
    clients: int, variant: str, runs: int, wanted: set[str]
) -> tuple[dict[str, list[float]], list[str]]:
    """Unlock, open the main window as after unlocking, then what the user does in it."""
    from mbe_desktop.app import build_services
    from mbe_desktop.storage.keyslots import PRODUCTION_KDF
    from mbe_desktop.ui.application import application, configure_application
    from mbe_desktop.ui.context import UnlockedContext
    from mbe_desktop.ui.main_window import CLIENTS, STATISTICS, TODAY, MainWindow
    from mbe_desktop.ui.tasks import SyncRunner

    app = application()
    configure_application(app)
    services = build_services(open_store(clients, variant))
    window = MainWindow(UnlockedContext(services, SyncRunner(), PRODUCTION_KDF))
    window.show()
    app.processEvents()
    run = Session(clients, variant, runs)
    quick = max(runs, QUICK_RUNS)
    try:
        if wanted & {
            "client_list_first_page",
            "search_p50",
            "search_p95",
            "search_variants_p95",
            "open_client_record",
        }:
            _client_list_and_search(run, app, window, CLIENTS)
        if "open_client_record" in wanted:
            _client_record(run, app, window, services)
        if "add_contact" in wanted:
            _add_contact(run, services)
        if "today_view" in wanted:
            window.show_view(TODAY)
            app.processEvents()
            today = window.today

            def refresh_today() -> None:
                today.refresh()
                app.processEvents()

            run.figures["today_view"] = repeat(quick, refresh_today)
            assert today.listing is not None
            run.notes.append(
                f"Heute: {today.listing.total} items, {today.listing.due_count} due, "
                f"{len(today.listing.items)} shown"
            )
        if wanted & {"statistics_year", "export_year"}:
            _statistics(run, app, window, services, STATISTICS)
        if wanted & {"referral_letter", "agreement_pdf"}:
            _letters(run, services)
        if variant == ENCRYPTED and "backup" in wanted:
            with tempfile.TemporaryDirectory(prefix="mbe-bench-") as target:
                backup = services.backup
                run.figures["backup"] = repeat(runs, lambda: backup.backup_to(target), warm=False)
                sizes = [path.stat().st_size for path in Path(target).iterdir()]
                run.notes.append(f"backup: {len(sizes)} files of {max(sizes) / 1e6:.0f} MB")
    finally:
        window.close_for_controller()
        services.close()
    return run.figures, run.notes


def _client_list_and_search(run: Session, app: Any, window: Any, index: int) -> None:
    window.show_view(index)
    app.processEvents()
    view = window.clients

    def first_page() -> None:
        view.refresh()  # count of all clients + the first page of the list, in SQL
        app.processEvents()

    view.search.setText("")
    run.figures["client_list_first_page"] = repeat(max(run.runs, QUICK_RUNS), first_page)
    run.notes.append(f"list: {view.model.total} clients, {view.model.rowCount()} rows loaded")

    def keystroke(typed: str) -> float:
        view.search.setText(typed)  # starts the 120 ms timer; run_search replaces it
        started = time.perf_counter()
        view.run_search()
        app.processEvents()
        return time.perf_counter() - started

    for _kind, typed in QUERIES[:20]:  # warm
        keystroke(typed)
    p50, p95, hits = [], [], 0
    for _ in range(run.runs):
        times = []
        for _kind, typed in QUERIES:
            times.append(keystroke(typed))
            hits += view.model.total > 0
        p50.append(quantile(times, 0.50))
        p95.append(quantile(times, 0.95))
    run.figures["search_p50"], run.figures["search_p95"] = p50, p95
    run.notes.append(f"search: {hits // run.runs} of {len(QUERIES)} queries with hits")
    variants_p95, hits = [], 0
    for _ in range(run.runs):
        times = []
        for typed in VARIANT_QUERIES:
            times.append(keystroke(typed))
            hits += view.model.total > 0
        variants_p95.append(quantile(times, 0.95))
    run.figures["search_variants_p95"] = variants_p95
    run.notes.append(
        f"variant search: {hits // run.runs} of {len(VARIANT_QUERIES)} queries with hits"
    )
    view.search.setText("")
    view.run_search()


def _client_record(run: Session, app: Any, window: Any, services: Any) -> None:
    view = window.clients
    client_id, case_id = record_case(services.store)
    other = view.model.client_id(0) if view.model.client_id(0) != client_id else 0
    other = other or view.model.client_id(1)

    def open_record() -> float:
        view.open_client(other)  # another client first, as after working on someone else
        view.show_list()
        app.processEvents()
        started = time.perf_counter()
        view.open_client(client_id)
        app.processEvents()
        elapsed = time.perf_counter() - started
        assert view.record.detail is not None and view.record.detail.id == client_id
        view.show_list()
        app.processEvents()
        return elapsed

    open_record()
    run.figures["open_client_record"] = [open_record() for _ in range(run.runs)]
    contacts = len(services.cases.contacts(case_id))
    history = len(view.record.timeline)
    run.notes.append(f"record: case with {contacts} contacts, {history} timeline entries")


def _add_contact(run: Session, services: Any) -> None:
    from mbe_desktop.services.cases import ContactInput

    _client_id, case_id = record_case(services.store)
    added: list[tuple[int, int]] = []  # contact id and version
    now = datetime.now().replace(second=0, microsecond=0)

    def add() -> None:
        contact = services.cases.add_contact(
            case_id,
            ContactInput(
                occurred_at=now - timedelta(hours=1 + len(added)),
                duration_minutes=30,
                fields=("work_employment",),
                note="Beratungsgespräch (Benchmark)",
            ),
        )
        added.append((contact.id, contact.version))

    try:
        run.figures["add_contact"] = repeat(max(run.runs, QUICK_RUNS), add)
    finally:
        for contact_id, version in added:  # the store stays as prepared for the next run
            services.cases.delete_contact(contact_id, version)


def _statistics(run: Session, app: Any, window: Any, services: Any, index: int) -> None:
    period = last_full_year()
    window.show_view(index)
    app.processEvents()
    view = window.statistics
    view.picker.set_period(period)  # loads once: warm
    app.processEvents()

    def reload() -> None:
        view.reload()  # the figures (in SQL) and the cards and charts, synchronous runner
        app.processEvents()

    run.figures["statistics_year"] = repeat(run.runs, reload)
    assert view.figures is not None and view.figures.period == period
    run.notes.append(
        f"statistics {period.label}: {view.figures.clients} clients, {view.figures.cases} cases"
    )
    with tempfile.TemporaryDirectory(prefix="mbe-bench-") as target:
        figures = services.statistics
        # A year's first export publishes it (format 2.0): forget that before each run, so
        # every run measures a first export and the store stays as prepared.
        times = []
        for _ in range(run.runs):
            forget_publications(services.store)
            times.append(timed(lambda: figures.export(period, Path(target))))
        forget_publications(services.store)
        run.figures["export_year"] = times


def forget_publications(store: Any) -> None:
    """Undo what an export published (benchmark only: the app never forgets a publication)."""
    from sqlalchemy import text

    with store.engine.begin() as connection:
        connection.execute(text("DELETE FROM statistics_publication"))
        connection.execute(text("DELETE FROM statistics_export"))


def _letters(run: Session, services: Any) -> None:
    draft = letter_draft(services)
    quick = max(run.runs, QUICK_RUNS)
    run.figures["referral_letter"] = repeat(quick, lambda: services.referrals.preview(draft))
    _client_id, case_id = record_case(services.store)
    run.figures["agreement_pdf"] = repeat(quick, lambda: services.cases.agreement_pdf(case_id))


def letter_draft(services: Any) -> Any:
    """A referral draft for an open case of an Arabic-script client (shaping included)."""
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


# --- new processes -----------------------------------------------------------------------------

# The probes' peak memory (KiB): VmHWM of the new process, without importing anything.
PEAK = (
    "lambda: next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:'))"
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
        print(time.time(), PEAK(), flush=True)
        controller.shutdown()
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    """
)

LETTER_PROBE = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, sys.argv[3])
    from mbe_desktop.app import build_services
    from run import letter_draft
    from stores import open_store

    services = build_services(open_store(int(sys.argv[1]), sys.argv[2]))
    pdf = services.referrals.preview(letter_draft(services))
    assert pdf.startswith(b"%PDF")
    services.close()
    print(time.time(), PEAK(), flush=True)
    """
)


GUI_PROBE, LETTER_PROBE = (
    probe.replace("PEAK()", f"({PEAK})()") for probe in (GUI_PROBE, LETTER_PROBE)
)
PROBE_RSS_MB: dict[str, float] = {}


def probe(name: str, arguments: list[str]) -> float:
    """Run a probe in a new Python; it prints the wall clock when done and its peak memory."""
    started = time.time()
    output = subprocess.run(
        [sys.executable, "-c", *arguments], check=True, capture_output=True, text=True
    ).stdout
    done, rss_kib = output.strip().splitlines()[-1].split()
    PROBE_RSS_MB[name] = max(PROBE_RSS_MB.get(name, 0.0), int(rss_kib) / 1024)
    return float(done) - started


def run_cold(clients: int, runs: int, wanted: set[str]) -> dict[str, dict[str, list[float]]]:
    """Scenarios in a new process each time (the first one also warms the OS file cache)."""
    figures: dict[str, dict[str, list[float]]] = {ENCRYPTED: {}, PLAIN: {}}
    folder = str(store_dir(clients))
    if "start_to_unlock_screen" in wanted:
        print("running start_to_unlock_screen …", flush=True)
        figures[ENCRYPTED]["start_to_unlock_screen"] = repeat(
            runs, lambda: probe("start", [GUI_PROBE, folder])
        )
    if "referral_letter_cold" in wanted:
        print("running referral_letter_cold …", flush=True)
        for variant in (ENCRYPTED, PLAIN):
            arguments = [LETTER_PROBE, str(clients), variant, str(ROOT)]
            name = f"letter/{variant}"
            figures[variant]["referral_letter_cold"] = repeat(
                runs, functools.partial(probe, name, arguments)
            )
    return figures


# --- the runner --------------------------------------------------------------------------------


def run_worker(
    phase: str, clients: int, variant: str, runs: int, wanted: set[str]
) -> dict[str, Any]:
    """Run one worker in a new process; its figures, notes and peak memory."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        command = [sys.executable, str(Path(__file__)), "--clients", str(clients)]
        command += ["--repeat", str(runs), "--worker", phase, variant, out.name]
        command += ["--only", *sorted(wanted)]
        subprocess.run(command, check=True)
        result: dict[str, Any] = json.loads(Path(out.name).read_text())
    return result


def quiet_qt_plugin_noise() -> None:
    """The offscreen platform plugin warns about window size hints on every window: drop only
    that message, let everything else through to stderr."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(_kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def worker_main(
    phase: str, clients: int, variant: str, runs: int, out: Path, wanted: set[str]
) -> int:
    quiet_qt_plugin_noise()
    notes: list[str] = []
    literal = os.environ.get(LITERAL_SEARCH_ENV) == "1"
    if literal:
        literal_search_only()
    if phase == "open":
        figures = work_open(clients, variant, runs)
    else:
        figures, notes = work_session(clients, variant, runs, wanted)
    if literal:
        notes.append("literal search only (spelling variants and near misses switched off)")
    out.write_text(json.dumps({"figures": figures, "notes": notes, "rss_mb": peak_rss_mb()}))
    return 0


LITERAL_SEARCH_ENV = "MBE_BENCHMARK_LITERAL_SEARCH"


def literal_search_only() -> None:
    """``--literal-search``: the search as before issue 20 (no variant levels), for comparing
    the cost of the variants on the same machine at the same time. Benchmark only."""
    from mbe_desktop.domain import name_variants
    from mbe_desktop.services import client_search

    nothing = name_variants.QueryWord(0, frozenset(), frozenset(), frozenset(), frozenset(), False)
    client_search.query_word = lambda word, whole_word=False: nothing  # type: ignore[assignment]
    client_search.ARTICLES = frozenset()  # type: ignore[misc]


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def ms(seconds: float | None) -> str:
    if seconds is None:
        return f"{'—':>9}"
    return f"{seconds * 1000:>7.1f}ms" if seconds < 10 else f"{seconds:>8.2f}s"


SECTIONS = {
    "session": "With the app running (one warm-up run first)",
    "open": "Opening (encrypted includes Argon2id; plain has no key to derive)",
    "cold": "A new process each time (cold figures: Python, imports, fonts)",
}


def print_table(report: dict[str, Any]) -> None:
    figures = report["figures"]
    print()
    print(report["title"])
    head = f"{'scenario':<24} {'median':>9} {'min':>9} {'max':>9} {'plain':>9} {'ratio':>6}"
    print(f"{head} {'target':>9}  what")
    for section, heading in SECTIONS.items():
        print(f"-- {heading}")
        for scenario in SCENARIOS:
            if scenario.section != section or scenario.name not in figures:
                continue
            row = figures[scenario.name]
            plain = row.get("plain_median_s")
            ratio = f"{row['median_s'] / plain:>5.2f}x" if plain else f"{'—':>6}"
            target = "" if scenario.target_s is None else "<" + ms(scenario.target_s).strip()
            verdict = ""
            if scenario.target_s is not None:
                verdict = "ok" if row["median_s"] < scenario.target_s else "MISSED"
            print(
                f"{scenario.name:<24} {ms(row['median_s'])} {ms(row['min_s'])} "
                f"{ms(row['max_s'])} {ms(plain)} {ratio} {target:>9} {verdict:<6} "
                f"{scenario.label}"
            )
    memory = report["memory_mb"]
    verdict = "ok" if report["peak_rss_mb"] < MEMORY_TARGET_MB else "MISSED"
    print(
        f"peak memory (largest encrypted app process): {report['peak_rss_mb']:.0f} MB "
        f"(target < {MEMORY_TARGET_MB:.0f} MB: {verdict}); per process: "
        + ", ".join(f"{name} {value:.0f} MB" for name, value in memory.items())
    )
    for note in report["notes"]:
        print(f"  {note}")


def summarise(times: list[float]) -> dict[str, float]:
    return {"median_s": statistics.median(times), "min_s": min(times), "max_s": max(times)}


def store_counts(clients: int) -> str:
    from sqlalchemy import text

    store = open_store(clients, PLAIN)
    try:
        with store.engine.connect() as connection:
            counts = [
                connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
                for table in ("client", "case", "contact")
            ]
    finally:
        store.close()
    size = (store_dir(clients) / "store.db").stat().st_size / 1e6
    return f"{counts[0]} clients, {counts[1]} cases, {counts[2]} contacts, {size:.0f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--clients", type=int, default=50_000, help="store size (demo clients)")
    parser.add_argument("--seed", type=int, default=7, help="demo data seed (new stores only)")
    parser.add_argument(
        "--repeat",
        type=int,
        default=5,
        help=f"timed runs per scenario (millisecond scenarios at least {QUICK_RUNS})",
    )
    parser.add_argument("--only", nargs="*", choices=[s.name for s in SCENARIOS], default=[])
    parser.add_argument("--no-plain", action="store_true", help="skip the unencrypted copy")
    parser.add_argument(
        "--literal-search",
        action="store_true",
        help="switch the spelling variants of the search off (to compare their cost)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument(
        "--worker", nargs=3, metavar=("PHASE", "VARIANT", "OUT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.literal_search:
        os.environ[LITERAL_SEARCH_ENV] = "1"  # inherited by the worker processes
    if args.worker:
        phase, variant, out = args.worker
        wanted = set(args.only or BY_NAME)
        return worker_main(phase, args.clients, variant, args.repeat, Path(out), wanted)

    started = time.perf_counter()
    ensure_store(args.clients, args.seed)
    prepare(args.clients)
    load_before = load_average()
    wanted = set(args.only or BY_NAME)
    variants = (ENCRYPTED,) if args.no_plain else (ENCRYPTED, PLAIN)
    collected: dict[str, dict[str, list[float]]] = {ENCRYPTED: {}, PLAIN: {}}
    memory: dict[str, float] = {}
    notes: list[str] = []
    for phase, names in (
        ("open", {s.name for s in SCENARIOS if s.section == "open"}),
        ("session", {s.name for s in SCENARIOS if s.section == "session"}),
    ):
        if not wanted & names:
            continue
        for variant in variants:
            print(f"running the {phase} scenarios on the {variant} store …", flush=True)
            result = run_worker(phase, args.clients, variant, args.repeat, wanted)
            collected[variant].update(result["figures"])
            memory[f"{phase}/{variant}"] = result["rss_mb"]
            notes += [f"{variant}: {note}" for note in result["notes"]]
    cold = run_cold(args.clients, args.repeat, wanted)
    for variant in variants:
        collected[variant].update(cold[variant])
    memory.update({f"new process {name}": value for name, value in PROBE_RSS_MB.items()})

    figures: dict[str, Any] = {}
    for scenario in SCENARIOS:
        times = collected[ENCRYPTED].get(scenario.name)
        if scenario.name not in wanted or not times:
            continue
        figures[scenario.name] = summarise(times)
        plain = collected[PLAIN].get(scenario.name)
        if plain:
            figures[scenario.name]["plain_median_s"] = statistics.median(plain)
    encrypted_memory = [value for name, value in memory.items() if name.endswith(ENCRYPTED)]
    peak = max(encrypted_memory or [peak_rss_mb()])
    title = (
        f"MBE Desktop benchmarks – {store_counts(args.clients)}; --repeat {args.repeat}; "
        f"{os.cpu_count()} CPUs; load average {load_before} (start) / {load_average()} (end); "
        f"{time.perf_counter() - started:.0f} s"
    )
    report: dict[str, Any] = {
        "title": title,
        "figures": figures,
        "memory_mb": memory,
        "notes": notes,
    }
    report["peak_rss_mb"] = peak
    print_table(report)
    if args.json:
        output = dict(figures)
        output["peak_rss_mb"] = peak
        args.json.write_text(json.dumps(output, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
