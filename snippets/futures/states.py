import asyncio


def outcome(future):
    try:
        return repr(future.result())
    except asyncio.CancelledError:  # a BaseException since Python 3.8: not caught below
        return "raises CancelledError"
    except Exception as error:
        return f"raises {type(error).__name__}: {error}"


async def main():
    loop = asyncio.get_running_loop()
    futures = {name: loop.create_future() for name in ("pending", "result", "exception", "cancelled")}
    futures["result"].set_result("ok")
    futures["exception"].set_exception(KeyError("id"))
    futures["cancelled"].cancel()
    for name, future in futures.items():
        print(f"{name:<10} done={future.done()!s:<5} cancelled={future.cancelled()!s:<5} result() {outcome(future)}")


asyncio.run(main())
