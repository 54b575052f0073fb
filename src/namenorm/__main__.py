"""``python -m namenorm``: the command line, as the ``namenorm`` command runs it."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
