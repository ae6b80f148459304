"""Start gdviz from a source checkout: ``python main.py [FILE]`` (same as ``gdviz``)."""

import sys

from gdviz.cli import main

if __name__ == "__main__":
    sys.exit(main())
