from contextvars import ContextVar, copy_context

colour = ContextVar("colour", default="red")


def paint(new_colour):
    colour.set(new_colour)
    return f"painted {colour.get()}"


ctx = copy_context()  # a snapshot of the current context
print(ctx.run(paint, "blue"))  # paint's set() changes ctx only
print(f"outside: {colour.get()}")
print(f"inside ctx: {ctx[colour]}")
print(ctx.run(colour.get))  # a later run sees the earlier change
