def read_header():
    name = yield "name?"  # values sent by the caller arrive here directly
    size = yield "size?"
    return name, int(size)  # becomes the value of the yield from expression


def read_file():
    header = yield from read_header()  # delegate until read_header returns
    print("header:", header)
    yield "done"


gen = read_file()
print(next(gen))
print(gen.send("notes.txt"))
print(gen.send("120"))
