"""The desk's language: Qt's translation system, and the locale money, dates and numbers are written in.

Every user-visible string of ui/ goes through `tr`, a module-level function pyside6-lupdate finds (its context is
"", one catalogue for the whole desk); placeholders are named and filled in after translating, so a translator
may move them:

    from ..i18n import tr
    button = QPushButton(tr("&Send payout…"), self)
    label.setText(tr("Payout of {amount} sent.").format(amount=money(minor, currency)))

The German catalogue is resources/translations/smartpay_desk_de.ts (XML, kept in git, updated from the source by
`scripts/translations update`), compiled to .qm by pyside6-lrelease at build time (`scripts/translations
build`, run by scripts/bootstrap and packaging/build; the .qm files are not in git). The language is, in this order:
`smartpay-desk --language de`, $SMARTPAY_DESK_LANGUAGE, the user's setting "language" (settings.json), the
system's locale; a language without a catalogue is English. `install` is called once, before any window exists;
a change of language takes effect at the next start.

Sentences made by the core (api/, services/: a guard's refusal, an operation's outcome, a batch row's verdict) are
English with their template kept (api/said.py: `said("…", **values)`, which scripts/translations reads as tr). The
desk's widgets that show them (the message lines, a field's note, describe_error) pass them through `say`: the
template translated, its values said again (an amount in the locale, a moment in the clerk's words).
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from ..resources_path import resources_root

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import date, datetime

    from PySide6.QtCore import QTranslator

log = logging.getLogger("smartpay_desk.ui")

ENV_LANGUAGE = "SMARTPAY_DESK_LANGUAGE"
SETTING = "language"  # the user's setting (services/profiles/desk_settings.py)
LANGUAGES: Mapping[str, str] = {"en": "English", "de": "Deutsch"}  # code → its own name (the settings' choice)
LOCALES: Mapping[str, str] = {"en": "en_GB", "de": "de_DE"}  # the Babel / QLocale locale of each language
CATALOGUE = "smartpay_desk"  # resources/translations/smartpay_desk_<code>.qm

_state = {"language": "en"}
_installed: list[QTranslator] = []  # kept alive as long as the application: Qt does not own them


def tr(text: str) -> str:
    """`text` in the desk's language (itself when the catalogue has no translation for it)."""
    return QCoreApplication.translate("", text)


def language() -> str:
    """The language the desk runs in ("en", "de")."""
    return _state["language"]


def locale_name() -> str:
    """The locale money, dates and numbers are written in: "en_GB" or "de_DE" (Babel's and QLocale's spelling)."""
    return LOCALES[language()]


def choose(asked: str | None = None, setting: str | None = None, system: str | None = None) -> str:
    """The language to run in: the first of `asked` (--language), $SMARTPAY_DESK_LANGUAGE, `setting`, `system`
    (the system locale's name, "de_AT") that the desk speaks; English otherwise."""
    for wanted in (asked, os.environ.get(ENV_LANGUAGE), setting, system or QLocale.system().name()):
        code = (wanted or "").replace("-", "_").split("_")[0].strip().lower()
        if code in LANGUAGES:
            return code
    return "en"


def catalogues(code: str) -> list[Path]:
    """The compiled catalogue of `code` (resources/translations/smartpay_desk_<code>.qm), if it was built."""
    found = resources_root() / "translations" / f"{CATALOGUE}_{code}.qm"
    return [found] if found.is_file() else []


