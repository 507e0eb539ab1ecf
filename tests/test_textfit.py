"""Text fitted to a terminal's width: breaks at spaces and between Chinese characters, never
inside a word, a number or a path; Chinese takes two cells."""

from rich.cells import cell_len

from tracker.textfit import fit


def test_english_breaks_at_spaces_and_never_inside_a_word():
    assert fit("imported 1 file(s); 3 file(s) unchanged", 20, indent="  ") == [
        "imported 1 file(s);", "  3 file(s)", "  unchanged"]


def test_chinese_breaks_between_characters_counting_two_cells_each():
    # 10 characters are 20 cells: a line of 12 cells takes 6
    assert fit("目标进度正常暂无数据", 12) == ["目标进度正常", "暂无数据"]
    assert all(cell_len(line) <= 12 for line in fit("目标进度正常暂无数据", 12))


def test_closing_punctuation_stays_with_the_character_before_it():
    # "常，" is one piece: no line starts with "，"
    assert fit("进度正常，暂无", 8) == ["进度正", "常，暂无"]  # 进度正常， would be 10 cells


def test_a_path_is_never_broken_and_stands_alone_when_too_long():
    path = "/srv/tracker/reports/2024-06/进度报告-2024-06.xlsx"
    assert fit(f"报告：{path}", 30, indent="  ") == ["报告：", f"  {path}"]


def test_numbers_and_dates_stay_whole():
    assert fit("run #12 2024-06 ok", 9) == ["run #12", "2024-06", "ok"]


def test_clip_keeps_a_line_within_the_width_and_cuts_between_words():
    from tracker.textfit import clip

    assert clip("2024-07  #3  ok", 80) == "2024-07  #3  ok"
    cut = clip("2024-07  #3  skipped  nothing new since run #2; no new report", 40)
    assert cut == "2024-07  #3  skipped  nothing new…" and len(cut) <= 40
    zh = clip("2024-07  #3  跳过  无新数据，与运行 #2 相同，未重写报告", 30)
    assert cell_len(zh) <= 30 and zh.endswith("…") and zh.startswith("2024-07  #3  跳过")
