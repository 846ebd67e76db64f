#!/usr/bin/env python3
"""Print a gazette issue tree as a PDF, the way a gazette is typeset.

Reads the tree as JSON on stdin (written by the loader's PDF tests) and
writes the PDF to the path in argv[1]: a masthead, a contents page with
the page each document starts on, each document from a new page with its
title centred (wrapping over lines), 文号, 主送, sections and paragraphs,
and ruled task tables whose header repeats on every page, cells wrapping
inside their columns and centred vertically, group rows spanning the
table; a header of two-level column names (组/名) prints as two rows, each
upper name centred in a cell spanning its columns. Every page has a
running header (the gazette's name and issue) and a footer (— n —).
Needs python3-reportlab and fonts-wqy-microhei.
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
HEADCELL = style('headcell', 9, 12, alignment=1)
CAPTION = style('caption', 11, 17, alignment=1, spaceBefore=6, spaceAfter=4)
TOC = style('toc', 11, 17, leftIndent=0)
TOCCAT = style('toccat', 12, 20, spaceBefore=6)

def p(text, st):
    return Paragraph(escape(text).replace('\n', '<br/>'), st)

def cell(text):
    """A table cell: each of its lines a paragraph of its own (a line
    break after a line that fills the cell would print an empty line)."""
    return [Paragraph(escape(l), CELL) for l in text.split('\n')]

class Mark(Flowable):
    """Records the page a document starts on."""
    def __init__(self, pages, i):
        super().__init__()
        self.pages, self.i = pages, i
    def wrap(self, *a):
        return (0, 0)
    def draw(self):
        self.pages[self.i] = self.canv.getPageNumber()

def column_widths(names, records):
    """Short columns (序号, names, dates) get their natural width, so that
    their labels stay on one line; text columns share the rest. names are
    the labels each column prints on its own (a two-level name's lower
    part). No column is narrower than two characters and a cell's padding:
    a printed table's columns hold a word at least."""
    width = A4[0] - 100
    least = 2 * 9 + 12
    natural = []
    for i, c in enumerate(names):
        longest = max([len(c)] + [len(r['cells'][i]) for r in records])
        natural.append(max(longest * 9.5 + 16, least))
    if sum(natural) <= width:
        return [n * width / sum(natural) for n in natural]
    fixed = [n if n <= 100 else 0 for n in natural]
    rest = width - sum(fixed)
    flex = [n ** 0.5 if f == 0 else 0 for n, f in zip(natural, fixed)]
    if rest < 100 or sum(flex) == 0:
        return [width / len(names)] * len(names)
    share = [f if f else rest * x / sum(flex) for f, x in zip(fixed, flex)]
    short = [max(w, least) for w in share]
    over = sum(short) - width
    if over <= 0:
        return short
    # the columns floored at least are paid for by the wider ones
    wide = sum(w - least for w in short if w > least)
    return [w - over * (w - least) / wide if w > least else w for w in short]

def header(cols):
    """The header rows of a table and their spans: one row of labels, or,
    when a column's name has two levels (组/名), two: a run of columns
    whose names share the upper part prints it once in a cell spanning
    them, their lower parts in the row below; a column of one level spans
    both rows."""
    parts = [c.split('/', 1) if '/' in c else [c] for c in cols]
    if all(len(x) == 1 for x in parts):
        return [[p(c, CELL) for c in cols]], [], cols
    top, low, spans = [], [], []
    for i, x in enumerate(parts):
        if len(x) == 1:
            top.append(p(x[0], HEADCELL))
            low.append('')
            spans.append(('SPAN', (i, 0), (i, 1)))
            continue
        low.append(p(x[1], HEADCELL))
        if i > 0 and len(parts[i - 1]) == 2 and parts[i - 1][0] == x[0]:
            top.append('')
            first = spans.pop()[1][0] if spans and spans[-1][2] == (i - 1, 0) else i - 1
            spans.append(('SPAN', (first, 0), (i, 0)))
        else:
            top.append(p(x[0], HEADCELL))
    return [top, low], spans, [x[-1] for x in parts]

def table(t):
    """A ruled table: its header rows (none when no column is named: a
    table printed without one, not an empty row that looks like a gap)
    repeated on every page, its records, group rows spanning the table."""
    cols = t['columns']
    named = any(c.strip() for c in cols)
    rows, ts, names = header(cols) if named else ([], [], cols)
    head = len(rows)
    last = None
    for r in t['records'] or []:
        g = r.get('group')
        if g is not None and g != last:
            ts.append(('SPAN', (0, len(rows)), (-1, len(rows))))
            rows.append([p(g, CELL)] + [''] * (len(cols) - 1))
        last = g
        rows.append([cell(c) for c in r['cells']])
    if not rows:
        return Spacer(1, 0)
    widths = column_widths(names, t['records'] or [])
    ts += [('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
    out = Table(rows, colWidths=widths, repeatRows=head)
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
