"""How long `dateline watch` and `dateline serve` take to exit on SIGTERM (issue 15, defect 13).

    .venv/bin/python bench/stop_time.py            # 3 rounds of each case
    .venv/bin/python bench/stop_time.py --rounds 5 --only serve

Loopback only. The cases, each the real command in a child process:

* ``watch``, one feed trickling a byte every 0.2 s forever (on 127.0.0.2, the tests'
  ``serve_slowloris``) beside the tests' news site: SIGTERM once the site's three articles are
  stored, the slow fetch still going;
* ``serve --workers 2`` on an empty SQLite store: SIGTERM to the command (uvicorn's supervisor),
  idle; with a keep-alive connection left open; with a client that sent half its request headers.

The time is from the signal to the exit of the command and of every process it started; the CPU
seconds the command spent after the signal are printed beside it (on a loaded machine the wall
time is mostly waiting for a CPU).
Done when (issue 15): < 2 s. Prints a table; writes ``bench/results/stop_time.json`` (``--out NAME``; with the
load average while measured).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "ingest"))

from site_server import serve_site, serve_slowloris  # noqa: E402

RESULTS = REPO / "bench" / "results"
ENV = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""),
       "NO_PROXY": "*"}
ENV.pop("DATELINE_TOKEN", None)


def _wait(condition: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the command did not get ready")
        time.sleep(0.05)


def _descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        cur = todo.pop()
        try:
            kids = Path(f"/proc/{cur}/task/{cur}/children").read_text().split()
        except OSError:
            continue
        for kid in map(int, kids):
            found.add(kid)
            todo.append(kid)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def stop(child: subprocess.Popen[bytes], timeout: float = 60.0) -> tuple[float, float]:
    """SIGTERM to ``child``: seconds until it and every process it started have exited, and
    the CPU seconds the command itself spent after the signal."""
    family = _descendants(child.pid)
    cpu = _cpu(child.pid)
    signalled = time.monotonic()
    child.send_signal(signal.SIGTERM)
    try:
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        _wait(lambda: not any(_alive(p) for p in family), timeout)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return time.monotonic() - signalled, usage.ru_utime + usage.ru_stime - cpu


def watch_round(folder: Path) -> tuple[float, float]:
    with serve_site() as site, serve_slowloris() as endless:
        feeds = folder / "feeds.txt"
        feeds.write_text(f"{endless}\n{site.url('/feeds/caspian.atom')}\n")
        db = folder / "watch.db"
        db.unlink(missing_ok=True)
        (folder / "watch.watch.sqlite").unlink(missing_ok=True)
        child = subprocess.Popen(
            [sys.executable, "-m", "dateline.cli.main", "watch", str(feeds), "--db", str(db),
             "--interval", "10m", "--timeout", "60", "--host-delay", "0", "--retries", "0"],
            cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)

        def stored() -> bool:
            if child.poll() is not None:
                raise RuntimeError("watch exited early")
            if not db.exists():
                return False
            import sqlite3
            try:
                with sqlite3.connect(db) as conn:
                    return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]) >= 3
            except sqlite3.Error:
                return False

        _wait(stored, 1200)
        time.sleep(0.5)
        return stop(child)


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve_round(folder: Path, client: str) -> tuple[float, float]:
    port = _port()
    child = subprocess.Popen(
        [sys.executable, "-m", "dateline.cli.main", "serve", "--db", str(folder / "serve.db"),
         "--port", str(port), "--workers", "2"],
        cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)

    def ready() -> bool:
        if child.poll() is not None:
            raise RuntimeError("serve exited early")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
                sock.sendall(b"GET /index.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                return sock.recv(12).startswith(b"HTTP/1.1 200")
        except OSError:
            return False

    _wait(ready, 1200)
    held: list[socket.socket] = []
    try:
        if client == "keep-alive connection":
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(b"GET /index.json HTTP/1.1\r\nHost: x\r\n\r\n")
            sock.recv(65536)
            held.append(sock)
        elif client == "half-sent request":
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sock.sendall(b"GET /index.json HTTP/1.1\r\nHost: x\r\n")
            held.append(sock)
        time.sleep(0.5)
        return stop(child)
    finally:
        for sock in held:
            sock.close()


def _write(rows: list[dict[str, Any]], name: str = "stop_time.json") -> Path:
    """The JSON: ``rows``, and the rows of cases not measured now from the last run (a run of
    one command's cases keeps the other's), each with its time and load average."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / name
    done = {row["case"] for row in rows}
    kept = json.loads(out.read_text(encoding="utf-8")).get("rows", []) if out.exists() else []
    out.write_text(json.dumps({"cpus": os.cpu_count(), "rows": [
        r for r in kept if r["case"] not in done and "measured" in r] + rows}, indent=2) + "\n",
        encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", choices=["watch", "serve"], help="one command's cases")
    parser.add_argument("--out", default="stop_time.json",
                        help="file name under bench/results/ (never overwrite an older run's)")
    args = parser.parse_args(argv)
    cases: list[tuple[str, Callable[[Path], tuple[float, float]]]] = [
        ("watch, slowloris feed", watch_round),
        *[(f"serve --workers 2, {c}", lambda f, c=c: serve_round(f, c))
          for c in ("idle", "keep-alive connection", "half-sent request")]]
    cases = [c for c in cases if args.only is None or c[0].startswith(args.only)]
    load_before = os.getloadavg()
    rows: list[dict[str, Any]] = []
    out = RESULTS / args.out
    print(f"{'case':<44} {'rounds':>6} {'median s':>9} {'max s':>7} {'CPU s after':>11}",
          flush=True)
    for name, run in cases:
        seconds, cpu = [], []
        for _ in range(args.rounds):
            with tempfile.TemporaryDirectory(prefix="dateline-stop-") as tmp:
                wall, used = run(Path(tmp))
            seconds.append(round(wall, 2))
            cpu.append(round(used, 2))
        rows.append({"case": name, "seconds": seconds, "median": statistics.median(seconds),
                     "max": max(seconds), "cpu_seconds_after_signal": cpu,
                     "measured": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                     "load_average": [round(x, 2) for x in os.getloadavg()]})
        print(f"{name:<44} {len(seconds):>6} {rows[-1]['median']:>9.2f} {max(seconds):>7.2f} "
              f"{statistics.median(cpu):>11.2f}", flush=True)
        out = _write(rows, args.out)  # after each case: a run stopped or failing later keeps it
    print(f"load average {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after; "
          f"wrote {out.relative_to(REPO)}")
    return 0 if all(r["max"] < 2.0 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
