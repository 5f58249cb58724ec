"""Command line: the GUI by default, headless subcommands for scripts and checks.

Exit codes: 0 success; 1 ``check`` found problems; 2 wrong usage or input; 3 wrong passphrase
or recovery code; 4 store missing, damaged or too new, or a backup file refused (damaged,
foreign, too new); 5 the store is in use by another process (the window or another command);
6 the disk is full; 7 the data folder or the store's files cannot be written; 8 the files in
the data folder are not an MBE store; 70 unexpected error (a bug, logged).

Every command that opens the store holds its single-writer lock (``storage.lock``) for as long
as it runs; global options (``--data-dir``) count before and after the command name.
"""

from __future__ import annotations

import argparse
import errno
import getpass
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from mbe_desktop import __version__
from mbe_desktop.domain.errors import (
    StorageFull,
    StoreDamaged,
    StoreForeign,
    StoreInUse,
    StoreMissing,
    StoreReadOnly,
    StoreTooNew,
    UserError,
    WrongPassphrase,
)
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.domain.passphrase import is_valid_text
from mbe_desktop.paths import DataPaths, data_paths
from mbe_desktop.storage.keyslots import FAST_TEST_KDF, PRODUCTION_KDF, KdfParams
from mbe_desktop.storage.lock import READ_ONLY as READ_ONLY_FOLDER

if TYPE_CHECKING:
    from mbe_desktop.app import Services

log = logging.getLogger(__name__)

PASSPHRASE_ENV = "MBE_PASSPHRASE"
NEW_PASSPHRASE_ENV = "MBE_NEW_PASSPHRASE"
RECOVERY_CODE_ENV = "MBE_RECOVERY_CODE"
DEMO_PASSPHRASE = "demo-passphrase-not-for-real-data"
GUI_LOCK_FILE = "mbe-desktop.lock"  # ui.controller.LOCK_FILE_NAME

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_WRONG_SECRET, EXIT_STORE, EXIT_BUG = 0, 1, 2, 3, 4, 70
EXIT_IN_USE, EXIT_FULL, EXIT_READ_ONLY, EXIT_FOREIGN = 5, 6, 7, 8


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = data_paths(args.data_dir)
    from mbe_desktop.runtime import harden_process, safe_traceback, setup_logging
    from mbe_desktop.storage.lock import hold_as_command

    if args.func is not cmd_gui:
        hold_as_command(str(getattr(args, "command_name", "")))

    harden_process()
    try:
        setup_logging(paths)
    except OSError as error:
        from mbe_desktop.storage.files import os_error_to_user_error

        problem = os_error_to_user_error(error)
        if isinstance(problem, StorageFull):
            return _fail(problem.message, EXIT_FULL)
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return _fail(StoreReadOnly(READ_ONLY_FOLDER, folder=paths.root).message, EXIT_READ_ONLY)
        return _fail(f"Der Datenordner ist nicht beschreibbar ({error.strerror}).", EXIT_USAGE)
    kdf = FAST_TEST_KDF if getattr(args, "insecure_fast_kdf", False) else PRODUCTION_KDF
    command: Callable[[argparse.Namespace, DataPaths, KdfParams], int] = args.func
    try:
        return command(args, paths, kdf)
    except WrongPassphrase as error:
        return _fail(error.message, EXIT_WRONG_SECRET)
    except StoreForeign as error:
        return _fail(error.message, EXIT_FOREIGN)
    except (StoreDamaged, StoreMissing, StoreTooNew) as error:
        return _fail(error.message, EXIT_STORE)
    except StoreInUse as error:
        return _fail(error.message, EXIT_IN_USE)
    except StorageFull as error:
        return _fail(error.message, EXIT_FULL)
    except StoreReadOnly as error:
        return _fail(error.message, EXIT_READ_ONLY)
    except UserError as error:
        return _fail(error.message, EXIT_USAGE)
    except KeyboardInterrupt:
        return _fail("Abgebrochen.", 130)
    except Exception as error:  # a bug: log where it happened, show one line without details
        # Only exception types and code locations: the message may quote personal data.
        log.error("unexpected error in command line:\n%s", safe_traceback(error))
        return _fail(
            f"Unerwarteter Fehler ({type(error).__name__}). Details stehen im Protokoll in "
            f"{paths.log_dir}.",
            EXIT_BUG,
        )


