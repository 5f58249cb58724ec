"""Colours derived from the palette, so text stays readable in light and dark themes.

Hard-coded colours were chosen for white backgrounds; on a dark system palette a dark red on
near-black, or a light tile behind light text, is unreadable. Everything here starts from the
current application palette and checks the WCAG contrast ratio (4.5:1 for text).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

TEXT_CONTRAST = 4.5  # WCAG 2.1 AA, normal text
GRAPHIC_CONTRAST = 3.0  # WCAG 2.1 AA, borders and other non-text parts

# Accent colours of the message kinds (hue only: the shades below are derived from them).
ACCENTS = {
    "info": "#3b6ea8",
    "success": "#3d8a50",
    "warning": "#b38a12",
    "error": "#c0392b",
}
# The tested light-theme shades (background, border, text), WCAG AA on their background.
LIGHT_BANNERS = {
    "info": ("#e8f0fb", "#7a9cc6", "#1d3557"),
    "success": ("#e7f4ea", "#6aa77a", "#1e4620"),
    "warning": ("#fff4ce", "#d8b13a", "#4d3800"),
    "error": ("#fdecea", "#d9534f", "#7a1a12"),
}
ERROR_TEXT = "#a11d12"  # on white: 7.4:1
MUTED_TEXT = "#5f6368"  # on white: 6.0:1


def palette() -> QPalette:
    return QGuiApplication.palette()


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(current: QPalette | None = None) -> bool:
    current = current or palette()
    window = current.color(QPalette.ColorRole.Window)
    text = current.color(QPalette.ColorRole.WindowText)
    return luminance(window) < luminance(text)


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``first`` moved ``amount`` (0–1) of the way towards ``second``."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


def readable(colour: QColor | str, background: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """``colour`` if it stands out enough from ``background``, else the nearest shade of it
    (towards white on dark backgrounds, towards black on light ones) that does."""
    colour = QColor(colour)
    target = QColor("#ffffff") if luminance(background) < 0.18 else QColor("#000000")
    step = 0
    result = colour
    while contrast(result, background) < minimum and step < 20:
        step += 1
        result = mix(colour, target, step / 20)
    return result


def _role(role: QPalette.ColorRole, current: QPalette | None) -> QColor:
    return (current or palette()).color(role)


def error_text(current: QPalette | None = None) -> QColor:
    """Error messages next to fields, overdue dates."""
    base = _role(QPalette.ColorRole.Base, current)
    window = _role(QPalette.ColorRole.Window, current)
    darker_bg = base if luminance(base) < luminance(window) else window
    lighter_bg = window if darker_bg is base else base
    # Readable on both the window and the field/list background (and the alternate rows).
    colour = readable(ERROR_TEXT, lighter_bg)
    colour = readable(colour, darker_bg)
    return readable(colour, _role(QPalette.ColorRole.AlternateBase, current))


def muted_text(current: QPalette | None = None) -> QColor:
    """Secondary text (explanations, "kein Fall"): quieter than the text, still ≥ 4.5:1."""
    current = current or palette()
    text = current.color(QPalette.ColorRole.Text)
    base = current.color(QPalette.ColorRole.Base)
    window = current.color(QPalette.ColorRole.Window)
    colour = mix(text, base, 0.35) if is_dark(current) else QColor(MUTED_TEXT)
    for background in (base, window, current.color(QPalette.ColorRole.AlternateBase)):
        colour = readable(colour, background)
    return colour


def banner_colours(kind: str, current: QPalette | None = None) -> tuple[QColor, QColor, QColor]:
    """Background, border and text of a message box of ``kind`` (info, success, …)."""
    current = current or palette()
    if not is_dark(current):
        background, border, text = (QColor(value) for value in LIGHT_BANNERS[kind])
        window = current.color(QPalette.ColorRole.Window)
        if contrast(text, background) >= TEXT_CONTRAST and luminance(window) > 0.5:
            return background, border, text
    accent = QColor(ACCENTS[kind])
    window = current.color(QPalette.ColorRole.Window)
    background = mix(window, accent, 0.22 if is_dark(current) else 0.12)
    border = readable(accent, window, GRAPHIC_CONTRAST)
    text = readable(current.color(QPalette.ColorRole.WindowText), background)
    return background, border, text


def surface(current: QPalette | None = None) -> tuple[QColor, QColor]:
    """Background and border of a card or tile that sits on the window background."""
    current = current or palette()
    window = current.color(QPalette.ColorRole.Window)
    base = current.color(QPalette.ColorRole.Base)
    mid = current.color(QPalette.ColorRole.Mid)
    return mix(window, base, 0.5), mix(mid, window, 0.3)


def css(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)


def reference_dark_palette() -> QPalette:
    """A typical dark system palette (as Fusion/KDE/Windows dark modes set it), for the tests
    and the screenshot script."""
    role = QPalette.ColorRole
    result = QPalette()
    colours = {
        role.Window: "#2b2b2b",
        role.WindowText: "#e6e6e6",
        role.Base: "#1e1e1e",
        role.AlternateBase: "#262626",
        role.ToolTipBase: "#3a3a3a",
        role.ToolTipText: "#e6e6e6",
        role.PlaceholderText: "#9a9a9a",
        role.Text: "#e6e6e6",
        role.Button: "#353535",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Light: "#505050",
        role.Midlight: "#404040",
        role.Mid: "#5a5a5a",
        role.Dark: "#1a1a1a",
        role.Shadow: "#000000",
        role.Highlight: "#2f65ca",
        role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8",
        role.LinkVisited: "#c58af9",
    }
    for name, value in colours.items():
        result.setColor(name, QColor(value))
    for name in (role.Text, role.WindowText, role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, name, QColor("#7a7a7a"))
    return result
