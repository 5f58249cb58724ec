"""Ratsuchende: list model, intake, client record, merge dialog and their input widgets."""