# argparse's own usage errors (English) and the one German line each becomes.
_USAGE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), german)
    for pattern, german in (
        (
            r"argument BEFEHL: invalid choice: '(?P<value>.*)' \(choose from (?P<choices>.*)\)",
            "unbekannter Befehl „{value}“ (möglich: {choices}).",
        ),
        (
            r"argument (?P<arg>[^:]+): invalid choice: '(?P<value>.*)' "
            r"\(choose from (?P<choices>.*)\)",
            "{arg}: unbekannter Wert „{value}“ (möglich: {choices}).",
        ),
        (
            r"argument (?P<arg>[^:]+): invalid int value: '(?P<value>.*)'",
            "{arg}: „{value}“ ist keine ganze Zahl.",
        ),
        (
            r"argument (?P<arg>[^:]+): invalid \S+ value: '(?P<value>.*)'",
            "{arg}: ungültiger Wert „{value}“.",
        ),
        (r"argument (?P<arg>[^:]+): expected one argument", "{arg} braucht einen Wert."),
        (r"argument (?P<arg>[^:]+): expected .*", "{arg}: falsche Anzahl von Werten."),
        (
            r"argument (?P<arg>[^:]+): ignored explicit argument '(?P<value>.*)'",
            "{arg} nimmt keinen Wert („{value}“).",
        ),
        (
            r"argument (?P<arg>[^:]+): not allowed with argument (?P<other>.+)",
            "{arg} und {other} lassen sich nicht zusammen angeben.",
        ),
        (r"unrecognized arguments: (?P<value>.+)", "unbekannte Angabe: {value}."),
        (r"the following arguments are required: (?P<args>.+)", "es fehlt: {args}."),
        (
            r"one of the arguments (?P<args>.+) is required",
            "eine dieser Angaben ist nötig: {args}.",
        ),
        (
            r"ambiguous option: (?P<value>\S+) could match (?P<choices>.+)",
            "mehrdeutige Angabe {value} (passt zu {choices}).",
        ),
        # A type function's ArgumentTypeError is German already (see _client_count).
        (r"argument (?P<arg>[^:]+): (?P<value>.+)", "{arg}: {value}."),
    )
)


def usage_error_text(message: str) -> str:
    """argparse's usage error ``message`` as one German sentence (no usage lines)."""
    for pattern, german in _USAGE_ERRORS:
        found = pattern.fullmatch(message.strip())
        if found is not None:
            values = {
                name: re.sub(r"'([^']*)'", r"\1", value).replace(" --", ", --")
                if name in ("choices", "args")
                else value
                for name, value in found.groupdict().items()
            }
            text = german.format(**values)
            return text[:-1] if text.endswith("..") else text  # a German message ends in "."
    return "Aufruf nicht verstanden."


