"""Every text a user reads, in Chinese (the default) and English, keyed by a code.

Problems, run summaries, ``tracker runs``, ``history``, ``status``, the 简报 and
the report's labels are rendered from here, never from strings scattered through
the code: code that finds something wrong names a reason code and its
parameters, and the catalogue says it in the reader's language.

    >>> from tracker.messages import say
    >>> say("example", "en", n=3)
    '3 example(s)'

Each area keeps its own table in a module of this package (``problems``,
``runs`` …), registered with ``register`` when this package is imported.

A text said later, in a language not yet known, is a ``Phrase``: its code and
parameters. A parameter may itself be a Phrase (said in the same language), a
tuple (its items joined by 、 or ", ") or text; text longer than
``MAX_QUOTED`` characters (a huge cell quoted in a problem) is cut short.

    >>> Phrase.of("example", n=2).text("en")
    '2 example(s)'
"""

from __future__ import annotations

from tracker.messages.catalogue import LANGS, MAX_QUOTED, Message, Phrase, catalogue, has, quote, register, say

__all__ = ["Message", "Phrase", "register", "say", "has", "LANGS", "catalogue", "quote", "MAX_QUOTED"]

from tracker.messages import commands as _commands, explain as _explain, history as _history, problems as _problems  # noqa: E402,F401,E501
from tracker.messages import listing as _listing, runs as _runs  # noqa: E402,F401

from tracker.messages import brief as _brief  # noqa: E402  (the 简报, the report's header, 排名, settings)

register(_brief.TEXTS)
from tracker.messages import extract as _extract  # noqa: E402,F401
from tracker.messages import outlook as _outlook  # noqa: E402,F401
from tracker.messages import zones as _zones  # noqa: E402,F401  (development zones read from the zone table)
from tracker.messages import region_voice as _region_voice  # noqa: E402,F401
from tracker.messages import extract_tables as _extract_tables  # noqa: E402,F401
