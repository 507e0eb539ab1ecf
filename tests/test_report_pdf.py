"""The report opens and prints in LibreOffice: converted to PDF headless.

Needs `soffice` (Debian: libreoffice-calc-nogui); skipped with a reason where
it is missing, CI installs it. With fonts-noto-cjk and poppler-utils present
the Chinese text is checked too.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace

import pytest

from tracker.report import write_report

import test_report_samples as s

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_converts_to_pdf(tmp_path, lang):
    evaluations = [replace(ev, owner="江西省工业和信息化厅") for ev in s.evaluations()]  # the 责任单位 column too
    path = write_report(evaluations, s.figures(), s.problems(), s.AS_OF, tmp_path / "reports",
                        lang=lang, generated_at=s.GENERATED, previous={"gs-invest-2024": "at_risk"})
    out = tmp_path / "pdf"
    profile = (tmp_path / "lo-profile").as_uri()  # a private profile: runs in parallel with any other soffice
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(out),
         str(path)],
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    pdf = out / (path.stem + ".pdf")
    assert pdf.is_file() and pdf.stat().st_size > 5000, (result.stdout, result.stderr)
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        title = "目标任务推进情况（2024年1—10月）" if lang == "zh" else "Progress on plan goals, 2024-01 to 2024-10"
        assert title in text
        assert "=cmd|" in text  # a formula-like file name in the problems, printed as the text it is
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = int(next(ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")))
        assert pages == 7  # one page per sheet: the 简报 on one page, the summary one page wide
    if lang == "zh" and shutil.which("pdftotext"):
        assert summary_text_size(pdf) >= 9.0


def summary_text_size(pdf) -> float:
    """The body text size on the summary's page, in points: a Chinese character is one em wide,
    so a word of Chinese characters is its width over its length (pdftotext -bbox)."""
    boxes = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-bbox", str(pdf), "-"], capture_output=True,
                           text=True).stdout
    sizes = []
    for x0, x1, word in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)</word>',
                                   boxes):
        if word in ("宜春市", "南昌市", "甘肃省"):  # region names: body text of the table
            sizes.append((float(x1) - float(x0)) / len(word))
    assert sizes, boxes[:2000]
    return min(sizes)
