"""Write what a run produced: the path as CSV, and animations as GIF or MP4.

No Qt here: the window turns its panels into RGB arrays and hands them over. Every file
is written atomically (a temporary file in the same folder, then a rename), so a failed or
cancelled export never leaves a half-written file, nor destroys an older file of that name.

Animations show a chosen subset of the iterations (:func:`frame_iterations`): gradient
descent changes most in its first steps, so the frames are packed densely there and spread
evenly over the rest.
"""

from __future__ import annotations

import errno
import io
import math
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np

from .atomic import _copy_mode, _create_temporary, write_bytes_atomic, write_text_atomic
from .history import COLUMNS, History
from .i18n import translate

__all__ = [
    "CSV_COLUMNS",
    "ExportError",
    "Progress",
    "find_ffmpeg",
    "frame_iterations",
    "gif_durations",
    "history_csv",
    "write_gif",
    "write_history_csv",
    "write_mp4",
    "write_output",
]

#: Header of the path CSV, in column order.
CSV_COLUMNS = ("iteration", *COLUMNS)

#: ``progress(done, total) -> bool``: called after each frame; return False to cancel.
Progress = Callable[[int, int], bool]

#: Share of an animation's frames spent as if iterations were on a log scale (the rest are
#: spread evenly): see :func:`frame_iterations`.
LOG_SHARE = 0.5


class ExportError(Exception):
    """An export cannot be written; ``str(err)`` is one line naming the file.

    For example ``"cannot write /x/y.png: permission denied"``.
    """


# --------------------------------------------------------------------------- files


def _reason(err: OSError) -> str:
    if isinstance(err, PermissionError):
        return translate("export", "permission denied")
    if isinstance(err, FileNotFoundError):
        return translate("export", "the folder does not exist")
    if isinstance(err, IsADirectoryError):
        return translate("export", "a folder of that name is in the way")
    if isinstance(err, NotADirectoryError):
        return translate("export", "part of the path is a file, not a folder")
    if err.errno == errno.ENOSPC:
        return translate("export", "the disk is full")
    if err.errno == errno.EROFS:
        return translate("export", "the disk is read-only")
    if err.errno:
        return os.strerror(err.errno).lower()
    return str(err)


def _cannot_write(path, reason: str) -> str:
    """``"cannot write /x/y.png: permission denied"``."""
    return translate("export", "cannot write {path}: {reason}").format(path=path, reason=reason)


def write_output(path, data: bytes | str) -> None:
    """Write ``data`` (bytes, or text as UTF-8) to ``path`` atomically.

    Raises
    ------
    ExportError
        With a one-line reason, e.g. ``"cannot write /x/y.png: permission denied"``.
    """
    path = os.fspath(path)
    try:
        if isinstance(data, str):
            write_text_atomic(path, data)
        else:
            write_bytes_atomic(path, data)
    except OSError as err:
        raise ExportError(_cannot_write(path, _reason(err))) from None


# --------------------------------------------------------------------------- CSV


def _field(value: float) -> str:
    return repr(value) if math.isfinite(value) else ""


def history_csv(history: History) -> str:
    """The descent path as CSV text, one row per iteration.

    The header is ``iteration,b,m,error,grad_b,grad_m,learning_rate`` (no comment line, so
    spreadsheets import it directly). Numbers are written with :func:`repr`, the shortest
    text that reads back as exactly the same float64; a non-finite value (which a finished
    history does not hold) is left as an empty field. Lines end with ``"\\n"``.

    ``learning_rate[i]`` is the rate of the step that led to row ``i`` (0 for the start);
    the gradient is that of the full-batch error at ``(b, m)``.
    """
    columns = [history.iteration.astype(np.int64)] + [
        np.asarray(getattr(history, name), dtype=np.float64) for name in CSV_COLUMNS[1:]
    ]
    lines = [",".join(CSV_COLUMNS)]
    rows = zip(*(column.tolist() for column in columns), strict=True)
    if all(np.isfinite(column).all() for column in columns[1:]):
        lines.extend(",".join(map(repr, row)) for row in rows)
    else:
        lines.extend(f"{row[0]}," + ",".join(map(_field, row[1:])) for row in rows)
    return "\n".join(lines) + "\n"


def write_history_csv(path, history: History) -> None:
    """Write :func:`history_csv` of ``history`` to ``path`` atomically (raises ExportError)."""
    write_output(path, history_csv(history))


