"""Presets, partner CSV, intake and passphrases fed as a careless or hostile user would.

The only exception allowed out is a UserError with a German text; after a refusal every file in
the store's data folder is byte-identical.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import TEST_PASSPHRASE
from mbe_desktop.app import Services, create_store, unlock_store
from mbe_desktop.domain.bounded import SQLITE_INT_MAX
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.paths import DataPaths, data_paths
from mbe_desktop.services.cases import CaseInput, ContactInput, GoalInput, PlanInput, StepInput
from mbe_desktop.services.clients import ClientInput, ClientService
from mbe_desktop.services.follow_ups import FollowUpInput
from mbe_desktop.services.partners import read_csv_file
from mbe_desktop.services.presets import PresetError, find_presets, parse_presets, read_presets
from mbe_desktop.services.referrals import ReleaseInput
from mbe_desktop.storage.keyslots import FAST_TEST_KDF

PROPERTY = settings(
    max_examples=100,
    deadline=None,
    # The store and the folders are shared by the examples on purpose: a refusal must leave
    # them as they were, which is what the tests check.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
HUGE = st.sampled_from([2**63, 2**64, 10**30, -(2**63) - 1, SQLITE_INT_MAX + 1, -1, 0])
ints = st.none() | st.integers(min_value=-(2**80), max_value=2**80) | HUGE


def data_dir_hashes(paths: DataPaths) -> dict[str, str]:
    return {
        str(path.relative_to(paths.root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(paths.root.rglob("*"))
        if path.is_file()
    }


def german(error: UserError) -> None:
    text = str(error)
    assert text.strip() and "Traceback" not in text and "Error" not in text, text


# --- presets ---------------------------------------------------------------------------------

DEEP_TOML = [
    "a = " + "[" * 3000 + "]" * 3000,
    "a = " + "{b = " * 3000 + "1" + "}" * 3000,
    "retention_years = " + "9" * 5000,
    "version = " + "1" * 4400,
    "retention_years = 1e99999",
    "retention_years = nan",
    "backup_folder = '/" + "x" * 4000 + "'",
    "backup_folder = '/" + "x/" * 1500 + "'",
    "backup_folder = '~/" + "y" * 300 + "'",
    "office_code = 1979-05-27T07:32:00Z",
    "[a.b.c.d.e.f.g]\nh = 1",
    "a.b.c.d.e.f.g.h.i.j.k.l.m.n = 1",
]


@PROPERTY
@given(st.binary(max_size=600) | st.sampled_from([text.encode() for text in DEEP_TOML]))
@example(b"retention_years = 3\nbackup_folder = '/tmp'")
def test_a_presets_file_of_any_bytes_is_read_or_refused_in_german(
    tmp_path: Path, raw: bytes
) -> None:
    path = tmp_path / "mbe-desktop-presets.toml"
    path.write_bytes(raw)
    try:
        read_presets(path, environ={}, home=tmp_path)
    except PresetError as error:
        german(error)
    lookup = find_presets([path])
    assert lookup.source == path
    assert (lookup.presets is None) != (lookup.problem is None)


@PROPERTY
@given(st.text(max_size=300) | st.sampled_from(DEEP_TOML))
def test_presets_text_is_checked_or_refused(text: str) -> None:
    try:
        parse_presets(text, environ={"HOME": "/home/x"}, home=Path("/home/x"))
    except PresetError as error:
        german(error)


def test_deep_toml_and_huge_numbers_are_refused_in_german() -> None:
    with pytest.raises(PresetError, match="zu tief verschachtelt"):
        parse_presets(DEEP_TOML[0])
    with pytest.raises(PresetError, match="zu tief verschachtelt"):
        parse_presets(DEEP_TOML[1])
    with pytest.raises(PresetError, match="zu vielen Stellen"):
        parse_presets(DEEP_TOML[2])


odd_paths = st.sampled_from(
    ["a\x00b", "x" * 300, "x/" * 2000, "fehlt/datei.toml", "ordner", ".", "", "\udcff.toml"]
) | st.text(min_size=1, max_size=30)


@PROPERTY
@given(odd_paths)
def test_odd_paths_never_raise_from_stat(tmp_path: Path, name: str) -> None:
    (tmp_path / "ordner").mkdir(exist_ok=True)
    path = tmp_path / name
    try:
        read_presets(path)
    except PresetError as error:
        german(error)
    lookup = find_presets([path, tmp_path / ("x" * 300)])
    assert lookup.problem is None or lookup.source is not None
    try:
        read_csv_file(path)
    except UserError as error:
        german(error)
    # A backup folder with an odd name in the presets: checked without an OSError.
    file = tmp_path / "p.toml"
    file.write_text(f"backup_folder = '/{name.replace(chr(39), '')}'\n", "utf-8", "surrogatepass")
    try:
        read_presets(file)
    except PresetError as error:
        german(error)


# --- partner CSV into a real store -----------------------------------------------------------

HEADER = "Name;Kategorie;Straße;PLZ;Ort;Telefon;E-Mail;Ansprechpersonen\r\n".encode()


@PROPERTY
@given(
    st.binary(max_size=800)
    | st.binary(max_size=800).map(lambda body: HEADER + body)
    | st.text(max_size=300).map(lambda body: HEADER + body.encode("utf-8", "surrogatepass"))
    | st.just(HEADER + b'"' * 5000)
    | st.just(HEADER + b"A;" * 20000)
)
def test_a_partner_csv_of_any_bytes_is_imported_or_refused_and_the_store_kept(
    services: Services, raw: bytes
) -> None:
    before = data_dir_hashes(services.paths)
    try:
        services.partners.import_csv(raw)
    except UserError as error:
        german(error)
        assert data_dir_hashes(services.paths) == before


def test_a_partner_csv_file_is_read_with_its_bound(tmp_path: Path) -> None:
    big = tmp_path / "partner.csv"
    big.write_bytes(HEADER + b"x" * (6 * 1024 * 1024))
    with pytest.raises(
        UserError, match=r"partner\.csv kann nicht importiert werden.*größer als 5 MB"
    ):
        read_csv_file(big)
    with pytest.raises(UserError, match="Ordner"):
        read_csv_file(tmp_path)


# --- intake and its siblings -----------------------------------------------------------------


def valid_intake(**values: object) -> ClientInput:
    return ClientInput(
        family_name="Yılmaz",
        given_names="Ayşe",
        birth_date=date(1980, 1, 1),
        first_contact_date=date(2025, 5, 1),
        consent_given_on=date(2025, 5, 1),
        consent_scope="Beratung",
        **values,  # type: ignore[arg-type]
    )


@PROPERTY
@given(location=ints, household=ints, children=ints, birth_year=ints)
@example(location=2**63, household=None, children=None, birth_year=None)  # OverflowError before
@example(location=2**64, household=None, children=None, birth_year=None)
@example(location=None, household=None, children=None, birth_year=10**30)
def test_intake_numbers_beyond_sqlite_are_refused_by_the_check(
    services: Services,
    location: int | None,
    household: int | None,
    children: int | None,
    birth_year: int | None,
) -> None:
    clients = ClientService(services.store, today=lambda: date(2026, 6, 15))
    data = valid_intake(
        outreach_location_id=location, household_size=household, children_count=children
    )
    if birth_year is not None:
        data = replace(data, birth_date=None, birth_year=birth_year)
    result = clients.check(data)
    clients.find_duplicates(data)
    before = data_dir_hashes(services.paths)
    if location is not None and not 1 <= location <= SQLITE_INT_MAX:
        assert "outreach_location_id" in {problem.field for problem in result.errors}
    try:
        clients.create(data)
    except UserError as error:
        german(error)
        assert data_dir_hashes(services.paths) == before
    else:
        assert result.ok


_CASES: dict[str, int] = {}


@PROPERTY
@given(location=ints, partner=ints)
@example(location=2**64, partner=2**64)
def test_contact_and_step_ids_beyond_sqlite_are_refused(
    services: Services, location: int | None, partner: int | None
) -> None:
    store_id = services.store.slots.store_id
    if store_id not in _CASES:
        clients = ClientService(services.store, today=lambda: date.today())
        client = clients.create(
            replace(valid_intake(), first_contact_date=date.today(), consent_given_on=date.today())
        )
        _CASES[store_id] = services.cases.open_case(client.id, CaseInput(opened_on=date.today())).id
    case_id = _CASES[store_id]
    before = data_dir_hashes(services.paths)
    contact = ContactInput(
        occurred_at=datetime.now().replace(microsecond=0),
        form="outreach",
        outreach_location_id=location,
    )
    try:
        services.cases.add_contact(case_id, contact)
    except UserError as error:
        german(error)
        assert data_dir_hashes(services.paths) == before
    plan = PlanInput(
        goals=(
            GoalInput(
                None,
                "language_course",
                "Deutschkurs finden",
                steps=(StepInput(None, "Anrufen", actor="partner", partner_id=partner),),
            ),
        )
    )
    try:
        services.cases.save_plan(case_id, plan, services.cases.plan(case_id).case_version)
    except UserError as error:
        german(error)
        if partner is not None:
            assert "Netzwerkpartner gibt es nicht" in str(error), str(error)


# --- passphrases -----------------------------------------------------------------------------


@PROPERTY
@given(
    st.text(st.characters(codec=None, exclude_categories=()), min_size=1, max_size=40)
    | st.sampled_from(["abc\udcff", "\ud800", "\udfff" * 20, "gültig\udc80-und-nicht"])
)
def test_any_passphrase_opens_or_is_refused_in_german(store_paths: DataPaths, secret: str) -> None:
    if not store_paths.key_slots.exists():
        create_store(
            store_paths,
            OfficeProfile(counsellor_name="A", office_name="B"),
            TEST_PASSPHRASE,
            TEST_PASSPHRASE,
            kdf=FAST_TEST_KDF,
        ).services.close()
    before = data_dir_hashes(store_paths)
    try:
        unlock_store(store_paths, secret).close()
    except UserError as error:
        german(error)
        assert data_dir_hashes(store_paths) == before
    else:
        assert secret == TEST_PASSPHRASE


def test_a_new_passphrase_that_is_not_valid_text_is_refused(tmp_path: Path) -> None:
    paths = data_paths(tmp_path / "neu")
    with pytest.raises(ValidationError, match="kein gültiger Text"):
        create_store(
            paths,
            OfficeProfile(counsellor_name="A", office_name="B"),
            "Kiefernzapfen\udcff-Regenschirm-42",
            "Kiefernzapfen\udcff-Regenschirm-42",
            kdf=FAST_TEST_KDF,
        )
    assert not paths.database.exists() and not paths.key_slots.exists()


@PROPERTY
@given(client=ints, other=ints)
@example(client=2**64, other=2**64)
def test_follow_up_and_release_ids_beyond_sqlite_are_refused(
    services: Services, client: int | None, other: int | None
) -> None:
    before = data_dir_hashes(services.paths)
    try:
        services.follow_ups.create(
            FollowUpInput(client_id=client, due_on=date.today(), reason="Anruf", case_id=other)  # type: ignore[arg-type]
        )
    except UserError as error:
        german(error)
    release = ReleaseInput(
        client_id=client,  # type: ignore[arg-type]
        partner_id=other,
        partner_category="jobcenter",
        purpose="Weiterleitung",
        data=(),
        given_on=date.today(),
        valid_until=None,
    )
    try:
        services.referrals.record_release(release)
    except UserError as error:
        german(error)
    assert data_dir_hashes(services.paths) == before  # no client exists: both are refused
