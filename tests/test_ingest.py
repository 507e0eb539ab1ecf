"""The importer on the three real statistics-bureau exports in tests/data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tracker.ingest import actuals_files, read_actuals_dir, read_actuals_file
from tracker.figure import Measure
from tracker.periods import Period

DATA = Path(__file__).parent / "data"


def find(result, indicator, period, measure, region="全国"):
    hits = [f for f in result.figures
            if (f.region, f.indicator, f.period.iso(), f.measure) == (region, indicator, period, measure)]
    assert len(hits) == 1, hits
    return hits[0]


@pytest.fixture(scope="module")
def cars():
    return read_actuals_file(DATA / "汽车制造业.xls", DATA)


@pytest.fixture(scope="module")
def industry():
    return read_actuals_file(DATA / "工业增加值-月度数据.xls", DATA)


@pytest.fixture(scope="module")
def cpi():
    return read_actuals_file(DATA / "分省月度数据.csv", DATA)


def test_cars_cumulative_value_is_year_to_date(cars):
    assert cars.ok and cars.problems == ()
    f = find(cars, "汽车制造业出口交货值", "2019-01/2019-02", Measure.VALUE)
    assert f.value == 575.6 and f.unit == "亿元"
    assert f.period == Period.year_to_date(2019, 2)
    assert str(f.source) == "汽车制造业.xls!月度数据!O5"
    assert f.file == "汽车制造业.xls"


def test_cars_all_four_measures(cars):
    assert find(cars, "汽车制造业出口交货值", "2020-04", Measure.VALUE).value == 272.1  # 当期值
    assert find(cars, "汽车制造业出口交货值", "2020-01/2020-04", Measure.VALUE).value == 1006.5  # 累计值
    assert find(cars, "汽车制造业出口交货值", "2020-04", Measure.YOY).value == -6.2  # 同比增长
    ytd = find(cars, "汽车制造业出口交货值", "2020-01/2020-04", Measure.YOY)  # 累计增长
    assert ytd.value == -9.4 and ytd.unit == "%" and str(ytd.source) == "汽车制造业.xls!月度数据!B7"


def test_cars_repeated_tables_keep_the_first_and_blanks_are_placeholders(cars):
    # three tables (the user appended two transposed copies); identical values are not duplicates
    assert cars.tables == 3
    assert len(cars.figures) == 4 * 21 - 4
    assert len({f.key for f in cars.figures}) == len(cars.figures)
    # 当期值 and 同比 blank for 2020年2月 and 2019年2月, in table 1 and again in table 2
    assert cars.placeholders == 8
    assert not [f for f in cars.figures if f.period == Period.month(2020, 2)]
    assert all(f.value != 0 for f in cars.figures if f.period.start_month == 2)


def test_industry_value_added(industry):
    assert industry.ok and industry.tables == 1
    assert find(industry, "工业增加值", "2020-01/2020-02", Measure.YOY).value == -13.5
    assert find(industry, "工业增加值", "2020-03", Measure.YOY).value == -1.1
    assert find(industry, "工业增加值", "2017-05", Measure.YOY).value == 6.5
    assert industry.placeholders == 3  # 2月 同比, three years
    assert len(industry.figures) == 2 * 33 - 3
    # the note rows after the table (indented with U+3000) are not figures
    assert {f.indicator for f in industry.figures} == {"工业增加值"}
    assert str(find(industry, "工业增加值", "2017-01/2017-05", Measure.YOY).source) == "工业增加值-月度数据.xls!月度数据!AH5"


def test_cpi_provinces_from_gbk_csv(cpi):
    assert cpi.ok and cpi.tables == 1
    f = find(cpi, "居民消费价格指数", "2020-02", Measure.VALUE, region="江西省")
    assert f.value == 105.4 and f.unit == "上年同月=100"
    assert str(f.source) == "分省月度数据.csv:18"
    assert find(cpi, "居民消费价格指数", "2020-01", Measure.VALUE, region="北京市").value == 104.5
    # 31 provinces, 2020年3月 is an empty column
    assert cpi.placeholders == 31
    assert len(cpi.figures) == 62
    assert {f.region for f in cpi.figures} >= {"北京市", "新疆维吾尔自治区", "西藏自治区"}
    assert all(f.region not in ("注", "数据来源") and not f.region.startswith("注") for f in cpi.figures)


def test_actuals_files_skips_hidden_and_lock_files(tmp_path):
    for name in ("b.xlsx", "a.csv", "sub/c.xls", "~$b.xlsx", ".hidden.csv", ".git/x.csv", "notes.txt", "d.XLSM"):
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"")
    assert [p.relative_to(tmp_path).as_posix() for p in actuals_files(tmp_path)] == [
        "a.csv", "b.xlsx", "d.XLSM", "sub/c.xls"]


def test_read_actuals_dir_reports_each_file(tmp_path):
    for name in ("汽车制造业.xls", "分省月度数据.csv"):
        shutil.copy(DATA / name, tmp_path / name)
    (tmp_path / "sub").mkdir()
    shutil.copy(DATA / "工业增加值-月度数据.xls", tmp_path / "sub" / "工业.xls")
    (tmp_path / "broken.xlsx").write_bytes(b"this is not a workbook")
    seen = []
    results = read_actuals_dir(tmp_path, on_file=seen.append)
    assert [r.file for r in results] == ["broken.xlsx", "sub/工业.xls", "分省月度数据.csv", "汽车制造业.xls"]
    assert seen == actuals_files(tmp_path)
    broken = results[0]
    assert not broken.ok and broken.figures == ()
    assert broken.problems[0].reason == "unreadable" and broken.problems[0].file == "broken.xlsx"
    assert all(r.ok for r in results[1:])
    assert str(results[1].figures[0].source).startswith("sub/工业.xls!月度数据!")


def test_excel_error_in_an_xls_file_is_found(tmp_path):
    """python-calamine shows an error cell as empty; the importer finds it in the BIFF records."""
    import struct

    data = bytearray((DATA / "汽车制造业.xls").read_bytes())
    # the NUMBER record of B4 (272.1) becomes an error constant #DIV/0! and a filler record
    at = data.find(b"\x03\x02\x0e\x00" + struct.pack("<HH", 3, 1))
    assert at > 0
    xf = struct.unpack_from("<H", data, at + 8)[0]
    data[at:at + 18] = struct.pack("<HHHHHBB", 0x0205, 8, 3, 1, xf, 0x07, 1) + struct.pack("<HH", 0x0222, 2) + b"\0\0"
    (tmp_path / "err.xls").write_bytes(bytes(data))
    res = read_actuals_file(tmp_path / "err.xls", tmp_path)
    assert res.figures == ()
    assert [(p.place, p.reason) for p in res.problems] == [("月度数据!B4", "excel-error")]
    assert "#DIV/0!" in res.problems[0].text("en")
