"""Data files shipped with namenorm, read lazily with importlib.resources."""
