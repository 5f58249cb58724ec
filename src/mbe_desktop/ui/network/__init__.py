"""Netzwerk: partner directory, CSV import, letter templates, referrals and their letters."""
