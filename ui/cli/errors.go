package cli

import (
	"errors"
	"io/fs"
	"strings"

	"gazette/loader"
	say "gazette/ui/msg"
)

// loadErrors are the reasons a file cannot be loaded that the interface
// says in its own language.
var loadErrors = []struct {
	err  error
	text say.Text
}{
	{loader.ErrEmpty, say.ErrEmpty},
	{loader.ErrBinary, say.ErrBinary},
	{loader.ErrDirectory, say.ErrDirectory},
	{loader.ErrNotRegular, say.ErrNotRegular},
	{loader.ErrTooLarge, say.ErrTooLarge},
	{loader.ErrNoPdftotext, say.ErrNoPdftotext},
	{loader.ErrEncrypted, say.ErrEncrypted},
	{loader.ErrNoText, say.ErrNoText},
	{loader.ErrNoArticle, say.ErrNoArticle},
	{fs.ErrNotExist, say.ErrNotExist},
	{fs.ErrPermission, say.ErrNoAccess},
}

// localError is a load error in the interface's language: the file's name
// and the reason from the catalogue; errors.Is still sees the cause.
type localError struct {
	msg string
	err error
}

func (e *localError) Error() string { return e.msg }
func (e *localError) Unwrap() error { return e.err }

// localize says err, the error of loading the file name, in t's language
// when its reason is one the catalogue knows; other errors (a corrupt
// PDF's own message) and English stay as the loader wrote them.
func localize(t say.Catalog, name string, err error) error {
	if err == nil || t.Lang == say.En {
		return err
	}
	for _, k := range loadErrors {
		if !errors.Is(err, k.err) {
			continue
		}
		reason := t.T(k.text)
		if k.err == loader.ErrTooLarge {
			reason = t.F(k.text, loader.MaxSize>>20)
		}
		return &localError{loader.Clean(name) + "：" + reason, err}
	}
	return err
}

// localizeText is localize for an error the catalogue kept as text: it
// ends with one of the loader's own reasons.
func localizeText(t say.Catalog, name, text string) string {
	if text == "" || t.Lang == say.En {
		return text
	}
	for _, k := range loadErrors {
		if strings.HasSuffix(text, ": "+k.err.Error()) {
			return localize(t, name, k.err).Error()
		}
	}
	return text
}
