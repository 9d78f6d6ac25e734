"""The bad and odd inputs of ``bench/robustness.py``, written by this module (seeded).

Each group is a folder of files of one kind, and knows how many documents it holds at least
(every one of them must come out as a record or an error record). Texts that should extract
are wire-style sentences written here; long documents repeat real news text from
``../shared/data/news_raw_bench`` when it is there. Feed entries point at 127.0.0.1:9, where
nothing listens (no other address is ever named).
"""

from __future__ import annotations

import gzip
import json
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NEWS = REPO.parent / "shared" / "data" / "news_raw_bench" / "news_raw_bench.jsonl"
VISIT = ("BAKU, Azerbaijan, May 1. Kazakh Foreign Minister Murat Nurtleu met Azerbaijani "
         "President Ilham Aliyev in Baku on Monday. The two discussed transport links.")
NOWHERE = "http://127.0.0.1:9"  # loopback, closed: every fetch fails at once
PUNCTUATION = ["(", ")", ".", ",", "!", "?", "-", "'", '"', "[", "]", "/", ":", ";", "…", "—"]


@dataclass(slots=True)
class Group:
    """A folder of inputs: ``documents`` is how many records (or error records) it must give."""

    name: str
    folder: Path
    documents: int = 0
    files: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # file name -> its documents

    def write(self, name: str, data: bytes | str, documents: int = 1) -> Path:
        path = self.folder / name
        path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str)
                         else data)
        self.documents += documents
        self.files += 1
        self.counts[name] = self.counts.get(name, 0) + documents
        return path

    def keep(self, n: int, rng: random.Random) -> None:
        """Keep ``n`` of the group's files, drawn by ``rng`` (a short, seeded run)."""
        names = sorted(self.counts)
        kept = set(rng.sample(names, min(n, len(names))))
        for name in names:
            if name not in kept:
                (self.folder / name).unlink()
                del self.counts[name]
        self.files, self.documents = len(self.counts), sum(self.counts.values())


