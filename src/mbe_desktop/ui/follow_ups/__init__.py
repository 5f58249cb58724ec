"""Follow-ups (Wiedervorlagen): the Heute list, the dialogs, the calendar export, settings."""
