"""Chinese numbers: ``3500亿``, ``1.08万亿``, ``两千``, ``5千万``, ``十二``.

A small hand-written parser over NFKC text (cn2an fails on
``1.08万亿``). Two entry points:

- :func:`parse_number` gives the plain value (``1.08万亿`` → 1.08e12);
- :func:`parse_quantity` keeps the document's own magnitude in the unit, as
  an official writes a target (``3500亿元`` → 3500 亿元, ``5千万元`` → 5000 万元,
  ``全覆盖`` → 100 %).

Both raise :class:`NumberError` (an InputError) for anything else, never
another exception.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from tracker.problems import InputError


class NumberError(InputError):
    reason = "bad-number"


_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}

#: zero_word: 零 opening a word that is no number — 零部件, 零售, 零配件, 零星, 零散, 零碎 (汽车及零部件等装备制造业五个千亿产业集群
#: holds one number, 五个; 零部件 is no 0 部). 零增长, 零事故 stay zeros.
ZERO_WORD = r"(?!零(?:部件|售|配件|星|散|碎|钱|食|工(?!时)))"

#: A number as written in running text: Arabic (with decimals, thousands
#: separators) or Chinese numerals, then multipliers (千, 万, 亿, 万亿 …).
NUMBER = (
    r"(?:\d+(?:,\d{3})*(?:\.\d+)?|" + ZERO_WORD + r"[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*|[百千](?=万|亿))"
    r"(?:[十百千]?(?:万亿|亿|万)|[十百千](?![万亿]))?"
)
_NUMBER_RE = re.compile(NUMBER)
_LITERAL = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def parse_number(text: str) -> float:
    """The value of a number written in Arabic or Chinese numerals with 万/亿.

    >>> parse_number("1.08万亿")
    1080000000000.0
    """
    if not isinstance(text, str):
        raise NumberError(f"{text!r} is not text")
    s = _norm(text)
    if not s:
        raise NumberError("no number given")
    total = 0.0  # finished big sections
    section = 0.0  # below the current big unit
    current: float | None = None  # the last literal, not yet multiplied
    last_big = math.inf
    digit_run = False  # consecutive Chinese digits without units (二〇二三)
    i = 0
    seen = False
    while i < len(s):
        ch = s[i]
        if m := _LITERAL.match(s, i):
            if current is not None:
                raise NumberError(f"{text!r}: two numbers in a row")
            current = float(m[0].replace(",", ""))
            i = m.end()
            seen = True
            digit_run = False
            continue
        if ch in "零〇" and current is None and (section or total):
            pass  # 一百零五: a place holder after a unit
        elif ch in _DIGITS:
            d = _DIGITS[ch]
            if current is not None and digit_run:
                current = current * 10 + d
            elif current is not None:
                raise NumberError(f"{text!r}: two numbers in a row")
            else:
                current = float(d)
            digit_run = True
            seen = True
        elif ch in _SMALL:
            section += (1.0 if current is None else current) * _SMALL[ch]
            current = None
            digit_run = False
            seen = True
        elif ch in _BIG:
            mult = _BIG[ch]
            part = section + (current or 0.0)
            if part == 0 and total == 0:
                raise NumberError(f"{text!r}: {ch} without a number before it")
            if part == 0:
                total *= mult  # 万亿: a compound unit
                last_big *= mult
            elif mult > last_big:
                total = (total + part) * mult
                last_big = mult
            else:
                total += part * mult
                last_big = mult
            section, current = 0.0, None
            digit_run = False
            seen = True
        else:
            raise NumberError(f"{text!r} is not a number (unexpected {ch!r})")
        i += 1
    if not seen:
        raise NumberError(f"{text!r} is not a number")
    value = total + section + (current or 0.0)
    if not math.isfinite(value):
        raise NumberError(f"{text!r} is too large")
    return value


@dataclass(frozen=True, slots=True)
class Quantity:
    """A value with the unit as the document writes it (3500, 亿元)."""

    value: float
    unit: str


_UNIT_MULT = re.compile(r"(万亿|亿|万|千)$")


def split_magnitude(number: str) -> tuple[float, str]:
    """Split the trailing 万/亿/万亿 off a number so it can join the unit.

    ``3500亿`` → (3500, "亿"); ``5千万`` → (5000, "万"); ``两千`` → (2000, "");
    ``1.08万亿`` → (1.08, "万亿").
    """
    s = _norm(number)
    if s == "万亿":
        return 1.0, "万亿"  # 突破万亿元: a 万亿 with no number before it is one
    for big in ("万亿", "亿", "万"):
        if s.endswith(big) and len(s) > len(big):
            head = s[: -len(big)]
            # 十万/百万/千万: keep 万 in the unit, the small unit in the value
            return parse_number(head), big
    return parse_number(s), ""


_QTY = re.compile(rf"({NUMBER})(多|余)?(.*)")


def parse_quantity(text: str) -> Quantity:
    """A number with its unit, the magnitude kept in the unit.

    ``3500亿元`` → Quantity(3500, "亿元"); ``1.2亿部`` → Quantity(1.2, "亿部");
    ``全覆盖`` → Quantity(100, "%"); ``两千家`` → Quantity(2000, "家").
    """
    if not isinstance(text, str):
        raise NumberError(f"{text!r} is not text")
    s = _norm(text)
    if s in ("全覆盖", "全面覆盖", "100%覆盖"):
        return Quantity(100.0, "%")
    m = _QTY.fullmatch(s)
    if not m or not m[1]:
        raise NumberError(f"{text!r} is not a number with a unit")
    value, big = split_magnitude(m[1])
    unit = big + m[3]
    if not m[3]:
        raise NumberError(f"{text!r} has no unit")
    if not re.fullmatch(r"%|个百分点|[\u4e00-\u9fff]*(?:[kmgtKMGT][wW][hH])?", m[3]):
        raise NumberError(f"{text!r}: {m[3]!r} is not a unit")
    if unit.startswith("%") or unit == "个百分点":
        if big:
            raise NumberError(f"{text!r}: a percentage with 万/亿")
    return Quantity(value, unit)


def cn_int(s: str) -> int:
    """A small whole number in digits or Chinese numerals (5, 五, 两, 十二) — a span's years, a count said in words; 0 when
    ``s`` is no number."""
    try:
        return int(parse_number(s))
    except NumberError:
        return 0


#: percent_words: a percentage written in words — 百分之八, 百分之七点五, 百分之十, 百分之一百, 百分之百, 百分之8 — the
#: fraction's numerals after 百分之, with an optional decimal part after 点 (digits written one by one).
_PERCENT_WORDS = re.compile(r"百分之(?P<whole>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)(?:点(?P<frac>[零〇一二三四五六七八九]+))?")


def percent_words(text: str, starts: list[int]) -> tuple[str, list[int]]:
    """percent_words: "增长百分之八" reads as "增长8%", "百分之七点五" as "7.5%", "百分之十左右" as "10%左右", "百分之一百" and
    "百分之百" as "100%": the numerals after 百分之 are the percentage (a decimal part after 点, its digits one by one).
    The number takes the place of 百分之…, its last digit maps to the words' end, so a quote cut through ``starts`` keeps
    the document's own words. A 百分之 with no numeral after it stays as written."""
    out: list[str] = []
    kept: list[int] = []
    last = 0
    for m in _PERCENT_WORDS.finditer(text):
        try:
            whole = parse_number(m["whole"])
        except NumberError:
            continue
        digits = f"{whole:g}" if whole != int(whole) else str(int(whole))
        if m["frac"]:
            digits += "." + "".join(str(_DIGITS[c]) for c in m["frac"])
        written = digits + "%"
        out.append(text[last:m.start()])
        kept.extend(starts[last:m.start()])
        out.append(written)
        # the first character maps to 百, the % to the last numeral: a span ending after % ends after the words
        kept.extend([starts[m.start()]] * (len(written) - 1) + [starts[m.end() - 1]])
        last = m.end()
    out.append(text[last:])
    kept.extend(starts[last:])
    return "".join(out), kept