def news_text(size: int) -> str:
    """``size`` characters of real news text (repeated), or of the written visit report."""
    texts: list[str] = []
    if NEWS.exists():
        with NEWS.open(encoding="utf-8") as stream:
            for line in stream:
                text = json.loads(line).get("text", "")
                if text.strip():
                    texts.append(text.strip())
                if sum(map(len, texts)) > 400_000:
                    break
    body = "\n\n".join(texts) or VISIT
    return ((body + "\n\n") * (size // (len(body) + 2) + 1))[:size]


def _words(rng: random.Random, n: int) -> str:
    vocab = VISIT.replace(".", "").split()
    return " ".join(rng.choice(vocab) for _ in range(n))


def _text_group(g: Group, rng: random.Random) -> None:
    for i in range(80):
        g.write(f"empty{i}.txt", " \n\t" * (i % 4))
        g.write(f"binary{i}.txt", rng.randbytes(200 + 50 * i))
        g.write(f"latin1-{i}.txt", ("Café talks in Astana. " * (i + 1)).encode("latin-1"))
        g.write(f"utf16-{i}.txt", (VISIT * (1 + i % 3)).encode("utf-16"))
        g.write(f"bom{i}.txt", "\ufeff" + VISIT)
        g.write(f"controls{i}.txt", "".join(rng.choice("\x01\x02\x1b\x07a ") for _ in range(500)))
        g.write(f"cr{i}.txt", VISIT.replace(". ", ".\r") * (1 + i % 5))
        g.write(f"nul{i}.txt", VISIT.encode() + b"\x00" * (i + 1) + VISIT.encode())
        g.write(f"cesu{i}.txt", VISIT.encode() + b"\xed\xa0\x80" + VISIT.encode())


def _unicode_group(g: Group, rng: random.Random) -> None:
    odd = ["\u202e", "\u200b", "\u200d", "\u0301" * 50, "\U0001F600" * 30, "\u2028",
           "\u2029", "\x85", "\ufffd" * 40, "\u0645\u0631\u062d\u0628\u0627 " * 20, "\t\v\f"]
    for i in range(200):
        piece = odd[i % len(odd)]
        g.write(f"odd{i}.txt", VISIT[: 20 + i] + piece * (1 + i % 7) + VISIT)
    for i in range(20):
        g.write(f"combining{i}.txt", "a" + "\u0301" * (2000 * (i + 1)) + " " + VISIT)


def _punctuation_group(g: Group, rng: random.Random, sizes: list[int]) -> None:
    for i, size in enumerate(sizes):
        mark = PUNCTUATION[i % len(PUNCTUATION)]
        spaced = i % 2 == 1
        flood = ((mark + " ") if spaced else mark) * (size // (2 if spaced else 1))
        g.write(f"flood{i}.txt", VISIT + "\n" + flood[:size] + "\n" + VISIT)


def _dates_group(g: Group, rng: random.Random) -> None:
    heads = ["9999-12-31", "0001-01-01", "0000-00-00", "2024-02-30", "1999-13-01", "2024-1-1",
             "99999-01-01", "2024-04-03T25:61:00Z", "-2024-01-01", "２０２４-０４-０３"]
    bodies = ["on 12/31/9999", "on 1/1/0001", "on February 30", "on the 99th of May",
              "in the year 10000", "on 31.12.9999", "next Monday", "in 9999", "on Sept. 31",
              "between March 28-29 and April 40", "on 2024-04-03T99:99", "on 0/0/0",
              "on the 1st of Nevember", "every Monday since 1 AD", "on 29 February 2023"]
    for i, head in enumerate(heads):
        for j, body in enumerate(bodies):
            g.write(f"date{i}-{j}.txt", f" date {head}\n{VISIT.replace('on Monday', body)}")


def _jsonl_group(g: Group, rng: random.Random) -> None:
    good = json.dumps({"text": VISIT})
    cases: list[tuple[str, str, int]] = [
        ("deep-array", "[" * 100_000 + "]" * 100_000, 1),
        ("deep-object", '{"a":' * 50_000 + "1" + "}" * 50_000, 1),
        ("big-id", '{"id":' + "9" * 5000 + ',"text":"Putin met Xi."}', 1),
        ("big-text-number", '{"text":' + "7" * 20_000 + "}", 1),
        ("big-float", '{"id": 1e999999, "text": "Putin met Xi."}', 1),
        ("surrogates", '{"id":"\\udc00","text":"Putin \\ud800 met Xi.","title":"\\udfff"}', 1),
        ("cr", "\r".join([good] * 10), 10), ("ls", "\u2028".join([good] * 10), 10),
        ("nel", "\x85".join([good] * 10), 10), ("ps", "\u2029".join([good] * 10), 10),
        ("crlf", "\r\n".join([good] * 10), 10),
        ("not-json", "this is not json {", 1), ("array", "[1, 2, 3]", 1),
        ("string", '"just a string"', 1), ("null", "null", 1),
        ("no-text", '{"title": "x"}', 1), ("text-list", '{"text": ["a", "b"]}', 1),
        ("empty-text", '{"text": "   "}', 1), ("id-dict", '{"id": {"a": 1}, "text": "Putin met Xi."}', 1),
        ("id-bool", '{"id": true, "text": "Putin met Xi."}', 1),
        ("url-js", '{"url": "javascript:alert(1)", "text": "Putin met Xi in Moscow."}', 1),
        ("published-junk", '{"published": "yesterday", "text": "Putin met Xi."}', 1),
        ("published-far", '{"published": "9999-12-31T23:59:59Z", "text": "' + VISIT + '"}', 1),
        ("meta-int", '{"source": 5, "text": "Putin met Xi."}', 1),
        ("trailing", good + " trailing", 1), ("two-objects", good + good, 1),
        ("nul-in-string", '{"text": "Putin\\u0000met Xi."}', 1),
        ("escapes", '{"text": "' + "\\n" * 5000 + 'Putin met Xi."}', 1),
    ]
    for name, line, docs in cases:
        for copy in range(8 if len(line) < 100_000 else 2):
            g.write(f"{name}-{copy}.jsonl", line + "\n" + good + "\n\n", documents=docs + 1)
    for i in range(40):
        g.write(f"badutf8-{i}.jsonl", b'{"text": "caf\xe9"}\n' + good.encode() + b"\n", 2)
        g.write(f"bom-{i}.jsonl", "\ufeff" + good + "\n" + good + "\n", 2)
        lines = [json.dumps({"id": f"m{i}-{k}", "text": _words(rng, 40)}) for k in range(10)]
        g.write(f"many-{i}.jsonl", "\n".join(lines) + "\n", 10)
        g.write(f"blank-{i}.jsonl", "\n\n" + good + "\n   \n", 1)
        g.write(f"no-newline-{i}.jsonl", good, 1)


def _huge_lines_group(g: Group, rng: random.Random) -> None:
    good = json.dumps({"text": VISIT})
    g.write("line-12mb.jsonl", '{"text": "' + "a" * 12_000_000 + '"}\n' + good + "\n", 2)
    g.write("line-40mb-no-newline.jsonl", "b" * 40_000_000, 1)
    g.write("text-5mb.txt", "The ministers met. " * 260_000)
    g.write("stdin-like-9mb.jsonl", '{"text": "' + "c " * 4_500_000 + '"}\n', 1)


def _html_page(body: str, head: str = "") -> str:
    return (f"<!doctype html><html lang='en'><head><title>Talks in Baku</title>{head}</head>"
            f"<body><article><h1>Talks in Baku</h1>{body}</article></body></html>")


def _html_group(g: Group, rng: random.Random) -> None:
    paragraph = f"<p>{VISIT}</p>" * 4
    ld = "<script type='application/ld+json'>{}</script>"
    cases = {
        "deep-jsonld": _html_page(paragraph, ld.format('{"a":' * 5000 + "1" + "}" * 5000)),
        "deep-jsonld-array": _html_page(paragraph, ld.format("[" * 5000 + "]" * 5000)),
        "big-jsonld-number": _html_page(paragraph, ld.format('{"n": ' + "9" * 10_000 + "}")),
        "deep-divs": _html_page("<div>" * 5000 + paragraph + "</div>" * 5000),
        "deep-unclosed": _html_page("<span><b><i>" * 3000 + paragraph),
        "no-body": "<html><head><title>x</title></head></html>",
        "script-only": "<html><script>" + "var a=1;" * 5000 + "</script></html>",
        "entity-flood": _html_page("<p>" + "&amp;&#x41;&lt;&#0;&#xD800;" * 5000 + "</p>"),
        "charset-lie": "<meta charset='shift_jis'>" + _html_page(paragraph),
        "table-flood": _html_page("<table>" + "<tr><td>x</td></tr>" * 20_000 + "</table>"),
        "comment-flood": _html_page("<!--" * 20_000 + paragraph),
        "attr-flood": _html_page(f"<p {'a=1 ' * 20_000}>{VISIT}</p>"),
        "plain": _html_page(paragraph),
        "punctuation": _html_page("<p>" + "(" * 40_000 + "</p>" + paragraph),
    }
    for name, html in cases.items():
        for copy in range(2 if name in ("punctuation", "entity-flood") else 6):
            g.write(f"{name}-{copy}.html", html)
    for i in range(10):
        g.write(f"binary-{i}.html", rng.randbytes(5000))
        g.write(f"empty-{i}.html", b"")
        g.write(f"utf16-{i}.html", _html_page(paragraph).encode("utf-16"))
    g.write("huge.html", _html_page(paragraph + "<p>x</p>" * 1_400_000))


def _warc_record(url: str, body: bytes, *, headers: bytes = b"") -> bytes:
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + str(len(body)).encode() + b"\r\n\r\n" + body)
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url.encode()
            + b"\r\nWARC-Date: 2024-05-01T10:00:00Z\r\nContent-Type: application/http; "
            b"msgtype=response\r\n" + headers + b"Content-Length: " + str(len(http)).encode()
            + b"\r\n\r\n" + http + b"\r\n\r\n")


def _warc_group(g: Group, rng: random.Random) -> None:
    page = _html_page(f"<p>{VISIT}</p>" * 4).encode()
    good = _warc_record("https://outlet.test/a", page)
    for i in range(24):
        g.write(f"good-{i}.warc.gz", gzip.compress(good) * 3, 3)
        g.write(f"truncated-{i}.warc.gz", gzip.compress(good * 3)[: 200 + 40 * i], 1)
        g.write(f"random-{i}.warc", rng.randbytes(3000), 1)
        g.write(f"empty-{i}.warc", b"", 1)
        g.write(f"bad-length-{i}.warc", good.replace(b"Content-Length: ", b"Content-Length: 9")
                + good, 1)
        g.write(f"deep-{i}.warc", _warc_record(
            "https://outlet.test/deep", _html_page("<div>" * 5000 + "x").encode()), 1)
        g.write(f"bomb-{i}.warc.gz", gzip.compress(_warc_record(
            "https://outlet.test/bomb", b"<html><body>" + b" " * 30_000_000 + b"</body></html>")),
            1)
        g.write(f"many-headers-{i}.warc", _warc_record(
            "https://outlet.test/h", page, headers=b"X-A: b\r\n" * 200_000), 1)
    giant = g.folder / "giant-header.warc.gz"
    with giant.open("wb") as out:  # a 1 GB header line in about 1 MB
        out.write(gzip.compress(good))
        packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        out.write(packer.compress(b"WARC/1.0\r\nWARC-Type: response\r\nX-Padding: "))
        chunk = b"a" * (1 << 20)
        for _ in range(1024):
            out.write(packer.compress(chunk))
        out.write(packer.compress(b"\r\nContent-Length: 0\r\n\r\n\r\n\r\n") + packer.flush())
    g.documents += 2
    g.files += 1


def _feed(entries: int, extra: str = "") -> str:
    items = "".join(f"<item><title>T{i}</title><link>{NOWHERE}/a{i}.html</link></item>"
                    for i in range(entries))
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>F</title>{extra}"
            f"{items}</channel></rss>")


