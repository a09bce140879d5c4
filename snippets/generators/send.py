def running_total():
    total = 0
    while True:
        amount = yield total  # send() puts a value here and resumes
        total += amount


gen = running_total()
try:
    gen.send(10)
except TypeError as error:
    print("TypeError:", error)

print(gen.send(None))  # runs to the first yield; same as next(gen)
print(gen.send(10))
print(gen.send(5))
