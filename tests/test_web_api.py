"""HTTP API and pages: every endpoint, bad input, escaping, concurrency."""

from __future__ import annotations

import json
import re
import threading

import httpx
import pytest
from fastapi.testclient import TestClient

from tomtat.collection import store
from tomtat.collection.build import build
from tomtat.web.app import MAX_BODY, create_app

SUMMIT = "Việt Nam sẵn sàng phối hợp thúc đẩy tiến trình hòa bình trên Bán đảo Triều Tiên"
ARTICLE = (
    "Hợp long cầu vượt sông Hàn\n"
    "Sáng 12/4, cầu vượt sông Hàn ở thành phố Đà Nẵng đã được hợp long sau 18 tháng thi công, "
    "sớm hơn kế hoạch hai tháng. Cây cầu dài 1,2 km với 6 làn xe, tổng vốn đầu tư hơn 3.000 tỷ đồng. "
    "Ông Nguyễn Văn Bình, Giám đốc Ban quản lý dự án, cho biết cầu sẽ thông xe vào dịp 30/4."
)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory, seeds_dir):
    path = tmp_path_factory.mktemp("web") / "tomtat.db"
    db = store.connect(path)
    from tomtat.cli import _sample_dir

    build([seeds_dir], db)
    build([_sample_dir()], db)
    db.close()
    return path


@pytest.fixture(scope="module")
def client(db_path):
    return TestClient(create_app(db_path))


def _summit_id(client) -> str:
    found = client.get("/api/stories", params={"q": "thượng đỉnh"}).json()["stories"]
    return next(s["id"] for s in found if s["headline"] == SUMMIT)


def test_home_lists_stories_with_gist_outlets_and_dates(client):
    page = client.get("/")
    assert page.status_code == 200 and SUMMIT in page.text
    data = client.get("/api/stories").json()
    assert data["total"] == 2 and data["page"] == 1 and len(data["stories"]) == 2
    summit = next(s for s in data["stories"] if s["headline"] == SUMMIT)
    assert summit["gist"] and summit["size"] == 5 and len(summit["outlets"]) >= 2
    assert client.get("/api/stories", params={"page": 2}).json()["stories"] == []


def test_search_ignores_diacritics(client):
    for q in ("thuong dinh", "THƯỢNG ĐỈNH", "Lavrov", "trieu tien"):
        heads = [s["headline"] for s in client.get("/api/stories", params={"q": q}).json()["stories"]]
        assert SUMMIT in heads, q
    assert client.get("/api/stories", params={"q": "tàu điện"}).json()["stories"][0]["headline"] != SUMMIT
    assert client.get("/api/stories", params={"q": "xyzzy"}).json()["total"] == 0
    assert "Không tìm thấy" in client.get("/", params={"q": "xyzzy"}).text


def test_story_page_citations_point_at_sentences(client):
    sid = _summit_id(client)
    page = client.get(f"/stories/{sid}").text
    assert "Ai nói gì" in page and "Dòng thời gian" in page and "Sergei Lavrov" in page
    targets = re.findall(r'href="#(s-[^"]+)"', page)
    assert targets
    for target in targets:
        assert f'id="{target}"' in page, target
    data = client.get(f"/api/stories/{sid}").json()
    assert set(data) >= {"id", "headline", "summary", "articles", "entities", "quotes", "timeline"}


def test_unknown_story_is_404(client):
    assert client.get("/api/stories/story-999999").status_code == 404
    assert client.get("/api/stories/story-999999").json() == {"error": "không có câu chuyện 'story-999999'"}
    assert client.get("/stories/nope").status_code == 404


def test_post_pages_makes_a_story(client):
    r = client.post("/api/stories", json={"pages": [{"text": ARTICLE, "url": "https://bao.example/cau"}]})
    assert r.status_code == 201
    story = r.json()
    assert story["headline"] == "Hợp long cầu vượt sông Hàn" and story["summary"]
    assert client.get(f"/api/stories/{story['id']}").json()["headline"] == story["headline"]
    plain = client.post("/api/stories", content=ARTICLE.encode(), headers={"content-type": "text/plain"})
    assert plain.status_code == 201
    files = client.post("/api/stories", files=[("files", ("cau.txt", ARTICLE.encode(), "text/plain"))])
    assert files.status_code == 201


