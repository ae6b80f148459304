"""Lesson files on disk: special files, sizes, large damaged files, links, killed saves."""

from __future__ import annotations

import os
import socket
import threading
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from gdviz.core import atomic
from gdviz.core.lesson import (
    MAX_FILE_BYTES,
    Lesson,
    LessonData,
    LessonError,
    RunSettings,
    lesson_to_json,
    load_lesson,
    save_lesson,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="needs POSIX special files")


def _lesson(title: str = "Five points") -> Lesson:
    return Lesson(
        title=title,
        data=LessonData((1.0, 2.0, 3.0, 4.0, 5.0), (2.1, 3.9, 6.2, 7.8, 10.1)),
        settings=RunSettings(hyperparameters={"learning_rate": 0.01}, iterations=50),
    )


def _refused(path) -> str:
    """The message of loading ``path``, which must come at once (never block)."""
    outcome: list = []

    def load() -> None:
        try:
            load_lesson(path)
            outcome.append("loaded")
        except LessonError as err:
            outcome.append(err)

    thread = threading.Thread(target=load, daemon=True)
    thread.start()
    thread.join(10)
    assert outcome, "load_lesson blocked"
    assert isinstance(outcome[0], LessonError), outcome
    message = str(outcome[0])
    assert "\n" not in message and "MB" not in message, message
    return message


# ---------------------------------------------------------------------------- special files


@posix_only
def test_named_pipe_is_refused_without_opening_it(tmp_path):
    pipe = tmp_path / "pipe.gdviz"
    os.mkfifo(pipe)
    assert _refused(pipe) == (
        "pipe.gdviz: cannot open the file (it is a named pipe, not a lesson file)"
    )


@posix_only
@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero", "/dev/urandom"])
def test_device_is_refused(device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    name = os.path.basename(device)
    assert _refused(device) == f"{name}: cannot open the file (it is a device, not a lesson file)"


def test_folder_is_refused(tmp_path):
    folder = tmp_path / "lessons.gdviz"
    folder.mkdir()
    assert _refused(folder) == (
        "lessons.gdviz: cannot open the file (it is a folder, not a lesson file)"
    )


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_socket_is_refused(tmp_path):
    path = tmp_path / "s.gdviz"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        assert _refused(path) == "s.gdviz: cannot open the file (it is a socket, not a lesson file)"


@posix_only
def test_link_to_a_pipe_is_refused(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "link.gdviz").symlink_to(tmp_path / "pipe")
    assert "it is a named pipe" in _refused(tmp_path / "link.gdviz")


def test_size_just_over_the_limit_is_not_shown_as_the_limit(tmp_path):
    path = tmp_path / "big.gdviz"
    with open(path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(LessonError) as caught:
        load_lesson(path)
    assert str(caught.value) == (
        "big.gdviz: the file is too large for a lesson (50.1 MB; at most 50 MB)"
    )


# ---------------------------------------------------------------------------- large damaged files


def _large_lesson_text(points: int) -> str:
    rng = np.random.default_rng(3)
    x = np.round(rng.uniform(0, 100, points), 4)
    y = np.round(2 * x + rng.normal(0, 3, points), 4)
    lesson = Lesson(
        title="Large",
        data=LessonData(x, y),
        settings=RunSettings(hyperparameters={"learning_rate": 1e-4}, iterations=10),
    )
    return lesson_to_json(lesson)


@pytest.fixture(scope="module")
def large_text() -> str:
    """A valid lesson of about 46 MB (2.4 million points)."""
    return _large_lesson_text(2_450_000)


def test_a_large_lesson_with_nan_near_its_end_is_refused_fast_and_lean(tmp_path, large_text):
    cut = large_text.rfind(",", 0, len(large_text) - 500)
    path = tmp_path / "large.gdviz"
    path.write_text(large_text[:cut] + ", NaN" + large_text[cut:], encoding="utf-8")
    size = path.stat().st_size
    assert 44 * 2**20 < size < MAX_FILE_BYTES
    tracemalloc.start()
    try:
        start = time.perf_counter()
        with pytest.raises(LessonError) as caught:
            load_lesson(path)
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = str(caught.value)
    assert message.startswith("large.gdviz: data.y[") and message.endswith(
        "] must be a finite number, not NaN"
    )
    index = int(message.split("[")[1].split("]")[0])
    assert index > 2_400_000
    assert seconds < 5  # about half a second on one core; the numbers are never decoded
    assert peak < 3 * size  # the file's bytes and their text, no Python float per number


def test_a_large_lesson_reads_back_exactly(tmp_path, large_text):
    path = tmp_path / "large.gdviz"
    path.write_text(large_text, encoding="utf-8")
    lesson = load_lesson(path)
    assert lesson.data.n == 2_450_000
    assert lesson_to_json(lesson) == large_text


def test_millions_of_tiny_numbers_are_refused_before_decoding(tmp_path):
    text = lesson_to_json(_lesson()).replace("1.0, 2.0, 3.0, 4.0, 5.0", "1," * 20_000_000 + "2")
    path = tmp_path / "tiny.gdviz"
    path.write_text(text, encoding="utf-8")
    tracemalloc.start()
    try:
        with pytest.raises(LessonError, match=r"data\.x holds 20000001 numbers; a lesson holds"):
            load_lesson(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * len(text)


# ---------------------------------------------------------------------------- saving


@posix_only
def test_saving_over_a_symbolic_link_writes_its_target(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "class.gdviz"
    save_lesson(target, _lesson("Old"))
    link = tmp_path / "link.gdviz"
    link.symlink_to(target)
    save_lesson(link, _lesson("New"))
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load_lesson(target).title == "New"
    assert sorted(os.listdir(tmp_path)) == ["link.gdviz", "real"]
    assert os.listdir(tmp_path / "real") == ["class.gdviz"]


@posix_only
def test_saving_through_a_dangling_link_creates_its_target(tmp_path):
    link = tmp_path / "link.gdviz"
    link.symlink_to("made.gdviz")
    save_lesson(link, _lesson())
    assert link.is_symlink() and load_lesson(tmp_path / "made.gdviz").title == "Five points"


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_killed_saves_temporary_file_is_removed_by_the_next_save(tmp_path):
    path = tmp_path / "class.gdviz"
    stale = tmp_path / ".class.gdviz.0123abcd.tmp"  # what a save killed mid-write leaves
    stale.write_text('{"format": "gdviz-les')
    _age(stale, atomic.STALE_SECONDS + 60)
    recent = tmp_path / ".class.gdviz.89abcdef.tmp"  # a save in progress right now
    recent.write_text("{")
    others = [
        tmp_path / ".other.gdviz.0123abcd.tmp",  # another file's
        tmp_path / ".class.gdviz.notours.tmp",  # not a name the writer makes
        tmp_path / "class.gdviz.0123abcd.tmp",
    ]
    for other in others:
        other.write_text("keep")
        _age(other, atomic.STALE_SECONDS + 60)
    save_lesson(path, _lesson())
    assert not stale.exists()
    assert recent.exists() and all(other.exists() for other in others)
    assert load_lesson(path).title == "Five points"


def test_a_stale_temporary_folder_is_left_alone(tmp_path):
    folder = tmp_path / ".class.gdviz.0123abcd.tmp"
    folder.mkdir()
    _age(folder, atomic.STALE_SECONDS + 60)
    save_lesson(tmp_path / "class.gdviz", _lesson())
    assert folder.is_dir()
