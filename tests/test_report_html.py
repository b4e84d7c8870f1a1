"""The HTML report: self-contained, every value linked to its sentence, checked in a real browser."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from replay import replay_corpus

from summarizer.pipeline import merge_results
from summarizer.report import summary_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    results, articles = replay_corpus("extract_events@v1")
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
    assert 'class="badge disputed"' in page and "<mark " in page and 'class=timeline' in page
    citations = set(re.findall(r'href="#(a-[0-9a-f]{8})"', page))
    assert citations and {f"a-{a[:8]}" for a in re.findall(r'id="article-([0-9a-f]+)"', page)} >= citations


@pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed")
def test_renders_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*command, "--dump-dom", report.as_uri()], capture_output=True, text=True,
                         timeout=90, check=True).stdout
    assert dom.count('<section class="card"') == 2  # the two events of the seed batch
    assert "Source articles" in dom and dom.count('<mark class="v-') >= 5
    # What a person sees first: the article index, event types in words, the top-line figures.
    assert '<tr id="a-8f122ce5">' in dom and "Agreement (AGREE)" in dom
    assert "killed: at least 32 (reports range" in dom and "09:00 UTC (13:00 local)" in dom
    shot = tmp_path / "report.png"
    subprocess.run([*command, "--window-size=1200,1600", f"--screenshot={shot}", report.as_uri()],
                   capture_output=True, timeout=90, check=True)
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk
    assert (width, height) == (1200, 1600)
    assert len(png) > 20_000  # a rendered page, not a blank one (a blank 1200x1600 PNG is ~5 kB)


def test_highlights_are_coloured_by_verdict_and_named_on_hover(report: Path) -> None:
    page = report.read_text()
    marks = re.findall(r'<mark class="v-(\w+)" title="([^"]+)">', page)
    assert marks and {v for v, _ in marks} <= {"supported", "unsupported", "contradicted", "unchecked"}
    assert all(re.fullmatch(r"[^:;]+: \w+(; [^:;]+: \w+)*", title) for _, title in marks)
    assert any(title.startswith("killed: ") for _, title in marks)
    assert "class=legend" in page and all(f'class="v-{v}"' in page for v in ("supported", "unsupported", "contradicted"))
