"""intlbase_desk: the register and procedures of international S&T cooperation bases."""

from importlib import metadata

try:
    __version__ = metadata.version("intlbase-desk")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
