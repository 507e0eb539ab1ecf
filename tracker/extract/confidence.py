"""How sure a draft is (0–1), with the reasons, so ``--min-confidence`` can drop the weak ones.

Start at 1.0 and take off for each thing the extractor had to guess or that weakens the reading:

| reason | off |
| --- | --- |
| the document's year was guessed (no date, heading or 以来 in the text) and the due year does not name itself (`named_due`: not for “十五五”末, 到2027年) | 0.25 |
| the sentence has no commitment word (context, not a commitment) | 0.3 |
| the due year came from earlier in the paragraph, the section or the plan, not the sentence | 0.1 |
| the region was guessed (speaker, section, most-named province) | 0.1 |
| the region could not be found (待定地区: no region named and no national words, or 全市 with no city) | 0.3 |
| no indicator name could be read | 0.2 |
| a relative goal (翻番, 提高N个百分点) whose base is guessed | 0.05 |

The floor is 0.05. By default (``DEFAULT_MIN_CONFIDENCE``) drafts under 0.5 are left out and
listed in the review as left out. Guessed document years and context sentences are what the issue's
failures had in common, so they weigh most.
"""

from __future__ import annotations

from tracker.extract.notes import Note

#: ``tracker extract`` leaves out drafts below this unless ``--min-confidence`` says otherwise:
#: a sentence with no commitment word in a document whose year had to be guessed (0.45), or a
#: context sentence whose region was not found (0.4 or less). On the development corpus every
#: draft that matches a goal scores 0.5 or more. ``--min-confidence 0`` keeps everything.
DEFAULT_MIN_CONFIDENCE = 0.5

_SOURCE = {k: Note(f"extract.note.from_{k}") for k in ("paragraph", "plan", "horizon", "document")}


def confidence(*, year_guessed: bool, sentence_class: str, due_from: str, region_note: str | None,
               indicator: str, relative: bool) -> tuple[float, list[Note]]:
    score, reasons = 1.0, []

    def off(amount: float, why: Note) -> None:
        nonlocal score
        score -= amount
        reasons.append(Note("extract.note.off", amount=f"{amount:g}", why=why))

    if year_guessed:
        off(0.25, Note("extract.note.off_year"))
    if sentence_class != "commitment":
        off(0.3, Note("extract.note.off_context"))
    if due_from not in ("clause", "sentence"):
        off(0.1, Note("extract.note.off_due", source=_SOURCE.get(due_from, _SOURCE["document"])))
    if region_note:
        if "no region" in region_note or "待定" in region_note:
            off(0.3, Note("extract.note.off_region_missing"))
        else:
            off(0.1, Note("extract.note.off_region"))
    if not indicator or indicator == "待定指标":
        off(0.2, Note("extract.note.off_indicator"))
    if relative:
        off(0.05, Note("extract.note.off_base"))
    return round(max(score, 0.05), 2), reasons
