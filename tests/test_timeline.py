"""Measured timelines (tools/timeline.py): the recorder's hooks, the comparison that catches a
changed shape, the drawing and its text alternative in every language."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tools import timeline
from tools.site import LANGUAGES
from tools.snippets import ROOT, SNIPPETS, Recording, Snippet, child_env, timeline_problems

CONCURRENT = SNIPPETS / "concurrency" / "gather.py"  # three jobs sleeping 0.1, 0.3 and 0.2 s at once


def record(path: Path, tmp_path: Path) -> dict:
    """Run a file under the recorder, as the snippet suite does; return its timeline."""
    out = tmp_path / f"{path.stem}.recorded.json"
    proc = subprocess.run([sys.executable, "-m", "tools.timeline", "record", str(path), "--out", str(out)],
                          cwd=ROOT, env=child_env(), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, f"recording {path} failed:\n{proc.stderr}"
    return json.loads(out.read_text(encoding="utf-8"))


def stored(snippet: Path) -> dict:
    data = json.loads(snippet.with_name(f"{snippet.stem}.timeline.json").read_text(encoding="utf-8"))
    return data


def lane(record: dict, name: str) -> list[dict]:
    found = [x for x in record["lanes"] if x["name"] == name]
    assert found, f"no lane {name!r} in {[x['name'] for x in record['lanes']]}"
    return found[0]["segments"]


def kinds(segments: list[dict]) -> list[str]:
    return [f"{s['state']}({s['on']})" if s.get("on") else s["state"] for s in segments]


# ---------------------------------------------------------------------------------------------
# The comparison catches a changed shape


def test_blocking_copy_of_the_concurrent_example_is_caught(tmp_path):
    """The same program with asyncio.sleep replaced by time.sleep: same output shape, same names,
    but the jobs now block the loop one after another. The stored timeline must catch it."""
    source = CONCURRENT.read_text(encoding="utf-8")
    assert "await asyncio.sleep(" in source
    broken = source.replace("await asyncio.sleep(", "time.sleep(")
    if "import time\n" not in broken:
        broken = "import time\n" + broken
    copy = tmp_path / CONCURRENT.name
    copy.write_text(broken, encoding="utf-8")
    fresh = record(copy, tmp_path)
    assert "block(time.sleep)" in kinds(lane(fresh, "job#2")), fresh
    problems = timeline.compare(stored(CONCURRENT), fresh, tolerance=0.1)
    assert problems, "compare() found nothing wrong with a run whose jobs block the loop"
    text = "\n".join(problems)
    assert text.startswith("concurrency/gather.py: timeline: "), text
    assert re.search(r"lane job#\d: segment 1 was wait\(sleep\) [\d.]+–[\d.]+ s, now block\(time\.sleep\)", text), text


def test_unmodified_recorded_run_matches_the_stored_timeline(tmp_path):
    problems = timeline.compare(stored(CONCURRENT), record(CONCURRENT, tmp_path), tolerance=0.1)
    if problems:  # another program may have loaded the machine: once more before failing
        problems = timeline.compare(stored(CONCURRENT), record(CONCURRENT, tmp_path), tolerance=0.1)
    assert not problems, "\n".join(problems)


def test_missing_stored_timeline_says_how_to_make_it(tmp_path):
    snippet = Snippet(tmp_path / "example.py")
    rec = {"format": 1, "duration": 0.1, "lanes": []}
    spec = type("Spec", (), {"exit": 0, "timeout": 30.0, "tolerance": 0.1})()
    problems = timeline_problems(snippet, spec, Recording(rec, 0, "", 0.2))
    assert len(problems) == 1 and "no stored timeline" in problems[0]
    assert "run: python -m tools.snippets update" in problems[0], problems


def seg(state, start, end, on=None, **extra):
    out = {"state": state, **({"on": on} if on else {}), **extra}
    out.update(start=start, end=end)
    return out


def rec(*lanes):
    return {"snippet": "topic/example.py", "format": 1,
            "duration": max((s["end"] for _, segs in lanes for s in segs), default=0.0),
            "lanes": [{"name": n, "kind": "task", "segments": segs} for n, segs in lanes]}


def test_compare_reports_state_time_lane_and_overlap_changes():
    base = rec(("main", [seg("wait", 0.0, 1.0, "task")]),
               ("worker#1", [seg("wait", 0.0, 1.0, "sleep")]),
               ("worker#2", [seg("wait", 0.0, 1.0, "sleep")]))
    assert timeline.compare(base, base) == []
    # a state changes
    changed = rec(("main", [seg("wait", 0.0, 1.0, "task")]),
                  ("worker#1", [seg("wait", 0.0, 1.0, "sleep")]),
                  ("worker#2", [seg("run", 0.0, 1.0)]))
    assert timeline.compare(base, changed) == [
        "topic/example.py: timeline: lane worker#2: segment 1 was wait(sleep) 0.00–1.00 s, now run 0.00–1.00 s"]
    # a time moves beyond the tolerance, and within it
    later = rec(("main", [seg("wait", 0.0, 1.3, "task")]),
                ("worker#1", [seg("wait", 0.0, 1.05, "sleep")]),
                ("worker#2", [seg("wait", 0.0, 1.0, "sleep")]))
    assert timeline.compare(base, later, tolerance=0.1) == [
        "topic/example.py: timeline: lane main: segment 1 was wait(task) 0.00–1.00 s, now 0.00–1.30 s"]
    # a lane disappears
    fewer = rec(("main", [seg("wait", 0.0, 1.0, "task")]), ("worker#1", [seg("wait", 0.0, 1.0, "sleep")]))
    assert "lanes were main, worker#1, worker#2; now main, worker#1 (gone: worker#2)" in timeline.compare(base, fewer)[0]
    # tasks that ran side by side now run one after the other (times within a loose tolerance)
    side = rec(("a", [seg("wait", 0.0, 0.5, "sleep")]), ("b", [seg("wait", 0.1, 0.6, "sleep")]))
    serial = rec(("a", [seg("wait", 0.0, 0.4, "sleep")]), ("b", [seg("wait", 0.4, 0.8, "sleep")]))
    assert any("overlapped by 0.40 s, now not at all" in p for p in timeline.compare(side, serial, tolerance=0.3))


def test_compare_forgives_short_segments_and_swapped_twin_lanes():
    base = rec(("main", [seg("run", 0.0, 0.02), seg("wait", 0.02, 1.0, "task")]),
               ("job#1", [seg("wait", 0.0, 0.3, "sleep")]),
               ("job#2", [seg("wait", 0.0, 0.6, "sleep")]))
    # a segment no longer than the tolerance may come or go (noise at the threshold)
    fresh = rec(("main", [seg("wait", 0.0, 1.0, "task"), seg("block", 1.0, 1.06, "cpu")]),
                ("job#2", [seg("wait", 0.0, 0.3, "sleep")]),   # created in another order:
                ("job#1", [seg("wait", 0.0, 0.6, "sleep")]))   # as_completed() takes a set
    assert timeline.compare(base, fresh) == []


# ---------------------------------------------------------------------------------------------
# The recorder's hooks


PROBE = '''
import asyncio
import time


async def holder(lock):
    async with lock:
        await asyncio.sleep(0.15)


async def waiter(lock):
    await asyncio.sleep(0.01)
    async with lock:  # held by holder: waits on the lock
        pass


async def getter(queue):
    return await queue.get()  # empty for 0.15 s


async def setter(event, queue):
    await asyncio.sleep(0.15)
    queue.put_nowait(1)
    event.set()


async def listener(event):
    await event.wait()


async def blocker():
    await asyncio.sleep(0.2)
    time.sleep(0.1)  # holds the loop


async def main():
    lock, queue, event = asyncio.Lock(), asyncio.Queue(), asyncio.Event()
    await asyncio.gather(holder(lock), waiter(lock), getter(queue), setter(event, queue), listener(event),
                         asyncio.create_task(blocker(), name="the blocker"))
    await asyncio.to_thread(time.sleep, 0.1)


asyncio.run(main())
print("done")
'''


def test_recorder_names_lanes_and_what_tasks_wait_on(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(textwrap.dedent(PROBE), encoding="utf-8")
    out = tmp_path / "probe.json"
    proc = subprocess.run([sys.executable, "-m", "tools.timeline", "record", str(probe), "--out", str(out)],
                          cwd=ROOT, env=child_env(), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "done\n", "the snippet's own output passes through, and nothing else"
    got = json.loads(out.read_text(encoding="utf-8"))
    names = [x["name"] for x in got["lanes"]]
    assert names[0] == "main"
    assert {"holder", "waiter", "getter", "setter", "listener", "the blocker", "thread 1"} <= set(names), names
    assert kinds(lane(got, "holder")) == ["wait(sleep)"]
    assert "wait(lock)" in kinds(lane(got, "waiter"))
    assert kinds(lane(got, "getter")) == ["wait(queue)"]
    assert kinds(lane(got, "listener")) == ["wait(event)"]
    assert kinds(lane(got, "the blocker")) == ["wait(sleep)", "block(time.sleep)"]
    assert kinds(lane(got, "thread 1")) == ["run(time.sleep)"]
    main = kinds(lane(got, "main"))
    assert main[0] == "wait(task)" and main[-1] == "wait(thread)", main
    # The other tasks could not run while the blocker held the loop: nobody overlaps its block.
    block = lane(got, "the blocker")[-1]
    assert 0.09 <= block["end"] - block["start"] <= 0.3
    assert lane(got, "main")[0]["for"][:2] == ["holder", "waiter"]
    for x in got["lanes"]:
        for s in x["segments"]:
            assert s["end"] - s["start"] >= timeline.SHORTEST - 1e-9 and s["start"] >= 0
            assert round(s["start"], 3) == s["start"] and round(s["end"], 3) == s["end"]


def test_recorder_numbers_tasks_sharing_a_coroutine_and_draws_process_lanes(tmp_path):
    probe = tmp_path / "pool.py"
    probe.write_text(textwrap.dedent('''
        import asyncio
        import time
        from concurrent.futures import ProcessPoolExecutor


        def nap(seconds):
            time.sleep(seconds)


        async def job(seconds):
            await asyncio.sleep(seconds)


        async def main():
            await asyncio.gather(job(0.1), job(0.2))
            loop = asyncio.get_running_loop()
            pool = ProcessPoolExecutor(max_workers=1)
            await asyncio.gather(*(loop.run_in_executor(pool, nap, 0.15) for _ in range(2)))
            return pool


        if __name__ == "__main__":
            # The pool shuts down after the loop: joining its worker inside main's last step
            # took over 5 ms on a loaded machine and ended main with a short run segment.
            asyncio.run(main()).shutdown()
        '''), encoding="utf-8")
    got = record(probe, tmp_path)
    names = [x["name"] for x in got["lanes"]]
    assert names == ["main", "job#1", "job#2", "process 1"], names
    assert lane(got, "job#1")[0]["end"] < lane(got, "job#2")[0]["end"]
    assert kinds(lane(got, "process 1")) == ["run(nap)", "run(nap)"], "one worker: one lane, one job after the other"
    assert kinds(lane(got, "main"))[-1] == "wait(process)"


# ---------------------------------------------------------------------------------------------
# Drawing and describing


SAMPLE = {
    "snippet": "topic/example.py", "format": 1, "duration": 1.5,
    "lanes": [
        {"name": "main", "kind": "task", "segments": [seg("wait", 0.0, 1.5, "task", **{"for": ["worker#1", "worker#2"]})]},
        {"name": "worker#1", "kind": "task", "segments": [seg("run", 0.0, 0.2), seg("wait", 0.2, 1.0, "sleep")]},
        {"name": "worker#2", "kind": "task", "segments": [seg("block", 0.0, 0.5, "time.sleep"), seg("wait", 0.5, 1.5, "lock")]},
        {"name": "quick", "kind": "task", "segments": []},
        {"name": "thread 1", "kind": "thread", "segments": [seg("run", 0.1, 1.1, "time.sleep")]},
        {"name": "process 1", "kind": "process", "segments": [seg("run", 0.2, 1.2, "crunch")]},
    ],
}


def rects(svg: str, cls: str) -> list[dict[str, float]]:
    return [{k: float(v) for k, v in re.findall(r'(x|y|width|height)="([\d.]+)"', m)}
            for m in re.findall(rf'<rect class="{cls}"([^>]*)/>', svg)]


def test_svg_draws_every_lane_with_distinct_shapes_and_nothing_external():
    strings = LANGUAGES["en"]["strings"]
    svg = timeline.svg(SAMPLE, strings, uid="tl-test")
    assert svg.startswith("<svg ") and svg.endswith("</svg>")
    assert 'role="img"' in svg and 'width="100%"' in svg and re.search(r'viewBox="0 0 \d+ \d+"', svg)
    assert f'aria-label="{timeline.describe(SAMPLE, strings)}"' in svg.replace("&#x27;", "'")
    assert re.search(r"<title>Timeline of the run: ", svg)
    for name in ("main", "worker#1", "worker#2", "quick", "thread 1", "process 1"):
        assert f">{name}</text>" in svg, f"lane {name} has no label"
    for tick in ("0 s", "0.5 s", "1 s"):
        assert f">{tick}</text>" in svg, f"no tick {tick}"
    run, wait, block = rects(svg, "timeline__run"), rects(svg, "timeline__wait"), rects(svg, "timeline__block")
    assert len(run) == 3 and len(wait) == 3 and len(block) == 1
    assert max(r["height"] for r in wait) < min(r["height"] for r in run) / 2, "waits are thin bars, runs full ones"
    assert 'fill="url(#tl-test-hatch)"' in svg and '<pattern id="tl-test-hatch"' in svg, "blocks are hatched"
    assert ">sleep</text>" in svg and ">lock</text>" in svg, "waits say what they wait on"
    assert all(float(size) >= 11 for size in re.findall(r'font-size="([\d.]+)"', svg))
    assert int(re.search(r'viewBox="0 0 (\d+)', svg).group(1)) <= 375, "about 1 unit per px at 375 px"
    lowered = svg.lower()
    assert "<script" not in lowered and "http" not in lowered and "href" not in lowered, "nothing external"
    assert not re.search(r"\son\w+=", lowered), "no event handlers"


def test_figure_has_the_legend_and_caption_and_stays_out_of_search():
    strings = LANGUAGES["fr"]["strings"]
    fig = timeline.figure(SAMPLE, strings, uid="tl-x")
    assert fig.startswith('<figure class="timeline" data-search-exclude>') and "<figcaption>" in fig
    for key in ("timeline_caption", "timeline_legend_run", "timeline_legend_wait", "timeline_legend_block"):
        assert strings[key] in fig, key
    assert fig.count('class="timeline__swatch"') == 3 and 'aria-hidden="true"' in fig


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_describe_in_every_language(lang):
    strings = LANGUAGES[lang]["strings"]
    keys = {k for k in LANGUAGES["en"]["strings"] if k.startswith("timeline_")}
    assert keys <= set(strings), f"{lang} lacks {sorted(keys - set(strings))}"
    text = timeline.describe(SAMPLE, strings)
    assert text.startswith(strings["timeline_caption"]) and "{" not in text and "}" not in text
    for name in ("main", "worker#1", "worker#2", "quick", "thread 1", "process 1", "sleep", "lock", "time.sleep", "crunch"):
        assert name in text, f"{lang}: {name} missing from {text!r}"
    decimal = strings["timeline_decimal"]
    assert f"0{decimal}20" in text and f"1{decimal}50" in text, text
    assert strings["timeline_brief"] in text
    if lang != "en":
        for english in ("runs", "waits", "blocks", "Timeline"):
            assert english not in text, f"{lang}: English word {english!r} in {text!r}"
    assert len(text) < 600, "one short paragraph"


def test_describe_groups_back_to_back_waits_and_counts_what_it_leaves_out():
    strings = LANGUAGES["en"]["strings"]
    many = {"duration": 0.6, "lanes": [
        {"name": "consumer", "kind": "task", "segments": [seg("wait", i / 10, (i + 1) / 10, "sleep") for i in range(6)]},
        *({"name": f"w#{i}", "kind": "task", "segments": [seg("wait", 0.0, 0.6, "queue")]} for i in range(1, 30))]}
    text = timeline.describe(many, strings)
    assert "consumer waits (sleep) 0.00–0.60 s ×6;" in text
    assert re.search(r"more lanes: \d+\.$", text), text


def test_stored_timelines_are_drawable():
    """Every stored timeline renders, in every language (the site build does the same)."""
    paths = sorted(SNIPPETS.rglob("*.timeline.json"))
    assert len(paths) >= 12
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["snippet"] == path.relative_to(SNIPPETS).as_posix().replace(".timeline.json", ".py")
        assert len(data["lanes"]) <= 11, f"{path.name}: {len(data['lanes'])} lanes is too many for a phone"
        for lang in LANGUAGES:
            timeline.figure(data, LANGUAGES[lang]["strings"], uid=path.stem)


def test_compare_pairs_rotated_twin_lanes_all_together():
    """Three twins whose numbers all moved (as_completed() makes its tasks from a set): pairing
    them one by one, each with the first lane within tolerance, leaves the last a bad match."""
    base = rec(("job#1", [seg("wait", 0.0, 0.2, "sleep")]),
               ("job#2", [seg("wait", 0.0, 0.3, "sleep")]),
               ("job#3", [seg("wait", 0.0, 0.1, "sleep")]))
    rotated = rec(("job#1", [seg("wait", 0.0, 0.1, "sleep")]),
                  ("job#2", [seg("wait", 0.0, 0.2, "sleep")]),
                  ("job#3", [seg("wait", 0.0, 0.3, "sleep")]))
    assert timeline.compare(base, rotated) == []
    longer = rec(("job#1", [seg("wait", 0.0, 0.1, "sleep")]),
                 ("job#2", [seg("wait", 0.0, 0.2, "sleep")]),
                 ("job#3", [seg("wait", 0.0, 0.7, "sleep")]))
    assert timeline.compare(base, longer) == [
        "topic/example.py: timeline: lane job#2 (now job#3): segment 1 was wait(sleep) 0.00–0.30 s, now 0.00–0.70 s"]
