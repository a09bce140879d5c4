def worker():
    while True:
        try:
            job = yield "ready"
            print("working on", job)
        except TimeoutError:
            print("TimeoutError raised at the yield; worker goes on")


gen = worker()
next(gen)
gen.send("job 1")
print(gen.throw(TimeoutError()))  # raise inside, at the yield; returns the next yielded value
gen.send("job 2")
try:
    gen.throw(ValueError("bad job"))  # not caught inside: it comes back out
except ValueError as error:
    print("ValueError came back out:", error)
