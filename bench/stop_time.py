"""How long `dateline watch` and `dateline serve` take to exit on SIGTERM (issue 15, defect 13).

    .venv/bin/python bench/stop_time.py            # 3 rounds of each case
    .venv/bin/python bench/stop_time.py --rounds 5

Loopback only. The cases, each the real command in a child process:

* ``watch``, one feed trickling a byte every 0.2 s forever (on 127.0.0.2, the tests'
  ``serve_slowloris``) beside the tests' news site: SIGTERM once the site's three articles are
  stored, the slow fetch still going;
* ``serve --workers 2`` on an empty SQLite store: SIGTERM to the command (uvicorn's supervisor),
  idle; with a keep-alive connection left open; with a client that sent half its request headers.

The time is from the signal to the exit of the command and of every process it started; the CPU
seconds the command spent after the signal are printed beside it (on a loaded machine the wall
time is mostly waiting for a CPU).
Done when (issue 15): < 2 s. Prints a table; writes ``bench/results/stop_time.json`` (with the
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

        _wait(stored, 300)
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

    _wait(ready, 300)
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    cases: list[tuple[str, Callable[[Path], tuple[float, float]]]] = [
        ("watch, slowloris feed", watch_round),
        *[(f"serve --workers 2, {c}", lambda f, c=c: serve_round(f, c))
          for c in ("idle", "keep-alive connection", "half-sent request")]]
    load_before = os.getloadavg()
    rows = []
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
                     "max": max(seconds), "cpu_seconds_after_signal": cpu})
        print(f"{name:<44} {len(seconds):>6} {rows[-1]['median']:>9.2f} {max(seconds):>7.2f} "
              f"{statistics.median(cpu):>11.2f}", flush=True)
    load_after = os.getloadavg()
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "stop_time.json"
    out.write_text(json.dumps({
        "measured": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after], "cpus": os.cpu_count(),
        "rows": rows}, indent=2) + "\n", encoding="utf-8")
    print(f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after; "
          f"wrote {out.relative_to(REPO)}")
    return 0 if all(r["max"] < 2.0 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
