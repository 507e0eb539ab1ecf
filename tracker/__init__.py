"""Target-versus-actual progress tracker for government plan goals."""

__version__ = "0.1.0"
