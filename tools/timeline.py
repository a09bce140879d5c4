"""Measured timelines: what each task, worker thread and worker process of a snippet did, and when.

A snippet whose .toml says ``timeline = true`` has a third stored file beside its .out:
``<name>.timeline.json``, written by ``python -m tools.snippets update`` from a recorded run. The
tests record a fresh run and compare its shape with the stored one (``compare``); the site draws
the stored one under the snippet's output (``svg``, with the text alternative ``describe``).

Recording (``python -m tools.timeline record snippets/<topic>/<name>.py --out rec.json``) runs
the snippet unmodified, as ``python <name>.py`` would (``runpy`` as ``__main__``, in its folder,
``sys.argv = [<name>.py]``, its folder first on ``sys.path``, its output passed through), with
these hooks installed before it starts:

``asyncio.events.Handle._run``
    every callback the loop runs. A callback bound to a Task is a step of that task: a "run"
    segment (or "block" when it holds the loop longer than ``BLOCKING``). After the step, the
    coroutine chain (``cr_await``, generators' ``gi_yieldfrom``, async generators' ``ag_await``)
    says what the task waits on until its next step: the first frame inside asyncio names it
    (``sleep``, ``lock``, ``semaphore``, ``event``, ``condition``, ``queue``, ``io``, ``thread``,
    ``task``...), else the future the task waits for does (a Task, a gather, a wrapped executor
    future). Other callbacks show on a "loop" lane only when they block.
``time.sleep``
    a call on a thread whose event loop is running is a "block" segment (on ``time.sleep``).
``concurrent.futures.thread._WorkItem.run``
    a job in a worker thread: a "run" segment on a "thread N" lane.
``concurrent.futures.ProcessPoolExecutor.submit``
    a job in a worker process, seen from the parent: it starts when a worker is free to take it
    (its submission, or the end of an earlier job of the same pool) and ends when its future is
    done; "process N" lanes. Nothing inside the child process is instrumented.
``asyncio.futures.wrap_future``
    tells a wait for a thread job from a wait for a process job.

Thread and process lanes are assigned by interval partitioning (the lowest-numbered lane free at
the job's start), so the same run gives the same lanes. Task lanes carry the task's name; the task
``asyncio.run`` starts is ``main``; a task named ``Task-N`` takes its coroutine function's name
(``worker``); names shared by several tasks get ``#1``, ``#2``... in creation order. Times are
seconds from the first recorded event, rounded to milliseconds; segments shorter than
``SHORTEST`` are left out (a task with nothing longer keeps an empty lane: it only ran briefly).

This module's recorder uses only the standard library: it runs in whichever interpreter runs the
snippet.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import concurrent.futures.thread
import functools
import gc
import heapq
import html
import itertools
import json
import math
import os
import re
import runpy
import sys
import threading
import time
import weakref

FORMAT = 1
SHORTEST = 0.005   # seconds: shorter segments are not recorded
BLOCKING = 0.05    # seconds: a task step (or callback) this long holds the loop: a "block" segment
ASYNCIO_DIR = os.path.dirname(os.path.abspath(asyncio.__file__)) + os.sep
STATES = ("run", "wait", "block")


# ---------------------------------------------------------------------------------------------
# Recording


def _task_classes() -> tuple[type, ...]:
    classes = [asyncio.Task]
    py_task = getattr(asyncio.tasks, "_PyTask", None)
    if isinstance(py_task, type) and py_task not in classes:
        classes.append(py_task)
    return tuple(classes)


def callable_label(fn) -> str:
    """A short name for a function run in a worker: 'crunch' (the snippet's own), 'time.sleep'."""
    while isinstance(fn, functools.partial):
        # asyncio.to_thread runs functools.partial(contextvars.Context.run, func, *args)
        inner = fn.func
        if type(getattr(inner, "__self__", None)).__name__ == "Context" and fn.args and callable(fn.args[0]):
            fn = fn.args[0]
        else:
            fn = inner
    name = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or type(fn).__name__
    module = getattr(fn, "__module__", None)
    if module and module not in ("__main__", "__mp_main__", "builtins") and "." not in name:
        return f"{module}.{name}"
    return name


class _TaskInfo:
    __slots__ = ("task", "order", "number", "base", "main", "internal", "segments", "waiting")

    def __init__(self, task, order: int, main: bool):
        self.task = task  # a strong reference: ids stay unique while recording
        self.order = order
        name = task.get_name() if hasattr(task, "get_name") else ""
        m = re.fullmatch(r"Task-(\d+)", name or "")
        self.number = int(m.group(1)) if m else None
        coro = task.get_coro() if hasattr(task, "get_coro") else getattr(task, "_coro", None)
        code = _code_of(coro)
        self.internal = bool(code and code.co_filename.startswith(ASYNCIO_DIR))
        coro_name = getattr(coro, "__name__", None) or (code.co_name if code else None) or "task"
        self.main = main
        self.base = "main" if main else (coro_name if (m or not name) else name)
        self.segments: list[dict] = []
        self.waiting: dict | None = None  # what it waits on since the end of its last step


def _code_of(obj):
    for attr in ("cr_code", "gi_code", "ag_code"):
        code = getattr(obj, attr, None)
        if code is not None:
            return code
    return None


def _parts(obj):
    """(code, frame, next awaited object) of a coroutine, generator or async generator."""
    if hasattr(obj, "cr_code"):
        return obj.cr_code, obj.cr_frame, obj.cr_await
    if hasattr(obj, "gi_code"):
        return obj.gi_code, obj.gi_frame, obj.gi_yieldfrom
    if hasattr(obj, "ag_code"):
        return obj.ag_code, obj.ag_frame, obj.ag_await
    return None, None, None


def _unwrap(obj):
    """What an await-helper object wraps (async_generator_asend -> its async generator,
    coroutine_wrapper -> its coroutine, a C future iterator -> its future), or None."""
    if obj is None or isinstance(obj, asyncio.Future):
        return None
    try:
        refs = gc.get_referents(obj)
    except Exception:  # noqa: BLE001
        return None
    for ref in refs:
        if _code_of(ref) is not None or isinstance(ref, asyncio.Future):
            return ref
    return None


# What the first asyncio frame of a waiting coroutine chain means.
_LOCK_KINDS = [(asyncio.Semaphore, "semaphore"), (asyncio.Lock, "lock"), (asyncio.Event, "event")]
if hasattr(asyncio, "Barrier"):
    _LOCK_KINDS.append((asyncio.Barrier, "barrier"))
_IO_MODULES = ("streams", "selector_events", "proactor_events", "base_events", "sslproto", "unix_events",
               "windows_events")


class Recorder:
    def __init__(self):
        self.clock = time.perf_counter
        self.local = threading.local()
        self.pid = os.getpid()
        self.task_classes = _task_classes()
        self.tasks: dict[int, _TaskInfo] = {}
        self.loops: list = []           # loops seen (strong references: ids stay unique)
        self.loop_segments: list[dict] = []
        self.thread_jobs: list[tuple[float, float, str]] = []
        self.process_jobs: list[dict] = []
        self.pools: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self.process_futures: weakref.WeakSet = weakref.WeakSet()
        self.wrapped: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self.created: dict[int, float] = {}  # id of a pending Handle -> when it was scheduled
        self.pool_count = 0
        self.first: float | None = None
        self.installed: list[tuple[object, str, object]] = []

    # -- hooks -----------------------------------------------------------------------------

    def install(self) -> None:
        rec = self
        handle_run = asyncio.events.Handle._run
        handle_init = asyncio.events.Handle.__init__

        def __init__(handle, *args, **kwargs):
            handle_init(handle, *args, **kwargs)
            rec.created[id(handle)] = rec.clock()

        def _run(handle):
            task = getattr(handle._callback, "__self__", None)
            if isinstance(task, rec.task_classes):
                return rec._step(task, handle, handle_run)
            return rec._callback(handle, handle_run)

        sleep = time.sleep

        @functools.wraps(sleep)
        def timed_sleep(seconds):
            step = getattr(rec.local, "step", None)
            if step is None and asyncio.events._get_running_loop() is None:
                return sleep(seconds)
            began = rec.clock()
            try:
                return sleep(seconds)
            finally:
                ended = rec.clock()
                if step is not None:
                    step.append((began, ended))
                else:
                    rec._loop_segment("block", "time.sleep", began, ended)

        work_run = concurrent.futures.thread._WorkItem.run

        def run_work_item(item):
            began = rec.clock()
            try:
                return work_run(item)
            finally:
                rec.thread_jobs.append((began, rec.clock(), callable_label(item.fn)))

        submit = concurrent.futures.ProcessPoolExecutor.submit

        def process_submit(pool, fn, *args, **kwargs):
            submitted = rec.clock()
            future = submit(pool, fn, *args, **kwargs)
            if pool not in rec.pools:
                rec.pool_count += 1
                rec.pools[pool] = rec.pool_count
            job = {"pool": rec.pools[pool], "workers": getattr(pool, "_max_workers", 1) or 1,
                   "submit": submitted, "end": None, "label": callable_label(fn)}
            rec.process_jobs.append(job)
            rec.process_futures.add(future)
            future.add_done_callback(lambda _f, job=job: job.__setitem__("end", rec.clock()))
            return future

        wrap_future = asyncio.futures.wrap_future

        @functools.wraps(wrap_future)
        def wrap(future, *, loop=None):
            result = wrap_future(future, loop=loop)
            if result is not future and isinstance(future, concurrent.futures.Future):
                try:
                    rec.wrapped[result] = "process" if future in rec.process_futures else "thread"
                except TypeError:
                    pass
            return result

        for owner, attr, new in ((asyncio.events.Handle, "_run", _run),
                                 (asyncio.events.Handle, "__init__", __init__), (time, "sleep", timed_sleep),
                                 (concurrent.futures.thread._WorkItem, "run", run_work_item),
                                 (concurrent.futures.ProcessPoolExecutor, "submit", process_submit),
                                 (asyncio.futures, "wrap_future", wrap), (asyncio, "wrap_future", wrap)):
            self.installed.append((owner, attr, getattr(owner, attr)))
            setattr(owner, attr, new)

    def uninstall(self) -> None:
        for owner, attr, old in reversed(self.installed):
            setattr(owner, attr, old)
        self.installed.clear()

    # -- events ----------------------------------------------------------------------------

    def _mark(self, t: float) -> None:
        if self.first is None or t < self.first:
            self.first = t

    def _info(self, task) -> _TaskInfo:
        info = self.tasks.get(id(task))
        if info is None or info.task is not task:
            loop = task.get_loop() if hasattr(task, "get_loop") else getattr(task, "_loop", None)
            main = False
            if loop is not None and all(seen is not loop for seen in self.loops):
                probe = _TaskInfo(task, 0, False)
                if not probe.internal:  # the first task of a loop is the one asyncio.run started
                    self.loops.append(loop)
                    main = True
            info = _TaskInfo(task, len(self.tasks), main)
            self.tasks[id(task)] = info
        return info

    def _split(self, began: float, ended: float, sleeps: list, cpu: float) -> list[tuple]:
        """A callback's time as (state, on, start, end): time.sleep calls are blocks; what is
        left runs, or blocks when longer than BLOCKING ('cpu' if it mostly used the CPU)."""
        out, cursor = [], began
        slept = sum(b - a for a, b in sleeps)
        other = max(ended - began - slept, 1e-9)
        on = "cpu" if cpu >= 0.5 * other else "call"
        for a, b in sleeps:
            if a > cursor:
                out.append(("run", None, cursor, a))
            out.append(("block", "time.sleep", a, b))
            cursor = b
        if ended > cursor or not out:
            out.append(("run", None, cursor, ended))
        return [("block", on, a, b) if state == "run" and b - a > BLOCKING else (state, o, a, b)
                for state, o, a, b in out]

    def _begin_span(self) -> tuple:
        """Start measuring one callback the loop runs: the time.sleep calls made during it are
        collected in `sleeps`. Returns (outer span's list, sleeps, thread CPU, start)."""
        outer = getattr(self.local, "step", None)
        sleeps: list = []
        self.local.step = sleeps
        return outer, sleeps, time.thread_time(), self.clock()

    def _end_span(self, outer: list | None, cpu0: float) -> tuple[float, float]:
        """(end, thread CPU used) of a span started by _begin_span; the outer span is restored."""
        ended = self.clock()
        cpu = time.thread_time() - cpu0
        self.local.step = outer
        return ended, cpu

    def _step(self, task, handle, run):
        info = self._info(task)
        scheduled = self.created.pop(id(handle), None)
        if isinstance(handle, asyncio.events.TimerHandle):
            scheduled = None
        outer, sleeps, cpu0, began = self._begin_span()
        try:
            return run(handle)
        finally:
            ended, cpu = self._end_span(outer, cpu0)
            self._mark(began)
            if info.waiting is not None:
                waiting = info.waiting
                # When could it have run again? Its timer's due time, or when its wake-up was
                # scheduled. Long after that, it waited for the loop, held by something else.
                ready = min([t for t in (waiting.get("due"), scheduled) if t is not None], default=None)
                if ready is not None and began - ready >= BLOCKING and ready > waiting["start"]:
                    info.segments.append({"state": "wait", "on": waiting["on"], "for": waiting["for"],
                                          "start": waiting["start"], "end": ready})
                    info.segments.append({"state": "wait", "on": "loop", "start": ready, "end": began})
                else:
                    info.segments.append({"state": "wait", "on": waiting["on"], "for": waiting["for"],
                                          "start": waiting["start"], "end": began})
            for state, on, a, b in self._split(began, ended, sleeps, cpu):
                info.segments.append({"state": state, "on": on, "start": a, "end": b})
            info.waiting = None
            if not task.done():
                try:
                    waiting = self._waits_on(task)
                except Exception:  # noqa: BLE001 - never break the snippet for a picture
                    waiting = {"on": "other", "for": None}
                waiting["start"] = ended
                info.waiting = waiting

    def _callback(self, handle, run):
        self.created.pop(id(handle), None)
        outer, sleeps, cpu0, began = self._begin_span()
        try:
            return run(handle)
        finally:
            ended, cpu = self._end_span(outer, cpu0)
            if sleeps or ended - began > BLOCKING:
                self._mark(began)
                for state, on, a, b in self._split(began, ended, sleeps, cpu):
                    if state == "block":
                        self._loop_segment(state, on, a, b)

    def _loop_segment(self, state, on, began, ended) -> None:
        self._mark(began)
        self.loop_segments.append({"state": state, "on": on, "start": began, "end": ended})

    # -- what a task waits on --------------------------------------------------------------

    def _waits_on(self, task) -> dict:
        """{"on": what the task waits on, "for": the tasks it waits for, "due": when its sleep ends}"""
        obj = task.get_coro() if hasattr(task, "get_coro") else getattr(task, "_coro", None)
        leaf = getattr(task, "_fut_waiter", None)
        for _ in range(100):
            if obj is None:
                break
            code, frame, nxt = _parts(obj)
            if code is None:
                inner = _unwrap(obj)
                if inner is None or isinstance(inner, asyncio.Future):
                    leaf = leaf if leaf is not None else inner
                    break
                obj = inner
                continue
            if code.co_filename.startswith(ASYNCIO_DIR):
                found = self._asyncio_kind(code, frame)
                if found is not None:
                    return found
                break
            obj = nxt
        on, waits_for = self._future_kind(leaf)
        return {"on": on, "for": waits_for}

    def _asyncio_kind(self, code, frame) -> dict | None:
        found = self._asyncio_frame_kind(code, frame)
        if found is None:
            return None
        on, waits_for = found
        out = {"on": on, "for": waits_for}
        timer = frame.f_locals.get("h") if on == "sleep" and frame is not None else None
        if isinstance(timer, asyncio.TimerHandle):  # asyncio.sleep's own timer: when it is due
            loop = getattr(timer, "_loop", None)
            if loop is not None:
                out["due"] = timer.when() - loop.time() + self.clock()
        return out

    def _asyncio_frame_kind(self, code, frame) -> tuple[str, list | None] | None:
        module = os.path.splitext(os.path.basename(code.co_filename))[0]
        name = code.co_name
        local = frame.f_locals if frame is not None else {}
        me = local.get("self")
        if module == "tasks":
            if name in ("sleep", "__sleep0"):
                return "sleep", None
            if name in ("_wait", "wait"):
                return "task", self._tasks_in(local.get("fs"))
            if name == "wait_for":
                return "task", self._tasks_in([local.get("fut")])
            if name in ("_wait_for_one", "as_completed", "gather", "_cancel_and_wait", "shield"):
                return "task", None
            return None
        if module == "taskgroups":
            return "task", self._tasks_in(getattr(me, "_tasks", None))
        if module in ("locks", "mixins"):
            if isinstance(me, asyncio.Condition):
                return ("condition" if name in ("wait", "wait_for") else "lock"), None
            for cls, kind in _LOCK_KINDS:
                if isinstance(me, cls):
                    return kind, None
            return "lock", None
        if module == "queues":
            return "queue", None
        if module == "threads":
            return "thread", None
        if module in ("subprocess", "base_subprocess"):
            return "subprocess", None
        if module in _IO_MODULES:
            if name == "run_in_executor":
                return None
            return "io", None
        if module == "staggered":
            return "task", None
        return None

    def _tasks_in(self, items) -> list | None:
        try:
            tasks = [t for t in (items or ()) if isinstance(t, self.task_classes)]
        except TypeError:
            return None
        return tasks or None

    def _future_kind(self, fut) -> tuple[str, list | None]:
        if fut is None:
            return "other", None
        if isinstance(fut, self.task_classes):
            return "task", [fut]
        children = getattr(fut, "_children", None)
        if type(fut).__name__ == "_GatheringFuture" and children is not None:
            kinds = {self._wrapped_kind(c) for c in children}
            if len(kinds) == 1 and None not in kinds:  # gather() of executor jobs
                return kinds.pop(), None
            return "task", self._tasks_in(children)
        kind = self._wrapped_kind(fut)
        if kind:
            return kind, None
        return "future", None

    def _wrapped_kind(self, fut) -> str | None:
        try:
            return self.wrapped.get(fut)
        except TypeError:
            return None

    # -- the record ------------------------------------------------------------------------

    def build(self, ended: float | None = None) -> dict:
        ended = self.clock() if ended is None else ended
        lanes: list[tuple[str, str, list[dict]]] = []

        # Task lanes, in creation order; names shared by several tasks get #1, #2...
        infos = [i for i in self.tasks.values() if not i.internal]
        key = {id(i): (i.number if i.number is not None else math.inf, i.order) for i in infos}
        infos.sort(key=lambda i: (not i.main, key[id(i)]))
        by_base: dict[str, list[_TaskInfo]] = {}
        for info in infos:
            by_base.setdefault(info.base, []).append(info)
        names: dict[int, str] = {}
        for base, group in by_base.items():
            group.sort(key=lambda i: key[id(i)])
            for n, info in enumerate(group, 1):
                names[id(info.task)] = base if len(group) == 1 else f"{base}#{n}"
        for info in infos:
            segments = list(info.segments)
            if info.waiting is not None:  # still waiting when the program ended
                w = info.waiting
                segments.append({"state": "wait", "on": w["on"], "for": w["for"], "start": w["start"], "end": ended})
            lanes.append((names[id(info.task)], "task", segments))
        position = {id(info.task): n for n, info in enumerate(infos)}
        for _, _, segments in lanes:
            for seg in segments:
                if seg.get("for"):
                    tasks = sorted((t for t in seg["for"] if id(t) in names), key=lambda t: position[id(t)])
                    seg["for"] = [names[id(t)] for t in tasks] or None
        if self.loop_segments:
            lanes.append(("loop", "loop", sorted(self.loop_segments, key=lambda s: s["start"])))

        def partition(jobs: list[tuple[float, float, str]], kind: str) -> None:
            free: list[float] = []   # per lane, when its last job ended
            per_lane: list[list[dict]] = []
            for began, end, label in sorted(jobs):
                n = next((k for k, last in enumerate(free) if last <= began), len(free))
                if n == len(free):
                    free.append(0.0)
                    per_lane.append([])
                free[n] = end
                per_lane[n].append({"state": "run", "on": label, "start": began, "end": end})
            for n, segments in enumerate(per_lane, 1):
                lanes.append((f"{kind} {n}", kind, segments))

        for job in self.thread_jobs:
            self._mark(job[0])
        partition(self.thread_jobs, "thread")
        process_jobs = []
        pools: dict[int, list[dict]] = {}
        for job in self.process_jobs:
            pools.setdefault(job["pool"], []).append(job)
        for jobs in pools.values():
            workers = [-math.inf] * jobs[0]["workers"]
            for job in sorted(jobs, key=lambda j: j["submit"]):
                free_at = heapq.heappop(workers)
                began = max(job["submit"], free_at)
                end = job["end"] if job["end"] is not None else ended
                heapq.heappush(workers, end)
                self._mark(job["submit"])
                process_jobs.append((began, end, job["label"]))
        partition(process_jobs, "process")

        t0 = self.first if self.first is not None else ended
        record_lanes = []
        for name, kind, segments in lanes:
            kept = []
            for seg in sorted(segments, key=lambda s: s["start"]):
                start, end = round(seg["start"] - t0, 3), round(seg["end"] - t0, 3)
                if end - start < SHORTEST - 1e-9:
                    continue
                out = {"state": seg["state"]}
                if seg.get("on"):
                    out["on"] = seg["on"]
                if seg.get("for"):
                    out["for"] = seg["for"]
                out["start"], out["end"] = start, end
                kept.append(out)
            if kept or kind == "task":  # a task that only ran briefly keeps its (empty) lane
                record_lanes.append({"name": name, "kind": kind, "segments": kept})
        duration = max((s["end"] for lane in record_lanes for s in lane["segments"]), default=0.0)
        return {"format": FORMAT, "python": ".".join(map(str, sys.version_info[:2])),
                "duration": duration, "lanes": record_lanes}


def record_file(path: str | os.PathLike, out: str | os.PathLike | None = None) -> int:
    """Run one snippet as `python <name>.py` would, recorded; write the record to `out`.
    Returns the exit status the snippet's own run would have."""
    path = os.path.abspath(path)
    out = os.path.abspath(out) if out else None
    folder, name = os.path.dirname(path), os.path.basename(path)
    recorder = Recorder()
    # `python -m tools.timeline` put the current folder first on sys.path; `python name.py` puts
    # the script's folder there instead.
    if sys.path and sys.path[0] in ("", os.getcwd()):
        sys.path[0] = folder
    else:
        sys.path.insert(0, folder)
    os.chdir(folder)
    sys.argv = [name]
    recorder.install()
    status = 0
    try:
        runpy.run_path(name, run_name="__main__")
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        if not isinstance(e.code, int) and e.code is not None:
            print(e.code, file=sys.stderr)
    except BaseException:  # noqa: BLE001 - reported as Python reports it, with its exit status
        import traceback

        traceback.print_exc()
        status = 1
    finally:
        ended = recorder.clock()
        if os.getpid() == recorder.pid:  # not in a forked worker process
            recorder.uninstall()
            record = recorder.build(ended)
            record = {"snippet": name, **record}
            if out:
                with open(out, "w", encoding="utf-8") as f:
                    f.write(dumps(record))
            sys.stdout.flush()
    return status


def dumps(record: dict) -> str:
    """JSON with one segment per line: small, readable diffs in review."""
    head = {k: v for k, v in record.items() if k != "lanes"}
    lines = ["{"]
    for k, v in head.items():
        lines.append(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},")
    lines.append('  "lanes": [')
    for i, lane in enumerate(record["lanes"]):
        lines.append(f'    {{"name": {json.dumps(lane["name"], ensure_ascii=False)}, '
                     f'"kind": {json.dumps(lane["kind"])}, "segments": [')
        segs = lane["segments"]
        if not segs:
            lines[-1] += "]}" + ("," if i < len(record["lanes"]) - 1 else "")
            continue
        for j, seg in enumerate(segs):
            lines.append("      " + json.dumps(seg, ensure_ascii=False) + ("," if j < len(segs) - 1 else ""))
        lines.append("    ]}" + ("," if i < len(record["lanes"]) - 1 else ""))
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Comparing


def _dur(seg: dict) -> float:
    return seg["end"] - seg["start"]


def _kind(seg: dict) -> str:
    return f"{seg['state']}({seg['on']})" if seg.get("on") else seg["state"]


def _show(seg: dict) -> str:
    return f"{_kind(seg)} {seg['start']:.2f}–{seg['end']:.2f} s"


def _align(stored: list[dict], fresh: list[dict], tol: float):
    """Match two lanes' segments in order. A segment no longer than the tolerance may be missing
    from the other run; anything else unmatched, matched with another state, or moved by more
    than the tolerance is a problem. Returns the fewest problems' alignment as a list of
    (stored index | None, fresh index | None, problem | None)."""
    n, m = len(stored), len(fresh)
    INF = (math.inf, math.inf)
    best = [[INF] * (m + 1) for _ in range(n + 1)]
    move = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = (0, 0)

    def close(a, b):
        return abs(a["start"] - b["start"]) <= tol + 1e-9 and abs(a["end"] - b["end"]) <= tol + 1e-9

    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i][j]
            if here == INF:
                continue
            if i < n:  # stored segment i missing from the fresh run
                cost = (here[0] + (0 if _dur(stored[i]) <= tol + 1e-9 else 1), here[1] + 1)
                if cost < best[i + 1][j]:
                    best[i + 1][j], move[i + 1][j] = cost, "s"
            if j < m:  # fresh segment j is new
                cost = (here[0] + (0 if _dur(fresh[j]) <= tol + 1e-9 else 1), here[1] + 1)
                if cost < best[i][j + 1]:
                    best[i][j + 1], move[i][j + 1] = cost, "f"
            if i < n and j < m:
                same = _kind(stored[i]) == _kind(fresh[j])
                cost = (here[0] + (0 if same and close(stored[i], fresh[j]) else 1), here[1])
                if cost < best[i + 1][j + 1]:
                    best[i + 1][j + 1], move[i + 1][j + 1] = cost, "m"
    steps = []
    i, j = n, m
    while i or j:
        mv = move[i][j]
        if mv == "m":
            a, b = stored[i - 1], fresh[j - 1]
            if _kind(a) != _kind(b):
                problem = f"segment {i} was {_show(a)}, now {_show(b)}"
            elif not close(a, b):
                problem = f"segment {i} was {_show(a)}, now {b['start']:.2f}–{b['end']:.2f} s"
            else:
                problem = None
            steps.append((i - 1, j - 1, problem))
            i, j = i - 1, j - 1
        elif mv == "s":
            a = stored[i - 1]
            steps.append((i - 1, None, None if _dur(a) <= tol + 1e-9 else f"segment {i} {_show(a)} is gone"))
            i -= 1
        else:
            b = fresh[j - 1]
            where = f"after segment {i}" if i else "before segment 1"
            steps.append((None, j - 1, None if _dur(b) <= tol + 1e-9 else f"new segment {_show(b)} {where}"))
            j -= 1
    steps.reverse()
    return steps


