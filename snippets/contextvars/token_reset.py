from contextvars import ContextVar

level = ContextVar("level", default=0)

print(f"start: {level.get()}")
token = level.set(1)
print(f"after set: {level.get()}, token.old_value: {token.old_value}")
inner = level.set(2)
print(f"after second set: {level.get()}")
level.reset(inner)  # back to the value before that set
print(f"after reset(inner): {level.get()}")
level.reset(token)
print(f"after reset(token): {level.get()}")
