import re
import subprocess
import sys

TYPED = [
    'await asyncio.sleep(0.1, "slept")',
    'task = asyncio.create_task(asyncio.sleep(0.2, "background"))',
    "task.done()",
    "await asyncio.sleep(0.3)",
    "task.done(), task.result()",
    "asyncio.run(asyncio.sleep(0))",
]

repl = subprocess.run(
    [sys.executable, "-m", "asyncio"],
    input="\n".join(TYPED) + "\n",  # then end of input, like Ctrl-D
    stdout=subprocess.PIPE,
    stderr=subprocess.STDOUT,
    text=True,
    check=True,
)
# The banner ends with ">>> import asyncio": the REPL has imported it for you.
banner, shown, session = repl.stdout.partition(">>> import asyncio\n")
print(banner + shown, end="")
# A REPL fed through a pipe does not echo what it reads: put each line back after its prompt.
parts = re.split(r"(>>> |\.\.\. )", session)
for prompt, output, line in zip(parts[1::2], parts[2::2], TYPED + [""]):
    print(prompt + line + ("\n" if line else ""), output, sep="", end="")
