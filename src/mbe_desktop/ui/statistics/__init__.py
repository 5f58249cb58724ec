"""Statistik: period choice, charts drawn with QPainter and the export wizard."""
