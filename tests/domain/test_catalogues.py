"""Catalogues: the codes the database already uses exist, lookups behave, labels are complete."""

from __future__ import annotations

import re

import pytest

from mbe_desktop.domain.catalogues import (
    ALL_CATALOGUES,
    CASE_FORMS,
    CASE_STATUSES,
    CEFR_LEVELS,
    CLOSURE_TYPES,
    DATA_PROTECTION_LAWS,
    GENDERS,
    REGULAR_CLOSURES,
    RESIDENCE_STATUSES,
    Catalogue,
    Entry,
    cefr_rank,
)

# Defaults in storage/models.py and other codes promised to other modules: (catalogue, code).
REQUIRED_CODES = [
    ("genders", "unspecified"),
    ("residence_statuses", "unknown"),
    ("residence_statuses", "temporary_protection_24"),
    ("residence_statuses", "asylum_seeker"),
    ("course_rights", "unknown"),
    ("course_statuses", "not_started"),
    ("cefr_levels", "unknown"),
    ("education_levels", "unknown"),
    ("recognition_statuses", "not_applicable"),
    ("employment_statuses", "unknown"),
    ("benefits", "unknown"),
    ("living_situations", "unknown"),
    ("how_found", "other"),
    ("case_forms", "counselling"),
    ("case_forms", "case_management"),
    ("case_statuses", "open"),
    ("contact_forms", "office"),
    ("goal_attainments", "open"),
    ("step_actors", "client"),
    ("step_statuses", "open"),
    ("followup_sources", "manual"),
    ("referral_statuses", "draft"),
    ("consent_kinds", "confidentiality_release"),
    ("data_protection_laws", "gdpr_bdsg"),
    ("data_protection_laws", "dsg_ekd"),
    ("data_protection_laws", "kdg"),
    ("fields_of_action", "language_course"),
    ("fields_of_action", "other"),
    ("partner_categories", "immigration_office"),
    ("closure_types", "contact_lost"),
]


@pytest.mark.parametrize(("catalogue", "code"), REQUIRED_CODES)
def test_codes_used_elsewhere_exist(catalogue: str, code: str) -> None:
    assert code in ALL_CATALOGUES[catalogue]


def test_all_catalogues_are_registered_under_their_name() -> None:
    assert len(ALL_CATALOGUES) == 24
    for name, catalogue in ALL_CATALOGUES.items():
        assert catalogue.name == name


@pytest.mark.parametrize("catalogue", list(ALL_CATALOGUES.values()), ids=list(ALL_CATALOGUES))
def test_codes_are_stable_snake_case_with_both_labels(catalogue: Catalogue) -> None:
    assert len(catalogue) >= 2
    for entry in catalogue:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", entry.code), entry.code
        assert entry.de.strip() and entry.en.strip(), entry.code


def test_expected_sizes_of_key_catalogues() -> None:
    assert GENDERS.codes() == ("female", "male", "diverse", "unspecified")
    assert CASE_STATUSES.codes() == ("open", "paused", "closed")
    assert len(RESIDENCE_STATUSES) == 15
    assert len(ALL_CATALOGUES["fields_of_action"]) == 14
    assert len(ALL_CATALOGUES["partner_categories"]) == 19


def test_label_falls_back_to_the_code() -> None:
    assert CASE_FORMS.label("case_management") == "Case Management"
    assert CASE_FORMS.label("counselling") == "Beratung ohne Case Management"
    assert CASE_FORMS.label("counselling", "en") == "Counselling without case management"
    assert CASE_FORMS.label("retired_code") == "retired_code"


def test_entry_raises_for_unknown_code() -> None:
    assert RESIDENCE_STATUSES.entry("toleration").de == "Duldung"
    assert "§ 24" in RESIDENCE_STATUSES.entry("temporary_protection_24").de
    with pytest.raises(KeyError):
        RESIDENCE_STATUSES.entry("nope")


def test_contains_iter_and_choices() -> None:
    assert "kdg" in DATA_PROTECTION_LAWS
    assert "KDG" not in DATA_PROTECTION_LAWS
    assert None not in DATA_PROTECTION_LAWS
    assert [entry.code for entry in DATA_PROTECTION_LAWS] == ["gdpr_bdsg", "dsg_ekd", "kdg"]
    assert DATA_PROTECTION_LAWS.choices() == [
        ("gdpr_bdsg", "DSGVO mit BDSG"),
        ("dsg_ekd", "DSG-EKD (Diakonie)"),
        ("kdg", "KDG (Caritas)"),
    ]
    assert DATA_PROTECTION_LAWS.choices("en")[0] == ("gdpr_bdsg", "GDPR with BDSG")


def test_duplicate_codes_are_refused() -> None:
    with pytest.raises(ValueError, match="duplicate"):
        Catalogue("broken", (Entry("a", "A", "A"), Entry("a", "B", "B")))


def test_regular_closures_are_closure_types() -> None:
    assert set(CLOSURE_TYPES.codes()) >= REGULAR_CLOSURES
    assert "contact_lost" not in REGULAR_CLOSURES


def test_cefr_rank_orders_levels() -> None:
    ranked = [code for code in CEFR_LEVELS.codes() if cefr_rank(code) is not None]
    assert [cefr_rank(code) for code in ranked] == list(range(7))
    assert cefr_rank("none") == 0
    assert cefr_rank("c2") == 6
    assert cefr_rank("unknown") is None
    assert cefr_rank("xyz") is None
