#!/usr/bin/env python3
"""Draws the heatmap editor's tool bar icons: bundles/org.attributionlens.editor/icons/*.png.

Every icon is described once, in the units of a 16 x 16 icon, and rendered twice: at 16 x 16
(name.png) and natively at 32 x 32 (name@2x.png, which Eclipse picks on HiDPI screens), each
from an 8-times larger canvas reduced with a box filter, so that edges on the unit grid stay
sharp and slanted ones are smoothed, as Eclipse's own icons (rendered from SVG) are.

The look follows the Eclipse icon set: flat shapes on a transparent background, about one unit
of dark outline, a few greys and blues, colour only where it carries meaning (the heatmap's
red - yellow - green).

Run with a Python that has Pillow (Debian: /usr/bin/python3 with python3-pil):
    /usr/bin/python3 releng/icons/draw_icons.py
"""
import os
import sys

from PIL import Image, ImageDraw

SUPERSAMPLE = 8
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'bundles',
                   'org.attributionlens.editor', 'icons')

# the palette: Eclipse's greys and blues, and the heatmap's own scale
OUTLINE = (77, 77, 77, 255)
GREY = (128, 128, 128, 255)
PALE = (232, 232, 232, 255)
PAGE = (255, 255, 255, 255)
BLUE = (58, 115, 181, 255)
BLUE_DARK = (32, 74, 135, 255)
BLUE_LIGHT = (190, 212, 238, 255)
LENS = (226, 238, 250, 255)
HANDLE = (96, 96, 96, 255)
ORANGE = (235, 130, 40, 255)
RDYLGN = [(215, 48, 39), (252, 141, 89), (254, 224, 139), (217, 239, 139), (145, 207, 96), (26, 152, 80)]

# glyphs, 4 x 7 (lower case letters sit on the last 5 rows) unless said, '#' = ink
GLYPHS = {
    'a': ['....', '....', '.##.', '...#', '.###', '#..#', '.###'],
    'b': ['#...', '#...', '###.', '#..#', '#..#', '#..#', '###.'],
    '0': ['.##.', '#..#', '#..#', '#..#', '#..#', '#..#', '.##.'],
    # five rows high, to fit the lens
    '1': ['.#', '##', '.#', '.#', '.#'],
    ':': ['.', '#', '.', '#', '.'],
}


class Icon:
    """A canvas in icon units: (0, 0) is the top left corner, (16, 16) the bottom right one."""

    def __init__(self, scale):
        self.scale = scale
        self.k = scale * SUPERSAMPLE
        self.image = Image.new('RGBA', (16 * self.k, 16 * self.k), (0, 0, 0, 0))
        self.draw = ImageDraw.Draw(self.image)

    def _p(self, x, y):
        return (x * self.k, y * self.k)

    def box(self, x0, y0, x1, y1, fill):
        """Fills [x0, x1) x [y0, y1)."""
        if x1 > x0 and y1 > y0:
            self.draw.rectangle([x0 * self.k, y0 * self.k, x1 * self.k - 1, y1 * self.k - 1], fill=fill)

    def rect(self, x0, y0, x1, y1, fill, outline=OUTLINE, width=1):
        """A filled rectangle with an outline of `width` units inside its bounds."""
        self.box(x0, y0, x1, y1, outline)
        self.box(x0 + width, y0 + width, x1 - width, y1 - width, fill)

    def line(self, points, colour, width=1):
        self.draw.line([self._p(x, y) for x, y in points], fill=colour, width=round(width * self.k), joint='curve')

    def polygon(self, points, colour):
        self.draw.polygon([self._p(x, y) for x, y in points], fill=colour)

    def ellipse(self, x0, y0, x1, y1, fill, outline=OUTLINE, width=1):
        self.draw.ellipse([x0 * self.k, y0 * self.k, x1 * self.k - 1, y1 * self.k - 1], fill=fill,
                          outline=outline, width=round(width * self.k))

    def gradient(self, x0, y0, x1, y1, stops):
        """A horizontal gradient through the colour stops over [x0, x1) x [y0, y1)."""
        left, right = round(x0 * self.k), round(x1 * self.k)
        for x in range(left, right):
            t = (x - left + 0.5) / (right - left) * (len(stops) - 1)
            i = min(int(t), len(stops) - 2)
            f = t - i
            colour = tuple(round(a + (b - a) * f) for a, b in zip(stops[i], stops[i + 1])) + (255,)
            self.draw.line([(x, y0 * self.k), (x, y1 * self.k - 1)], fill=colour)

    def text(self, x, y, chars, colour=OUTLINE):
        """Glyphs from GLYPHS, their top row at y, one unit apart."""
        for char in chars:
            rows = GLYPHS[char]
            for dy, row in enumerate(rows):
                for dx, ink in enumerate(row):
                    if ink == '#':
                        self.box(x + dx, y + dy, x + dx + 1, y + dy + 1, colour)
            x += len(rows[0]) + 1

    def arrow(self, tail, head, colour, width=1, size=3):
        """A line from tail to head ending in a filled triangular head `size` units long."""
        (x0, y0), (x1, y1) = tail, head
        length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        bx, by = x1 - ux * size, y1 - uy * size
        self.line([tail, (bx + ux * 0.5, by + uy * 0.5)], colour, width)
        half = size * 0.6
        self.polygon([(x1, y1), (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half)], colour)

    def result(self):
        return self.image.resize((16 * self.scale, 16 * self.scale), Image.BOX)


