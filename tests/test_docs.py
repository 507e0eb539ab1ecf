"""The user docs: every link between README.md and docs/ leads somewhere, and nothing a user reads
points to files outside the repository."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")


def _anchors(page: Path) -> set[str]:
    """GitHub's anchors for a page's headings: lower case, punctuation dropped, spaces to '-'."""
    out = set()
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") and not line.startswith("#!"):
            text = line.lstrip("#").strip().lower()
            out.add(re.sub(r"[^\w\- ]", "", text).replace(" ", "-"))
    return out


def _links(page: Path):
    in_code = False
    for line in page.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_code = not in_code
        if not in_code:
            yield from LINK.findall(line)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_links_lead_to_a_file_and_heading_that_exist(page):
    broken = []
    for link in _links(page):
        if re.match(r"[a-z]+:", link):
            continue  # http(s), mailto
        path, _, anchor = link.partition("#")
        target = (page.parent / path).resolve() if path else page
        if not target.exists():
            broken.append(link)
        elif anchor and target.suffix == ".md" and anchor not in _anchors(target):
            broken.append(link)
    assert broken == []


def test_the_docs_pages_are_linked_from_the_readme():
    links = set(_links(ROOT / "README.md"))
    for name in ("formats.md", "judging.md", "json.md", "operations.md"):
        assert any(link.split("#")[0] == f"docs/{name}" for link in links), name


def test_an_anchor_is_made_as_github_makes_it(tmp_path):
    page = tmp_path / "p.md"
    page.write_text("# Other names: `targets/aliases.yaml`\n## Thresholds and `tracker.toml`\n", encoding="utf-8")
    assert _anchors(page) == {"other-names-targetsaliasesyaml", "thresholds-and-trackertoml"}


OUTSIDE = re.compile(r"CONTRACT|FACTS\.md|shared/")


def test_nothing_a_user_reads_points_outside_the_repository():
    files = [*PAGES, ROOT / "pyproject.toml", *sorted((ROOT / "targets").glob("*.yaml"))]
    found = [f"{f.relative_to(ROOT)}:{n}" for f in files
             for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1) if OUTSIDE.search(line)]
    assert found == []


def test_the_package_points_to_docs_not_outside():
    found = sorted({p.relative_to(ROOT).as_posix() for p in (ROOT / "tracker").rglob("*.py")
                    if re.search(r"CONTRACT|FACTS\.md|\bthe contract\b", p.read_text(encoding="utf-8"))})
    assert found == []
