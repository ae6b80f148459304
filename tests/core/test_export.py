"""Exports without Qt: the path as CSV, frame choice, GIF and MP4 writing."""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
import textwrap

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gdviz.core import export
from gdviz.core.data import load_dataset
from gdviz.core.descent import Descent
from gdviz.core.export import ExportError, frame_iterations, history_csv, write_gif
from gdviz.core.history import HistoryBuffer
from gdviz.core.optimizers import make_optimizer

PIL = pytest.importorskip("PIL", reason="Pillow is needed to write GIFs")
from PIL import Image  # noqa: E402

# --------------------------------------------------------------------------- CSV


@pytest.fixture(scope="module")
def history():
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 100, 60)
    y = 1.3 * x + 8 + rng.normal(0, 10, 60)
    descent = Descent(x, y, make_optimizer("adam", learning_rate=0.5), random_state=1)
    descent.run_to(300)
    return descent.history()


def test_csv_header_and_rows(history):
    text = history_csv(history)
    lines = text.split("\n")
    assert lines[0] == "iteration,b,m,error,grad_b,grad_m,learning_rate"
    assert lines[-1] == ""  # ends with a newline
    assert len(lines) == len(history) + 2
    assert "\r" not in text
    assert lines[1].startswith("0,")
    assert lines[-2].startswith(f"{len(history) - 1},")


def test_csv_reads_back_exactly(history):
    table = np.loadtxt(io.StringIO(history_csv(history)), delimiter=",", skiprows=1)
    np.testing.assert_array_equal(table[:, 0], history.iteration)
    for k, name in enumerate(export.CSV_COLUMNS[1:], start=1):
        np.testing.assert_array_equal(table[:, k], getattr(history, name), err_msg=name)


@given(st.lists(st.floats(allow_nan=False, allow_infinity=False, width=64), min_size=6, max_size=6))
def test_csv_any_float_round_trips(values):
    buffer = HistoryBuffer()
    buffer.append(*values)
    row = history_csv(buffer.rows()).split("\n")[1].split(",")
    assert [float(v) for v in row[1:]] == values


def test_csv_non_finite_values_are_empty_fields():
    buffer = HistoryBuffer()
    buffer.append(1.0, 2.0, 3.0, 4.0, 5.0, 0.0)
    buffer.append(np.nan, np.inf, -np.inf, 1.5, 2.5, 0.1)
    lines = history_csv(buffer.rows()).splitlines()
    assert lines[1] == "0,1.0,2.0,3.0,4.0,5.0,0.0"
    assert lines[2] == "1,,,,1.5,2.5,0.1"


def test_csv_of_empty_history_is_the_header():
    assert history_csv(HistoryBuffer().rows()) == ",".join(export.CSV_COLUMNS) + "\n"


def test_gdviz_loader_reads_the_path_csv(history, tmp_path):
    path = tmp_path / "path.csv"
    export.write_history_csv(path, history)
    data = load_dataset(path, x_column="b", y_column="m")
    assert (data.x_name, data.y_name) == ("b", "m")
    assert data.skipped_rows == 0
    np.testing.assert_array_equal(data.x, history.b)
    np.testing.assert_array_equal(data.y, history.m)


