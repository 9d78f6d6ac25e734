"""A small HTTP/1.1 keep-alive client on asyncio streams, for ``bench/load.py``.

Cheap on purpose: the load generator shares the machine's CPUs with the server it measures, so
each request costs one write and a few reads (Content-Length or chunked bodies), no more.
Loopback only: :class:`Connection` refuses any host but 127.0.0.1 / localhost / ::1.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

__all__ = ["Connection", "Reply"]

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass(slots=True)
class Reply:
    status: int
    size: int
    closed: bool  # the server closed the connection after this reply


class Connection:
    """One client connection, reopened when the server closes it."""

    def __init__(self, host: str, port: int, *, timeout: float = 30.0) -> None:
        if host not in LOOPBACK:
            raise ValueError(f"load tests go to this machine only, not {host}")
        self.host, self.port, self.timeout = host, port, timeout
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def _open(self) -> None:
        self._reader, self._writer = await asyncio.open_connection(self.host, self.port)

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            try:
                await self._writer.wait_closed()
            except OSError:
                pass
        self._reader = self._writer = None

    async def request(self, method: str, path: str, body: bytes = b"",
                      headers: dict[str, str] | None = None) -> Reply:
        """Send one request and read the whole reply; raises OSError / TimeoutError /
        asyncio.IncompleteReadError on a broken connection (the connection is then closed)."""
        try:
            return await asyncio.wait_for(self._exchange(method, path, body, headers or {}),
                                          self.timeout)
        except BaseException:
            await self.close()
            raise

    async def _exchange(self, method: str, path: str, body: bytes,
                        headers: dict[str, str]) -> Reply:
        if self._writer is None:
            await self._open()
        assert self._reader is not None and self._writer is not None  # noqa: S101
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        if body or method == "POST":
            lines.append(f"Content-Length: {len(body)}")
        self._writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
        await self._writer.drain()
        head = await self._reader.readuntil(b"\r\n\r\n")
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        status = int(status_line.split(" ", 2)[1])
        fields = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            if name:
                fields[name.strip().lower()] = value.strip().lower()
        size = 0
        if "content-length" in fields:
            size = int(fields["content-length"])
            await self._reader.readexactly(size)
        elif fields.get("transfer-encoding") == "chunked":
            while True:
                chunk = int((await self._reader.readuntil(b"\r\n")).split(b";")[0], 16)
                await self._reader.readexactly(chunk + 2)
                size += chunk
                if chunk == 0:
                    break
        closed = fields.get("connection") == "close"
        if closed:
            await self.close()
        return Reply(status, size, closed)