@pytest.mark.parametrize(
    ("body", "ctype", "status", "says"),
    [
        (b"", "application/json", 400, "trống"),
        (b"   ", "text/plain", 400, "trống"),
        (b'{"pages": [{"title": "x"}]}', "application/json", 400, 'cần một đối tượng có "text" hoặc "html"'),
        (b"{not json", "application/json", 400, "JSON không hợp lệ"),
        (b"[" * 50_000 + b"]" * 50_000, "application/json", 400, "lồng quá sâu"),
        (b'{"pages": [{"text": "a", "n": ' + b"9" * 5000 + b"}]}", "application/json", 400, "số quá dài"),
        (b"caf\xe9 \xff\xfe broken", "text/plain", 400, "không phải UTF-8"),
        (
            b"The city council approved the new budget on Monday after a long debate about schools. "
            b"Officials said the plan would take effect next year.",
            "text/plain",
            422,
            "không phải tiếng Việt",
        ),
    ],
)
def test_bad_input_is_refused_clearly(client, body, ctype, status, says):
    r = client.post("/api/stories", content=body, headers={"content-type": ctype})
    assert r.status_code == status
    assert says in r.json()["error"]


def test_20_mb_upload_is_413(client):
    big = b"a" * (MAX_BODY + 1024)
    r = client.post("/api/stories", files=[("files", ("big.txt", big, "text/plain"))])
    assert r.status_code == 413
    r = client.post("/api/stories", content=big, headers={"content-type": "text/plain"})
    assert r.status_code == 413


def test_script_is_never_echoed(client):
    evil = (
        "<html><head><title>Tin <script>alert('t')</script> mới</title></head><body><article>"
        "<h1>Cảnh báo lừa đảo <script>alert(1)</script></h1>"
        "<p>Sáng 3/5, Công an thành phố Hà Nội cảnh báo người dân về thủ đoạn lừa đảo qua điện thoại "
        "<img src=x onerror=alert(2)> đang diễn ra phổ biến trên địa bàn.</p>"
        "<p>Theo cơ quan công an, kẻ gian giả danh nhân viên ngân hàng để đề nghị người dân cung cấp "
        "mã OTP, sau đó chiếm đoạt tiền trong tài khoản của họ.</p></article></body></html>"
    )
    r = client.post("/api/stories", json={"pages": [{"html": evil}]})
    assert r.status_code == 201
    sid = r.json()["id"]
    for url in (f"/stories/{sid}", "/", "/?q=lua+dao"):
        page = client.get(url).text
        assert "<script>alert" not in page and "onerror=alert" not in page and "<img" not in page
    assert "<script>" not in json.dumps(client.get(f"/api/stories/{sid}").json())


