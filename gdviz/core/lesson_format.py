"""The ``.gdviz`` lesson format, defined once as msgspec structs, and its words.

The structs below *are* the format: field names, the order files are written in, types,
ranges and defaults. :func:`decode` reads a file against them in one pass with msgspec
(strict JSON: no NaN or Infinity, numbers beyond the float range refused) and turns
msgspec's errors, which carry the field's path (msgspec says "Expected `float` >= 0.0 -
at `$.settings.iterations`"), into one line a student understands: "settings.iterations
must be a whole number from 0 to 2000000000 (got -5)". The words come from the same
structs (:func:`words`), so a range is written down once.

Three parts stay raw JSON (:class:`msgspec.Raw`) for :mod:`gdviz.core.lesson` to check:
the data columns, counted before they are decoded, and the maps of hyperparameters and
panels, whose names come from the optimizer registry and the window and whose values
are checked one by one, so that a message names the key.
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Any

import msgspec
from msgspec import UNSET, Meta, Raw, Struct, field, inspect

from .settings import MAX_ITERATIONS, MAX_LABEL, MAX_SEED
from .words import format_exact

FORMAT = "gdviz-lesson"
VERSION = 1
#: Larger files are refused before they are read.
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Most points a lesson may hold.
MAX_POINTS = 5_000_000
#: Most extra runs in ``compare``.
MAX_COMPARE = 3
MAX_TITLE = 200
MAX_NOTE = 5000
MAX_NAME = 200
MAX_PANELS = 32
#: The window's panels, by the names lessons use.
PANEL_NAMES = ("scatter", "error", "surface", "contour")


class Invalid(Exception):
    """A problem at one field; the message starts with the field's path."""


def _whole(low: int, high: int) -> Any:
    # a float that is a whole number, so that 1000.0 reads as 1000 (as it always has);
    # __post_init__ makes it an int
    return Annotated[float, Meta(ge=low, le=high, multiple_of=1)]


def _text(longest: int, **more) -> Any:
    return Annotated[str, Meta(max_length=longest, **more)]


def _name_of(noun: str) -> Any:
    return Annotated[str, Meta(max_length=100, description=f"the name of {noun}")]


# ---------------------------------------------------------------------------- the format


class Header(Struct):
    """What is checked first: the format's name and version (any JSON, checked here)."""

    format: Any = UNSET
    version: Any = UNSET


class Run(Struct, kw_only=True):
    """A compared run: its own rule, hyperparameters, units and label."""

    label: _text(MAX_LABEL) = ""
    optimizer: _name_of("an optimizer")
    # the learning rate is required; the default lets "at most 3 runs" be said first
    hyperparameters: dict[str, Raw] = {}
    normalize: bool = False


class Settings(Struct, kw_only=True):
    """The main run (:class:`~gdviz.core.settings.RunSettings` without a label)."""

    optimizer: _name_of("an optimizer")
    hyperparameters: dict[str, Raw]
    iterations: _whole(0, MAX_ITERATIONS)
    initial_b: float = 0.0  # from -INITIAL_LIMIT to INITIAL_LIMIT
    initial_m: float = 0.0
    normalize: bool = False
    seed: _whole(0, MAX_SEED) = 0
    speed: Annotated[float, Meta(gt=0)] | None = None  # null: as fast as possible
    stop_when_converged: bool = False  # written only when true

    def __post_init__(self) -> None:
        self.iterations, self.seed = int(self.iterations), int(self.seed)


class View(Struct, kw_only=True):
    """Overlays, visible panels and the panels presentation mode shows."""

    residuals: bool = True
    optimum_line: bool = True
    log_scale: bool = False
    squares: bool = False
    panels: Annotated[dict[str, Raw], Meta(max_length=MAX_PANELS)] = {}
    presentation: Annotated[list[_name_of("a panel")], Meta(max_length=4)] = []  # if any


class Data(Struct, kw_only=True):
    """The points, always embedded: two lists of finite numbers."""

    x_name: _text(MAX_NAME) = "x"
    y_name: _text(MAX_NAME) = "y"
    x: Raw
    y: Raw


