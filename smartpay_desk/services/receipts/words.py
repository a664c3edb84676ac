"""An amount spelt out, as a receipt writes it beside the figures so that a figure changed by hand shows:
"one hundred twenty euros and fifty cents", "einhundertzwanzig Euro und fünfzig Cent".

    amount_words(12050, "EUR", "en")    'one hundred twenty euros and fifty cents'
    amount_words(12050, "EUR", "de")    'einhundertzwanzig Euro und fünfzig Cent'
    number_words(21, "de")              'einundzwanzig'

English and German only (the desk's languages, ui/i18n.py); another language gets English. The currency's
names are known for a few currencies; any other is named by its code ("12 XYZ"), its minor units by the
words "minor units". Numbers up to 10^18 - 1 (a quintillion is more than any amount a desk moves).
"""

from __future__ import annotations

from ...api.money import currency_exponent

LIMIT = 10**18

_EN_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")  # fmt: skip
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_SCALES = ((10**15, "quadrillion"), (10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))

_DE_ONES = ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
            "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn")  # fmt: skip
_DE_TENS = ("", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig")
# (size, one of them, several of them): written apart ("zwei Millionen dreihundert")
_DE_SCALES = (
    (10**15, "eine Billiarde", "Billiarden"),
    (10**12, "eine Billion", "Billionen"),
    (10**9, "eine Milliarde", "Milliarden"),
    (10**6, "eine Million", "Millionen"),
)

# currency → language → (one major unit, several, one minor unit, several)
NAMES: dict[str, dict[str, tuple[str, str, str, str]]] = {
    "EUR": {"en": ("euro", "euros", "cent", "cents"), "de": ("Euro", "Euro", "Cent", "Cent")},
    "USD": {"en": ("dollar", "dollars", "cent", "cents"), "de": ("US-Dollar", "US-Dollar", "Cent", "Cent")},
    "GBP": {"en": ("pound", "pounds", "penny", "pence"), "de": ("Pfund", "Pfund", "Penny", "Pence")},
    "CHF": {"en": ("Swiss franc", "Swiss francs", "centime", "centimes"),
            "de": ("Franken", "Franken", "Rappen", "Rappen")},
}  # fmt: skip
_JOIN = {"en": " and ", "de": " und "}
_MINUS = {"en": "minus ", "de": "minus "}


def number_words(n: int, language: str = "en") -> str:
    """A whole number in words: "one hundred twenty" / "einhundertzwanzig". ValueError beyond ±LIMIT."""
    if abs(n) >= LIMIT:
        raise ValueError(f"{n} is too large to be spelt out.")
    if n < 0:
        return _MINUS.get(language, "minus ") + number_words(-n, language)
    return _german(n) if language == "de" else _english(n)


def amount_words(minor: int, currency: str, language: str = "en") -> str:
    """An amount of minor units in words, with the currency's names: "one euro and one cent"."""
    language = language if language in _JOIN else "en"
    code = currency.strip().upper()
    try:
        exponent = currency_exponent(code)
    except ValueError:  # a code Babel does not know: two places, as most currencies have
        exponent = 2
    if minor < 0:
        return _MINUS[language] + amount_words(-minor, code, language)
    major, rest = divmod(minor, 10**exponent) if exponent else (minor, 0)
    one, many, one_minor, many_minor = NAMES.get(code, {}).get(language) or _fallback(code, language)
    whole = f"{_counted(major, language)} {one if major == 1 else many}"
    if not rest:
        return whole
    part = f"{_counted(rest, language)} {one_minor if rest == 1 else many_minor}"
    return part if major == 0 else whole + _JOIN[language] + part


def _fallback(code: str, language: str) -> tuple[str, str, str, str]:
    if language == "de":
        return code, code, "Untereinheit", "Untereinheiten"
    return code, code, "minor unit", "minor units"


def _counted(n: int, language: str) -> str:
    """A number before a noun: German "ein Euro", not "eins Euro"."""
    return "ein" if language == "de" and n == 1 else number_words(n, language)


# ---------------------------------------------------------------- English


def _english(n: int) -> str:
    if n == 0:
        return "zero"
    parts: list[str] = []
    for size, name in _EN_SCALES:
        if n >= size:
            parts.append(f"{_english_below_1000(n // size)} {name}")
            n %= size
    if n:
        parts.append(_english_below_1000(n))
    return " ".join(parts)


def _english_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    words = [f"{_EN_ONES[hundreds]} hundred"] if hundreds else []
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(_EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else ""))
    elif rest:
        words.append(_EN_ONES[rest])
    return " ".join(words)


# ---------------------------------------------------------------- German


def _german(n: int) -> str:
    if n == 0:
        return "null"
    parts: list[str] = []
    for size, one, many in _DE_SCALES:
        if n >= size:
            count = n // size
            parts.append(one if count == 1 else f"{_german_below_1000(count, final=False)} {many}")
            n %= size
    if n:
        thousands, rest = divmod(n, 1000)
        word = f"{_german_below_1000(thousands, final=False)}tausend" if thousands else ""
        parts.append(word + (_german_below_1000(rest, final=True) if rest else ""))
    return " ".join(parts)


def _german_below_1000(n: int, *, final: bool) -> str:
    """1…999 as one word; `final`: the number ends here ("eins"), else it is joined to more ("eintausend")."""
    hundreds, rest = divmod(n, 100)
    word = f"{'ein' if hundreds == 1 else _DE_ONES[hundreds]}hundert" if hundreds else ""
    if rest == 1:
        return word + ("eins" if final else "ein")
    if rest < 20:
        return word + (_DE_ONES[rest] if rest else "")
    tens, ones = divmod(rest, 10)
    if not ones:
        return word + _DE_TENS[tens]
    return word + f"{'ein' if ones == 1 else _DE_ONES[ones]}und{_DE_TENS[tens]}"
