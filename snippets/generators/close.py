def read_lines():
    print("open file")
    try:
        yield "line 1"
        yield "line 2"
        yield "line 3"
    except GeneratorExit:
        print("GeneratorExit at the paused yield")
        raise  # a generator must not yield again after close()
    finally:
        print("close file")


gen = read_lines()
print(next(gen))
gen.close()  # raises GeneratorExit inside, at the paused yield
print(next(gen, "finished"))  # a closed generator yields nothing more
