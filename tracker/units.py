"""Units: a table of dimension and factor, and conversion between them.

Money (元 … 万亿元; 美元 … 亿美元 apart, never converted to 元), mass (吨, 万吨, 斤), energy (kWh … 亿千瓦时), counts in any
measure word (个 家 项 … with 万 or 亿 before it, all one dimension) and %;
also area (平方米, 亩, 公顷), length (公里), volume (立方米) and power (千瓦, 万千瓦,
GW), which plans state too; computing power (P = PFlops, 万P, EFlops); money per person (万元/人), an index's points (点) and
concentration in air (微克/立方米, μg/m³; 毫克/立方米) and containers in TEU (标箱, 标准箱, 万标箱).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from tracker.messages import Phrase
from tracker.problems import InputError


class UnitError(InputError):
    reason = "bad-unit"


@dataclass(frozen=True, slots=True)
class Unit:
    symbol: str
    dimension: str
    factor: float  # in the dimension's base unit (元, 吨, kWh, 1, %)


_TABLE: dict[str, tuple[str, float]] = {
    # money
    "元": ("money", 1.0),
    "千元": ("money", 1e3),
    "万元": ("money", 1e4),
    "百万元": ("money", 1e6),
    "千万元": ("money", 1e7),
    "亿元": ("money", 1e8),
    "万亿元": ("money", 1e12),
    "万亿": ("money", 1e12),
    # money in US dollars (外贸进出口总额达到100亿美元): a currency of its own, never converted to 元
    "美元": ("money_usd", 1.0),
    "万美元": ("money_usd", 1e4),
    "百万美元": ("money_usd", 1e6),
    "亿美元": ("money_usd", 1e8),
    # mass
    "千克": ("mass", 1e-3),
    "公斤": ("mass", 1e-3),
    "吨": ("mass", 1.0),
    "万吨": ("mass", 1e4),
    "亿吨": ("mass", 1e8),
    # energy
    "kwh": ("energy", 1.0),
    "千瓦时": ("energy", 1.0),
    "度": ("energy", 1.0),
    "mwh": ("energy", 1e3),
    "gwh": ("energy", 1e6),
    "twh": ("energy", 1e9),
    "万千瓦时": ("energy", 1e4),
    "亿千瓦时": ("energy", 1e8),
    "万度": ("energy", 1e4),
    "亿度": ("energy", 1e8),
    "斤": ("mass", 5e-4),
    "万斤": ("mass", 5.0),
    "亿斤": ("mass", 5e4),
    # area
    "平方米": ("area", 1.0),
    "m2": ("area", 1.0),
    "万平方米": ("area", 1e4),
    "公顷": ("area", 1e4),
    "亩": ("area", 10000 / 15),
    "万亩": ("area", 1e8 / 15),
    "平方公里": ("area", 1e6),
    # length
    "米": ("length", 1.0),
    "千米": ("length", 1e3),
    "公里": ("length", 1e3),
    "万公里": ("length", 1e7),
    # volume
    "立方米": ("volume", 1.0),
    "万立方米": ("volume", 1e4),
    "亿立方米": ("volume", 1e8),
    # power (capacity)
    "千瓦": ("power", 1e3),
    "kw": ("power", 1e3),
    "万千瓦": ("power", 1e7),
    "mw": ("power", 1e6),
    "兆瓦": ("power", 1e6),
    "gw": ("power", 1e9),
    "吉瓦": ("power", 1e9),
    "亿千瓦": ("power", 1e11),
    # computing power (力争年内投运算力突破20万P): P is PFlops, the unit data-centre plans count in; 万P = 10000 P, EFlops = 1000 P
    "p": ("compute", 1.0),
    "pflops": ("compute", 1.0),
    "万p": ("compute", 1e4),
    "万pflops": ("compute", 1e4),
    "eflops": ("compute", 1e3),
    # money per person (全员劳动生产率50万元/人)
    "元/人": ("money_per_person", 1.0),
    "万元/人": ("money_per_person", 1e4),
    # concentration in air (细颗粒物年均浓度控制在29微克/立方米左右)
    "微克/立方米": ("concentration", 1.0),
    "μg/m3": ("concentration", 1.0),
    "ug/m3": ("concentration", 1.0),
    "毫克/立方米": ("concentration", 1e3),
    "mg/m3": ("concentration", 1e3),
    # containers in twenty-foot equivalent units (集装箱吞吐量达到30万标箱): TEU, not a count of boxes (a 40-foot box is 2)
    "标箱": ("teu", 1.0),
    "标准箱": ("teu", 1.0),
    "teu": ("teu", 1.0),
    "万标箱": ("teu", 1e4),
    "万标准箱": ("teu", 1e4),
    "万teu": ("teu", 1e4),
    # years of life (人均预期寿命85岁): a level in years, its own dimension
    "岁": ("life_years", 1.0),
    # an index stated without a unit (质量竞争力指数92): its points
    "点": ("points", 1.0),
    # ratios
    "%": ("percent", 1.0),
    "百分比": ("percent", 1.0),
}

MEASURE_WORDS = "个家项户场名人台部辆架套件块座次所条艘张批头列处羽"  # 头: livestock (生猪出栏500万头), 列: trains (中欧班列200列), 处: sites (养殖场200处), 羽: poultry (肉鸡出栏10亿羽)
_COUNT = re.compile(rf"(万|亿|千|百万)?(人次|家次|场次|台套|[{MEASURE_WORDS}])")
_COUNT_FACTOR = {None: 1.0, "千": 1e3, "万": 1e4, "百万": 1e6, "亿": 1e8}


_INDEX = re.compile(r".*=100")


def _key(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


@lru_cache(maxsize=1024)
def parse_unit(text: str) -> Unit:
    """Look a unit up; raises UnitError naming it when it is unknown."""
    if not isinstance(text, str) or not text.strip():
        raise UnitError.of("problem.bad-unit")
    key = _key(text)
    if key in _TABLE:
        dimension, factor = _TABLE[key]
        return Unit(text.strip(), dimension, factor)
    if m := _COUNT.fullmatch(key):
        return Unit(text.strip(), "count", _COUNT_FACTOR[m[1]])
    if _INDEX.fullmatch(key):
        # An index against a base (上年同月=100): only the same base converts.
        return Unit(text.strip(), f"index ({key})", 1.0)
    raise UnitError.of("problem.unknown-unit", "unknown-unit", unit=text.strip())


@lru_cache(maxsize=4096)
def factor(source: str, target: str) -> float:
    """The number a value in ``source`` is multiplied by to be in ``target``.

    Remembered: judging asks for the same few pairs for every goal (a UnitError is not kept)."""
    if _key(source) == _key(target):
        return 1.0
    a, b = parse_unit(source), parse_unit(target)
    if a.dimension != b.dimension:
        raise UnitError.of("problem.unit-mismatch", "unit-mismatch", unit=a.symbol, dimension=dimension_words(a.dimension),
                           target=b.symbol, target_dimension=dimension_words(b.dimension))
    return a.factor / b.factor


def dimension_words(dimension: str) -> Phrase:
    """What a dimension (``money``, ``index (上年同月=100)``) is called, in either language."""
    if dimension.startswith("index (") and dimension.endswith(")"):
        return Phrase.of("dimension.index", base=dimension[len("index ("):-1])
    return Phrase.of(f"dimension.{dimension}")


def convert(value: float, source: str, target: str) -> float:
    return value * factor(source, target)
