"""The German catalogue (resources/translations/smartpay_desk_de.ts, ui/i18n.py): every text ui/ passes to tr() and
every sentence the core makes with said() (api/said.py) is in it and translated, and a translation keeps its
source's placeholders and its mnemonic."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from defusedxml import ElementTree as ET

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "smartpay_desk" / "ui"
CORE = (ROOT / "smartpay_desk" / "api", ROOT / "smartpay_desk" / "services")
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


def _literals(folders: tuple[Path, ...], function: str) -> set[str]:
    """The first argument of every call of `function` (a name) under `folders`, when it is a string literal."""
    texts = set()
    for path in (p for folder in folders for p in folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == function:
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    texts.add(first.value)
    return texts


def _tr_literals() -> set[str]:
    return _literals((UI,), "tr")


def _said_calls_without_a_literal() -> list[str]:
    """Where the core calls said() with anything but a string literal first: pyside6-lupdate cannot read it."""
    found = []
    for path in (p for folder in CORE for p in folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "said":
                first = node.args[0] if node.args else None
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_the_catalogue_is_the_only_one() -> None:
    assert sorted(p.name for p in CATALOGUE.parent.glob("*.ts")) == ["smartpay_desk_de.ts"]


def test_every_text_given_to_tr_is_in_the_catalogue_and_translated() -> None:
    catalogue = _catalogue()
    literals = _tr_literals()
    assert len(literals) > 800
    missing = sorted(t for t in literals if t not in catalogue)
    assert missing == [], "not in the catalogue: run scripts/translations update, then translate them"
    assert sorted(s for s, t in catalogue.items() if t is None) == []


def test_every_sentence_the_core_says_is_in_the_catalogue_and_translated() -> None:
    catalogue = _catalogue()
    said = _literals(CORE, "said")
    assert len(said) > 200  # guard refusals, outcomes, journal, team, batch and reconciliation sentences
    assert sorted(t for t in said if catalogue.get(t) is None) == [], "run scripts/translations update, translate"
    assert _said_calls_without_a_literal() == [], "said()'s first argument must be a string literal"


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
