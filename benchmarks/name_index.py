"""Rebuilding the name-variant index by migration 0011_name_variants on the benchmark store.

    .venv/bin/python benchmarks/name_index.py [--clients 50000] [--repeat 3]

Uses the encrypted benchmark store of ``benchmarks/run.py`` (built there on first use). Each
run takes the store back to the revision before the migration (the index table dropped) and
times ``alembic upgrade`` to head as the app runs it at unlock (``migrate.upgrade_to_head``:
foreign keys off, one transaction, foreign-key check), i.e. computing every client's keys and
writing them. The store ends at head. Measured, never asserted; the target is printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from stores import ENCRYPTED, ensure_store, open_store  # noqa: E402

TARGET_S = 30.0
BEFORE = "0008_contact_statistics_index"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clients", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7, help="demo data seed (new stores only)")
    args = parser.parse_args(argv)
    ensure_store(args.clients, args.seed)

    from alembic import command
    from sqlalchemy import text

    from mbe_desktop.domain.name_variants import word_keys
    from mbe_desktop.storage import migrate

    store = open_store(args.clients, ENCRYPTED)  # migrates to head if needed
    times: list[float] = []
    rows = 0
    try:
        engine = store.engine
        for _ in range(args.repeat):
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
                connection.commit()
                with connection.begin():
                    command.downgrade(migrate._config(connection), BEFORE)
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                connection.commit()
            word_keys.cache_clear()  # as in a new process: the app migrates once at unlock
            started = time.perf_counter()
            migrate.upgrade_to_head(engine)
            times.append(time.perf_counter() - started)
            with engine.connect() as connection:
                rows = connection.execute(text("SELECT count(*) FROM client_name_key")).scalar_one()
                clients = connection.execute(text("SELECT count(*) FROM client")).scalar_one()
    finally:
        store.close()
    load = " ".join(f"{value:.2f}" for value in os.getloadavg())
    median = statistics.median(times)
    print(
        f"name index rebuild by migration 0011_name_variants: {clients} clients, {rows} keys; "
        f"median {median:.1f} s (min {min(times):.1f}, max {max(times):.1f}, {len(times)} runs); "
        f"target < {TARGET_S:.0f} s {'ok' if median < TARGET_S else 'MISSED'}; "
        f"load average {load}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
