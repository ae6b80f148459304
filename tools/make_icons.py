"""Draw gdviz's application icon and write the desktop-integration resources.

Run ``python tools/make_icons.py`` after changing the drawing below. It writes

- ``resources/icons/gdviz.svg``: the icon, the source every size is drawn from;
- ``resources/icons/gdviz-<size>.png`` for each size in :data:`gdviz.desktop.ICON_SIZES`,
  rendered from the SVG by Qt's SVG renderer (``QSvgRenderer``);
- ``resources/gdviz.desktop`` and ``resources/gdviz-mime.xml``: the desktop entry and the
  shared-mime-info package for system packagers, as :mod:`gdviz.desktop` writes them.

The picture: a rounded square split into sky and ground by a parabola, the error valley.
In the sky, white data points and the fitted line (vermilion); on the valley's left slope
an orange ball on its way down: gradient descent fitting a line. At 24 px and below the
points would blur into noise, so those sizes are drawn from a simpler version: valley,
ball and a thicker line. The colours are the Okabe-Ito palette of ``gdviz/gui/style.py``.
Running the script twice gives the same files, byte for byte.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HERE = REPO / "resources" / "icons"
if str(REPO) not in sys.path:  # run as a script from a source checkout
    sys.path.insert(0, str(REPO))

from gdviz import desktop  # noqa: E402
from gdviz.core.atomic import write_bytes_atomic, write_text_atomic  # noqa: E402

# Okabe-Ito colours, as in gdviz/gui/style.py (not imported: that pulls in pyqtgraph).
BLUE = "#0072B2"
ORANGE = "#E69F00"
VERMILION = "#D55E00"
WHITE = "#FFFFFF"
SKY_TOP = "#8AD1F5"  # SKY (#56B4E9) lightened, so the white points stand out
SKY_BOTTOM = "#4AACE4"
GROUND_BOTTOM = "#004A75"  # BLUE darkened
BALL_LIGHT = "#FFCF66"  # the ball's highlight
BALL_SHADE = "#C98500"

#: Sizes drawn from the simple version of the picture.
SMALL = 24

CANVAS = 256
TILE = (8, 8, 240, 240)  # x, y, width, height of the rounded square
RADIUS = 52
#: The valley: a quadratic Bézier curve (a parabola) from the tile's left edge to its right.
VALLEY = ((8.0, 104.0), (128.0, 300.0), (248.0, 104.0))
#: The fitted line, and data points scattered either side of it.
LINE = ((44, 112), (212, 48))
POINTS = ((66, 82), (104, 118), (142, 60), (180, 86))
POINT_RADIUS = 12
BALL_RADIUS = 27
#: Where the ball rests on the valley curve (Bézier parameter; 0.5 is the bottom).
BALL_AT = 0.36


def _valley_point(t: float) -> tuple[float, float]:
    (x0, y0), (x1, y1), (x2, y2) = VALLEY
    a, b, c = (1 - t) ** 2, 2 * t * (1 - t), t * t
    return a * x0 + b * x1 + c * x2, a * y0 + b * y1 + c * y2


def _resting_on_valley(t: float, radius: float) -> tuple[float, float]:
    """Centre of a ball of ``radius`` touching the valley curve from above at ``t``."""
    (x0, y0), (x1, y1), (x2, y2) = VALLEY
    x, y = _valley_point(t)
    dx = 2 * (1 - t) * (x1 - x0) + 2 * t * (x2 - x1)
    dy = 2 * (1 - t) * (y1 - y0) + 2 * t * (y2 - y1)
    length = math.hypot(dx, dy)
    nx, ny = dy / length, -dx / length
    if ny > 0:  # the normal pointing up, into the sky
        nx, ny = -nx, -ny
    return x + nx * radius, y + ny * radius


def _n(value: float) -> str:
    """A coordinate in the SVG: at most one decimal, no trailing ``.0``."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def icon_svg(simple: bool = False) -> str:
    """The icon as SVG text (256 × 256 user units); ``simple`` for 24 px and below."""
    x, y, w, h = TILE
    r = RADIUS
    (x0, y0), (x1, y1), (x2, y2) = VALLEY
    sky = (
        f"M{_n(x0)} {_n(y0)} Q{_n(x1)} {_n(y1)} {_n(x2)} {_n(y2)} "
        f"L{x + w} {y + r} A{r} {r} 0 0 0 {x + w - r} {y} "
        f"L{x + r} {y} A{r} {r} 0 0 0 {x} {y + r} Z"
    )
    (lx0, ly0), (lx1, ly1) = LINE
    bx, by = _resting_on_valley(BALL_AT, BALL_RADIUS)
    k = CANVAS / w
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{CANVAS}" height="{CANVAS}" '
        f'viewBox="0 0 {CANVAS} {CANVAS}">',
        "<title>gdviz</title>",
        "<defs>",
        '<linearGradient id="ground" x1="0" y1="0" x2="0" y2="1">'
        f'<stop offset="0" stop-color="{BLUE}"/>'
        f'<stop offset="1" stop-color="{GROUND_BOTTOM}"/></linearGradient>',
        '<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">'
        f'<stop offset="0" stop-color="{SKY_TOP}"/>'
        f'<stop offset="1" stop-color="{SKY_BOTTOM}"/></linearGradient>',
        '<radialGradient id="ball" cx="0.4" cy="0.35" r="0.7" fx="0.35" fy="0.3">'
        f'<stop offset="0" stop-color="{BALL_LIGHT}"/>'
        f'<stop offset="0.45" stop-color="{ORANGE}"/>'
        f'<stop offset="1" stop-color="{BALL_SHADE}"/></radialGradient>',
        "</defs>",
        # Small sizes fill the whole canvas, so the tile's edges fall on pixel boundaries.
        f'<g transform="translate({-x * k:.4f} {-y * k:.4f}) scale({k:.6f})">' if simple else "<g>",
        f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{r}" fill="url(#ground)"/>',
        f'<path d="{sky}" fill="url(#sky)"/>',
    ]
    if simple:
        parts.append(
            f'<line x1="40" y1="112" x2="216" y2="46" stroke="{VERMILION}" '
            'stroke-width="20" stroke-linecap="round"/>'
        )
    else:
        parts.append(
            f'<line x1="{lx0}" y1="{ly0}" x2="{lx1}" y2="{ly1}" stroke="{VERMILION}" '
            'stroke-width="11" stroke-linecap="round"/>'
        )
        parts.extend(
            f'<circle cx="{px}" cy="{py}" r="{POINT_RADIUS}" fill="{WHITE}"/>' for px, py in POINTS
        )
    ball_fill = ORANGE if simple else "url(#ball)"
    parts.append(f'<circle cx="{_n(bx)}" cy="{_n(by)}" r="{BALL_RADIUS}" fill="{ball_fill}"/>')
    parts.append("</g>")
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def render_png(svg: str, size: int) -> bytes:
    """The SVG drawn into a ``size`` × ``size`` transparent image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError("the icon's SVG is not valid")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(f"could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    full, simple = icon_svg(), icon_svg(simple=True)
    write_text_atomic(HERE / f"{desktop.APP_ID}.svg", full)
    print(f"wrote {HERE / (desktop.APP_ID + '.svg')}")
    for size in desktop.ICON_SIZES:
        path = HERE / f"{desktop.APP_ID}-{size}.png"
        write_bytes_atomic(path, render_png(simple if size <= SMALL else full, size))
        print(f"wrote {path}")
    resources = HERE.parent
    write_text_atomic(resources / "gdviz.desktop", desktop.desktop_entry("gdviz", "gdviz"))
    write_text_atomic(resources / "gdviz-mime.xml", desktop.mime_xml())
    print(f"wrote {resources / 'gdviz.desktop'}\nwrote {resources / 'gdviz-mime.xml'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
