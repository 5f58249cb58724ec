"""The cell key method and its audit (domain.disclosure), tried as an attacker would."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

import pytest

from mbe_desktop.domain import disclosure as d

K = 5


def test_small_counts_and_zero_are_never_published() -> None:
    rng = random.Random(1)
    for n in range(K):
        for _ in range(200):
            assert d.perturb(n, rng.randrange(d.KEY_MODULUS), 0, K) is None


def test_noise_is_unbiased_bounded_and_never_below_the_threshold() -> None:
    for n in range(K, 60):
        distribution = d.noise_distribution(n, K)
        assert sum(p for _, p in distribution) == 1
        assert sum(e * p for e, p in distribution) == 0  # unbiased
        assert all(abs(e) <= min(d.MAX_DEVIATION, n - K) for e, _ in distribution)
        assert all(n + e >= K for e, _ in distribution)


def test_cell_keys_spread_exactly_as_the_table_says() -> None:
    n = 40
    steps = 20_000
    seen: dict[int, int] = {}
    for i in range(steps):
        value = d.perturb(n, i * d.KEY_MODULUS // steps, 0, K)
        assert value is not None
        seen[value - n] = seen.get(value - n, 0) + 1
    for e, p in d.noise_distribution(n, K):
        assert abs(Fraction(seen[e], steps) - p) < Fraction(1, 1000)


def test_same_contributors_same_noise_and_a_salt_redraws_it() -> None:
    assert d.perturb(17, 123456, 0, K) == d.perturb(17, 123456, 0, K)
    values = {d.perturb(17, 123456, salt, K) for salt in range(0, d.KEY_MODULUS, 2**26)}
    assert len(values) > 3


def test_feasible_range_is_exactly_what_the_method_allows() -> None:
    producible: dict[int, set[int]] = {}
    for n in range(0, 120):
        outputs = (
            {None} if n < K else {n + e for e, _ in d.noise_distribution(n, K)}  # type: ignore[misc]
        )
        for p in outputs:
            producible.setdefault(-1 if p is None else p, set()).add(n)
    for p, ns in producible.items():
        if p > 110:
            continue
        low, high = d.feasible_range(None if p == -1 else p, K)
        assert ns == set(range(low, high + 1)), p


def _cells(tables: dict[str, dict[tuple[str, str], int]], salt: int = 0) -> d.Cells:
    cells = d.Cells()
    rng = random.Random(sum(map(ord, "".join(tables))) + salt)
    for table, counts in tables.items():
        cells.rows[table] = list(dict.fromkeys(r for r, _ in counts))
        cells.columns[table] = list(dict.fromkeys(c for _, c in counts))
        for (r, c), n in counts.items():
            cells.counts[(table, r, c)] = n
            cells.keys[(table, r, c)] = sum(rng.randrange(2**31) for _ in range(n))
    d.protect_cells(cells, tables, K, salt)
    return cells


def _one_column(values: dict[str, int]) -> dict[tuple[str, str], int]:
    return {(code, "count"): n for code, n in values.items()}


def test_partition_bounds_equal_the_integer_optimum() -> None:
    """The closed form is the exact optimum for tables that partition one population: checked
    by enumerating every integer solution of small random systems."""
    rng = random.Random(7)
    for _ in range(60):
        a = {f"a{i}": rng.choice([0, 1, 3, 4, 5, 6, 8, 12]) for i in range(rng.randint(2, 3))}
        total = sum(a.values())
        b_codes = rng.randint(2, 3)
        cuts = sorted(rng.randint(0, total) for _ in range(b_codes - 1))
        b_values = [y - x for x, y in zip([0, *cuts], [*cuts, total], strict=True)]
        b = {f"b{i}": v for i, v in enumerate(b_values)}
        cells = _cells(
            {"contacts_by_form": _one_column(a), "contacts_by_interpreter": _one_column(b)},
            salt=rng.randrange(2**32),
        )
        bounds = d.partition_bounds(cells, K)
        ids_a = cells.cell_ids("contacts_by_form")
        ids_b = cells.cell_ids("contacts_by_interpreter")
        ranges = {c: d.feasible_range(cells.published[c], K) for c in ids_a + ids_b}
        solutions = []
        for xs in itertools.product(*(range(ranges[c][0], ranges[c][1] + 1) for c in ids_a)):
            for ys in itertools.product(*(range(ranges[c][0], ranges[c][1] + 1) for c in ids_b)):
                if sum(xs) == sum(ys):
                    solutions.append(dict(zip(ids_a + ids_b, xs + ys, strict=True)))
        for cell in ids_a + ids_b:
            values = [s[cell] for s in solutions]
            assert bounds[cell] == (min(values), max(values))


def test_the_documented_rule_replayed_gives_nothing_in_one_table() -> None:
    """v1's attack: totals minus the published cells. Totals are now sums of published cells,
    so every withheld cell of a single table stays between 0 and k-1."""
    counts = {"office": 7, "phone": 1, "video": 1, "home": 5, "outreach": 1, "mail": 0}
    cells = _cells({"contacts_by_form": _one_column(counts)})
    published = [cells.published[c] for c in cells.cell_ids("contacts_by_form")]
    assert published.count(None) == 4
    result = d.audit([d.Publication("2025-Q1", cells)], K)
    assert result.protected_cells == 3
    assert result.passed


def test_two_tables_of_one_population_are_secured() -> None:
    """Contacts with and without interpreting, both small, while the forms table proves at
    least ten contacts: the attacker would know that some had an interpreter. Publishing
    decides on published figures only and withholds until nothing is bounded."""
    forms = _one_column({"office": 11, "phone": 0})
    interpreter = _one_column({"with_interpreter": 4, "without": 7})
    cells = _cells({"contacts_by_form": forms, "contacts_by_interpreter": interpreter})
    naive = d.audit([d.Publication("2025-Q1", cells)], K)
    assert not naive.passed  # the attacker in the audit finds it
    assert naive.findings[0].row == "with_interpreter"
    assert naive.findings[0].low >= 1
    d.secure_partitions(cells, K)
    assert d.audit([d.Publication("2025-Q1", cells)], K).passed


@pytest.mark.parametrize("seed", range(6))
def test_a_half_year_cannot_bound_its_quarters(seed: int) -> None:
    """H1 shows 5 to 8 people of a residence status; each quarter had fewer than 5. Without
    the consistency rule the attacker knows each quarter had at least one of them."""
    rng = random.Random(seed)
    q1_n, q2_n = rng.randint(2, 4), rng.randint(2, 4)
    h1_n = q1_n + q2_n
    table = "clients_by_residence_status"
    q1 = _cells({table: _one_column({"asylum": q1_n, "eu": 30})}, salt=1)
    q2 = _cells({table: _one_column({"asylum": q2_n, "eu": 31})}, salt=2)
    h1 = _cells({table: _one_column({"asylum": h1_n, "eu": 33})}, salt=3)
    publications = [
        d.Publication("2025-Q1", q1),
        d.Publication("2025-Q2", q2),
        d.Publication("2025-H1", h1, (("2025-Q1", "2025-Q2"),)),
    ]
    if h1.published[(table, "asylum", "count")] is not None:
        naive = d.audit(publications, K)
        assert not naive.passed
    d.consistent_with_parts(h1, [q1, q2], h1.cell_ids(table), K)
    assert h1.published[(table, "asylum", "count")] is None
    assert d.audit(publications, K).passed


def test_event_tables_of_a_half_year_are_the_sums_of_its_quarters() -> None:
    table = "referrals_by_partner_category"
    q1 = _cells({table: _one_column({"jobcenter": 9, "school": 2})}, salt=1)
    q2 = _cells({table: _one_column({"jobcenter": 12, "school": 3})}, salt=2)
    h1 = d.Cells()
    d.sum_parts(h1, [q1, q2], [table])
    for cell in h1.cell_ids(table):
        expected = d.sum_published([q1.published.get(cell), q2.published.get(cell)])
        assert h1.published[cell] == expected
    # H1 minus Q1 is Q2 as published: nothing new.
    jobs = (table, "jobcenter", "count")
    assert h1.published[jobs] - q1.published[jobs] == q2.published[jobs]  # type: ignore[operator]
    assert h1.published[(table, "school", "count")] is None


def test_nationality_cover_follows_the_grouping() -> None:
    whole = ["SY", "UA", "region:sub_saharan_africa", "other"]
    part = ["SY", "region:europe_non_eu", "other"]
    assert d.nationality_cover("UA", whole, part) == ["region:europe_non_eu"]
    assert d.nationality_cover("SY", whole, part) == ["SY"]
    assert "other" in d.nationality_cover("region:sub_saharan_africa", whole, part)


def test_the_replay_finds_a_value_the_method_would_not_publish() -> None:
    table = "clients_by_how_found"
    cells = _cells({table: _one_column({"friends": 20, "jobcenter": 9, "other": 2})})
    publication = d.Publication("2025-Q1", cells)
    assert d.replay_findings(publication, [], K, 0) == []
    cell = (table, "friends", "count")
    cells.published[cell] = (cells.published[cell] or 0) + 4  # beyond the noise
    assert [f.row for f in d.replay_findings(publication, [], K, 0)] == ["friends"]
    cells.published[(table, "other", "count")] = 2  # a small count published as it is
    assert {f.row for f in d.replay_findings(publication, [], K, 0)} == {"friends", "other"}


def test_the_app_draws_keys_from_the_operating_system() -> None:
    """Outside the tests (which seed it) the record keys come from the OS's CSPRNG."""
    import subprocess
    import sys

    code = (
        "import random; from mbe_desktop.domain import disclosure as d; "
        "assert isinstance(d.randomness, random.SystemRandom); "
        "assert 0 <= d.record_key() < 2**31 and 0 <= d.new_salt() < 2**32"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
