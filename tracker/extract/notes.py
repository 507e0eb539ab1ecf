"""Review notes that are said in the reader's language.

A :class:`Note` is a catalogue code with its parameters (``tracker/messages/extract.py``). It is
also a ``str`` whose value is the English text, so that the rules that read a note back ("does
the year note start with guessed", "was the region not found") and the library's callers keep
working; ``to_yaml`` says every note in the language asked for (Chinese by default).

    >>> n = Note("extract.note.region_speaker", region="宜春市")
    >>> str(n), n.text("zh")
    ('宜春市 (the speaker)', '宜春市（发言人所在地区）')
"""

from __future__ import annotations

from typing import Any

import yaml

from tracker.messages import Phrase


class Note(str):
    phrase: Phrase

    def __new__(cls, code: str, /, **params: Any) -> Note:
        phrase = Phrase.of(code, **params)
        obj = super().__new__(cls, phrase.text("en"))
        obj.phrase = phrase
        return obj

    def text(self, lang: str = "zh") -> str:
        return self.phrase.text(lang)

    def __reduce__(self):  # a plain str when copied or pickled
        return (str, (str(self),))


# A caller who dumps ``ExtractResult.review`` as it stands gets the English text.
yaml.SafeDumper.add_representer(Note, lambda dumper, note: dumper.represent_str(str(note)))


def said(value: Any, lang: str) -> Any:
    """``value`` (a note, or dicts and lists holding notes) with every note said in ``lang``."""
    if isinstance(value, Note):
        return value.text(lang)
    if isinstance(value, dict):
        return {k: said(v, lang) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [said(v, lang) for v in value]
    return value