# --- the icons, one function each ---------------------------------------------------------------

def magnifier(icon):
    """The lens and handle the zoom icons share; the lens centre is (6.5, 6.5)."""
    icon.line([(10.2, 10.2), (14.2, 14.2)], HANDLE, 2.6)
    icon.ellipse(1, 1, 12, 12, LENS)


def zoom_in(icon):
    magnifier(icon)
    icon.box(4, 6, 9, 7, BLUE_DARK)
    icon.box(6, 4, 7, 9, BLUE_DARK)


def zoom_out(icon):
    magnifier(icon)
    icon.box(4, 6, 9, 7, BLUE_DARK)


def zoom_reset(icon):
    """1:1, the actual size."""
    magnifier(icon)
    icon.text(3, 4, '1:1', BLUE_DARK)


def zoom_fit(icon):
    """A frame inside the lens: the whole matrix in the window."""
    magnifier(icon)
    icon.rect(4, 4, 9, 9, PAGE, BLUE_DARK)


def transpose(icon):
    """A grid whose header row and header column trade places across the diagonal."""
    icon.rect(1, 1, 14, 14, PAGE, GREY)
    icon.box(2, 2, 13, 5, BLUE_LIGHT)
    icon.box(2, 2, 5, 13, (250, 214, 170, 255))
    for at in (5, 9):
        icon.box(at, 1, at + 1, 14, GREY)
        icon.box(1, at, 14, at + 1, GREY)
    frame(icon, 1, 1, 14, 14)
    icon.arrow((7.5, 7.5), (15, 15), BLUE_DARK, 1.4, 4)
    icon.arrow((7.5, 7.5), (1, 1), BLUE_DARK, 1.4, 4)


def frame(icon, x0, y0, x1, y1, colour=OUTLINE):
    """Only the one-unit outline of a rectangle."""
    icon.box(x0, y0, x1, y0 + 1, colour)
    icon.box(x0, y1 - 1, x1, y1, colour)
    icon.box(x0, y0, x0 + 1, y1, colour)
    icon.box(x1 - 1, y0, x1, y1, colour)


def words(icon):
    """Two subword pieces, a and b, tied into one word."""
    icon.text(2, 3, 'a')
    icon.text(9, 3, 'b')
    icon.box(1, 13, 15, 14, BLUE)
    icon.box(1, 11, 2, 14, BLUE)
    icon.box(14, 11, 15, 14, BLUE)


def top_k(icon):
    """A grid of dimmed cells with three lit ones."""
    icon.rect(1, 1, 15, 15, PALE, GREY)
    for at in (5, 10):
        icon.box(at, 1, at + 1, 15, GREY)
        icon.box(1, at, 15, at + 1, GREY)
    cells = [(2, 5), (6, 10), (11, 14)]
    for column, row in ((0, 1), (1, 0), (2, 2)):
        (x0, x1), (y0, y1) = cells[column], cells[row]
        icon.box(x0, y0, x1, y1, ORANGE)
    frame(icon, 1, 1, 15, 15)


