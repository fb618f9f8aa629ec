"""HTML → PDF with Qt's own writer (QTextDocument + QPdfWriter): A4, 15 mm margins, selectable text.

``html_to_pdf`` needs a running QGuiApplication (the app has one); ``html_to_pdf_headless`` starts an
offscreen one first when there is none, for ``studio export --format pdf``.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

_HEADLESS: list[QApplication] = []   # keeps the CLI's offscreen application alive until exit


def html_to_pdf(html: str, title: str = "", images: Mapping[str, QImage] | None = None) -> bytes:
    """The bytes of a PDF showing ``html`` (Qt rich text), paginated on A4. ``images`` maps the ``src`` of
    ``<img>`` tags in ``html`` to pictures drawn by the app (e.g. the report's bar chart)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(144)
    writer.setCreator("Script Studio")
    if title:
        writer.setTitle(title)
    document = QTextDocument()
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)
    document.print_(writer)
    del writer                      # finishes the file
    buffer.close()
    return bytes(data.data())


def html_to_pdf_headless(html: str, title: str = "", images: Mapping[str, QImage] | None = None) -> bytes:
    """:func:`html_to_pdf` from a command-line process: an offscreen application is made when there is none
    (a full QApplication, so that widgets still work later in the same process)."""
    if QGuiApplication.instance() is None:
        _HEADLESS.append(QApplication(["studio", "-platform", "offscreen"]))
    return html_to_pdf(html, title, images)


__all__ = ["html_to_pdf", "html_to_pdf_headless"]
