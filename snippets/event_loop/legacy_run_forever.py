import asyncio


async def heartbeat():
    for beat in range(1, 4):
        print("beat", beat)
        await asyncio.sleep(0.1)
    loop.stop()  # makes run_forever() return


loop = asyncio.new_event_loop()
task = loop.create_task(heartbeat())
try:
    loop.run_forever()
finally:
    loop.close()
print("run_forever returned; task done:", task.done())
