import asyncio


async def main():
    await asyncio.sleep(0.1)
    return "done"


loop = asyncio.new_event_loop()
try:
    print("result:", loop.run_until_complete(main()))
finally:
    loop.close()
print("loop closed:", loop.is_closed())
