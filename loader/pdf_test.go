package loader

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// pdfTools returns the Python that can typeset a PDF (python3 with
// python3-reportlab and a CJK font, from Debian's packages), skipping the
// test outside CI when something is missing; .ci/run installs them.
func pdfTools(t *testing.T) string {
	t.Helper()
	missing := func(what string) string {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is required in CI", what)
		}
		t.Skipf("%s is not installed", what)
		return ""
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return missing("pdftotext (poppler-utils)")
	}
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		if exec.Command(py, "-c", "import reportlab").Run() == nil {
			if _, err := os.Stat("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"); err != nil {
				return missing("fonts-wqy-microhei")
			}
			return py
		}
	}
	return missing("python3-reportlab")
}

// PDFs that cannot be read give one line saying why.
func TestPDFErrors(t *testing.T) {
	py := pdfTools(t)
	dir := t.TempDir()
	script := `
import sys
from reportlab.pdfgen import canvas
from reportlab.lib import pdfencrypt
c = canvas.Canvas(sys.argv[1] + '/encrypted.pdf', encrypt=pdfencrypt.StandardEncryption('secret'))
c.drawString(100, 700, 'gazette'); c.save()
c = canvas.Canvas(sys.argv[1] + '/scanned.pdf')
c.rect(100, 100, 300, 300, fill=1); c.showPage(); c.rect(10, 10, 30, 30, fill=1); c.save()
`
	if out, err := exec.Command(py, "-c", script, dir).CombinedOutput(); err != nil {
		t.Fatalf("%v %s", err, out)
	}
	if err := os.WriteFile(filepath.Join(dir, "corrupt.pdf"), []byte("%PDF-1.4\n\x1b]0;evil\x07 garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		"encrypted.pdf": "encrypted PDF",
		"scanned.pdf":   "no text layer: scanned pages need OCR",
		"corrupt.pdf":   "not a readable PDF",
	}
	for name, want := range cases {
		_, err := Load(filepath.Join(dir, name))
		if err == nil || !strings.Contains(err.Error(), want) || strings.ContainsAny(err.Error(), "\n\x1b\a") {
			t.Errorf("%s: %v, want one line with %q", name, err, want)
		}
	}
	pdftotext = "pdftotext-that-is-not-installed"
	defer func() { pdftotext = "pdftotext" }()
	_, err := Load(filepath.Join(dir, "scanned.pdf"))
	if !errors.Is(err, ErrNoPdftotext) || !strings.Contains(err.Error(), "apt-get install poppler-utils") {
		t.Errorf("without pdftotext: %v", err)
	}
}