class File(Header, kw_only=True):
    """A whole lesson file, its fields in the order they are written."""

    title: _text(MAX_TITLE, pattern=r"\S")
    note: _text(MAX_NOTE) = ""
    source: _text(1000) | None = None  # shown, never read
    settings: Settings
    view: View = field(default_factory=View)
    iteration: _whole(0, MAX_ITERATIONS) = 0
    compare: Annotated[list[Run], Meta(max_length=MAX_COMPARE)] = []
    data: Data

    def __post_init__(self) -> None:
        self.iteration = int(self.iteration)


#: Written only when set, so that a file without them reads the same everywhere.
WRITTEN_WHEN_SET = frozenset({"stop_when_converged", "presentation"})


# ---------------------------------------------------------------------------- reading


def decode(raw: bytes) -> File:
    """The file's structs, or :class:`Invalid`: its format or version first, then the
    first problem msgspec meets."""
    _check_text(raw)
    try:
        lesson = msgspec.json.decode(raw, type=File)
    except (msgspec.DecodeError, RecursionError) as err:
        header = _header(raw)
        if header is not None:
            check_header(header)
        raise Invalid(explain(err, raw, File)) from None
    check_header(lesson)
    return lesson


def _header(raw: bytes) -> Header | None:
    """The format and version of a file that does not decode as a lesson, if it is an
    object (NaN and Infinity, which other programs write, read as 0 here)."""
    text = raw
    for count, token in enumerate(_NON_FINITE.finditer(raw)):
        if count == 1000:  # not worth it: say what is wrong at the first one
            return None
        if text is raw:
            text = bytearray(raw)  # one copy, changed in place
        text[token.start() : token.end()] = b"0".rjust(len(token[0]))
    try:
        return msgspec.json.decode(text, type=Header)
    except (msgspec.DecodeError, RecursionError):
        return None


def decode_part(raw: Raw | bytes, kind: Any, path: tuple) -> Any:
    """A raw part of the file (at ``path``) decoded as ``kind``, or :class:`Invalid`."""
    try:
        return msgspec.json.decode(raw, type=kind)
    except (msgspec.DecodeError, RecursionError) as err:
        raise Invalid(explain(err, bytes(raw), kind, path)) from None


_SPACE = re.compile(rb"\s*")


def _check_text(raw: bytes) -> None:
    first = _SPACE.match(raw).end()
    start = raw[first : first + 200]
    if not start:
        raise Invalid("the file is empty; it holds no lesson")
    if b"\x00" in raw:
        raise Invalid("not a gdviz lesson (a binary file, not text)")
    if start[:1] not in (b"{", b"[", b'"'):
        line = printable(start.decode("utf-8", "replace").split("\n")[0].strip())
        shown = line if len(line) <= 30 else line[:27] + "..."
        raise Invalid(f'not a gdviz lesson (not a JSON file: it starts with "{shown}")')


def check_header(header: Header) -> None:
    """Refuse a file of another format or a newer version."""
    if header.format in (UNSET, None):
        raise Invalid(f'not a gdviz lesson (no "format": "{FORMAT}")')
    if header.format != FORMAT:
        raise Invalid(f'not a gdviz lesson ("format" is {show(header.format)}, not "{FORMAT}")')
    version = header.version
    if version is UNSET:
        raise Invalid(f'no format version (expected "version": {VERSION})')
    if isinstance(version, float) and version.is_integer():
        version = int(version)
    if type(version) is not int or version < 1:
        raise Invalid(f"version must be a whole number of at least 1 (got {show(version)})")
    if version > VERSION:
        raise Invalid(
            f"made by a newer gdviz (format version {version}; this gdviz reads version {VERSION})"
        )


# ---------------------------------------------------------------------------- errors in words


def explain(err: Exception, raw: bytes, kind: Any, prefix: tuple = ()) -> str:
    """msgspec's error about ``raw`` (decoded as ``kind``, found at ``prefix``) in words."""
    if isinstance(err, RecursionError):
        return "not valid JSON (nested too deeply)"
    if not isinstance(err, msgspec.ValidationError):
        return _malformed(str(err), raw)
    problem, _, where = str(err).partition(" - at `$")
    inner = tuple(
        int(index) if index else key for key, index in re.findall(r"\.(\w+)|\[(\d+)\]", where)
    )
    missing = re.fullmatch(r"Object missing required field `(.+)`", problem)
    if missing:
        return f"{dotted((*prefix, *inner, missing[1]))} is missing"
    if not prefix and not inner:  # the file holds no JSON object
        first = raw[_SPACE.match(raw).end() :][:1]  # "[" or '"' (see _check_text)
        kind = "array" if first == b"[" else "string"
        return f"not a gdviz lesson (the file holds a JSON {kind}, not an object)"
    path = dotted((*prefix, *inner))
    token = raw_at(raw, inner)  # None when the file cannot be walked to it
    if problem == "Number out of range":
        return f"{path} must be a finite number" + (f", not {show_raw(token)}" if token else "")
    got = "" if token is None else f" (got {show_raw(token)})"
    return f"{path} must be {words(type_at(kind, inner))}{got}"