# --------------------------------------------------------------------------- frames


def frame_iterations(last_iteration: int, frames: int) -> np.ndarray:
    """Which iterations an animation of ``frames`` frames shows, for a run of 0..last.

    Frame ``k`` of ``n`` sits at position ``k / (n - 1)`` in [0, 1], and shows the
    iteration ``i`` whose position

    .. math:: u(i) = s \\frac{\\log(1 + i)}{\\log(1 + L)} + (1 - s) \\frac{i}{L}

    is nearest (``L`` the last iteration, ``s`` = :data:`LOG_SHARE`): dense in the first,
    fast steps, even over the slow rest. Rounding to whole iterations would repeat the
    first ones; those frames move on to the next unused iteration instead.

    Returns
    -------
    numpy.ndarray
        ``min(frames, last_iteration + 1)`` distinct, increasing int64 iterations, the
        first 0 and the last ``last_iteration``.
    """
    last, frames = int(last_iteration), int(frames)
    if last < 0:
        raise ValueError(f"the last iteration must be 0 or more (got {last})")
    if frames < 2:
        raise ValueError(f"an animation needs at least 2 frames (got {frames})")
    n = min(frames, last + 1)
    if n == last + 1:
        return np.arange(n, dtype=np.int64)
    # u(i) on a grid fine at both ends, inverted by interpolation (u increases).
    grid = np.unique(
        np.concatenate(
            (np.linspace(0.0, last, 4097), np.expm1(np.linspace(0.0, np.log1p(last), 4097)))
        )
    )
    u = LOG_SHARE * np.log1p(grid) / np.log1p(last) + (1 - LOG_SHARE) * grid / last
    wanted = np.interp(np.linspace(0.0, 1.0, n), u, grid)
    idx = np.rint(wanted).astype(np.int64)
    k = np.arange(n, dtype=np.int64)
    idx = np.maximum.accumulate(idx - k) + k  # strictly increasing: at least one apart
    idx = np.minimum(idx, last - (n - 1) + k)  # ...and room left for the frames after
    idx[0], idx[-1] = 0, last
    return idx


# --------------------------------------------------------------------------- frames in


def _durations(duration_ms) -> Callable[[int], int]:
    if isinstance(duration_ms, Sequence):
        values = [int(d) for d in duration_ms]
        if not values or min(values) <= 0:
            raise ValueError("frame durations must be greater than 0 ms")
        return lambda i: values[min(i, len(values) - 1)]
    value = int(duration_ms)
    if value <= 0:
        raise ValueError(f"frame duration must be greater than 0 ms (got {value})")
    return lambda i: value


def _checked_frame(image, index: int, shape: tuple[int, ...] | None) -> np.ndarray:
    frame = np.asarray(image)
    if frame.dtype != np.uint8 or frame.ndim != 3 or frame.shape[2] != 3:
        raise ValueError(
            f"frame {index} must be a (height, width, 3) uint8 RGB array "
            f"(got {frame.dtype} {frame.shape})"
        )
    if shape is not None and frame.shape != shape:
        raise ValueError(
            f"frame {index} is {frame.shape[1]}×{frame.shape[0]} pixels, "
            f"expected {shape[1]}×{shape[0]} like the first"
        )
    return frame


def _total(images, total: int | None) -> int:
    if total is not None:
        return int(total)
    try:
        return len(images)
    except TypeError:
        return 0


# --------------------------------------------------------------------------- GIF


def _pillow():
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow is a dependency
        text = translate("export", "saving a GIF needs the Pillow package (pip install Pillow)")
        raise ExportError(text) from None
    return Image


#: Colours in the shared palette; Pillow keeps the 256th free for "unchanged" pixels.
_COLOURS = 255


def gif_durations(
    count: int, fps: float, hold_first_s: float = 0.0, hold_last_s: float = 0.0
) -> list[int]:
    """Milliseconds each of ``count`` GIF frames shows, for :func:`write_gif`.

    ``1000 / fps`` each (at least 10 ms: GIF stores hundredths of a second), except that
    the first frame stays ``hold_first_s`` seconds and the last ``hold_last_s`` (never
    shorter than the others), as :func:`write_mp4` holds them.
    """
    step_ms = max(round(1000 / fps), 10)
    durations = [step_ms] * int(count)
    if durations:
        durations[0] = max(step_ms, round(1000 * hold_first_s))
        durations[-1] = max(step_ms, round(1000 * hold_last_s))
    return durations


