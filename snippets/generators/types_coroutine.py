import types


@types.coroutine
def pause(label):
    reply = yield label  # a generator that async def code may await
    return reply


async def job():
    first = await pause("first pause")  # await delegates like yield from
    second = await pause("second pause")
    return first + second


coro = job()
print(coro.send(None))  # run job up to the yield inside pause
print(coro.send(1))  # 1 becomes the value of the first await
try:
    coro.send(2)
except StopIteration as stop:
    print("job returned", stop.value)
