"""Input and output: CSV files, data-frame values, and what each value becomes.

- `namenorm.io.rows`: the one value -> row function,
  [`resolve_value`][namenorm.io.resolve_value] (and
  [`resolve_values`][namenorm.io.resolve_values] for a batch), with the one status
  vocabulary (`STATUSES`) and the fields laid out as columns (`FIELDS`):
  ``namenorm clean``, the pandas and Polars helpers and Spark all call it.
- `namenorm.io.csvfile`: a byte-exact CSV reader and writer.
- `namenorm.io.job`: the column-cleaning job,
  [`clean_csv`][namenorm.io.clean_csv], on both.
- `namenorm.io.encoding`: which legacy encoding a file that is not UTF-8 is in.
"""

from .job import CleanOptions, CleanSummary, Progress, Stopped, clean_csv
from .rows import FIELDS, STATUSES, Resolution, guard_formula, resolve_value, resolve_values, text_of

__all__ = [
    "FIELDS",
    "STATUSES",
    "CleanOptions",
    "CleanSummary",
    "Progress",
    "Resolution",
    "Stopped",
    "clean_csv",
    "guard_formula",
    "resolve_value",
    "resolve_values",
    "text_of",
]
