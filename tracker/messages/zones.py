"""What ``tracker extract`` says about development zones read from the zone table (tracker/extract/data/zones.tsv)."""

from __future__ import annotations

from tracker.messages.catalogue import register

NOTES: dict[str, tuple[str, str]] = {
    "extract.note.region_listed_zone": ("{region}（“{word}”是该开发区的简称，属{parent}）",
                                        "{region} (“{word}” is this development zone's short name, in {parent})"),
}

register(NOTES)