def install(code: str) -> str:
    """Run the desk in `code` (a key of LANGUAGES): its catalogue and Qt's own (the standard dialogs' buttons),
    and the default QLocale. Returns the language in force (English when the catalogue is missing)."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    _state["language"] = "en"
    QLocale.setDefault(QLocale(LOCALES["en"]))
    if code == "en" or code not in LANGUAGES:
        return "en"
    from PySide6.QtCore import QLibraryInfo, QTranslator  # another language than English: their types now

    found = catalogues(code)
    if app is None or not found:
        log.warning("no %s catalogue in %s: the desk runs in English", LANGUAGES[code], resources_root())
        return "en"
    for path in found:
        ours = QTranslator()
        if ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("the catalogue %s could not be read", path)
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    _state["language"] = code
    QLocale.setDefault(QLocale(LOCALES[code]))
    return code


def say(text: object) -> str:
    """What the core said (api/said.py), in the desk's language: a Said's template translated and filled with its
    values said again, an Amount in the locale, a Moment in the clerk's words; any other text as the catalogue
    has it (a sentence the core wrote without values), or words the journal kept said again (ui/said_again.py), else
    as it is. In English the core's words stay, but its amounts and times are written as the rest of the desk
    writes them ("€1,234.50", not the core's "1234.50 EUR"; the clerk's time zone)."""
    from ..api.said import Amount, Moment, Said

    english = language() == "en"
    if isinstance(text, Amount):
        return money(text.minor, text.currency)
    if isinstance(text, Moment):
        return local_time(text.iso)
    if isinstance(text, Said) and text.values:
        if english and not any(isinstance(value, Said | Amount | Moment) for value in text.values.values()):
            return str(text)  # nothing in it to write again
        values = {name: say(value) if _sentence_like(value) else value for name, value in text.values.items()}
        try:
            return _numbers_in_locale(tr(text.template), values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a place: the English is right
            log.warning("the translation of %r does not fit its values", text.template)
            return str(text)
    if english or not isinstance(text, str) or not text:
        return str(text)  # in English: the core's own words, as the CLI and the journal say them
    said = tr(text)
    if said == text and "{" not in text:  # words the journal kept (a note): their template found again
        from .said_again import said_again

        again = said_again(text, f"{CATALOGUE}_{language()}.places.json", tr)
        if again is not None:
            return say(again)
    return said


DAY_FORMATS: Mapping[str, str] = {"en": "%Y-%m-%d", "de": "%d.%m.%Y"}  # a date as each language's clerks write it


# A place with a number format: compiled (and cached by `re`) when first used, not at start-up (~0.2 ms).
NUMBER_PLACE = r"\{([a-z_]+)(?::(,?)(?:\.(\d+))?([fgG]?))?\}"


def _numbers_in_locale(template: str, values: dict[str, object]) -> str:
    """`template` filled with `values`, the numbers its places format written as the locale writes them
    ("{count:,}" of 12345 is "12.345" in German, "{size:.1f}" of 4.75 is "4,8": Python's format specs know only
    English separators); a number in a plain place ("{entry_id}", "{year}") is a code, written as it is."""

    def number(match: re.Match[str]) -> str:
        name, group, places, kind = match.groups()
        value = values[name]
        if isinstance(value, bool) or not isinstance(value, int | float):
            return match.group(0).format_map(values)
        if not (group or places or kind):  # "{entry_id}", "{year}": a code, written as it is
            return str(value)
        if isinstance(value, int) and not places and not kind:
            return QLocale().toString(value)
        return QLocale().toString(float(value), kind or "f", int(places) if places else 6)

    return re.sub(NUMBER_PLACE, number, template)


def _sentence_like(value: object) -> bool:
    """A value said again inside a sentence: what the core said, or words with a space (a note the journal kept,
    "authorized: capture or cancel it"); an id, a name's one word, a number stay as they are."""
    from ..api.said import Amount, Moment, Said

    return isinstance(value, Said | Amount | Moment) or (isinstance(value, str) and " " in value.strip())


def day_format() -> str:
    """How the desk's language writes a date (strftime): DAY_FORMATS."""
    return DAY_FORMATS.get(language(), DAY_FORMATS["en"])


def day_time(moment: datetime | date, *, clock: str = "%H:%M", zone: bool = False) -> str:
    """A moment, already in the zone it is shown in, as the desk's language writes a date and a time: "2025-06-01
    14:05" in English (ISO, as the desk always wrote it), "01.06.2025 14:05" in German; `clock` "" for the date
    alone, "%H:%M:%S" with seconds; `zone`: its zone's name after it ("… CET")."""
    day = day_format()
    text = moment.strftime(f"{day} {clock}".strip())
    name = moment.tzname() if zone and hasattr(moment, "tzname") else None
    return f"{text} {name}" if name else text


def money(minor: int, currency: str) -> str:
    """An amount as the desk's locale writes it: "€1,234.50" in English, "1.234,50 €" in German."""
    from ..api.money import format_amount

    try:
        return format_amount(minor, currency, locale_name())
    except ValueError:  # a currency Babel does not know: "12.50 XYZ"
        from ..services.money.words import money as plain

        return plain(minor, currency)


def local_time(iso: str | None) -> str:
    """'2023-07-04T13:22:07.087Z' → '04 Jul 2023, 14:22:07 BST' in this computer's time zone, the month in the
    desk's language ('04. Juli 2023, 14:22:07 MESZ' style in German: QLocale's month names)."""
    from datetime import datetime  # not needed before the first answer

    from PySide6.QtCore import QDate

    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    local = moment.astimezone() if moment.tzinfo is not None else moment
    day = QLocale().toString(QDate(local.year, local.month, local.day), "dd MMM yyyy")
    clock = f"{day}, {local:%H:%M:%S}"
    return clock if moment.tzinfo is None else f"{clock} {local.tzname() or ''}".rstrip()
