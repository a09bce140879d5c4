import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)-7s %(name)s: %(message)s")
log = logging.getLogger("app")


async def main():
    log.debug("main started")
    await asyncio.sleep(0.1)


asyncio.run(main(), debug=True)
logging.getLogger("asyncio").setLevel(logging.WARNING)  # keep asyncio's warnings and errors only
log.info("asyncio logger set to WARNING")
asyncio.run(main(), debug=True)
