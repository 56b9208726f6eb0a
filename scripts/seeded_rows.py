#!/usr/bin/env python3
"""The benchmark scripts' input rows: seeded N(0,1) values as Python repr text, comma-separated, one row per line.

Usage: python3 scripts/seeded_rows.py <width> <rows> > x.csv   (or import seeded_rows and call lines(width, count)).
The same width gives the same values on every run; a shorter file is a prefix of a longer one.
"""
import random
import sys


def lines(width, count):
    """The first `count` rows of `width` values (seed 0), each without its line break."""
    rng = random.Random(0)
    for _ in range(count):
        yield ",".join(repr(rng.gauss(0.0, 1.0)) for _ in range(width))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: seeded_rows.py <width> <rows>")
    out = sys.stdout
    for line in lines(int(sys.argv[1]), int(sys.argv[2])):
        out.write(line + "\n")