def test_paste_form_and_url_fetching_rules(client, db_path):
    assert "<textarea" in client.get("/paste").text
    r = client.post("/paste", data={"text": ARTICLE}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/stories/")
    assert "Hợp long cầu vượt sông Hàn" in client.get(r.headers["location"]).text
    r = client.post("/paste", data={"urls": "https://example.com/a"}, follow_redirects=False)
    assert r.status_code == 403
    fetching = TestClient(create_app(db_path, allow_fetch=True))
    for url in (
        "http://127.0.0.1:8000/",
        "http://localhost/",
        "http://169.254.169.254/latest",
        "http://10.0.0.1/",
    ):
        r = fetching.post("/paste", data={"urls": url}, follow_redirects=False)
        assert r.status_code == 422 and "từ chối" in r.text, url
    assert fetching.post("/paste", data={"urls": "file:///etc/passwd"}).status_code == 422


def test_openapi_docs(client):
    import re as _re

    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/stories" in docs.text
    # nothing loaded from outside: the reference works on a machine without internet
    assert not _re.search(r"""<(script|link)[^>]+(src|href)=["']https?://""", docs.text)
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/stories", "/api/stories/{story_id}"} <= set(paths)


def test_concurrent_posts_while_reading(db_path):
    from web_server import Server

    with Server(db_path) as server:
        before = httpx.get(f"{server.url}/api/stories").json()["total"]
        errors: list[str] = []
        made: list[str] = []

        def post(n: int) -> None:
            text = ARTICLE.replace("18 tháng", f"{18 + n} tháng")
            r = httpx.post(f"{server.url}/api/stories", json={"pages": [{"text": text}]}, timeout=60)
            (made.append(r.json()["id"]) if r.status_code == 201 else errors.append(r.text))

        def read() -> None:
            for _ in range(10):
                r = httpx.get(f"{server.url}/api/stories", params={"q": "song han"}, timeout=60)
                if r.status_code != 200:
                    errors.append(r.text)

        threads = [threading.Thread(target=post, args=(n,)) for n in range(8)]
        threads += [threading.Thread(target=read) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors
        assert len(set(made)) == 8
        assert httpx.get(f"{server.url}/api/stories").json()["total"] == before + 8
        for sid in made:
            assert httpx.get(f"{server.url}/api/stories/{sid}").status_code == 200


def test_pasting_a_stored_article_opens_its_story(client, seeds_dir):
    """The seeds are in the store: pasting one of them again is that story, not a copy."""
    before = client.get("/api/stories").json()["total"]
    page = sorted(seeds_dir.glob("*.txt"))[1].read_text(encoding="utf-8")
    r = client.post("/api/stories", json={"pages": [{"text": page}]})
    assert r.status_code == 201, r.text
    assert r.json()["headline"] == SUMMIT and client.get("/api/stories").json()["total"] == before


def test_search_prefers_what_was_typed_and_says_why(db_path):
    """Two stories, one with "hòa bình" and one with "hoa binh"-like words only without
    marks in common: the diacritics typed rank first, and each result says where it
    matched."""
    from tomtat.web.views import why_matched

    client = TestClient(create_app(db_path))
    found = client.get("/api/stories", params={"q": "thượng đỉnh"}).json()["stories"]
    assert found and found[0]["headline"] == SUMMIT
    why = found[0]["why"]
    assert why and why["match"].lower() == "thượng đỉnh" and why["where"]
    page = client.get("/", params={"q": "Lavrov"}).text
    assert "<mark>Lavrov</mark>" in page and "Khớp ở" in page
    data = {
        "headline": "Giá vàng tăng mạnh",
        "summary": [{"text": "Giá vàng SJC lên 90 triệu đồng."}],
        "articles": [],
    }
    assert why_matched(data, "gia vang")["match"] == "Giá vàng"


def test_search_ranks_the_diacritics_typed_first(tmp_path):
    db = store.connect(tmp_path / "s.db")

    def story(headline: str) -> dict:
        return {"headline": headline, "summary": [{"text": headline}], "articles": [], "size": 1}

    peace = store.add_pasted_story(db, story("Đối thoại vì hòa bình trên bán đảo"))
    chemistry = store.add_pasted_story(db, story("Nhà máy hóa chất bị đình chỉ vì gây ô nhiễm"))
    ids = {k: sid for k, sid in db.execute("SELECT key, id FROM stories")}
    for query, first in (("hóa", chemistry), ("hòa", peace)):
        keys, total = store.search(db, query)
        assert total == 2 and ids[keys[0]] == first, query


def test_hostile_requests_get_a_clear_4xx_and_strict_headers(client):
    page = client.get("/")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    evil = client.post(
        "/api/stories", json={"pages": [{"text": ARTICLE}]}, headers={"origin": "https://evil.example"}
    )
    assert evil.status_code == 403 and "trang web khác" in evil.json()["error"]
    ok = client.post(
        "/api/stories", json={"pages": [{"text": ARTICLE}]}, headers={"origin": "http://testserver"}
    )
    assert ok.status_code == 201
    assert client.get("/api/stories", params={"page": 2**63}).status_code == 200
    assert client.get("/api/stories", params={"q": "thượng\x00đỉnh"}).status_code == 200
    assert client.get("/", params={"q": "a" * 5000}).status_code == 200


def test_only_http_links_are_rendered(client):
    r = client.post(
        "/api/stories",
        json={"pages": [{"text": ARTICLE.replace("Đà Nẵng", "Huế"), "url": "JaVaScRiPt:alert(1)"}]},
    )
    assert r.status_code == 201, r.text
    page = client.get(f"/stories/{r.json()['id']}").text
    assert "javascript:" not in page.lower() and "Bài gốc" not in page


def test_the_address_check_refuses_every_non_public_range():
    """Checked without sending anything: private, loopback, link-local, carrier-grade NAT
    (cloud metadata at 100.100.100.200), metadata 169.254.169.254, IPv4-mapped loopback."""
    from tomtat.web.fetch import is_public_address

    for address in ("10.0.0.1", "172.16.5.4", "192.168.1.1", "127.0.0.1", "169.254.169.254",
                    "100.64.0.1", "100.100.100.200", "0.0.0.0", "::1", "fe80::1", "::ffff:127.0.0.1",
                    "224.0.0.1", "198.51.100.7"):  # fmt: skip
        assert not is_public_address(address), address
    assert is_public_address("8.8.8.8") and is_public_address("2001:4860:4860::8888")


def test_a_trickling_page_is_cut_off_at_the_deadline():
    """A fake response that yields one byte per call (no network): the read stops at the
    deadline with a clear message instead of holding a worker."""
    import time as _time

    from tomtat.web.fetch import FetchError, read_within

    class Trickle:
        def read(self, n):
            _time.sleep(0.01)
            return b"a"

    with pytest.raises(FetchError, match="quá lâu"):
        read_within(Trickle(), _time.monotonic() + 0.2)

    class Whole:
        def __init__(self):
            self.left = [b"x" * 10, b""]

        def read(self, n):
            return self.left.pop(0)

    assert read_within(Whole(), _time.monotonic() + 5) == b"x" * 10


def test_the_connection_goes_to_the_address_that_was_checked(monkeypatch):
    """DNS rebinding: the name is resolved once, and the socket goes to that address.
    A fake resolver answers a public address the first time and loopback after; the
    connection is recorded, not made, so nothing leaves the machine."""
    from tomtat.web import fetch as fetch_module

    answers = [["93.184.216.34"], ["127.0.0.1"]]
    monkeypatch.setattr(fetch_module, "resolve", lambda host, port: answers.pop(0))
    connected = []

    def record(address, port):
        connected.append((address, port))
        raise OSError("not connecting in a test")

    monkeypatch.setattr(fetch_module, "_connect", record)
    with pytest.raises(fetch_module.FetchError):
        fetch_module.fetch("http://rebinding.example:8080/tin")
    assert connected == [("93.184.216.34", 8080)]
    assert answers == [["127.0.0.1"]], "the name was resolved a second time"


def test_a_pinned_fetch_reads_from_a_loopback_server(monkeypatch):
    """A server on 127.0.0.1 stands in for a public one (the check is faked to accept
    it): the request carries the name in its Host header, the body comes back, and a
    redirect is refused rather than followed."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    from tomtat.web import fetch as fetch_module

    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append((self.path, self.headers["Host"]))
            if self.path == "/chuyen":
                self.send_response(302)
                self.send_header("Location", "http://127.0.0.1/")
                self.end_headers()
                return
            body = "<p>Tin thử nghiệm.</p>".encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setattr(fetch_module, "resolve", lambda host, p: ["127.0.0.1"])
        monkeypatch.setattr(fetch_module, "is_public_address", lambda a: a == "127.0.0.1")
        body, _ = fetch_module.fetch(f"http://tin.example:{port}/bai?id=1")
        assert "Tin thử nghiệm" in body.decode()
        assert seen[0] == ("/bai?id=1", f"tin.example:{port}")
        with pytest.raises(fetch_module.FetchError, match="chuyển hướng"):
            fetch_module.fetch(f"http://tin.example:{port}/chuyen")
    finally:
        server.shutdown()


def test_requests_naming_another_host_are_refused(db_path):
    """DNS rebinding: a page elsewhere whose name resolves to this server carries its own
    name in the Host header; only the names the server was given are answered."""
    guarded = TestClient(create_app(db_path, allowed_hosts=["127.0.0.1", "localhost"]))
    r = guarded.get("/", headers={"Host": "attacker.example"})
    assert r.status_code == 400 and "không được phép" in r.json()["error"]
    assert guarded.get("/", headers={"Host": "127.0.0.1:8000"}).status_code == 200
    assert guarded.get("/api/stories", headers={"Host": "LOCALHOST"}).status_code == 200


def test_summarizing_in_worker_processes(tmp_path):
    """What `tomtat serve` runs: stories summarized in spawned worker processes, and a
    refusal raised there reaches the client as the same Vietnamese 4xx."""
    with TestClient(create_app(tmp_path / "p.db", worker_processes=True)) as proc:
        r = proc.post("/api/stories", json={"pages": [{"text": ARTICLE}]})
        assert r.status_code == 201, r.text
        r = proc.post("/api/stories", json={"pages": [{"text": "This is an English page about nothing. " * 5}]})
        assert r.status_code == 422 and "tiếng Việt" in r.json()["error"]


# An invented follow-up of the seeds' event (a summit in Hà Nội): the page a second
# run adds to a store whose first run kept the seeds apart.
FOLLOW_UP = (
    "Hội nghị thượng đỉnh Mỹ - Triều Tiên tại Hà Nội: Việt Nam hoàn tất công tác chuẩn bị\n"
    "Bộ Ngoại giao Việt Nam cho biết công tác chuẩn bị cho hội nghị thượng đỉnh Mỹ - Triều "
    "Tiên lần thứ hai tại Hà Nội đã hoàn tất. Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng "
    "nói Việt Nam sẵn sàng phối hợp thúc đẩy tiến trình hòa bình trên Bán đảo Triều Tiên. "
    "Tổng thống Mỹ Donald Trump và nhà lãnh đạo Triều Tiên Kim Jong-un sẽ gặp nhau tại Hà Nội "
    "ngày 27 và 28/2. Đặc phái viên Mỹ về Triều Tiên Stephen Biegun đã tới Hà Nội để chuẩn bị "
    "cho cuộc gặp, trong khi Ngoại trưởng Nga Sergei Lavrov hoan nghênh tiến trình đối thoại."
)


def test_a_story_merged_into_another_leads_there(tmp_path, seeds_dir):
    """A first run keeps the seeds apart (a strict bar, no merging); a second run adds a
    follow-up, and the merge joins the stories it reaches under the older key. The
    emptied story's address answers with a redirect to the story that holds its
    articles, on the page and in the API; an unknown id is still a 404."""
    from tomtat.collection.build import Options

    db = store.connect(tmp_path / "tomtat.db")
    build([seeds_dir], db, Options(threshold=0.99, merge_threshold=float("inf")))
    first = dict(store.article_stories(db))
    (tmp_path / "day2").mkdir()
    (tmp_path / "day2" / "follow-up.txt").write_text(FOLLOW_UP, encoding="utf-8")
    build([tmp_path / "day2"], db)
    now = dict(store.article_stories(db))
    moved = db.execute("SELECT key, id FROM stories WHERE json IS NULL AND moved_to IS NOT NULL").fetchall()
    db.close()
    assert moved, "the second run merged no stored story"
    client = TestClient(create_app(tmp_path / "tomtat.db"))
    for key, sid in moved:
        articles = [a for a, k in first.items() if k == key]
        target = {now[a] for a in articles}
        assert len(target) == 1 and target != {key}  # all of them went to one other story
        page = client.get(f"/stories/{sid}", follow_redirects=False)
        api = client.get(f"/api/stories/{sid}", follow_redirects=False)
        assert page.status_code == api.status_code == 301
        new_id = page.headers["location"].rsplit("/", 1)[1]
        assert api.headers["location"] == f"/api/stories/{new_id}"
        story = client.get(api.headers["location"]).json()
        assert story["id"] == new_id and set(articles) <= {a["id"] for a in story["articles"]}
        assert client.get(f"/stories/{sid}").status_code == 200  # followed
    assert client.get("/api/stories/story-999999", follow_redirects=False).status_code == 404
