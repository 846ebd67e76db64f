package serve

import (
	"sync"
	"time"

	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	gossh "golang.org/x/crypto/ssh"

	"gazette/data"
	"gazette/ui"
	say "gazette/ui/msg"
	"gazette/ui/state"
)

// limit turns readers away beyond Config.MaxSessions, and every reader
// once the server is shutting down, with one line in their language
// saying why. It is the outermost middleware, so that a session counts
// until its last log line is written: Shutdown waits for that.
func (s *Server) limit() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			t := say.New(s.cfg.Options(environ(sess.Environ())).Lang)
			if refusal, ok := s.admit(); !ok {
				s.cfg.Log.Info("session refused", "user", sess.User(),
					"addr", sess.RemoteAddr().String(), "reason", refusal.En)
				wish.Fatalln(sess, "gazette: "+t.T(refusal))
				return
			}
			defer s.leave()
			next(sess)
			if s.isClosing() {
				wish.Println(sess, "gazette: "+t.T(say.ServeClosing))
			}
		}
	}
}

// admit counts a new session in, or says why it can't come in. The count
// and the closing flag share one lock, so that Shutdown's wait never
// misses a session that is being let in.
func (s *Server) admit() (say.Text, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.closing:
		return say.ServeClosing, false
	case s.active >= s.cfg.MaxSessions:
		return say.ServeFull, false
	}
	s.active++
	s.sessions.Add(1)
	return say.Text{}, true
}

// keepPlace writes the reading positions of a session whose interface is
// over: it waits for the saves the interface runs in the background, then
// saves what it remembered when the client went away (ui.Hangup). It runs
// inside logSessions, so that a session's end is logged once its reader's
// place is on disk.
func (s *Server) keepPlace() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			next(sess)
			st, ok := sess.Context().Value(storeKey{}).(*state.Store)
			if !ok {
				return
			}
			st.Wait()
			if err := st.Save(); err != nil {
				s.cfg.Log.Warn("reading positions not saved", "user", sess.User(), "err", err)
			}
		}
	}
}

func (s *Server) leave() {
	s.mu.Lock()
	s.active--
	s.mu.Unlock()
	s.sessions.Done()
}

func (s *Server) isClosing() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closing
}

// logSessions writes one line when a session starts and one when it ends.
func (s *Server) logSessions() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			start := time.Now()
			fp := ""
			if k := sess.PublicKey(); k != nil {
				fp = gossh.FingerprintSHA256(k)
			}
			pty, _, _ := sess.Pty()
			s.cfg.Log.Info("session start", "user", sess.User(), "key", fp,
				"addr", sess.RemoteAddr().String(), "term", pty.Term,
				"size", pty.Window.Width, "x", pty.Window.Height)
			next(sess)
			s.cfg.Log.Info("session end", "user", sess.User(), "key", fp,
				"duration", time.Since(start).Round(time.Second))
		}
	}
}

// shared makes each source load once for every reader: the first session
// that opens the library parses an issue, the others reuse the tree.
func shared(srcs []ui.Source) []ui.Source {
	out := make([]ui.Source, len(srcs))
	for i, src := range srcs {
		out[i] = src
		out[i].Load = sync.OnceValues(func() (*data.Issue, error) { return src.Load() })
	}
	return out
}