class GermanArgumentParser(argparse.ArgumentParser):
    """Usage errors as one German line ``mbe-desktop: …`` on stderr, exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_USAGE,
            f"mbe-desktop: {usage_error_text(message)} Hilfe: {self.prog} --help\n",
        )


def build_parser() -> argparse.ArgumentParser:
    data_dir_help = "Ordner des Datenbestands (Standard: Benutzerdatenordner)"
    # The same option before the command (main parser) and after it (each subcommand). The
    # subcommands' copy has no default: argparse would otherwise overwrite a --data-dir given
    # before the command with None, and the command would work on the default store.
    common = GermanArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=data_dir_help)
    parser = GermanArgumentParser(
        prog="mbe-desktop",
        description="MBE Desktop – verschlüsselte Falldokumentation für die MBE.",
    )
    parser.add_argument("--data-dir", metavar="DIR", default=None, help=data_dir_help)
    parser.add_argument("--version", action="version", version=f"mbe-desktop {__version__}")
    parser.set_defaults(func=cmd_gui)
    commands = parser.add_subparsers(title="Befehle", metavar="BEFEHL")

    init = commands.add_parser("init", parents=[common], help="Neuen Datenbestand anlegen")
    init.add_argument("--counsellor", help="Name der Beraterin/des Beraters")
    init.add_argument("--office", help="Name der Beratungsstelle")
    init.add_argument("--emergency-sheet", metavar="PDF", help="Notfallblatt hierhin speichern")
    init.set_defaults(func=cmd_init)

    demo = commands.add_parser(
        "demo", parents=[common], help="Demo-Datenbestand mit erfundenen Daten anlegen"
    )
    demo.add_argument("--clients", type=_client_count, default=300, help="Anzahl Ratsuchende")
    demo.add_argument("--seed", type=int, default=1, help="Startwert des Zufallsgenerators")
    demo.set_defaults(func=cmd_demo)

    check = commands.add_parser("check", parents=[common], help="Integrität prüfen")
    check.set_defaults(func=cmd_check)

    passwd = commands.add_parser("passwd", parents=[common], help="Passphrase ändern")
    passwd.add_argument(
        "--recovery-code",
        action="store_true",
        help=f"mit dem Wiederherstellungscode statt der alten Passphrase ({RECOVERY_CODE_ENV})",
    )
    passwd.set_defaults(func=cmd_passwd)

    backup = commands.add_parser(
        "backup", parents=[common], help="Verschlüsselte, geprüfte Sicherung anlegen"
    )
    backup.add_argument(
        "--out",
        metavar="DATEI_ODER_ORDNER",
        help="Ziel: ein Ordner oder eine Datei *.mbebackup (Standard: der Sicherungsordner)",
    )
    backup.set_defaults(func=cmd_backup)

    restore = commands.add_parser(
        "restore", parents=[common], help="Datenbestand aus einer Sicherung wiederherstellen"
    )
    restore.add_argument("file", metavar="DATEI", help="die Sicherung (*.mbebackup)")
    restore.add_argument(
        "--recovery-code",
        action="store_true",
        help=f"mit dem Wiederherstellungscode der Sicherung ({RECOVERY_CODE_ENV})",
    )
    restore.add_argument("--yes", action="store_true", help="ohne Rückfrage wiederherstellen")
    restore.set_defaults(func=cmd_restore)

    presets = commands.add_parser(
        "presets",
        parents=[common],
        help="Voreinstellungen des Trägers (mbe-desktop-presets.toml) prüfen und anzeigen",
    )
    presets.add_argument(
        "--file", metavar="DATEI", help="diese Datei prüfen statt der gesuchten Orte"
    )
    presets.set_defaults(func=cmd_presets)

    stats = commands.add_parser(
        "export-stats",
        parents=[common],
        help="Anonymisierte Statistik für den Träger exportieren (.zip)",
    )
    which = stats.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--period",
        metavar="ZEITRAUM",
        help="2025, 2025-H1, 2025-H2 oder 2025-Q1 … 2025-Q4",
    )
    which.add_argument("--from", dest="date_from", metavar="DATUM", help="Anfang (TT.MM.JJJJ)")
    stats.add_argument("--to", dest="date_to", metavar="DATUM", help="Ende (TT.MM.JJJJ)")
    stats.add_argument(
        "--out", required=True, metavar="DATEI_ODER_ORDNER", help="Ziel: Datei *.zip oder Ordner"
    )
    stats.add_argument(
        "--correction",
        action="store_true",
        help="Berichtigung: die veröffentlichten Zeiträume des Jahres neu berechnen (höchstens 2)",
    )
    stats.set_defaults(func=cmd_export_stats)

    for name, sub in commands.choices.items():
        sub.set_defaults(command_name=name)
    for sub in (init, demo, passwd):
        # Only for tests and benchmarks that create many stores: cheap key derivation.
        sub.add_argument("--insecure-fast-kdf", action="store_true", help=argparse.SUPPRESS)
    return parser


def _client_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("bitte eine ganze Zahl angeben") from None
    if not 0 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError("erlaubt sind 0 bis 1000000")
    return value


# --- commands --------------------------------------------------------------------------------


def cmd_gui(_args: argparse.Namespace, paths: DataPaths, kdf: KdfParams) -> int:
    from mbe_desktop.ui import run_gui

    return run_gui(paths, kdf)


def cmd_init(args: argparse.Namespace, paths: DataPaths, kdf: KdfParams) -> int:
    from mbe_desktop.app import create_store
    from mbe_desktop.documents.emergency_sheet import EmergencySheetInfo, build_emergency_sheet
    from mbe_desktop.services.presets import describe as describe_presets
    from mbe_desktop.services.presets import find_presets

    lookup = find_presets()
    if lookup.problem:
        print(f"Hinweis: {lookup.problem}", file=sys.stderr)
    presets = lookup.usable
    office = presets.prefill(
        OfficeProfile(
            counsellor_name=args.counsellor or _ask("Name der Beraterin/des Beraters: "),
            office_name=args.office or _ask("Name der Beratungsstelle: "),
        )
    )
    passphrase, repeated = _new_passphrase(PASSPHRASE_ENV)
    created = create_store(paths, office, passphrase, repeated, kdf=kdf, presets=presets)
    try:
        sheet_path = Path(args.emergency_sheet) if args.emergency_sheet else None
        if sheet_path is not None:
            sheet = build_emergency_sheet(
                EmergencySheetInfo(
                    recovery_code=created.recovery_code,
                    store_location=str(paths.root),
                    store_id=created.services.store.slots.store_id,
                    created_on=date.fromisoformat(created.services.store.slots.created_on),
                    office=created.services.office.profile(),
                )
            )
            sheet_path.write_bytes(sheet)
    finally:
        created.services.close()
    print(f"Datenbestand angelegt in {paths.root}")
    if lookup.source is not None and not presets.empty:
        print(f"Voreinstellungen übernommen aus {lookup.source}:")
        for line in describe_presets(presets):
            print(f"  {line}")
    print("Wiederherstellungscode (nur jetzt sichtbar – sicher aufbewahren):")
    print(f"  {created.recovery_code}")
    if args.emergency_sheet:
        print(f"Notfallblatt gespeichert: {args.emergency_sheet}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, paths: DataPaths, kdf: KdfParams) -> int:
    from mbe_desktop.domain.passphrase import generate_recovery_code, normalise_recovery_code
    from mbe_desktop.services.demo import generate_demo
    from mbe_desktop.storage.store import Store

    passphrase = _env_text(PASSPHRASE_ENV) or DEMO_PASSPHRASE
    office = OfficeProfile(
        counsellor_name="Alex Beispiel",
        office_name="MBE Musterstadt (Demo)",
        street="Beispielweg 1",
        postcode="99999",
        city="Musterstadt",
        provider="Beispiel-Wohlfahrtsverband e. V.",
        phone="0000 000000",
        email="mbe@example.org",
        office_code="DEMO-001",
    )
    recovery = generate_recovery_code()
    store = Store.create(
        paths,
        passphrase,
        office,
        normalise_recovery_code(recovery),
        kdf=kdf,
        demo_passphrase=passphrase,
    )
    try:
        summary = generate_demo(store, clients=args.clients, seed=args.seed, progress=_progress)
    except BaseException:
        store.close()
        _remove_store(paths)
        raise
    store.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"Demo-Datenbestand angelegt in {paths.root}: {summary.clients} Ratsuchende, "
        f"{summary.cases} Fälle, {summary.contacts} Kontakte."
    )
    print(f"Passphrase des Demo-Datenbestands: {passphrase}")
    print(f"Wiederherstellungscode: {recovery}")
    return EXIT_OK


def cmd_check(_args: argparse.Namespace, paths: DataPaths, _kdf: KdfParams) -> int:
    from mbe_desktop.storage.keyslots import PASSPHRASE
    from mbe_desktop.storage.store import Store

    secret = _secret(PASSPHRASE_ENV, "Passphrase: ")
    # Read-only first: a damaged store is reported without writing to it (no checkpoint into
    # the damaged file, no audit event); a sound one is then opened to record the check.
    report = Store.check_read_only(paths, PASSPHRASE, secret)
    if report.ok:
        _unlock(paths, secret).close()
    lines = [
        ("SQLCipher-Prüfung (Seiten-HMAC)", report.cipher_errors),
        ("SQLite-Integritätsprüfung", report.sqlite_errors),
        ("Fremdschlüsselprüfung", report.foreign_key_errors),
    ]
    for label, errors in lines:
        print(f"{label}: {'in Ordnung' if not errors else f'{len(errors)} Fehler'}")
        for error in errors[:20]:
            print(f"  {error}")
    if report.ok:
        return EXIT_OK
    return _fail(
        "Der Datenbestand ist beschädigt. Es wurde nichts verändert. Stellen Sie ihn aus einer "
        "Sicherung wieder her.",
        EXIT_PROBLEMS,
    )


def cmd_passwd(args: argparse.Namespace, paths: DataPaths, kdf: KdfParams) -> int:
    if args.recovery_code:
        old = _secret(RECOVERY_CODE_ENV, "Wiederherstellungscode: ")
    else:
        old = _secret(PASSPHRASE_ENV, "Bisherige Passphrase: ")
    services = _unlock(paths, old, recovery_code=args.recovery_code)
    try:
        new, repeated = _new_passphrase(NEW_PASSPHRASE_ENV)
        services.keys.change_passphrase(
            old, new, repeated, with_recovery_code=args.recovery_code, kdf=kdf
        )
    finally:
        services.close()
    print("Die Passphrase wurde geändert.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, paths: DataPaths, _kdf: KdfParams) -> int:
    services = _unlock(paths, _secret(PASSPHRASE_ENV, "Passphrase: "))
    try:
        target = Path(args.out) if args.out else services.backup.folder()
        info = services.backup.backup_to(target, _backup_progress)
    finally:
        services.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Sicherung angelegt und geprüft: {info.path}")
    print(_backup_summary(info))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, paths: DataPaths, _kdf: KdfParams) -> int:
    from mbe_desktop.services.backup import BackupRefused, prepare_restore

    if args.recovery_code:
        secret = _secret(RECOVERY_CODE_ENV, "Wiederherstellungscode der Sicherung: ")
    else:
        secret = _secret(PASSPHRASE_ENV, "Passphrase der Sicherung: ")
    from mbe_desktop.storage.lock import held

    # The lock for the whole restore: no other process may open the store between the check,
    # the swap and the first unlock of the restored store.
    with held(paths.root):
        try:
            prepared = prepare_restore(
                paths, Path(args.file), secret, with_recovery_code=args.recovery_code
            )
        except BackupRefused as error:
            raise StoreDamaged(error.text) from None
        try:
            print(_backup_summary(prepared.info))
            replaces = paths.database.exists() or paths.key_slots.exists()
            if replaces:
                print(
                    f"Der Datenbestand in {paths.root} wird ersetzt; der bisherige bleibt als "
                    "Sicherheitskopie erhalten."
                )
            else:
                print(f"Der Datenbestand wird in {paths.root} angelegt.")
            prompt = (
                f"Datenbestand in {paths.root} durch diese Sicherung ersetzen? [j/N] "
                if replaces
                else f"Sicherung in {paths.root} wiederherstellen? [j/N] "
            )
            if not args.yes and not _confirm(prompt):
                print("Nicht wiederhergestellt. Es wurde nichts verändert.")
                return EXIT_OK
            if _store_in_use(paths):
                raise StoreInUse(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "MBE Desktop ist mit diesem Datenbestand geöffnet. Bitte schließen Sie "
                        "das Programm und versuchen Sie es erneut. Es wurde nichts verändert.",
                    )
                )
            safety = prepared.commit()
        finally:
            if not prepared.committed:
                prepared.discard()
        services = _unlock(paths, secret, recovery_code=args.recovery_code)
        try:
            reapplied = services.backup.record_restored(prepared.info)
        finally:
            services.close()
    print(f"Wiederhergestellt. Der bisherige Datenbestand liegt in {safety}.")
    if reapplied:
        from mbe_desktop.services.erasure_journal import reapplied_message

        print(reapplied_message(reapplied))
    return EXIT_OK


def cmd_presets(args: argparse.Namespace, _paths: DataPaths, _kdf: KdfParams) -> int:
    from mbe_desktop.services.presets import describe, find_presets, preset_locations

    if args.file:
        lookup = find_presets([Path(args.file)])
        if lookup.source is None:
            from mbe_desktop.storage.readers import PathKind, path_kind

            if path_kind(Path(args.file)) != PathKind.MISSING:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "{path} ist ein Ordner oder keine gewöhnliche Datei."
                    ),
                    path=args.file,
                )
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "Die Datei {path} gibt es nicht."), path=args.file
            )
    else:
        lookup = find_presets(preset_locations())
        print("Gesucht wird in dieser Reihenfolge (die erste gefundene Datei gilt):")
        for path in lookup.searched:
            print(f"  {path}{'  ← gefunden' if path == lookup.source else ''}")
    if lookup.problem:
        print(f"mbe-desktop: {lookup.problem}", file=sys.stderr)
        return EXIT_USAGE
    if lookup.presets is None:
        print("Keine Voreinstellungsdatei gefunden.")
        return EXIT_OK
    print(f"Die Voreinstellungen in {lookup.source} sind in Ordnung.")
    lines = describe(lookup.presets)
    if not lines:
        print("Die Datei enthält keine Voreinstellungen.")
    for line in lines:
        print(f"  {line}")
    print("Sie gelten für neu angelegte Datenbestände (Einrichtung und mbe-desktop init).")
    return EXIT_OK


def cmd_export_stats(args: argparse.Namespace, paths: DataPaths, _kdf: KdfParams) -> int:
    from mbe_desktop.domain.periods import parse_date, parse_period, period_between
    from mbe_desktop.services.statistics import StatisticsService, format_previous

    # Check the input before asking for the passphrase: a typo costs no unlock.
    if args.period is not None:
        if args.date_to is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Bitte entweder --period oder --from und --to angeben."
                )
            )
        period = parse_period(args.period)
    else:
        if args.date_to is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "Zu --from gehört --to (das Ende des Zeitraums).")
            )
        period = period_between(parse_date(args.date_from, "from"), parse_date(args.date_to, "to"))
    services = _unlock(paths, _secret(PASSPHRASE_ENV, "Passphrase: "))
    try:
        statistics = StatisticsService(services.store)
        preview = statistics.preview(period, correction=args.correction)
        result = statistics.export(period, Path(args.out), preview)
    finally:
        services.close()
    print(f"Statistik {period.label} exportiert: {result.path}")
    print(f"Prüfsumme der Tabellen (SHA-256): {result.sha256}")
    print(
        f"Prüfung bestanden: {result.audit.protected_cells} kleine Zahlen mit allen "
        "Veröffentlichungen des Jahres nachgerechnet; keine lässt sich eingrenzen."
    )
    if preview.correction:
        print(f"Berichtigung Nr. {preview.correction}: sie ersetzt die frühere Veröffentlichung.")
    elif result.published_before:
        print("Der Zeitraum ist festgeschrieben: dieselben Tabellen wie beim ersten Export.")
    if result.previous:
        print(f"Dieser Zeitraum wurde schon exportiert: {format_previous(result.previous[0])}.")
    return EXIT_OK


def _backup_summary(info: Any) -> str:
    from mbe_desktop.domain.formatting import format_date_de

    created = info.created
    counts = info.counts
    return (
        f"Sicherung vom {format_date_de(created.date())} {created:%H:%M} Uhr "
        f"(MBE Desktop {info.manifest.app_version}): {counts.get('client', 0)} Ratsuchende, "
        f"{counts.get('case', 0)} Fälle, {counts.get('contact', 0)} Kontakte."
    )


def _backup_progress(done: int, total: int) -> bool:
    if sys.stderr.isatty() and total:
        print(f"\rSichere … {100 * done // total} %", end="", file=sys.stderr, flush=True)
    return True


def _unlock(paths: DataPaths, secret: str, *, recovery_code: bool = False) -> Services:
    """Open the store for a command and write ``unlock`` (marked ``command_line``) to the
    audit trail, as the window does. A wrong secret raises before anything is written; the
    command then ends, so a failed attempt on the command line is not recorded."""
    from mbe_desktop.app import unlock_store

    services = unlock_store(paths, secret, with_recovery_code=recovery_code)
    try:
        services.audit_log.record_unlock(recovery_code=recovery_code, command_line=True)
    except UserError:
        log.warning("unlock not recorded in the audit trail")
    return services


def _store_in_use(paths: DataPaths) -> bool:
    """True while a running GUI holds the store's lock file (Qt's QLockFile: pid first)."""
    try:
        pid = int((paths.root / GUI_LOCK_FILE).read_text("utf-8", "replace").split()[0])
    except (OSError, ValueError, IndexError):
        return False
    if pid == os.getpid() or pid <= 0:  # 0 and negative ids name process groups
        return False
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):  # no such process; an id no process can have
        return False
    except PermissionError:
        return True
    return True


def _confirm(prompt: str) -> bool:
    if not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "Bestätigung nötig: starten Sie den Befehl im Terminal oder mit --yes."
            )
        )
    return input(prompt).strip().lower() in ("j", "ja", "y", "yes")


# --- input helpers ---------------------------------------------------------------------------


def _env_text(name: str) -> str | None:
    """An environment variable as text; a UserError (not UnicodeEncodeError later) when its
    bytes are not UTF-8 (Python would hand them on as lone surrogates)."""
    if os.supports_bytes_environ:
        raw = os.environb.get(name.encode("ascii"))
        if raw is None:
            return None
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise UserError(_ENV_NOT_UTF8, variable=name) from None
    value = os.environ.get(name)
    if value is not None and not is_valid_text(value):
        raise UserError(_ENV_NOT_UTF8, variable=name)
    return value


_ENV_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Messages",
    "Die Umgebungsvariable {variable} enthält Bytes, die kein gültiger UTF-8-Text sind. Bitte "
    "setzen Sie sie als UTF-8-Text. Es wurde nichts verändert.",
)


def _getpass(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except UnicodeDecodeError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Die Eingabe im Terminal ist kein gültiger UTF-8-Text. Bitte stellen Sie das "
                "Terminal auf UTF-8 um. Es wurde nichts verändert.",
            )
        ) from None
    except EOFError:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "Keine Eingabe erhalten. Es wurde nichts verändert.")
        ) from None


def _secret(env_name: str, prompt: str) -> str:
    value = _env_text(env_name)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Keine Eingabe möglich: setzen Sie {variable} oder starten Sie den Befehl im "
                "Terminal.",
            ),
            variable=env_name,
        )
    return _getpass(prompt)


def _new_passphrase(env_name: str) -> tuple[str, str]:
    value = _env_text(env_name)
    if value is not None:
        return value, value
    first = _secret(env_name, "Neue Passphrase: ")
    return first, _getpass("Neue Passphrase wiederholen: ")


def _ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "Angabe fehlt: {what} (als Option angeben)."),
            what=prompt.rstrip(": "),
        )
    return input(prompt)


def _progress(done: int, total: int) -> bool:
    if sys.stderr.isatty():
        print(f"\rErzeuge Demo-Daten … {done}/{total}", end="", file=sys.stderr, flush=True)
    return True


def _remove_store(paths: DataPaths) -> None:
    for path in (paths.key_slots, paths.database):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _fail(message: str, code: int) -> int:
    print(f"mbe-desktop: {message}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