_NON_FINITE = re.compile(rb"-?(?:NaN|Infinity)")


def _malformed(message: str, raw: bytes) -> str:
    at = re.search(r" \(byte (\d+)\)$", message)
    if at is None:
        if "truncated" in message:
            return (
                f"{_place(raw, len(raw))}: not valid JSON "
                "(the file ends too early: was it cut short?)"
            )
        return f"not valid JSON ({message})"
    offset = int(at[1])
    start = offset - 1 if raw[offset - 1 : offset] == b"-" else offset
    token = _NON_FINITE.match(raw, start)
    if token:
        where = path_at(raw, start) or "the file"
        return f"{where} must be a finite number, not {token[0].decode()}"
    reason = message[: at.start()].removeprefix("JSON is malformed: ")
    return f"{_place(raw, offset)}: not valid JSON ({reason})"


def _place(raw: bytes, offset: int) -> str:
    line = raw.count(b"\n", 0, offset) + 1
    line_start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", "replace")) + 1
    return f"line {line}, column {column}"


def dotted(parts) -> str:
    """``("settings", "hyperparameters", "eps")`` as ``settings.hyperparameters.eps``;
    list indexes in brackets: ``compare[0].label``."""
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{printable(p)[:40]}" for p in parts)
    return text.removeprefix(".")


def printable(text: str) -> str:
    """``text`` with each character that is not printable (a line break) as ``?``."""
    return text if text.isprintable() else "".join(c if c.isprintable() else "?" for c in text)


def type_at(kind: Any, parts: tuple) -> inspect.Type:
    """The type the format gives the field at ``parts`` inside ``kind``."""
    found = inspect.type_info(kind)
    for part in parts:
        while isinstance(found, (inspect.Metadata, inspect.UnionType)):
            found = found.type if isinstance(found, inspect.Metadata) else found.types[0]
        if isinstance(found, inspect.StructType):
            found = next((f.type for f in found.fields if f.encode_name == part), None)
        elif isinstance(found, inspect.ListType):
            found = found.item_type
        elif isinstance(found, inspect.DictType):
            found = found.value_type
    return found


def words(kind: inspect.Type) -> str:
    """What a value of ``kind`` must be, in words: ``a whole number from 0 to 10``."""
    if isinstance(kind, inspect.Metadata):
        described = (kind.extra_json_schema or {}).get("description")
        return described or words(kind.type)
    if isinstance(kind, inspect.UnionType):
        return ", or ".join(words(t) if t != inspect.NoneType() else "null" for t in kind.types)
    if isinstance(kind, inspect.FloatType):
        if kind.multiple_of == 1:
            return f"a whole number from {format_exact(kind.ge)} to {format_exact(kind.le)}"
        return "a number" if kind.gt is None else f"a number greater than {format_exact(kind.gt)}"
    if isinstance(kind, inspect.BoolType):
        return "true or false"
    if isinstance(kind, inspect.StrType):
        blank = " that is not blank" if kind.pattern else ""
        return f"text{blank}, at most {kind.max_length} characters"
    if isinstance(kind, inspect.ListType):
        if isinstance(kind.item_type, inspect.FloatType):
            return "a list of numbers"
        return f"a list of at most {kind.max_length} items"
    if isinstance(kind, inspect.DictType) and kind.max_length is not None:
        return f"an object of at most {kind.max_length} names"
    return "an object"


# ---------------------------------------------------------------------------- finding the value