def _overlap(a: dict, b: dict) -> float:
    return max(0.0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _pair_cost(old: list, new: list, tolerance: float) -> tuple[int, float]:
    """How far a fresh lane is from a stored one: the problems _align finds, then the seconds by
    which aligned segments moved (a segment without a partner counts its length)."""
    problems, distance = 0, 0.0
    for i, j, problem in _align(old, new, tolerance):
        problems += problem is not None
        if i is not None and j is not None:
            distance += abs(old[i]["start"] - new[j]["start"]) + abs(old[i]["end"] - new[j]["end"])
        else:
            distance += _dur(old[i]) if i is not None else _dur(new[j])
    return problems, distance


def _assignment_cost(olds: list[str], order: tuple, cost: dict) -> tuple:
    """Total (problems, seconds moved, lanes renamed) of pairing olds[k] with order[k]."""
    chosen = [cost[o, n] for o, n in zip(olds, order)]
    return (sum(c[0] for c in chosen), round(sum(c[1] for c in chosen), 6),
            sum(o != n for o, n in zip(olds, order)))


def _pair_lanes(old: dict, new: dict, tolerance: float) -> dict[str, str]:
    """Which fresh lane is which stored lane. Lanes of tasks that share a coroutine name
    (job#1, job#2...) may swap numbers between runs when the snippet creates them in no fixed
    order (asyncio.as_completed() takes a set, whose order follows memory addresses), so within
    such a group the stored lanes take the fresh ones that fit best all together: fewest problems,
    then the smallest time differences, then the most lanes keeping their own name."""
    pairs: dict[str, str] = {}
    base = lambda name: re.sub(r"#\d+$", "", name)  # noqa: E731
    groups: dict[str, list[str]] = {}
    for name in new:
        groups.setdefault(base(name), []).append(name)
    twins: dict[str, list[str]] = {}
    for name in old:
        if re.search(r"#\d+$", name) and len(groups.get(base(name), [])) > 1:
            twins.setdefault(base(name), []).append(name)  # paired below, all together
            continue
        candidates = [n for n in groups.get(base(name), []) if n not in pairs.values()]
        if candidates:
            pairs[name] = name if name in candidates else candidates[0]
    for group, olds in twins.items():
        fresh = [n for n in groups[group] if n not in pairs.values()]
        cost = {(o, n): _pair_cost(old[o], new[n], tolerance) for o in olds for n in fresh}
        if len(olds) <= 7:
            orders = itertools.permutations(fresh, min(len(olds), len(fresh)))
            pairs.update(zip(olds, min(orders, key=lambda order: _assignment_cost(olds, order, cost))))
        else:  # too many to try every order: each stored lane takes the closest one left
            for o in olds:
                left = [n for n in fresh if n not in pairs.values()]
                if left:
                    pairs[o] = min(left, key=lambda n: (*cost[o, n], n != o))
    return {o: pairs[o] for o in old if o in pairs}


def compare(stored: dict, fresh: dict, tolerance: float = 0.1, limit: int = 12) -> list[str]:
    """What changed between a stored timeline and a fresh one, as messages naming the snippet.

    Same lanes; per lane the same sequence of segments (state and what it waits on or runs),
    each starting and ending within `tolerance` seconds of the stored one (a segment no longer
    than the tolerance may come or go); and the same overlaps between lanes: two segments that
    overlapped by more than the tolerance still overlap, two that did not overlap do not overlap
    by more than the tolerance."""
    name = stored.get("snippet") or fresh.get("snippet") or "timeline"
    prefix = f"{name}: timeline: "
    problems: list[str] = []
    old = {lane["name"]: lane["segments"] for lane in stored["lanes"]}
    new = {lane["name"]: lane["segments"] for lane in fresh["lanes"]}

    def significant(segments):
        return any(_dur(s) > tolerance + 1e-9 for s in segments)

    pairs = _pair_lanes(old, new, tolerance)
    gone = [n for n in old if n not in pairs and significant(old[n])]
    added = [n for n in new if n not in pairs.values() and significant(new[n])]
    if gone or added:
        problems.append(prefix + f"lanes were {', '.join(old) or '(none)'}; now {', '.join(new) or '(none)'}"
                        + (f" (gone: {', '.join(gone)})" if gone else "")
                        + (f" (new: {', '.join(added)})" if added else ""))
    matched = []  # (lane, stored index, stored segment, fresh segment) with no problem
    for lane, segments in old.items():
        if lane not in pairs:
            continue
        other = pairs[lane]
        shown = lane if other == lane else f"{lane} (now {other})"
        for i, j, problem in _align(segments, new[other], tolerance):
            if problem:
                problems.append(prefix + f"lane {shown}: {problem}")
            elif i is not None and j is not None:
                matched.append((lane, i, segments[i], new[other][j]))
    for x in range(len(matched)):
        lane_a, i, a, a2 = matched[x]
        for y in range(x + 1, len(matched)):
            lane_b, j, b, b2 = matched[y]
            if lane_a == lane_b:
                continue
            was, now = _overlap(a, b), _overlap(a2, b2)
            if was > tolerance + 1e-9 and now <= 0:
                problems.append(prefix + f"{lane_a} segment {i + 1} ({_kind(a)}) and {lane_b} segment {j + 1} "
                                f"({_kind(b)}) overlapped by {was:.2f} s, now not at all")
            elif was <= 0 and now > tolerance + 1e-9:
                problems.append(prefix + f"{lane_a} segment {i + 1} ({_kind(a)}) and {lane_b} segment {j + 1} "
                                f"({_kind(b)}) did not overlap, now overlap by {now:.2f} s")
    if len(problems) > limit:
        problems = problems[:limit] + [prefix + f"... and {len(problems) - limit} more differences"]
    return problems


# ---------------------------------------------------------------------------------------------
# Drawing

WIDTH = 340        # viewBox units; at 375 px (about 340 px of content) 1 unit is about 1 px
FONT = 11          # so labels stay at least 11 px on a phone
CHAR = 0.62 * FONT  # width of a monospace character
LANE = 22
AXIS = 20
PAD_RIGHT = 14
LABELS = 150       # at most this much of the width for lane names
TICK_STEPS = (0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 15, 20, 30, 60, 120, 300)


def _tick_step(duration: float, width: float) -> float:
    most = max(2, int(width // 42))  # a tick label every 42 units or more
    for step in TICK_STEPS:
        if duration / step <= most:
            return step
    return TICK_STEPS[-1]


def _seconds(value: float) -> str:
    text = f"{round(value, 3):g}"
    return f"{text} s"


def short_names(names: list[str]) -> list[str]:
    """Lane names with numbered runs shortened: job#1, job#2, job#3 -> job#1…#3."""
    out: list[str] = []
    run: list[tuple[str, int]] = []

    def flush():
        if len(run) >= 3:
            out.append(f"{run[0][0]}#{run[0][1]}…#{run[-1][1]}")
        else:
            out.extend(f"{b}#{k}" for b, k in run)
        run.clear()

    for name in names:
        m = re.fullmatch(r"(.*)#(\d+)", name)
        if m and run and run[-1][0] == m.group(1) and run[-1][1] + 1 == int(m.group(2)):
            run.append((m.group(1), int(m.group(2))))
            continue
        flush()
        if m:
            run.append((m.group(1), int(m.group(2))))
        else:
            out.append(name)
    flush()
    return out


def _label(seg: dict) -> str | None:
    """The short code-like word shown on a segment: what it waits on, what it runs, why it blocks."""
    if seg["state"] == "wait":
        names = seg.get("for") or []
        if seg.get("on") == "task" and len(names) == 1:
            return names[0]
        return seg.get("on")
    return seg.get("on")


def legend_swatch(state: str, uid: str) -> str:
    """A small drawing of one segment kind, the same shapes as in the timeline."""
    return (f'<svg class="timeline__swatch" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true" '
            f'focusable="false">{_shape(state, 0, 24, 0, 12, uid)}</svg>')


def _shape(state: str, x: float, w: float, top: float, height: float, uid: str) -> str:
    if state == "run":
        return (f'<rect class="timeline__run" x="{x:.1f}" y="{top:.1f}" width="{w:.1f}" height="{height:.1f}" '
                f'fill="currentColor"/>')
    if state == "block":
        return (f'<rect class="timeline__block" x="{x + 0.5:.1f}" y="{top + 0.5:.1f}" width="{max(w - 1, 0.5):.1f}" '
                f'height="{height - 1:.1f}" fill="url(#{uid}-hatch)" stroke="currentColor"/>')
    thin = max(3.0, height / 4)
    return (f'<rect class="timeline__wait" x="{x + 0.5:.1f}" y="{top + height - thin + 0.5:.1f}" '
            f'width="{max(w - 1, 0.5):.1f}" height="{thin - 1:.1f}" fill="none" stroke="currentColor"/>')


def hatch_pattern(uid: str) -> str:
    return (f'<pattern id="{uid}-hatch" width="5" height="5" patternUnits="userSpaceOnUse" '
            f'patternTransform="rotate(45)"><rect class="timeline__hatch-bg" width="5" height="5" fill="none"/>'
            f'<line class="timeline__hatch" x1="1" y1="0" x2="1" y2="5" stroke="currentColor" stroke-width="2"/>'
            f'</pattern>')


def svg(record: dict, strings: dict[str, str], uid: str = "timeline") -> str:
    """The timeline as a small static inline SVG: one lane per task, thread and process."""
    uid = re.sub(r"[^A-Za-z0-9_-]", "-", uid)
    lanes = record["lanes"]
    most = int((LABELS - 10) // CHAR)  # longer lane names are cut short with an ellipsis
    names = [lane["name"] if len(lane["name"]) <= most else lane["name"][: most - 1] + "…" for lane in lanes]
    x0 = max(max((len(n) for n in names), default=4) * CHAR + 10, 40)
    x1 = WIDTH - PAD_RIGHT
    duration = max(record.get("duration") or 0.0, 0.001)
    step = _tick_step(duration, x1 - x0)
    ticks = max(1, int(math.floor(duration / step + 0.05)))  # a tick just past the end is not drawn
    span = max(duration, ticks * step)
    scale = (x1 - x0) / span
    axis_y = 4 + LANE * len(lanes) + 3
    height = axis_y + AXIS
    text = describe(record, strings)
    out = [f'<svg class="timeline__chart" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
           f'aria-label="{html.escape(text)}" preserveAspectRatio="xMinYMin meet">',
           f"<title>{html.escape(text)}</title>", f"<defs>{hatch_pattern(uid)}</defs>"]
    for k in range(ticks + 1):
        x = x0 + k * step * scale
        out.append(f'<line class="timeline__grid" x1="{x:.1f}" y1="2" x2="{x:.1f}" y2="{axis_y:.1f}" '
                   f'stroke="currentColor" stroke-opacity="0.25"/>')
        out.append(f'<text class="timeline__tick" x="{x:.1f}" y="{axis_y + 14:.1f}" text-anchor="middle" '
                   f'font-size="{FONT}">{_seconds(k * step)}</text>')
    out.append(f'<line class="timeline__axis" x1="{x0:.1f}" y1="{axis_y:.1f}" x2="{x1:.1f}" y2="{axis_y:.1f}" '
               f'stroke="currentColor"/>')
    for n, lane in enumerate(lanes):
        top = 4 + n * LANE
        out.append(f'<text class="timeline__lane" x="{x0 - 6:.1f}" y="{top + LANE / 2 + 4:.1f}" text-anchor="end" '
                   f'font-size="{FONT}">{html.escape(names[n])}</text>')
        for seg in lane["segments"]:
            x = x0 + seg["start"] * scale
            w = max((seg["end"] - seg["start"]) * scale, 1.5)
            bar_top, bar_h = top + 3, LANE - 6
            out.append(f'<g class="timeline__seg timeline__seg--{seg["state"]}">'
                       f"<title>{html.escape(lane['name'])}: {html.escape(_kind(seg))} "
                       f"{seg['start']:.2f}–{seg['end']:.2f} s</title>"
                       + _shape(seg["state"], x, w, bar_top, bar_h, uid))
            label = _label(seg)
            if label and len(label) * CHAR + 4 <= w:
                y = bar_top + bar_h - 6 if seg["state"] == "wait" else bar_top + bar_h / 2 + 4
                out.append(f'<text class="timeline__label" x="{x + 2:.1f}" y="{y:.1f}" '
                           f'font-size="{FONT}">{html.escape(label)}</text>')
            out.append("</g>")
    out.append("</svg>")
    return "".join(out)


def _number(value: float, strings: dict[str, str]) -> str:
    return f"{value:.2f}".replace(".", strings.get("timeline_decimal", "."))


def _runs(segments: list[dict], gap: float = 0.01) -> list[tuple[dict, float, float, int]]:
    """Consecutive segments of the same kind with no real gap between them, as one:
    (first segment, start, end, how many). Six back-to-back sleeps read as one range, x6."""
    out: list[list] = []
    for seg in segments:
        last = out[-1] if out else None
        if last and _kind(last[0]) == _kind(seg) and last[0].get("for") == seg.get("for") \
                and seg["start"] - last[2] <= gap:
            last[2], last[3] = seg["end"], last[3] + 1
        else:
            out.append([seg, seg["start"], seg["end"], 1])
    return [tuple(x) for x in out]


def describe(record: dict, strings: dict[str, str], budget: int = 16) -> str:
    """The text alternative: every lane and what it does when, in the page's language.
    Back-to-back segments of one kind read as one range (x6); after `budget` ranges, the
    remaining lanes are only counted."""
    lanes_text = []
    used = 0
    lanes = record["lanes"]
    for n, lane in enumerate(lanes):
        if used >= budget and len(lanes) - n > 1:
            lanes_text.append(strings["timeline_more"].format(count=len(lanes) - n))
            break
        parts = []
        for seg, start, end, count in _runs(lane["segments"]):
            span = strings["timeline_range"].format(start=_number(start, strings), end=_number(end, strings))
            on = seg.get("on") or ""
            if seg["state"] == "wait" and on == "task" and seg.get("for"):
                names = strings["timeline_names_sep"].join(short_names(seg["for"]))
                part = strings["timeline_wait_for"].format(tasks=names, range=span)
            elif seg["state"] == "wait":
                part = strings["timeline_wait"].format(on=on, range=span)
            elif seg["state"] == "block":
                part = strings["timeline_block"].format(on=on or "cpu", range=span)
            elif on:
                part = strings["timeline_call"].format(on=on, range=span)
            else:
                part = strings["timeline_run"].format(range=span)
            parts.append(part + (strings["timeline_times"].format(count=count) if count > 1 else ""))
            used += 1
        if not parts:
            parts.append(strings["timeline_brief"])
        lanes_text.append(strings["timeline_lane"].format(lane=lane["name"],
                                                          segments=strings["timeline_list_sep"].join(parts)))
    return strings["timeline_alt"].format(caption=strings["timeline_caption"],
                                          lanes=strings["timeline_lane_sep"].join(lanes_text))


def figure(record: dict, strings: dict[str, str], uid: str = "timeline") -> str:
    """The <figure> the site puts under an output: the chart, then a legend and the caption."""
    uid = re.sub(r"[^A-Za-z0-9_-]", "-", uid)
    keys = "".join(f'<span class="timeline__key">{legend_swatch(state, uid)} '
                   f'{html.escape(strings[f"timeline_legend_{state}"])}</span>' for state in STATES)
    return (f'<figure class="timeline" data-search-exclude>{svg(record, strings, uid)}'
            f'<figcaption><span class="timeline__caption">{html.escape(strings["timeline_caption"])}</span> '
            f'<span class="timeline__legend">{keys}</span></figcaption></figure>')


# ---------------------------------------------------------------------------------------------
# Command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.timeline", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record", help="run a snippet recorded; write its timeline as JSON")
    rec.add_argument("path")
    rec.add_argument("--out", help="where to write the record (default: print it to stderr)")
    show = sub.add_parser("show", help="describe a stored timeline; optionally draw it")
    show.add_argument("path", help="a .timeline.json file")
    show.add_argument("--lang", default="en")
    show.add_argument("--html", help="write an HTML page with the figure to this file")
    args = parser.parse_args(argv)
    if args.command == "record":
        if args.out is None:
            args.out = os.devnull
        return record_file(args.path, args.out)
    import yaml  # the show command runs in the project's environment

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, "tools", "languages.yml"), encoding="utf-8") as f:
        strings = yaml.safe_load(f)[args.lang]["strings"]
    with open(args.path, encoding="utf-8") as f:
        record = json.load(f)
    print(describe(record, strings))
    if args.html:
        with open(os.path.join(root, "overrides", "assets", "stylesheets", "site.css"), encoding="utf-8") as f:
            css = f.read()
        with open(args.html, "w", encoding="utf-8") as f:
            f.write(f'<!doctype html><meta charset="utf-8"><style>{css}\n body{{font-family:sans-serif;'
                    f'max-width:40rem}}</style><div class="md-typeset">{figure(record, strings)}</div>\n')
    return 0


if __name__ == "__main__":
    sys.exit(main())
