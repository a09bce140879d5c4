from collections import deque


def job(name, steps):
    for step in range(1, steps + 1):
        print(f"{name}: step {step}")
        yield  # pause: give control back to the scheduler
    return f"{name}: finished"


def run(*jobs):
    ready = deque(jobs)
    while ready:
        current = ready.popleft()
        try:
            next(current)  # run it up to its next yield
        except StopIteration as stop:
            print(stop.value)
        else:
            ready.append(current)  # not finished: back to the end of the queue


run(job("a", 2), job("b", 3))
