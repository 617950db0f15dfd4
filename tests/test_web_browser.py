"""The reader in a real headless Chromium: Debian's /usr/bin/chromium driven by Playwright
(its own browser downloads are never used). When Chromium is missing, the test set-up
installs Debian's package; if that is impossible the tests fail, they do not skip.
Screenshots go to build/screenshots/."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tomtat.collection import store
from tomtat.collection.build import build

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[1] / "build" / "screenshots"
SUMMIT = "Việt Nam sẵn sàng phối hợp thúc đẩy tiến trình hòa bình trên Bán đảo Triều Tiên"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _ensure_chromium() -> str:
    if not Path(CHROMIUM).exists():
        if shutil.which("apt-get") is None:
            pytest.fail("Debian's chromium is needed for the browser tests and apt-get is not available")
        for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode != 0:
                pytest.fail(f"could not install chromium ({' '.join(cmd)}): {done.stderr[-500:]}")
    return CHROMIUM


@pytest.fixture(scope="module")
def site(tmp_path_factory, seeds_dir, vnmds_dir):
    from web_server import Server

    from tomtat.cli import _sample_dir

    db_path = tmp_path_factory.mktemp("browser") / "tomtat.db"
    db = store.connect(db_path)
    build([seeds_dir], db)
    build([_sample_dir()], db)
    clusters = sorted(p for p in vnmds_dir.iterdir() if p.name.startswith("cluster_"))[:5]
    build([body for c in clusters for body in sorted(c.glob("*.body.txt"))], db)  # bodies only
    db.close()
    with Server(db_path) as server:
        yield server.url


@pytest.fixture(scope="module")
def page(site):
    from playwright.sync_api import sync_playwright

    executable = _ensure_chromium()
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, headless=True, args=FLAGS)
        context = browser.new_context(viewport={"width": 412, "height": 915}, device_scale_factor=1)
        yield context.new_page()
        browser.close()


def test_home_page_loads(page, site):
    page.goto(site + "/")
    assert page.locator(".story-item").count() >= 3
    assert page.get_by_role("link", name=SUMMIT).is_visible()
    page.screenshot(path=str(SHOTS / "home.png"), full_page=True)


def test_search_without_diacritics_finds_the_summit(page, site):
    page.goto(site + "/")
    page.get_by_role("searchbox").fill("thuong dinh trieu tien")
    page.get_by_role("button", name="Tìm").click()
    page.wait_for_url("**/?q=*")
    assert page.locator(".story-item h3 a").first.inner_text() == SUMMIT


def test_citation_highlights_its_source_sentence(page, site):
    page.goto(site + "/?q=thuong+dinh")
    page.get_by_role("link", name=SUMMIT).click()
    page.wait_for_url("**/stories/*")
    assert page.locator("h1").inner_text() == SUMMIT
    cite = page.locator(".summary sup.cite a").first
    target = cite.get_attribute("data-target")
    cite.click()
    sentence = page.locator(f"#{target}")
    sentence.wait_for(state="visible")
    assert "hl" in (sentence.get_attribute("class") or "")
    background = sentence.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator("h2", has_text="Ai nói gì").is_visible()
    page.screenshot(path=str(SHOTS / "story.png"), full_page=True)


def test_entity_chip_filters_quotes(page, site):
    page.goto(site + "/?q=lavrov")
    page.get_by_role("link", name=SUMMIT).click()
    page.get_by_role("button", name="Sergei Lavrov").click()
    visible = [s for s in page.locator(".speaker").all() if s.is_visible()]
    assert [s.locator("h3").inner_text() for s in visible] == ["Sergei Lavrov"]


def test_paste_form_gives_a_story(page, site):
    page.goto(site + "/paste")
    page.locator("#text").fill(
        "Hợp long cầu vượt sông Hàn\n"
        "Sáng 12/4, cầu vượt sông Hàn ở thành phố Đà Nẵng đã được hợp long sau 18 tháng thi công, "
        "sớm hơn kế hoạch hai tháng. Cây cầu dài 1,2 km với 6 làn xe, tổng vốn đầu tư hơn 3.000 tỷ đồng."
    )
    page.get_by_role("button", name="Tóm tắt").click()
    page.wait_for_url("**/stories/*")
    assert page.locator("h1").inner_text() == "Hợp long cầu vượt sông Hàn"
    assert page.locator(".summary-sentence").count() >= 1
