#!/usr/bin/env python3
"""Print a gazette issue tree as a PDF, the way a gazette is typeset.

Reads the tree as JSON on stdin (written by the loader's PDF tests) and
writes the PDF to the path in argv[1]: a masthead, a contents page with
the page each document starts on, each document from a new page with its
title centred (wrapping over lines), 文号, 主送, sections and paragraphs,
and ruled task tables whose header repeats on every page, cells wrapping
inside their columns and centred vertically, group rows spanning the
table. Every page has a running header (the gazette's name and issue) and
a footer (— n —). Needs python3-reportlab and fonts-wqy-microhei.
"""
import json
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)
from xml.sax.saxutils import escape

FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
pdfmetrics.registerFont(TTFont('CJK', FONT, subfontIndex=0))

def style(name, size, leading, **kw):
    return ParagraphStyle(name, fontName='CJK', fontSize=size, leading=leading,
                          wordWrap='CJK', **kw)

MAST = style('mast', 24, 32, alignment=1)
SUB = style('sub', 12, 18, alignment=1)
TITLE = style('title', 16, 24, alignment=1, spaceBefore=6)
NUMBER = style('number', 12, 18, alignment=1, spaceAfter=8)
BODY = style('body', 11, 17, firstLineIndent=22)
PLAIN = style('plain', 11, 17)
HEAD = style('head', 11, 17, firstLineIndent=22, spaceBefore=4)
CELL = style('cell', 9, 12)
CAPTION = style('caption', 11, 17, alignment=1, spaceBefore=6, spaceAfter=4)
TOC = style('toc', 11, 17, leftIndent=0)
TOCCAT = style('toccat', 12, 20, spaceBefore=6)

def p(text, st):
    return Paragraph(escape(text).replace('\n', '<br/>'), st)

class Mark(Flowable):
    """Records the page a document starts on."""
    def __init__(self, pages, i):
        super().__init__()
        self.pages, self.i = pages, i
    def wrap(self, *a):
        return (0, 0)
    def draw(self):
        self.pages[self.i] = self.canv.getPageNumber()

def column_widths(cols, records):
    """Short columns (序号, names, dates) get their natural width, so that
    their labels stay on one line; text columns share the rest."""
    width = A4[0] - 100
    natural = []
    for i, c in enumerate(cols):
        longest = max([len(c)] + [len(r['cells'][i]) for r in records])
        natural.append(longest * 9.5 + 16)
    if sum(natural) <= width:
        return [n * width / sum(natural) for n in natural]
    fixed = [n if n <= 100 else 0 for n in natural]
    rest = width - sum(fixed)
    flex = [n ** 0.5 if f == 0 else 0 for n, f in zip(natural, fixed)]
    if rest < 100 or sum(flex) == 0:
        return [width / len(cols)] * len(cols)
    return [f if f else rest * x / sum(flex) for f, x in zip(fixed, flex)]

def table(t):
    """A ruled table: its header row (none when no column is named: a
    table printed without one, not an empty row that looks like a gap)
    repeated on every page, its records, group rows spanning the table."""
    cols = t['columns']
    named = any(c.strip() for c in cols)
    rows = [[p(c, CELL) for c in cols]] if named else []
    spans = []
    last = None
    for r in t['records'] or []:
        g = r.get('group')
        if g is not None and g != last:
            spans.append(len(rows))
            rows.append([p(g, CELL)] + [''] * (len(cols) - 1))
        last = g
        rows.append([p(c, CELL) for c in r['cells']])
    if not rows:
        return Spacer(1, 0)
    widths = column_widths(cols, t['records'] or [])
    ts = [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
    for s in spans:
        ts.append(('SPAN', (0, s), (-1, s)))
    out = Table(rows, colWidths=widths, repeatRows=1 if named else 0)
    out.setStyle(TableStyle(ts))
    return out

def story(issue, pages, with_pages):
    s = [Spacer(1, 60), p(issue['title'], MAST), p(issue['subtitle'], SUB), Spacer(1, 30), p('目　　录', TITLE)]
    cat = None
    for e in issue['contents'] or []:
        if e['category'] and e['category'] != cat:
            cat = e['category']
            s.append(p('【%s】' % cat, TOCCAT))
        page = pages.get(e['document'], 0) if with_pages else 0
        title = e['title'] + ('（%s）' % e['number'] if e['number'] else '')
        s.append(p('%s……%d' % (title, page if page else 88), TOC))
    for i, d in enumerate(issue['documents'] or []):
        s.append(PageBreak())
        s.append(Mark(pages, i))
        s.append(p(d['title'], TITLE))
        if d['number']:
            s.append(p(d['number'], NUMBER))
        if d['recipients']:
            s.append(p(d['recipients'] + '：', PLAIN))
        for b in d['blocks'] or []:
            k = b['kind']
            if k == 'heading':
                s.append(p(b['text'], HEAD))
            elif k == 'paragraph':
                s.append(p(b['text'], BODY))
            elif k == 'table':
                if b['table']['caption']:
                    s.append(p(b['table']['caption'], CAPTION))
                s.append(table(b['table']))
                s.append(Spacer(1, 8))
    return s

def build(issue, path):
    def furniture(c, doc):
        c.saveState()
        c.setFont('CJK', 9)
        if doc.page > 1:
            c.drawCentredString(A4[0] / 2, A4[1] - 30, issue['title'] + '　' + issue['subtitle'])
        c.drawCentredString(A4[0] / 2, 25, '— %d —' % doc.page)
        c.restoreState()
    pages = {}
    for with_pages in (False, True):
        doc = SimpleDocTemplate(path, pagesize=A4, topMargin=50, bottomMargin=50,
                                leftMargin=50, rightMargin=50)
        doc.build(story(issue, pages, with_pages), onFirstPage=furniture, onLaterPages=furniture)

if __name__ == '__main__':
    build(json.load(sys.stdin), sys.argv[1])