def test_write_replaces_an_old_file_and_leaves_no_temporary(history, tmp_path):
    path = tmp_path / "path.csv"
    path.write_text("old")
    export.write_history_csv(path, history)
    assert path.read_text().startswith("iteration,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["path.csv"]


def test_unwritable_folder_is_one_line_error(history, tmp_path):
    missing = tmp_path / "no such folder" / "path.csv"
    with pytest.raises(ExportError) as info:
        export.write_history_csv(missing, history)
    assert str(info.value) == f"cannot write {missing}: the folder does not exist"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX, not root")
def test_read_only_folder_says_permission_denied(history, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ExportError, match=r"^cannot write .*path\.csv: permission denied$"):
            export.write_history_csv(folder / "path.csv", history)
    finally:
        folder.chmod(stat.S_IRWXU)


def _atomic_error(kind, code):
    """An error as gdviz.core.atomic raises it: one-line message, errno kept."""
    err = kind(f"could not write x: {os.strerror(code)}")
    err.errno = code
    return err


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (_atomic_error(PermissionError, errno.EACCES), "permission denied"),
        (_atomic_error(OSError, errno.ENOSPC), "the disk is full"),
        (_atomic_error(OSError, errno.EROFS), "the disk is read-only"),
        (_atomic_error(IsADirectoryError, errno.EISDIR), "a folder of that name is in the way"),
        (_atomic_error(OSError, errno.EIO), os.strerror(errno.EIO).lower()),
    ],
)
def test_write_errors_are_one_line_reasons(tmp_path, monkeypatch, error, reason):
    def fail(path, data):
        raise error

    monkeypatch.setattr(export, "write_bytes_atomic", fail)
    monkeypatch.setattr(export, "write_text_atomic", fail)
    with pytest.raises(ExportError) as info:
        export.write_output(tmp_path / "a.png", b"data")
    assert str(info.value) == f"cannot write {tmp_path / 'a.png'}: {reason}"


# --------------------------------------------------------------------------- frames


@given(st.integers(0, 10**7), st.integers(2, 500))
def test_frame_iterations_properties(last, frames):
    idx = frame_iterations(last, frames)
    assert idx.dtype == np.int64
    assert idx.size == min(frames, last + 1)
    assert idx[0] == 0 and idx[-1] == last
    assert np.all(np.diff(idx) >= 1)


@given(st.integers(0, 10**7), st.integers(3, 300))
def test_frame_iterations_dwell_on_the_start(last, frames):
    if 2 * frames > last:
        return  # (nearly) every iteration is shown
    idx = frame_iterations(last, frames)
    even = last / (frames - 1)
    # more frames in the first tenth of the run than an even spread would give
    assert np.count_nonzero(idx <= last / 10) > 1.5 * frames / 10
    # the first step is closer than the last one
    assert idx[1] - idx[0] < idx[-1] - idx[-2]
    # still, every stretch of the run is covered: no gap over 2 even spacings (+ rounding)
    assert np.diff(idx).max() <= 2 * even + 1


def test_frame_iterations_for_a_typical_run():
    idx = frame_iterations(1000, 120)
    assert list(idx[:30]) == list(range(30))  # the fast first steps one by one
    assert 10 <= np.diff(idx[-10:]).min() and np.diff(idx).max() <= 16


def test_frame_iterations_all_when_few():
    np.testing.assert_array_equal(frame_iterations(9, 120), np.arange(10))
    np.testing.assert_array_equal(frame_iterations(0, 120), [0])


@pytest.mark.parametrize(
    ("last", "frames", "message"),
    [(-1, 10, "last iteration must be 0 or more"), (10, 1, "at least 2 frames")],
)
def test_frame_iterations_bad_input(last, frames, message):
    with pytest.raises(ValueError, match=message):
        frame_iterations(last, frames)


# --------------------------------------------------------------------------- GIF


def moving_square(count, size=(48, 64)):
    """Frames of a white canvas with a grey band and a red square moving right."""
    height, width = size
    for k in range(count):
        frame = np.full((height, width, 3), 255, np.uint8)
        frame[:8] = (90, 90, 90)
        frame[20:30, 4 + 4 * k : 14 + 4 * k] = (213, 94, 0)
        yield frame


def gif_frames(path):
    with Image.open(path) as im:
        frames = []
        durations = []
        for k in range(im.n_frames):
            im.seek(k)
            frames.append(np.asarray(im.convert("RGB")))
            durations.append(im.info.get("duration"))
        return im.size, frames, durations, im.info.get("loop")


def test_gif_frames_size_and_colours(tmp_path):
    path = tmp_path / "run.gif"
    assert write_gif(path, moving_square(10), duration_ms=100) is True
    size, frames, durations, loop = gif_frames(path)
    assert size == (64, 48)
    assert len(frames) == 10
    assert loop == 0
    assert durations == [100] * 10
    for frame, expected in zip(frames, moving_square(10), strict=True):
        np.testing.assert_array_equal(frame, expected)  # few colours: stored exactly


