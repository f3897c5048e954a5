"""A tiny SMTP server that accepts every message and keeps it in memory; start() and stop() it at will.

Just enough of RFC 5321 for Python's smtplib (Django's SMTP backend): EHLO/HELO, MAIL, RCPT, DATA, RSET,
NOOP, QUIT. No TLS, no auth. For benchmarks only: bound to 127.0.0.1.
"""

import asyncio
import threading


class SmtpSink:
    def __init__(self, port: int, host: str = "127.0.0.1"):
        self.host, self.port = host, port
        self.messages: list[bytes] = []
        self._loop = asyncio.new_event_loop()
        self._server = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._answering = threading.Event()
        self._answering.set()
        threading.Thread(target=self._loop.run_forever, daemon=True).start()

    def hold(self) -> None:
        """Accept connections but greet nobody: a client hangs in the middle of its SMTP conversation."""
        self._answering.clear()

    def release(self) -> None:
        self._answering.set()

    @property
    def waiting(self) -> int:
        """Clients connected and not yet greeted (while held)."""
        return len(self._writers) if not self._answering.is_set() else 0

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> None:
        async def serve():
            self._server = await asyncio.start_server(self._session, self.host, self.port, reuse_address=True)
        asyncio.run_coroutine_threadsafe(serve(), self._loop).result()

    def stop(self) -> None:
        """Close the port and drop open sessions: clients now get "connection refused", as with a dead server."""
        async def close():
            self._server.close()
            for writer in list(self._writers):
                writer.close()
            await self._server.wait_closed()
            self._server = None
        asyncio.run_coroutine_threadsafe(close(), self._loop).result()

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while not self._answering.is_set():
                await asyncio.sleep(0.05)
            if writer.is_closing() or reader.at_eof():
                return  # the client gave up (or died) while held: nothing was sent
            writer.write(b"220 sink ESMTP\r\n")
            while line := await reader.readline():
                command = line[:4].upper()
                if command == b"EHLO":
                    writer.write(b"250-sink\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 10485760\r\n")
                elif command == b"DATA":
                    writer.write(b"354 go ahead\r\n")
                    await writer.drain()
                    lines = []
                    while (data := await reader.readline()) not in (b".\r\n", b".\n", b""):
                        lines.append(data[1:] if data.startswith(b"..") else data)
                    self.messages.append(b"".join(lines))
                    writer.write(b"250 queued\r\n")
                elif command == b"QUIT":
                    writer.write(b"221 bye\r\n")
                    await writer.drain()
                    break
                else:  # HELO, MAIL, RCPT, RSET, NOOP
                    writer.write(b"250 ok\r\n")
                await writer.drain()
        except ConnectionError:
            pass
        finally:
            self._writers.discard(writer)
            writer.close()
