"""The German catalogues (resources/translations/*.ts, ui/i18n.py): every text ui/ passes to tr() is in one of them
and translated; a text in two catalogues has one translation (they share Qt's context "", so the first catalogue
loaded would win); a translation keeps its source's placeholders and its mnemonic."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

from defusedxml import ElementTree as ET

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "smartpay_desk" / "ui"
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("smartpay_desk_*_de.ts"))
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _catalogue() -> dict[str, dict[str, str | None]]:
    """{source: {catalogue file: its translation (None: unfinished)}}."""
    found: dict[str, dict[str, str | None]] = defaultdict(dict)
    for path in CATALOGUES:
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") != "unfinished" and bool(translation.text)
            found[message.findtext("source") or ""][path.name] = translation.text if done else None  # type: ignore[union-attr]
    return found


def _tr_literals() -> set[str]:
    texts = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    texts.add(first.value)
    return texts


def test_there_are_the_four_catalogues_of_the_parts_of_ui() -> None:
    assert [p.name for p in CATALOGUES] == [f"smartpay_desk_{part}_de.ts" for part in
                                            ("forms", "lists", "receipts", "theme")]  # fmt: skip


def test_every_text_given_to_tr_is_in_a_catalogue_and_translated() -> None:
    catalogue = _catalogue()
    literals = _tr_literals()
    assert len(literals) > 800
    missing = sorted(t for t in literals if t not in catalogue)
    assert missing == [], "not in any catalogue: run scripts/translations update, then translate them"
    unfinished = sorted(s for s, found in catalogue.items() if any(t is None for t in found.values()))
    assert unfinished == []


def test_a_text_in_two_catalogues_has_one_translation() -> None:
    differing = {s: found for s, found in _catalogue().items() if len(set(found.values())) > 1}
    assert differing == {}


def test_translations_keep_their_placeholders_and_mnemonics() -> None:
    wrong = []
    for source, found in _catalogue().items():
        for translation in {t for t in found.values() if t}:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
                wrong.append((source, translation, "placeholders"))
            mnemonic = re.search(r"&[^&\s]", source.replace("&&", "")) is not None
            if mnemonic != (re.search(r"&[^&\s]", translation.replace("&&", "")) is not None):
                wrong.append((source, translation, "mnemonic"))
    assert wrong == []
