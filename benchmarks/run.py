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


SCENARIOS: dict[str, Callable[[Path, int], Result]] = {
    "start_to_unlock_screen": bench_start_to_unlock_screen,
    "kdf": bench_kdf_only,
    "unlock": bench_unlock,
    "open_main_window": bench_open_main_window,
}


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports KiB


def print_table(results: list[Result], clients: int) -> None:
    print()
    print(f"MBE Desktop benchmarks – {clients} clients, {os.cpu_count()} CPUs")
    print(f"{'scenario':<26} {'what':<36} {'median':>9} {'min':>9} {'max':>9}  runs")
    for r in results:
        print(
            f"{r.name:<26} {r.label:<36} {r.median * 1000:>7.0f}ms {min(r.times) * 1000:>7.0f}ms "
            f"{max(r.times) * 1000:>7.0f}ms  {len(r.times)}"
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
            r.name: {"median_s": r.median, "min_s": min(r.times), "max_s": max(r.times)}
            for r in results
        }
        figures["peak_rss_mb"] = peak_rss_mb()
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
