import asyncio


async def fetch_price():
    await asyncio.sleep(0.1)
    return 42


def report():  # a plain function cannot await
    price = fetch_price()
    print("without await:", type(price).__name__)
    price.close()  # discard it, so Python does not warn that it was never awaited
    print("with asyncio.run:", asyncio.run(fetch_price()))


report()

source = "def report():\n    return await fetch_price()\n"
try:
    compile(source, "report.py", "exec")
except SyntaxError as error:
    print(f"SyntaxError at line {error.lineno}: {error.msg}")
