import asyncio


def library_report():
    """A library function that starts its own event loop."""

    async def fetch():
        await asyncio.sleep(0.3)
        return "report"

    return asyncio.run(fetch())


# No loop runs in a worker thread, so asyncio.run() works there.
print("result:", await asyncio.to_thread(library_report))