def _feeds_group(g: Group, rng: random.Random) -> None:
    laughs = ("<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
              + "".join(f"<!ENTITY lol{i} '{('&lol' + str(i - 1) + ';') * 10 if i else '&lol;' * 10}'>"
                        for i in range(10))
              + "]><rss version='2.0'><channel><title>&lol9;</title></channel></rss>")
    cases: dict[str, tuple[str | bytes, int]] = {
        "two-entries": (_feed(2), 2), "malformed": (_feed(1)[:-30], 1),
        "laughs": (laughs, 0), "deep": ("<rss>" + "<x>" * 20_000 + "</rss>", 0),
        "empty": ("", 1), "binary": (rng.randbytes(4000), 1), "html": (_html_page("<p>x</p>"), 1),
        "no-entries": (_feed(0), 0), "js-links": (_feed(0, "<item><link>javascript:x</link></item>"), 0),
    }
    for name, (data, docs) in cases.items():
        for copy in range(6):
            g.write(f"{name}-{copy}.rss", data, docs)


Writer = Callable[[Group, random.Random], None]
GROUPS: dict[str, Writer] = {
    "text": _text_group, "unicode": _unicode_group, "dates": _dates_group,
    "jsonl": _jsonl_group, "huge-lines": _huge_lines_group, "html": _html_group,
    "warc": _warc_group, "feeds": _feeds_group,
    "punctuation": lambda g, rng: _punctuation_group(g, rng, [500 * (i % 16 + 1) for i in range(32)]),
    "punctuation-long": lambda g, rng: _punctuation_group(g, rng, [40_000, 40_000, 120_000]),
    "long": lambda g, rng: [g.write(f"news-{size}.txt", news_text(size))
                            for size in (100_000, 250_000, 999_000)],
}


def generate(root: Path, seed: int = 15, only: list[str] | None = None,
             sample: int | None = None) -> list[Group]:
    """Write every group (or ``only`` those) under ``root``; the groups, in order; with
    ``sample``, that many files of each group, drawn with the seed."""
    groups = []
    for name, writer in GROUPS.items():
        if only and name not in only:
            continue
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        group = Group(name, folder)
        writer(group, random.Random(f"{seed}:{name}"))
        if sample is not None:
            group.keep(sample, random.Random(f"{seed}:{name}:sample"))
        groups.append(group)
    return groups


__all__ = ["GROUPS", "Group", "generate", "news_text"]
