import asyncio


async def main():
    future = asyncio.get_running_loop().create_future()
    future.set_result("first")
    try:
        future.set_result("second")
    except asyncio.InvalidStateError as error:
        print("second set_result: InvalidStateError:", error)

    print("cancel() on a done future:", future.cancel())  # False: too late
    print("result is still:", future.result())


asyncio.run(main())
