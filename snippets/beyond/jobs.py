"""The job function for rq_workers.py. An RQ worker imports it by name: jobs.make_thumbnail."""

import time


def make_thumbnail(photo):
    time.sleep(0.3)  # stands for 0.3 s of blocking work, such as resizing an image
    return photo.replace(".jpg", "_small.jpg")


if __name__ == "__main__":
    start = time.perf_counter()
    print(make_thumbnail("cat.jpg"), f"after {time.perf_counter() - start:.1f} s")
