"""``python -m namenorm.cli``."""

import sys

from . import main

sys.exit(main())
