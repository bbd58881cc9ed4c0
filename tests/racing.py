"""Two real processes racing on one database, round after round (tests/unit and tests/pg).

Each process opens the database itself, waits at a shared barrier, then does its part of the
round: saving an item whose serial is the twin of the other process's, or saving an edit of the
same item. What each round ended in is sent back as words, so the parent can tell a duplicate
message from a conflict message from a crash.
"""

import multiprocessing
import traceback
import unicodedata
from dataclasses import dataclass

ROUNDS = 200

TWINS: dict[str, tuple[str, str]] = {
    "same": ("RACE-{n}", "RACE-{n}"),
    "ascii case": ("Race-{n}-abc", "rACE-{n}-ABC"),
    "accented case": ("ÁREA-{n}", "área-{n}"),
    "accent vs none": ("AÇÃO-{n}", "ACAO-{n}"),
    "sharp s": ("STRASSE-{n}", "straße-{n}"),
    "nfc vs nfd": (unicodedata.normalize("NFC", "São-{n}"), unicodedata.normalize("NFD", "São-{n}")),
    "invisible": ("INV-{n}", "IN\u200bV-{n}"),
}
"""Each kind of twin: what the first and the second process type ({n}: the round)."""


@dataclass(frozen=True)
class Side:
    """One process's own customer, contract, site and type (each side writes its own customer)."""

    customer_id: int
    contract_id: int
    site_id: int
    product_type_id: int


def _open(url: str, name: str) -> None:
    from citrus_desktop.domain import session
    from citrus_desktop.store.database import open_database

    session.set_actor(name)
    open_database(url)


def _outcome(work) -> str:
    from citrus_desktop.domain.errors import ConflictError, ValidationError

    try:
        work()
    except ValidationError as error:
        # " [index]": both passed the check, the database's unique index refused the second.
        by_index = " [index]" if error.__context__ is not None else ""
        return "duplicate: " + error.errors.get("serial_number", str(error)) + by_index
    except ConflictError as error:
        return "conflict: " + str(error)
    except Exception:
        return "crash: " + traceback.format_exc()
    return "saved"


def _save_twins(url: str, name: str, side: Side, which: int, kinds: list[str], barrier, results) -> None:
    from citrus_desktop.domain.items import ItemData, save_item

    _open(url, name)
    found = []
    for kind in kinds:
        pattern = TWINS[kind][which]
        for n in range(ROUNDS):
            data = ItemData(
                serial_number=pattern.replace("{n}", f"{kind[:3]}{n}"),
                customer_id=side.customer_id,
                contract_id=side.contract_id,
                site_id=side.site_id,
                product_type_id=side.product_type_id,
            )
            barrier.wait(timeout=60)
            found.append((kind, n, _outcome(lambda data=data: save_item(data))))
    results.put((which, found))


def _save_edits(url: str, name: str, item_id: int, which: int, barrier, results) -> None:
    from citrus_desktop.domain.items import get_item, save_item

    _open(url, name)
    found = []
    for n in range(ROUNDS):
        barrier.wait(timeout=60)
        mine = get_item(item_id)
        mine.description = f"{name} {n}"
        barrier.wait(timeout=60)  # both hold the same version now
        found.append(("edit", n, _outcome(lambda mine=mine: save_item(mine))))
    results.put((which, found))


def _run(target, args_of) -> list[list[tuple[str, int, str]]]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    results = context.Queue()
    processes = [context.Process(target=target, args=(*args_of(which), barrier, results)) for which in (0, 1)]
    for process in processes:
        process.start()
    found: dict[int, list] = {}
    try:
        for _ in processes:
            which, outcomes = results.get(timeout=600)
            found[which] = outcomes
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
    return [found[0], found[1]]


def race_twins(url: str, sides: tuple[Side, Side], kinds: list[str]) -> list[list[tuple[str, int, str]]]:
    """Both processes save twins, round after round; returns each one's outcomes in order."""
    return _run(_save_twins, lambda which: (url, f"racer {which}", sides[which], which, kinds))


def race_edits(url: str, item_id: int) -> list[list[tuple[str, int, str]]]:
    """Both processes edit the same item from the same version, round after round."""
    return _run(_save_edits, lambda which: (url, f"racer {which}", item_id, which))


def refused_by_index(outcomes: list[list[tuple[str, int, str]]]) -> int:
    """Rounds in which both checks passed and the database's unique index decided."""
    return sum(text.endswith(" [index]") for side in outcomes for *_rest, text in side)


def winners_and_losers(outcomes: list[list[tuple[str, int, str]]], lost: str) -> dict[str, list[str]]:
    """Per round, exactly one "saved" and one outcome starting with ``lost``; returns what broke."""
    broken: dict[str, list[str]] = {}
    for (kind, n, first), (_kind, _n, second) in zip(*outcomes, strict=True):
        pair = sorted([first, second], key=lambda text: text != "saved")
        if pair[0] != "saved" or not pair[1].startswith(lost):
            broken.setdefault(kind, []).append(f"round {n}: {first!r} / {second!r}")
    return broken


def check_twin_races(url: str, sides: tuple[Side, Side], label: str, capsys) -> None:
    """Race every kind of twin ROUNDS times; one saved each time, the other told "already used";
    prints what it cost and how many races the database's unique index decided."""
    import time

    started = time.perf_counter()
    outcomes = race_twins(url, sides, list(TWINS))
    took = time.perf_counter() - started
    broken = winners_and_losers(outcomes, "duplicate: Serial number")
    assert not broken, {kind: rows[:3] for kind, rows in broken.items()}
    assert all("already used" in text for side in outcomes for *_rest, text in side if text != "saved")
    with capsys.disabled():
        print(
            f"\n  {label}: {ROUNDS * len(TWINS)} twin races in {took:.1f} s, "
            f"{refused_by_index(outcomes)} decided by the unique index"
        )


def check_edit_races(url: str, item_id: int) -> None:
    """Both edit one item from the same version ROUNDS times: one wins, the other gets the conflict."""
    broken = winners_and_losers(race_edits(url, item_id), "conflict: This record was changed by racer")
    assert not broken, broken["edit"][:3]
