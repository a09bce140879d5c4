result = await task  # noqa: F821 - `task` comes from the previous cell
print("result:", result)
