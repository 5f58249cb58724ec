"""The Hilfe menu: the user guide, the list of keyboard shortcuts and the About dialog."""
