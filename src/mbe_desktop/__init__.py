"""MBE Desktop: offline, encrypted case documentation for MBE counsellors."""

__version__ = "0.1.0"
APP_NAME = "MBE Desktop"
