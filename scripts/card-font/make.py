#!/usr/bin/env python3
"""Makes the share cards' font (src/main/resources/cards/): Noto Sans CJK SC Bold (SIL Open Font Licence
1.1, Debian package fonts-noto-cjk) cut down to the characters a card can need, so the application draws
Chinese titles with a font it ships instead of whatever fonts a server has (docs/readers.md, "Share cards").

Characters kept: GB 2312 (its 6,763 hanzi and symbols), every character of the gazetteer (db/gazetteer)
and of the seed pages, printable ASCII and Latin-1, pinyin with tone marks, general and CJK punctuation,
full-width forms. Needs python3-fonttools (apt). Run from the repository root:
    /usr/bin/python3 scripts/card-font/make.py /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc
"""
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

OUT = pathlib.Path("src/main/resources/cards/card-sans-sc-bold.otf")
FAMILY = "Noto Sans CJK SC"


def characters():
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.update(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for path in list(pathlib.Path("db/gazetteer").glob("*.csv")) + list(pathlib.Path("seeds").glob("*.txt")):
        chars.update(path.read_text(encoding="utf-8"))
    ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF)]
    for first, last in ranges:
        chars.update(chr(c) for c in range(first, last + 1))
    chars.update("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜ·")
    return {c for c in chars if c.isprintable() or c == " "}


def main(collection):
    fonts = TTCollection(collection).fonts
    font = next(f for f in fonts if f["name"].getDebugName(1) == FAMILY)
    options = subset.Options()
    options.layout_features = ["kern", "palt", "vert"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in characters()])
    subsetter.subset(font)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(OUT)
    print(OUT, OUT.stat().st_size, "bytes")


if __name__ == "__main__":
    main(sys.argv[1])
