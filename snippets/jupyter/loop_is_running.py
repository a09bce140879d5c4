import asyncio

loop = asyncio.get_running_loop()  # works at the top level of a notebook cell
print("loop running:", loop.is_running())
