"""What every paper shares: A4 pages, styles, the training watermark, footer, metadata, summaries.

Readability rules: body text 12 pt or more in DejaVu Sans, black on white, A4, the title
and the language (nl-BE) in the PDF metadata, OEFENMODUS across every page made in training mode.
Output is deterministic: ReportLab's invariant mode fixes the dates and the document id.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.documents import fonts
from kiosk.documents.i18n import numeric_time, tr
from kiosk.documents.model import Language, PaperContext

BODY_SIZE = 12
MARGIN = 15 * mm
BOTTOM_MARGIN = 13 * mm  # the footer sits below it, at 8 mm
LIGHT_GREY = colors.Color(0.88, 0.88, 0.88)
WATERMARK_GREY = colors.Color(0.9, 0.9, 0.9)  # light: the black text over it keeps its contrast
CREATOR = "CIR-kiosk (Wonen in Limburg)"
PDF_LANGUAGE = "nl-BE"  # every paper is Dutch; a summary in another language is a framed part of it
TRAINING_WATERMARK = "OEFENMODUS"
TRAINING_BANNER = "OEFENMODUS – dit is geen echt document. Het telt niet voor uw inschrijving."
COPY_MARK = "KOPIE – opnieuw afgedrukt"


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the papers."""

    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    bold: ParagraphStyle
    big: ParagraphStyle
    banner: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle


def styles() -> Styles:
    """Fresh styles (ReportLab styles are mutable, so each paper gets its own)."""
    fonts.register_fonts()
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=BODY_SIZE, leading=15, spaceAfter=4)
    return Styles(
        title=ParagraphStyle("title", body, fontName=fonts.BOLD, fontSize=20, leading=25, spaceAfter=10),
        heading=ParagraphStyle(
            "heading", body, fontName=fonts.BOLD, fontSize=14, leading=17, spaceBefore=6, spaceAfter=3
        ),
        body=body,
        bold=ParagraphStyle("bold", body, fontName=fonts.BOLD),
        big=ParagraphStyle("big", body, fontName=fonts.BOLD, fontSize=16, leading=21),
        banner=ParagraphStyle(
            "banner", body, fontName=fonts.BOLD, fontSize=16, leading=21, textColor=colors.white
        ),
        cell=ParagraphStyle("cell", body, spaceAfter=0),
        cell_bold=ParagraphStyle("cell_bold", body, fontName=fonts.BOLD, spaceAfter=0),
    )


def para(content: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: names may hold & or <)."""
    return Paragraph(escape(content), style)


def labelled(label: str, value: str, style: ParagraphStyle) -> Paragraph:
    """`label: value` with the label in bold."""
    return Paragraph(f"<b>{escape(label)}:</b> {escape(value)}", style)


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style whose plain-string cells use the embedded font (ReportLab's default: Helvetica)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, BODY_SIZE), *commands])


def boxed(flowables: list[Flowable], background: colors.Color = colors.white, width: float = 0) -> Table:
    """The flowables inside a black frame, for what must not be missed."""
    table = Table([[flowables]], colWidths=[width or content_width()])
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def banner(content: str, style: Styles, size: float = 0) -> Table:
    """White bold text on black: the strongest contrast, for VOORLOPIG (`size`: other than 16 pt)."""
    text_style = style.banner
    if size:
        text_style = ParagraphStyle("banner_sized", style.banner, fontSize=size, leading=size * 1.3)
    return boxed([para(content, text_style)], background=colors.black)


def grid(rows: Sequence[Sequence[Flowable | list[Flowable]]], widths: Sequence[float]) -> Table:
    """A table of flowable cells with a light header row and black lines; rows never split."""
    table = Table([list(row) for row in rows], colWidths=list(widths), repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT_GREY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def qr_code(value: str, size: float = 38 * mm) -> Flowable:
    """A QR code of `value`, `size` points square with its quiet zone, drawn straight on the canvas."""
    return QrCode(value, width=size, height=size, qrLevel="M", qrBorder=4)


def content_width() -> float:
    """The width between the margins."""
    return float(A4[0] - 2 * MARGIN)


class RightToLeftParagraph(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """Arabic text, wrapped in logical order, drawn line by line shaped and right-aligned."""

    def __init__(self, content: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.content = content
        self.style = style
        self.lines: list[str] = []
        self.width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Choose the line breaks for `available_width`; ReportLab calls this before drawing."""
        if not self.lines or available_width != self.width:  # ReportLab may ask several times
            self.lines = self._break_lines(available_width)
        self.width = available_width
        self.height = len(self.lines) * self.style.leading + self.style.spaceAfter
        return self.width, self.height

    def _break_lines(self, width: float) -> list[str]:
        # Arabic letters join only within a word, so a line is as wide as its shaped words and spaces.
        # Only ordinary spaces break a line: a number's no-break spaces keep it whole (see i18n).
        space = self._width_of(" ")
        lines: list[str] = []
        line_width = 0.0
        for word in (w for w in self.content.split(" ") if w):
            word_width = self._width_of(fonts.visual_rtl(word))
            if lines and line_width + space + word_width <= width:
                lines[-1] += " " + word
                line_width += space + word_width
            else:
                lines.append(word)
                line_width = word_width
        return lines

    def _width_of(self, drawn: str) -> float:
        return float(stringWidth(drawn, self.style.fontName, self.style.fontSize))

    def draw(self) -> None:
        """Draw each line shaped and in visual order, flush right."""
        self.canv.setFont(self.style.fontName, self.style.fontSize)
        self.canv.setFillColor(self.style.textColor)
        baseline = self.height - self.style.spaceAfter - self.style.fontSize
        for line in self.lines:
            self.canv.drawRightString(self.width, baseline, fonts.visual_rtl(line))
            baseline -= self.style.leading


