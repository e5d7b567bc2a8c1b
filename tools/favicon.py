#!/usr/bin/env python3
"""Writes the browser icons from one drawing: a white steering wheel on the brand's red.
Run after changing the drawing: python3 tools/favicon.py (no libraries needed; the PNGs are rasterised here).

  src/main/resources/static/images/favicon.svg      for browsers that take an SVG icon
  src/main/resources/static/favicon.ico             16, 32 and 48 px, for /favicon.ico and older browsers
  src/main/resources/static/images/touch-icon.png   180 px and square, for a tablet's home screen
"""
import math, pathlib, struct, zlib

RED = (0xB0, 0x14, 0x1C)
WHITE = (0xFF, 0xFF, 0xFF)
SIZE = 64  # the drawing's own units
CORNER, RING, RING_WIDTH, SPOKE_WIDTH, HUB = 13, 20, 6, 5, 6

SVG = f'''<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}">
  <rect width="{SIZE}" height="{SIZE}" rx="{CORNER}" fill="#b0141c"/>
  <g fill="none" stroke="#fff">
    <circle cx="32" cy="32" r="{RING}" stroke-width="{RING_WIDTH}"/>
    <path d="M{32 - RING} 32H{32 + RING}M32 32V{32 + RING}" stroke-width="{SPOKE_WIDTH}"/>
  </g>
  <circle cx="32" cy="32" r="{HUB}" fill="#fff"/>
</svg>
'''


def colour_at(x, y, corner):
    """The drawing at one point, in its own units: None outside the rounded square."""
    cx, cy = min(max(x, corner), SIZE - corner), min(max(y, corner), SIZE - corner)
    if math.hypot(x - cx, y - cy) > corner:
        return None
    d = math.hypot(x - 32, y - 32)
    ring = abs(d - RING) <= RING_WIDTH / 2
    across = abs(y - 32) <= SPOKE_WIDTH / 2 and d <= RING
    down = abs(x - 32) <= SPOKE_WIDTH / 2 and y >= 32 and d <= RING
    return WHITE if ring or across or down or d <= HUB else RED


def png(pixels, corner=CORNER):
    """A square RGBA image, rasterised with 4 x 4 samples per pixel so the edges are smooth."""
    rows = []
    for py in range(pixels):
        row = bytearray(b'\0')
        for px in range(pixels):
            samples = [colour_at((px + (i + .5) / 4) * SIZE / pixels, (py + (j + .5) / 4) * SIZE / pixels, corner)
                       for i in range(4) for j in range(4)]
            inside = [s for s in samples if s is not None]
            if not inside:
                row += bytes(4)
                continue
            rgb = [round(sum(s[k] for s in inside) / len(inside)) for k in range(3)]
            row += bytes(rgb + [round(255 * len(inside) / len(samples))])
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
    header = struct.pack('>IIBBBBB', pixels, pixels, 8, 6, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(b''.join(rows), 9))
            + chunk(b'IEND', b''))


def ico(sizes):
    """An .ico holding one PNG per size (every browser since 2007 reads PNG entries)."""
    images = [png(s) for s in sizes]
    offset = 6 + 16 * len(images)
    directory, data = b'', b''
    for s, image in zip(sizes, images):
        directory += struct.pack('<BBBBHHII', s % 256, s % 256, 0, 0, 1, 32, len(image), offset + len(data))
        data += image
    return struct.pack('<HHH', 0, 1, len(images)) + directory + data


static = pathlib.Path(__file__).resolve().parent.parent / 'src/main/resources/static'
(static / 'images').mkdir(exist_ok=True)
(static / 'images/favicon.svg').write_text(SVG, encoding='utf-8')
(static / 'favicon.ico').write_bytes(ico([16, 32, 48]))
# square: a tablet rounds the corners of a home-screen icon itself
(static / 'images/touch-icon.png').write_bytes(png(180, corner=0))
print('icons written')