def test_gif_repeated_frame_extends_the_previous(tmp_path):
    frames = list(moving_square(3))
    frames.insert(1, frames[0])
    path = tmp_path / "run.gif"
    write_gif(path, frames, duration_ms=[500, 100, 100, 2000])
    _, read, durations, _ = gif_frames(path)
    assert len(read) == 3
    assert durations == [600, 100, 2000]


def test_gif_shared_palette_from_samples(tmp_path):
    # the first frame is all white: a palette from it alone would lose the later colours
    first = np.full((20, 20, 3), 255, np.uint8)
    later = first.copy()
    later[5:15, 5:15] = (0, 114, 178)
    path = tmp_path / "run.gif"
    write_gif(path, [first, later], 50, palette_from=[first, later])
    _, frames, _, _ = gif_frames(path)
    np.testing.assert_array_equal(frames[1][10, 10], (0, 114, 178))


def test_gif_many_colours_stay_close(tmp_path):
    rng = np.random.default_rng(0)
    base = rng.integers(0, 256, (40, 40, 3), dtype=np.uint8)
    path = tmp_path / "noise.gif"
    write_gif(path, [base, base[::-1]], 50)
    _, frames, _, _ = gif_frames(path)
    err = np.abs(frames[0].astype(int) - base).mean()
    assert err < 20


def test_gif_of_many_colours_keeps_the_flat_ones_exact(tmp_path):
    """A plot-like picture: a white page, a band of 1000+ shades (antialiasing, a colour
    map) and a few marks. More colours than a GIF holds, yet the page and the marks stay
    exactly their colour in every frame, and the shades stay close."""
    height, width = 60, 200
    shades = np.linspace(0, 1, width)[None, :, None] * np.array([40, 200, 120])
    shades = shades + np.linspace(0, 40, 20)[:, None, None]
    frames = []
    for k in range(3):
        frame = np.full((height, width, 3), 255, np.uint8)
        frame[40:] = np.round(shades).astype(np.uint8)
        frame[10:20, 10 + 30 * k : 20 + 30 * k] = (213, 94, 0)
        frame[25:28, :] = (0, 114, 178)
        frames.append(frame)
    assert len(np.unique(frames[0].reshape(-1, 3), axis=0)) > 255
    path = tmp_path / "plot.gif"
    write_gif(path, frames, 80, palette_from=[frames[0], frames[-1]])
    _, read, _, _ = gif_frames(path)
    for got, want in zip(read, frames, strict=True):
        np.testing.assert_array_equal(got[:40], want[:40])  # page, marks, line: exact
        error = np.abs(got[40:].astype(int) - want[40:])
        assert error.max() <= 10 and error.mean() < 3


def test_gif_progress_and_cancel_leave_no_file(tmp_path):
    path = tmp_path / "run.gif"
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 3

    assert write_gif(path, moving_square(10), 100, progress=progress, total=10) is False
    assert calls == [(1, 10), (2, 10), (3, 10)]
    assert list(tmp_path.iterdir()) == []


def test_gif_cancel_keeps_the_old_file(tmp_path):
    path = tmp_path / "run.gif"
    path.write_bytes(b"old")
    assert write_gif(path, moving_square(4), 100, progress=lambda d, t: False) is False
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.gif"]


def test_gif_progress_total_from_len(tmp_path):
    calls = []
    write_gif(tmp_path / "a.gif", list(moving_square(3)), 100, progress=lambda *a: calls.append(a))
    assert calls == [(1, 3), (2, 3), (3, 3)]  # returning None does not cancel


def test_gif_loop_none_plays_once(tmp_path):
    path = tmp_path / "once.gif"
    write_gif(path, moving_square(2), 100, loop=None)
    assert gif_frames(path)[3] is None


