"""The HTML report: self-contained, every value linked to its sentence, checked in a real browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from replay import replay_corpus

from summarizer.pipeline import merge_results
from summarizer.prompts import get_prompt
from summarizer.report import summary_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    results, articles = replay_corpus(get_prompt().ref)
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(summary_html(merge_results(results, articles), articles))
    return path


def test_self_contained_and_every_link_lands_on_a_highlighted_sentence(report: Path) -> None:
    page = report.read_text()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page), "no external resource"
    assert "url(" not in page and "<script" not in page and "@import" not in page
    assert "default-src 'none'" in page  # the browser blocks any fetch even if one slipped in
    targets = set(re.findall(r'href="#([^"]+)"', page))
    anchors = set(re.findall(r'id="([^"]+)"', page))
    assert targets and targets <= anchors, f"dangling links: {sorted(targets - anchors)[:3]}"
    assert 'class="badge disputed"' in page and "<mark>" in page and 'class=timeline' in page


@pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed")
def test_renders_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*command, "--dump-dom", report.as_uri()], capture_output=True, text=True,
                         timeout=90, check=True).stdout
    assert dom.count('<section class="card"') == 2  # the two events of the seed batch
    assert "Source articles" in dom and dom.count("<mark>") >= 5
    shot = tmp_path / "report.png"
    subprocess.run([*command, "--window-size=1200,1600", f"--screenshot={shot}", report.as_uri()],
                   capture_output=True, timeout=90, check=True)
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one
