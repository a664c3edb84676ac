"""The German catalogue (resources/translations/smartpay_desk_de.ts, ui/i18n.py): every text ui/ passes to tr() is
in it and translated, and a translation keeps its source's placeholders and its mnemonic."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from defusedxml import ElementTree as ET

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "smartpay_desk" / "ui"
CATALOGUE = ROOT / "resources" / "translations" / "smartpay_desk_de.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
MNEMONIC = re.compile(r"&[^&\s]")


def _catalogue() -> dict[str, str | None]:
    """{source: its translation (None: unfinished)}."""
    found: dict[str, str | None] = {}
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        translation = message.find("translation")
        done = translation is not None and translation.get("type") != "unfinished" and bool(translation.text)
        found[message.findtext("source") or ""] = translation.text if done else None  # type: ignore[union-attr]
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


def test_the_catalogue_is_the_only_one() -> None:
    assert sorted(p.name for p in CATALOGUE.parent.glob("*.ts")) == ["smartpay_desk_de.ts"]


def test_every_text_given_to_tr_is_in_the_catalogue_and_translated() -> None:
    catalogue = _catalogue()
    literals = _tr_literals()
    assert len(literals) > 800
    missing = sorted(t for t in literals if t not in catalogue)
    assert missing == [], "not in the catalogue: run scripts/translations update, then translate them"
    assert sorted(s for s, t in catalogue.items() if t is None) == []


def test_translations_keep_their_placeholders_and_mnemonics() -> None:
    wrong = []
    for source, translation in _catalogue().items():
        if not translation:
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            wrong.append((source, translation, "placeholders"))
        if (MNEMONIC.search(source.replace("&&", "")) is None) != (
            MNEMONIC.search(translation.replace("&&", "")) is None
        ):
            wrong.append((source, translation, "mnemonic"))
    assert wrong == []
