"""Writing an ExtractResult: a targets YAML file and, optionally, figure rows.

Design: the review notes are YAML comments, not a ``review:`` key. The spec
loader treats unknown top-level keys as problems, so a ``review:`` key would
make every draft fail ``tracker validate`` until someone deleted it. As
comments, the draft validates as printed; the reviewer checks the fields each
note names (a one-line note above each target, the details at the end) and may
leave the comments in place. The trailing block is itself YAML once the leading
``# `` is removed, for scripts.
"""

from __future__ import annotations

import csv
import io
from typing import Any

import yaml

from tracker.extract.extract import ExtractResult
from tracker.extract.notes import said
from tracker.messages import say

_ORDER = ("id", "title", "region", "indicator", "kind", "due", "target", "stretch", "qualifier", "base", "flow", "source")


class _Dumper(yaml.SafeDumper):
    pass


def _float(dumper: yaml.SafeDumper, value: float) -> yaml.Node:
    if value.is_integer() and abs(value) < 1e15:
        return dumper.represent_int(int(value))
    return dumper.represent_float(value)


_Dumper.add_representer(float, _float)


def _dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False)


def _flow_maps(spec: dict) -> dict:
    return {k: spec[k] for k in _ORDER if k in spec} | {k: v for k, v in spec.items() if k not in _ORDER}


def _comment(text: str) -> str:
    return "".join(f"# {line}\n" if line else "#\n" for line in text.rstrip("\n").split("\n"))


def to_yaml(result: ExtractResult, figures: bool = False, lang: str = "zh") -> str:
    """The draft as a targets file (docs/formats.md) with the review as comments, the frame in ``lang``."""
    out = [say("extract.header", lang)]
    if result.plan:
        out.append(_dump({"plan": result.plan}).rstrip("\n"))
    by_id = {r["id"]: r for r in result.review if "id" in r}
    if not result.targets:
        out.append("targets: []")
    else:
        out.append("targets:")
        for spec in result.targets:
            note = dict(by_id.get(spec["id"], {}).get("guessed", {}))
            conf = note.pop("confidence", None)
            if conf:
                out.append(say("extract.confidence", lang, detail=conf))
            if note:
                out.append(say("extract.guessed", lang, fields=", ".join(note)))
            out.append(_dump([_flow_maps(spec)]).rstrip("\n"))
    if result.review:
        out.append("")
        out.append(_comment(_dump({"review": said(result.review, lang)})).rstrip("\n"))
    if figures and result.figures:
        out.append("")
        out.append(say("extract.figures", lang))
        out.append(_comment(figures_csv(result)).rstrip("\n"))
    return "\n".join(out) + "\n"


def figures_csv(result: ExtractResult) -> str:
    """Past results as a long-layout CSV (地区,指标,期间,数值,单位,口径,来源)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["地区", "指标", "期间", "数值", "单位", "口径", "来源"])
    for f in result.figures:
        value = f["value"]
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        w.writerow([f["region"], f["indicator"], f["period"], value, f["unit"], f["measure"], f["source"]])
    return buf.getvalue()