def raw_at(raw: bytes, parts: tuple) -> bytes | None:
    """The JSON text of the value at ``parts`` (None where the file cannot be walked)."""
    try:
        for part in parts:
            kind = list[Raw] if isinstance(part, int) else dict[str, Raw]
            raw = bytes(msgspec.json.decode(raw, type=kind)[part])
    except (msgspec.DecodeError, RecursionError, LookupError):
        return None
    return raw


def show_raw(token: bytes | None) -> str:
    """A value as the person sees it in the file, shortened: ``-5``, ``"yes"``,
    ``a list of 4 items``."""
    text = printable((token or b"").decode("utf-8", "replace").strip())
    if text.startswith("["):
        count = len(msgspec.json.decode(token, type=list[Raw]))
        return "a list of 1 item" if count == 1 else f"a list of {count} items"
    if text.startswith("{"):
        return "an object"
    if text.startswith('"'):
        return text if len(text) <= 40 else text[:36] + '..."'
    return text if len(text) <= 20 else text[:17] + "..."


def show(value: Any) -> str:
    """A decoded value as JSON would write it, shortened (see :func:`show_raw`)."""
    return show_raw(json.dumps(value, ensure_ascii=False, default=repr).encode())


_STRUCTURE = re.compile(rb'"(?:[^"\\]|\\.)*"|[][{}]', re.DOTALL)


def path_at(raw: bytes, offset: int) -> str:
    """The path of the value at byte ``offset`` of JSON text that is valid up to there.

    Only strings and brackets are looked at one by one; the commas between them are
    counted, so a long list of numbers is crossed at the speed of :meth:`bytes.count`.
    """
    frames: list[list] = []  # each open container: [key or index, a key comes next]
    last = 0

    def count_commas(end: int) -> None:
        if frames:
            commas = raw.count(b",", last, end)
            if isinstance(frames[-1][0], int):
                frames[-1][0] += commas
            elif commas:
                frames[-1][1] = True

    for match in _STRUCTURE.finditer(raw, 0, offset):
        count_commas(match.start())
        token = match[0]
        if token in (b"{", b"["):
            frames.append([None, True] if token == b"{" else [0, False])
        elif token in (b"}", b"]"):
            frames.pop()
        elif frames and frames[-1][1]:
            frames[-1] = [json.loads(token), False]
        last = match.end()
    count_commas(offset)
    return dotted(frame[0] for frame in frames)


# ---------------------------------------------------------------------------- writing


def document(lesson: Any) -> dict:
    """The JSON object for a lesson (any object with the fields' names as attributes), its
    keys in the format's order; the numbers are not checked here."""

    def fields(kind: type[Struct], source: Any) -> dict:
        values = {}
        for name in kind.__struct_fields__:
            value = getattr(source, name, None)
            if name not in WRITTEN_WHEN_SET or value:
                values[name] = dict(value) if hasattr(value, "keys") else value
        return values

    return {
        **fields(File, lesson),
        "format": FORMAT,
        "version": VERSION,
        "settings": fields(Settings, lesson.settings),
        "view": fields(View, lesson.view),
        "compare": [fields(Run, run) for run in lesson.compare],
        "data": fields(Data, lesson.data),
    }


def to_json(document: dict) -> str:
    """The text of a file: two-space indents, the data last with several numbers a line.

    Numbers are written with ``repr`` precision, so that they read back exactly; NaN and
    infinities are written as JavaScript does, so that reading the text back names them.
    """
    data = document["data"]
    columns = {"x": data["x"], "y": data["y"]}
    data["x"], data["y"] = "\x00x", "\x00y"
    text = json.dumps(document, indent=2, ensure_ascii=False)
    for key in ("y", "x"):  # the data comes last: replace the last occurrences
        head, _, tail = text.rpartition(json.dumps(f"\x00{key}"))
        text = head + _number_list(columns[key], indent=6) + tail
    return text + "\n"


def _number_list(values, indent: int, width: int = 92) -> str:
    """A JSON array of numbers in columns, as many a line as fit in ``width``."""
    if not len(values):
        return "[]"
    tokens = json.dumps([float(v) for v in values])[1:-1].split(", ")
    longest = max(map(len, tokens))
    per_line = max(1, (width - indent) // (longest + 2))
    pad = " " * indent
    lines = [pad + ", ".join(tokens[i : i + per_line]) for i in range(0, len(tokens), per_line)]
    return "[\n" + ",\n".join(lines) + "\n" + " " * (indent - 2) + "]"
