package loader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

// A PDF issue is read through pdftotext from poppler-utils, the standard
// extractor: -layout keeps a ruled table's columns at their positions and
// separates pages with form feeds; the text is then read by the same rules
// as any converter's text (furniture, contents, tables from the column
// layout).

// pdfTimeout bounds one extraction; a 20-page issue takes well under a
// second.
const pdfTimeout = 60 * time.Second

// Errors of PDF extraction. The messages are what the user reads after
// the file's name.
var (
	ErrNoPdftotext = errors.New("pdftotext is not installed: it reads PDF issues (apt-get install poppler-utils)")
	ErrEncrypted   = errors.New("encrypted PDF: it needs a password, which gazette does not ask for")
	ErrNoText      = errors.New("no text layer: scanned pages need OCR")
)

// isPDF reports whether b is a PDF file: it starts with %PDF- (after at
// most a few bytes of junk, which readers tolerate).
func isPDF(b []byte) bool {
	head := b[:min(len(b), 1024)]
	return bytes.Contains(head, []byte("%PDF-"))
}

// pdftotext is the program run; a variable so that a test can point it at
// a missing one.
var pdftotext = "pdftotext"

// pdfText extracts the text of a PDF with pdftotext -layout, as UTF-8 with
// a form feed after each page. Its output is bounded by MaxSize, its
// stderr is shown only cleaned of control characters, and it is stopped
// after pdfTimeout.
func pdfText(b []byte) ([]byte, error) {
	path, err := exec.LookPath(pdftotext)
	if err != nil {
		return nil, ErrNoPdftotext
	}
	ctx, cancel := context.WithTimeout(context.Background(), pdfTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, path, "-bbox-layout", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(b)
	out := &capped{max: 8 * MaxSize}
	errOut := &capped{max: 4096}
	cmd.Stdout, cmd.Stderr = out, errOut
	err = cmd.Run()
	switch {
	case ctx.Err() != nil:
		return nil, fmt.Errorf("pdftotext took longer than %v", pdfTimeout)
	case out.over:
		return nil, fmt.Errorf("the PDF's text is over %d MB", MaxSize>>20)
	case err != nil:
		return nil, pdfError(errOut.String(), err)
	}
	pages, err := bboxPages(out.Bytes())
	if err != nil {
		return nil, fmt.Errorf("pdftotext's word positions: %w", err)
	}
	text := pdfPages(pages)
	if blank(string(text)) {
		return nil, ErrNoText
	}
	return text, nil
}

// pdfError turns pdftotext's failure into one line: its first message,
// cleaned, or its exit status.
func pdfError(stderr string, err error) error {
	msg := ""
	for _, l := range strings.Split(stderr, "\n") {
		if l = strings.TrimSpace(Clean(l)); l != "" {
			msg = l
			break
		}
	}
	switch {
	case strings.Contains(stderr, "Incorrect password"):
		return ErrEncrypted
	case msg == "":
		return fmt.Errorf("not a readable PDF (pdftotext: %w)", err)
	}
	for _, p := range []string{"Syntax Error: ", "Command Line Error: ", "Error: "} {
		msg = strings.TrimPrefix(msg, p)
	}
	if len(msg) > 200 {
		msg = msg[:200] + "…"
	}
	return fmt.Errorf("not a readable PDF: %s", msg)
}

// capped is a buffer that keeps at most max bytes and notes an overflow.
type capped struct {
	bytes.Buffer
	max  int
	over bool
}

func (c *capped) Write(p []byte) (int, error) {
	if c.Len()+len(p) > c.max {
		c.over = true
		return 0, errors.New("output over the limit")
	}
	return c.Buffer.Write(p)
}
