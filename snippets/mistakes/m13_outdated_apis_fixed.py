import asyncio
import tempfile
from pathlib import Path


async def main(path):  # async def replaces @asyncio.coroutine
    text = await asyncio.to_thread(path.read_text)  # file I/O runs in a worker thread
    print("read:", text.strip())
    await asyncio.sleep(0.1)  # no loop argument: asyncio uses the running loop
    print("slept")


with tempfile.TemporaryDirectory() as folder:
    notes = Path(folder) / "notes.txt"
    notes.write_text("buy milk\n")
    asyncio.run(main(notes))
