import asyncio
import unittest


class Connection:
    async def send(self, text):
        await asyncio.sleep(0.01)
        if not text:
            raise ValueError("empty message")
        return text.upper()

    async def close(self):
        print("  cleanup: close()")


class ConnectionTest(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        print("\n  asyncSetUp")  # a new line after the test name
        self.conn = Connection()
        self.addAsyncCleanup(self.conn.close)  # runs after asyncTearDown

    async def asyncTearDown(self):
        print("  asyncTearDown")

    async def test_echo(self):
        self.assertEqual(await self.conn.send("ping"), "PING")

    async def test_empty_message(self):
        with self.assertRaises(ValueError):
            await self.conn.send("")


unittest.main(verbosity=2)
