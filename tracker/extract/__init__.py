"""``tracker extract``: propose draft target specs from a Chinese policy text.

Public API (the CLI calls these):

- :func:`read_document` — UTF-8 (with/without BOM) or GB18030 bytes to text;
- :func:`extract_text` — text to an :class:`ExtractResult` (targets, review, figures);
- :func:`to_yaml` — the result as a targets file that validates as it stands,
  the review notes written as YAML comments.
"""

from tracker.extract.extract import ExtractResult, extract_text
from tracker.extract.numbers import NumberError, Quantity, parse_number, parse_quantity
from tracker.extract.output import figures_csv, to_yaml
from tracker.extract.text import read_document

__all__ = [
    "ExtractResult",
    "NumberError",
    "Quantity",
    "extract_text",
    "figures_csv",
    "parse_number",
    "parse_quantity",
    "read_document",
    "to_yaml",
]
