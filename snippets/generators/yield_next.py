def countdown(n):
    print("started")
    while n > 0:
        yield n  # pause here and hand n to the caller
        n -= 1
    return "liftoff"  # becomes StopIteration.value


gen = countdown(2)  # runs nothing yet, like calling an async def
print(type(gen).__name__)
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration as stop:
    print("StopIteration, value:", stop.value)
