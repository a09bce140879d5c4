import types


@types.coroutine
def pause():
    yield


async def download():
    try:
        await pause()
        print("not reached")
    except ConnectionError as error:
        print("download got:", repr(error))
        await pause()
    finally:
        print("cleanup")


coro = download()
print([name for name in ("send", "throw", "close", "__next__") if hasattr(coro, name)])
coro.send(None)
coro.throw(ConnectionError("reset"))  # raised at the paused await, like gen.throw
coro.close()  # GeneratorExit at the paused await: finally runs
