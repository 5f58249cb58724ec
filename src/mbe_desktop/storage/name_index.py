"""The variant index of client names (table ``client_name_key``): writing and rebuilding.

The keys are computed in Python (``domain.name_variants``), not by triggers: every service that
writes a client's names calls ``replace_name_keys`` in the same transaction; bulk writers (the
demo data) use ``name_key_rows``; migration ``0011_name_variants`` calls ``rebuild_name_keys``
for a store written before. A client's rows go with it (``ON DELETE CASCADE``).
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Connection, Table, delete, insert, select

from mbe_desktop.domain.name_variants import name_keys
from mbe_desktop.storage.models import Client, ClientNameKey

NAME_KEY = cast(Table, ClientNameKey.__table__)
CLIENT = cast(Table, Client.__table__)
REBUILD_BATCH = 5000


def name_key_rows(
    client_id: int, family_name: str, given_names: str, name_latin: str
) -> list[dict[str, Any]]:
    return [
        {"key": key, "client_id": client_id}
        for key in name_keys(family_name, given_names, name_latin)
    ]


def replace_name_keys(
    connection: Connection, client_id: int, family_name: str, given_names: str, name_latin: str
) -> None:
    connection.execute(delete(NAME_KEY).where(NAME_KEY.c.client_id == client_id))
    rows = name_key_rows(client_id, family_name, given_names, name_latin)
    if rows:
        connection.execute(insert(NAME_KEY), rows)


def rebuild_name_keys(connection: Connection) -> int:
    """Every client's keys anew; returns the number of rows written."""
    connection.execute(delete(NAME_KEY))
    statement = select(CLIENT.c.id, CLIENT.c.family_name, CLIENT.c.given_names, CLIENT.c.name_latin)
    clients = connection.execute(statement).tuples().all()
    written = 0
    batch: list[dict[str, Any]] = []
    for client_id, family, given, latin in clients:
        batch += name_key_rows(client_id, family or "", given or "", latin or "")
        if len(batch) >= REBUILD_BATCH:
            connection.execute(insert(NAME_KEY), batch)
            written += len(batch)
            batch = []
    if batch:
        connection.execute(insert(NAME_KEY), batch)
        written += len(batch)
    return written