def write_gif(
    path,
    images: Iterable[np.ndarray],
    duration_ms: int | Sequence[int],
    loop: int | None = 0,
    progress: Progress | None = None,
    *,
    total: int | None = None,
    palette_from: Sequence[np.ndarray] | None = None,
) -> bool:
    """Write RGB frames as an animated GIF with Pillow.

    All frames share one palette of 255 colours, fitted by Pillow's max-coverage
    quantiser with a k-means pass (``Image.quantize``) to ``palette_from`` (sample frames,
    e.g. the first and the last) or else to the first frame; each pixel takes the nearest
    palette colour, without dithering, so a picture of few colours is stored exactly and
    a colour that stays on screen keeps its palette entry. Pillow's ``save_all`` stores
    each frame as the rectangle around what changed, with the unchanged pixels in it
    transparent (``optimize=True``), and merges a frame identical to the one before into
    it. Frames
    are read one at a time; the file is built in memory (one byte per pixel per frame)
    and written atomically.

    Parameters
    ----------
    path : str or os.PathLike
        The file to write (replaced atomically; untouched when cancelled or failing).
    images : iterable of numpy.ndarray
        ``(height, width, 3)`` uint8 frames, all the same size; may be a generator.
    duration_ms : int or sequence of int
        How long each frame shows; a sequence gives one per frame (the last repeats).
        GIF stores hundredths of a second.
    loop : int or None
        Times to replay: 0 loops forever, None plays once.
    progress : callable, optional
        ``progress(done, total) -> bool`` after each frame; returning False cancels.
    total : int, optional
        Frame count passed to ``progress`` (default ``len(images)``, 0 if unknown).
    palette_from : sequence of numpy.ndarray, optional
        Frames to fit the palette to.

    Returns
    -------
    bool
        True if written, False if cancelled (no file is written).

    Raises
    ------
    ValueError
        A frame of the wrong shape or type, or no frames.
    ExportError
        The file cannot be written.
    """
    Image = _pillow()
    duration = _durations(duration_ms)
    count = _total(images, total)
    frames = iter(images)
    first = next(frames, None)
    if first is None:
        raise ValueError("an animation needs at least 1 frame (got none)")
    shape = _checked_frame(first, 0, None).shape
    samples = [np.asarray(s, dtype=np.uint8).reshape(-1, 3) for s in palette_from or [first]]
    palette = Image.fromarray(np.concatenate(samples)[None]).quantize(
        _COLOURS, method=Image.Quantize.MAXCOVERAGE, kmeans=1, dither=Image.Dither.NONE
    )  # k-means moves the boxes' colours onto the pixels: most stay exact

    def picture(frame: np.ndarray, index: int):
        """The frame in the shared palette, with its duration, after ``progress``."""
        image = Image.fromarray(_checked_frame(frame, index, shape))
        image = image.quantize(palette=palette, dither=Image.Dither.NONE)
        image.info["duration"] = duration(index)
        if progress is not None and progress(index + 1, max(count, index + 1)) is False:
            raise _Cancelled
        return image

    out = io.BytesIO()
    options = {"loop": loop} if loop is not None else {}
    try:
        start = picture(first, 0)
        rest = (picture(frame, index) for index, frame in enumerate(frames, start=1))
        start.save(out, "GIF", save_all=True, append_images=rest, optimize=True, **options)
    except _Cancelled:
        return False
    write_output(path, out.getvalue())
    return True


class _Cancelled(Exception):
    """``progress`` asked to stop."""


# --------------------------------------------------------------------------- MP4


def find_ffmpeg() -> str | None:
    """The ffmpeg program to encode MP4 with, or None: ``ffmpeg`` on the PATH, else the
    binary of the ``imageio-ffmpeg`` package if that is installed."""
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg
    except ImportError:
        return None
    try:
        return imageio_ffmpeg.get_ffmpeg_exe()
    except RuntimeError:  # pragma: no cover - the package without its binary
        return None


