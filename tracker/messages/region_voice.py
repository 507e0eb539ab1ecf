"""What ``tracker extract`` says of a region it reads from a text's voice alone (region_model.unnamed_voice, aims_slogan)
or guesses from a province named only in passing (context.province_in_passing)."""

from __future__ import annotations

from tracker.messages.catalogue import register

NOTES: dict[str, tuple[str, str]] = {
    "extract.note.region_level_unnamed": (
        "待定地区（文中以{level}的口吻说话，但未写明是哪个{level}：请用 --region 指定；不是所在的省）",
        "待定地区 (the text speaks as a {level} it never names: give it with --region; not its province)"),
    "extract.note.region_bodies_unnamed": (
        "待定地区（文中只以{level}委、{level}政府等机关的口吻说话，是某个{level}或其下级，但未写明是哪里：请用 --region 指定；"
        "不是所在的省）",
        "待定地区 (the text speaks only through a {level}'s bodies (its 委, 政府): a {level} or a division under one, never "
        "named: give it with --region; not its province)"),
    "extract.note.scope_aims_slogan": (
        "{region}（文中只在自身目标的提法中写出该地，如“{phrase}”）",
        "{region} (named in the set phrase of the text's own aims, as in “{phrase}”)"),
    "extract.note.region_province_passing": (
        "{region}（推测：文中只在“{phrase}”中顺带提到该省，并未以该省口吻说话：请用 --region 指定）",
        "{region} (a guess: the province is named only in passing, “{phrase}”, and the text does not speak as it: "
        "give the region with --region)"),
    "extract.note.level_zone": ("园区", "zone"),
}

register(NOTES)
