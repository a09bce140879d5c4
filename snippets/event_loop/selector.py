import asyncio
import selectors


async def main():
    loop = asyncio.get_running_loop()
    print("loop:", type(loop).__name__)
    print("its selector:", type(loop._selector).__name__)  # private attribute, for a look only


print("selectors.DefaultSelector:", selectors.DefaultSelector.__name__)
asyncio.run(main())