def write_mp4(
    path,
    images: Iterable[np.ndarray],
    fps: float,
    progress: Progress | None = None,
    *,
    total: int | None = None,
    ffmpeg: str | None = None,
    hold_first_s: float = 0.0,
    hold_last_s: float = 0.0,
) -> bool:
    """Encode RGB frames as an H.264 MP4 by piping them to ffmpeg.

    ffmpeg writes a temporary file in the target's folder, which replaces ``path`` only
    when every frame went in and ffmpeg succeeded. Odd widths or heights are padded by a
    pixel (H.264 in yuv420p needs even sizes). ``hold_first_s`` and ``hold_last_s`` repeat
    the first and the last frame so the start and the end of the run stay on screen that
    long.

    Returns True if written, False if cancelled through ``progress`` (see
    :func:`write_gif`). Raises ExportError when ffmpeg is missing or fails.
    """
    exe = ffmpeg or find_ffmpeg()
    if exe is None:
        raise ExportError(
            translate(
                "export", "saving MP4 needs ffmpeg, which is not installed; save a GIF instead"
            )
        )
    if not fps > 0:
        raise ValueError(f"frames per second must be greater than 0 (got {fps})")
    target = Path(os.fspath(path))
    count = _total(images, total)
    temp = _new_temporary(target)
    process = None
    done = False
    try:
        with tempfile.TemporaryFile() as log:
            shape = None
            written = 0
            frame = None
            for index, image in enumerate(images):
                frame = _checked_frame(image, index, shape)
                if process is None:
                    shape = frame.shape
                    process = _start_ffmpeg(exe, shape, fps, temp, log)
                repeats = 1 + (round(hold_first_s * fps) if index == 0 else 0)
                if not all(_feed(process, frame) for _ in range(repeats)):
                    break
                written += 1
                if progress is not None and progress(written, max(count, written)) is False:
                    return False
            if process is None:
                raise ValueError("an animation needs at least 1 frame (got none)")
            for _ in range(round(hold_last_s * fps)):
                if not _feed(process, frame):
                    break
            _close_input(process)
            code = process.wait()
            if code != 0:
                log.seek(0)
                lines = log.read().decode("utf-8", "replace").strip().splitlines()
                if lines:
                    detail = lines[-1]
                else:
                    detail = translate("export", "exit code {code}").format(code=code)
                text = translate("export", "cannot write {path}: ffmpeg failed: {detail}")
                raise ExportError(text.format(path=target, detail=detail))
        try:
            os.replace(temp, target)
        except OSError as err:
            raise ExportError(_cannot_write(target, _reason(err))) from None
        done = True
        return True
    finally:
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()
        if process is not None:
            _close_input(process)
        if not done:
            try:
                os.unlink(temp)
            except OSError:
                pass


def _new_temporary(target: Path) -> str:
    """Create an empty ``.<name>.<random>.mp4`` beside ``target``, with the permissions
    of ``target`` if it exists, else those of any new file (the umask applies)."""
    try:
        fd, temp = _create_temporary(target.parent, target.name, suffix=".mp4")
        os.close(fd)
        _copy_mode(target, temp, strict=True)
        return str(temp)
    except OSError as err:
        raise ExportError(_cannot_write(target, _reason(err))) from None


def _start_ffmpeg(exe: str, shape: tuple[int, ...], fps: float, out: str, log):
    height, width = shape[:2]
    command = [
        exe,
        "-hide_banner",
        "-loglevel",
        "error",
        "-nostats",
        "-y",
        "-f",
        "rawvideo",
        "-pix_fmt",
        "rgb24",
        "-s",
        f"{width}x{height}",
        "-r",
        f"{fps:g}",
        "-i",
        "-",
        "-an",
        "-vf",
        "pad=ceil(iw/2)*2:ceil(ih/2)*2",
        "-c:v",
        "libx264",
        "-pix_fmt",
        "yuv420p",
        "-crf",
        "18",
        "-movflags",
        "+faststart",
        "-f",
        "mp4",
        out,
    ]
    try:
        return subprocess.Popen(command, stdin=subprocess.PIPE, stdout=log, stderr=log)
    except OSError as err:
        text = translate("export", "cannot start ffmpeg ({program}): {reason}")
        raise ExportError(text.format(program=exe, reason=_reason(err))) from None


def _close_input(process) -> None:
    try:
        process.stdin.close()
    except OSError:  # ffmpeg already gone: a broken pipe on the final flush
        pass


def _feed(process, frame: np.ndarray) -> bool:
    """Send one frame; False when ffmpeg has stopped reading (it failed: see its log)."""
    try:
        process.stdin.write(np.ascontiguousarray(frame).tobytes())
    except (BrokenPipeError, OSError):
        return False
    return True