def summary_block(language: Language, lines: Sequence[str], style: Styles) -> list[Flowable]:
    """The summary in the candidate's language under a heading, framed; nothing for Dutch.

    The frame moves to the next page whole when it does not fit in what is left of this one; only
    a summary longer than a page continues on the next page, still framed.
    """
    if language is Language.DUTCH or not lines:
        return []
    heading = tr(language, "Samenvatting in uw taal")
    if language is Language.ARABIC:
        rtl_heading = ParagraphStyle("rtl_heading", style.heading, alignment=TA_RIGHT)
        inner: list[Flowable] = [RightToLeftParagraph(heading, rtl_heading)]
        inner += [RightToLeftParagraph(line, style.body) for line in lines]
    else:
        inner = [para(heading, style.heading)] + [para(line, style.body) for line in lines]
    return [Spacer(1, 8), KeepTogether([_framed_rows(inner)])]


def _framed_rows(flowables: list[Flowable]) -> Table:
    """A frame with one row per flowable, so a long summary continues on the next page, still framed."""
    table = Table([[flowable] for flowable in flowables], colWidths=[content_width()], splitByRow=1)
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ("NOSPLIT", (0, 0), (0, 1)),  # the heading stays with the first line
            ]
        )
    )
    return table


def decorate_page(canvas: Canvas, document: BaseDocTemplate, context: PaperContext) -> None:
    """Draw what every page carries: the training watermark and banner, and the footer."""
    canvas.saveState()
    if context.training:
        _draw_training_marks(canvas)
    if context.copy:
        _draw_copy_mark(canvas, context)
    canvas.setFont(fonts.REGULAR, 10)
    canvas.setFillColor(colors.black)
    footer = (
        f"Gemaakt op {numeric_time(context.printed_at)} · {context.location} · "
        f"terminal {context.terminal_id} · pagina {document.page}"
    )
    canvas.drawString(MARGIN, 8 * mm, footer)
    canvas.restoreState()


def _draw_copy_mark(canvas: Canvas, context: PaperContext) -> None:
    """KOPIE at the top right of a reprint, in the margin above the text (below the training banner)."""
    width, height = A4
    top = height - (12 * mm if context.training else 0)
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.setFont(fonts.BOLD, 13)
    canvas.drawRightString(width - MARGIN, top - 9 * mm, COPY_MARK)
    canvas.restoreState()


def _draw_training_marks(canvas: Canvas) -> None:
    width, height = A4
    mark = TRAINING_WATERMARK
    canvas.saveState()
    canvas.setFillColor(WATERMARK_GREY)
    canvas.setFont(fonts.BOLD, 80)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(55)
    canvas.drawCentredString(0, -28, mark)
    canvas.restoreState()
    canvas.setFillColor(LIGHT_GREY)
    canvas.rect(0, height - 12 * mm, width, 12 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    canvas.setFont(fonts.BOLD, 12)
    canvas.drawCentredString(width / 2, height - 8 * mm, TRAINING_BANNER)


def build_pdf(title: str, context: PaperContext, story: list[Flowable]) -> bytes:
    """Lay `story` out on A4 pages and return the PDF bytes (deterministic for the same input)."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    # The training banner (12 mm) fits in the top margin; a reprint's KOPIE mark goes below it, so
    # a training reprint moves the text down to make room.
    top = MARGIN + (8 * mm if context.training and context.copy else 0)
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        author=context.office.name,
        subject=title,
        creator=CREATOR,
        lang=PDF_LANGUAGE,
        invariant=1,
        initialFontName=fonts.REGULAR,  # no Helvetica reference: every font is the embedded one
        initialFontSize=BODY_SIZE,
    )
    frame = Frame(
        MARGIN, BOTTOM_MARGIN, content_width(), A4[1] - BOTTOM_MARGIN - top, id="body",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    decorate: Callable[[Canvas, BaseDocTemplate], None] = lambda c, d: decorate_page(c, d, context)  # noqa: E731
    document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    document.build(story)
    return buffer.getvalue()