def normalise(icon):
    """Bars brought to the same height, under a common top line."""
    for x in (2, 7, 12):
        icon.rect(x, 5, x + 3, 14, BLUE_LIGHT, BLUE_DARK)
    icon.box(1, 2, 16, 3, ORANGE)
    icon.box(0, 14, 16, 15, OUTLINE)


def colours(icon):
    """A swatch of the red - yellow - green scale."""
    icon.box(1, 3, 15, 13, OUTLINE)
    icon.gradient(2, 4, 14, 12, RDYLGN)


def range_(icon):
    """The scale's bar between the brackets that bound it."""
    icon.box(4, 6, 12, 10, OUTLINE)
    icon.gradient(4, 7, 12, 9, RDYLGN)
    for x, inner in ((1, 3), (14, 13)):
        icon.box(min(x, inner), 3, max(x, inner) + 1, 4, BLUE_DARK)
        icon.box(min(x, inner), 12, max(x, inner) + 1, 13, BLUE_DARK)
        icon.box(x, 3, x + 1, 13, BLUE_DARK)


def decimals(icon):
    """.00, the digits after the point."""
    icon.box(1, 11, 3, 13, BLUE_DARK)
    icon.text(4, 6, '00')


def columns(icon, top, bottom):
    """Bars above, bars below and the lines between them; each side is a list of (x0, x1)."""
    for x0, x1 in top:
        icon.rect(x0, 1, x1, 7, BLUE_LIGHT, BLUE_DARK)
    for x0, x1 in bottom:
        icon.rect(x0, 9, x1, 15, BLUE_LIGHT, BLUE_DARK)


def merge(icon):
    """Two columns joined into one."""
    columns(icon, [(1, 6), (10, 15)], [(3, 13)])
    icon.line([(3.5, 7), (6, 9)], GREY, 1)
    icon.line([(12.5, 7), (10, 9)], GREY, 1)


def unmerge(icon):
    """One column split in two."""
    columns(icon, [(3, 13)], [(1, 6), (10, 15)])
    icon.line([(6, 7), (3.5, 9)], GREY, 1)
    icon.line([(10, 7), (12.5, 9)], GREY, 1)


def export(icon):
    """A tray with an arrow leaving it."""
    icon.box(1, 8, 2, 15, OUTLINE)
    icon.box(1, 14, 13, 15, OUTLINE)
    icon.box(12, 11, 13, 15, OUTLINE)
    icon.box(2, 11, 12, 14, PALE)
    icon.arrow((4.5, 12), (14.5, 2), BLUE, 1.6, 5)


def compare(icon):
    """Two heatmaps side by side."""
    for x0, cells in ((0, (0, 4, 2, 5)), (9, (1, 5, 0, 3))):
        icon.rect(x0, 2, x0 + 7, 14, PAGE, GREY)
        for i, scale_stop in enumerate(cells):
            x, y = x0 + 1 + (i % 2) * 3, 3 + (i // 2) * 5
            icon.box(x, y, x + 2 + (i % 2), y + 4, RDYLGN[scale_stop] + (255,))
    icon.box(7, 7, 9, 9, OUTLINE)


ICONS = {
    'zoom_in': zoom_in,
    'zoom_out': zoom_out,
    'zoom_reset': zoom_reset,
    'zoom_fit': zoom_fit,
    'transpose': transpose,
    'words': words,
    'top_k': top_k,
    'normalise': normalise,
    'colours': colours,
    'range': range_,
    'decimals': decimals,
    'merge': merge,
    'unmerge': unmerge,
    'export': export,
    'compare': compare,
}


def main(out=OUT):
    os.makedirs(out, exist_ok=True)
    for name, draw in ICONS.items():
        for scale, suffix in ((1, ''), (2, '@2x')):
            icon = Icon(scale)
            draw(icon)
            icon.result().save(os.path.join(out, name + suffix + '.png'), optimize=True)
    print('drew %d icons into %s' % (len(ICONS), os.path.normpath(out)))


if __name__ == '__main__':
    main(*sys.argv[1:])
