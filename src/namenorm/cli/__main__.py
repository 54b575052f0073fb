"""``python -m namenorm.cli``: the same as ``python -m namenorm``."""

import sys

from . import main

if __name__ == "__main__":
    sys.exit(main())
