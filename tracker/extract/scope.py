"""Region scope in compilations: which region a section speaks for.

Two named rules over a paragraph; each returns the region that now is in scope or None:

- ``heading_region``: a short heading that starts with a region, after any numbering
  ("二、吉安市", "（三）北京市：", "3. 江西省") — not a region buried in a slogan
  ("纵深推进产业强省建设" names no place).
- ``subject_region``: a paragraph whose subject is a region ("北京市坚持…", "江西省提出…",
  "贵州提出，…"): the region opens the paragraph and a verb follows it.

全市/全省/我省 then resolve to the region in scope (extract._region_for).
"""

from __future__ import annotations

import re

from tracker.extract import patterns as P
from tracker.extract.context import place_name, region_in
from tracker.extract.gazetteer import leading_place

_NUMBERING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.、．]|[①-⑳])\s*")
_SHORT = {v: k for k, v in P.PROVINCE_SHORT.items()}
_SUBJECT_VERB = re.compile(
    r"^(?:坚持|提出|明确|要求|表示|强调|计划|将|要|力争|确保|聚焦|围绕|全力|着力|积极|加快|推动|实施|部署|锚定|今年|明年|全年|方面|则|"
    r"20\d{2}年|委|政府|人民政府|[省市区]委|[省市区]政府|[省市]人民政府|经济工作会议|政府工作报告|全省|全市)"
)


def known_places(t: str) -> dict[str, str]:
    """known_places: the cities, counties and districts a text names in full (长沙市, 海淀区), by
    their short names too (长沙), so that a heading "长沙：…" or a subject "武汉提出…" is read as
    the place the same text elsewhere calls 长沙市/武汉市."""
    places: dict[str, str] = {}
    for m in P.REGION_NAME.finditer(t):
        raw = place_name(t, m)
        name = region_in(raw)
        if name and name == raw and name not in P.PROVINCES:
            short = re.sub(r"(?:市|县|区)$", "", name)
            if len(short) >= 2:
                places.setdefault(short, name)
            places.setdefault(name, name)
    return places


def _leading_region(text: str, places: dict[str, str] | None = None) -> tuple[str, int] | None:
    """A region name at the very start of ``text`` and where it ends: a province, a place the text
    names in full elsewhere (known_places), a place of the gazetteer (leading_place: 新乡, 长垣市),
    or a name shaped like a place."""
    for short, full in sorted(_SHORT.items(), key=lambda kv: -len(kv[0])):
        for name in (full, short):
            if text.startswith(name):
                return full, len(name)
    listed = leading_place(text)
    for name, full in sorted((places or {}).items(), key=lambda kv: -len(kv[0])):
        if text.startswith(name) and (listed is None or len(name) >= listed[1]):
            return full, len(name)
    if listed:
        return listed
    m = P.REGION_NAME.match(text)
    if m and not P.NOT_REGION.search(m[1]) and region_in(m[1]) == m[1]:
        return m[1], m.end()
    return None


def heading_region(para: str, places: dict[str, str] | None = None) -> str | None:
    text = _NUMBERING.sub("", para.strip())
    if len(text) > 30 or re.search(r"[。!?！？]$", text):
        return None
    found = _leading_region(text, places)
    if found is None:
        return None
    rest = text[found[1]:]
    return found[0] if re.match(r"^(?:[:：，,\s]|$)", rest) or len(rest) <= 12 else None


def subject_region(para: str, places: dict[str, str] | None = None) -> str | None:
    text = _NUMBERING.sub("", para.strip())
    found = _leading_region(text, places)
    if found is None:
        return None
    rest = text[found[1]:].lstrip("，,：: ")
    return found[0] if _SUBJECT_VERB.match(rest) else None
