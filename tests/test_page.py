"""The HTML page: its structure, and the seed's page rendered in headless
Chromium (installed from Debian's packages when missing and we are root;
skipped with the reason otherwise).  The screenshot is kept in out/."""

import os
import re
import shutil
import subprocess

import pytest

from extract.pipeline import Pipeline
from extract.show import render

from .conftest import ROOT

ARTIFACTS = ROOT / "out" / "test-artifacts"


@pytest.fixture(scope="module")
def seed_page(seed_text):
    art = Pipeline().extract(seed_text, id="seed")
    return art, render(seed_text, art)


def test_page_is_self_contained_rtl_and_highlights_every_record(seed_page, seed_text):
    art, page = seed_page
    assert '<html lang="ar" dir="rtl">' in page
    assert "http://" not in page and "https://" not in page and "<link" not in page
    assert page.count('class="r figure"') >= len(art.figures)
    assert page.count('class="r country"') >= sum(len(c.mentions) for c in art.countries)
    assert page.count('class="r agreement"') >= len(art.agreements)
    # the text is all there, in order, once the markup is removed
    visible = re.sub(r"<[^>]+>", "", page.split('<article id="text">')[1].split("</article>")[0])
    import html

    assert html.unescape(visible) == seed_text


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path:
        return path
    if os.environ.get("EXTRACT_NO_APT") or os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip("chromium is not installed and cannot be installed here (not root, no apt-get, "
                    "or EXTRACT_NO_APT is set)")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, timeout=300, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True, env=env, timeout=600,
                       capture_output=True)
    except (subprocess.SubprocessError, OSError) as e:
        pytest.skip(f"chromium could not be installed: {e}")
    path = shutil.which("chromium")
    if not path:
        pytest.skip("apt-get installed no chromium binary")
    return path


CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars"]

PROBE = """<script>
const a = document.getElementById('text');
document.body.setAttribute('data-direction', getComputedStyle(a).direction);
document.body.setAttribute('data-highlights', document.querySelectorAll('#text .r').length);
const first = document.querySelector('#text .r.figure').getBoundingClientRect();
const box = a.getBoundingClientRect();
document.body.setAttribute('data-first-figure-right', Math.round(box.right - first.right));
</script>"""


@pytest.mark.slow
def test_seed_page_in_headless_chromium(seed_page, tmp_path):
    chromium = _chromium()
    art, page = seed_page
    probe = tmp_path / "probe.html"
    probe.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    profile = tmp_path / "profile"
    dom = subprocess.run([chromium, *CHROME_FLAGS, f"--user-data-dir={profile}", "--dump-dom", probe.as_uri()],
                         capture_output=True, text=True, timeout=120).stdout
    assert 'data-direction="rtl"' in dom
    n = int(re.search(r'data-highlights="(\d+)"', dom).group(1))
    assert n >= len(art.figures) + sum(len(c.mentions) for c in art.countries)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "seed-page.png"
    page_file = tmp_path / "seed.html"
    page_file.write_text(page, encoding="utf-8")
    subprocess.run([chromium, *CHROME_FLAGS, f"--user-data-dir={profile}", "--window-size=1400,1800",
                    f"--screenshot={shot}", page_file.as_uri()], capture_output=True, timeout=120)
    assert shot.is_file() and shot.stat().st_size > 10_000
