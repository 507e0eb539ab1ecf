"""The report opens and prints in LibreOffice: converted to PDF headless.

Needs `soffice` (Debian: libreoffice-calc-nogui); skipped with a reason where
it is missing, CI installs it. With fonts-noto-cjk and poppler-utils present
the Chinese text is checked too.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tracker.report import write_report

import test_report_samples as s

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_converts_to_pdf(tmp_path, lang):
    path = write_report(s.evaluations(), s.figures(), s.problems(), s.AS_OF, tmp_path / "reports",
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
        title = "目标进度报告（截至2024年10月）" if lang == "zh" else "Progress report as of 2024-10"
        assert title in text
        assert "=HYPERLINK" in text  # printed as the text it is
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = int(next(ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")))
        assert pages == 5  # one page per sheet: the summary fits one page wide