@pytest.mark.parametrize(
    ("frames", "message"),
    [
        ([np.zeros((4, 4, 3), np.float64)], "uint8 RGB array"),
        ([np.zeros((4, 4), np.uint8)], "uint8 RGB array"),
        ([np.zeros((4, 4, 3), np.uint8), np.zeros((4, 5, 3), np.uint8)], "frame 1 is 5×4"),
        ([], "at least 1 frame"),
    ],
)
def test_gif_bad_frames(tmp_path, frames, message):
    with pytest.raises(ValueError, match=message):
        write_gif(tmp_path / "bad.gif", frames, 100)
    assert list(tmp_path.iterdir()) == []


def test_gif_bad_duration(tmp_path):
    with pytest.raises(ValueError, match="greater than 0 ms"):
        write_gif(tmp_path / "bad.gif", moving_square(2), 0)


# --------------------------------------------------------------------------- MP4

FAKE_FFMPEG = textwrap.dedent(
    """\
    #!{python}
    # Stands in for ffmpeg: reads raw frames from stdin, writes them to the output path.
    import sys
    args = sys.argv[1:]
    width, height = map(int, args[args.index("-s") + 1].split("x"))
    data = sys.stdin.buffer.read()
    if {fail}:
        sys.stderr.write("Unknown encoder 'libx264'\\n")
        sys.exit(1)
    with open(args[-1], "wb") as out:
        out.write(b"%d %d %d\\n" % (width, height, len(data) // (width * height * 3)))
    """
)


def fake_ffmpeg(tmp_path, fail=False):
    path = tmp_path / "bin" / "ffmpeg"
    path.parent.mkdir()
    path.write_text(FAKE_FFMPEG.format(python=sys.executable, fail=fail))
    path.chmod(0o755)
    return str(path)


@pytest.mark.skipif(os.name != "posix", reason="the stand-in ffmpeg is a script")
def test_mp4_pipes_all_frames_and_holds_the_last(tmp_path):
    exe = fake_ffmpeg(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    path = out / "run.mp4"
    written = export.write_mp4(
        path, moving_square(5), 10, ffmpeg=exe, hold_first_s=0.2, hold_last_s=0.3
    )
    assert written is True
    assert path.read_bytes() == b"64 48 10\n"  # 5 frames, the first 2 more, the last 3 more
    assert [p.name for p in out.iterdir()] == ["run.mp4"]
    if os.name == "posix":  # permissions of a new file, not a private temporary one
        umask = os.umask(0)
        os.umask(umask)
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


@pytest.mark.skipif(os.name != "posix", reason="the stand-in ffmpeg is a script")
def test_mp4_cancel_and_failure_leave_no_file(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    path = out / "run.mp4"
    exe = fake_ffmpeg(tmp_path)
    assert export.write_mp4(path, moving_square(5), 10, lambda d, t: d < 2, ffmpeg=exe) is False
    assert list(out.iterdir()) == []
    (tmp_path / "bin" / "ffmpeg").unlink()
    (tmp_path / "bin").rmdir()
    exe = fake_ffmpeg(tmp_path, fail=True)
    with pytest.raises(ExportError, match=r"ffmpeg failed: Unknown encoder 'libx264'$"):
        export.write_mp4(path, moving_square(5), 10, ffmpeg=exe)
    assert list(out.iterdir()) == []


def test_mp4_without_ffmpeg_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "find_ffmpeg", lambda: None)
    with pytest.raises(ExportError, match="MP4 needs ffmpeg, which is not installed"):
        export.write_mp4(tmp_path / "run.mp4", moving_square(2), 10)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(export.find_ffmpeg() is None, reason="ffmpeg is not installed")
def test_mp4_with_real_ffmpeg(tmp_path):
    path = tmp_path / "run.mp4"
    frames = [np.pad(f, ((0, 1), (0, 1), (0, 0))) for f in moving_square(8)]  # odd size
    assert export.write_mp4(path, frames, 15) is True
    data = path.read_bytes()
    assert data[4:8] == b"ftyp" and len(data) > 500
    assert [p.name for p in tmp_path.iterdir()] == ["run.mp4"]
