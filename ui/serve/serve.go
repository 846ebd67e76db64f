// Package serve gives every reader who connects over SSH the full gazette
// interface over one library, read-only: no shell, no files beyond the
// library. It is built on charmbracelet/wish: the server holds the host
// key and the list of authorised keys, and each session runs its own
// Bubble Tea program on the reader's terminal, with the reader's window
// size, colour profile and language, and reading positions of their own,
// kept under the fingerprint of their key.
package serve

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/log"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	"github.com/charmbracelet/wish/activeterm"
	bm "github.com/charmbracelet/wish/bubbletea"
	"github.com/muesli/termenv"

	"gazette/loader"
	"gazette/ui"
	say "gazette/ui/msg"
	"gazette/ui/state"
)

// Config is what a server serves and how.
type Config struct {
	// HostKey is the path of the server's private host key; it is made
	// (ed25519) on first start when missing.
	HostKey string
	// AuthorizedKeys is the path of the authorized_keys file: only the
	// keys in it get in. It is read again at every login, so a key added
	// or removed takes effect without a restart.
	AuthorizedKeys string
	// MaxSessions is how many readers may be connected at once.
	MaxSessions int
	// IdleTimeout closes a connection with no traffic for that long.
	IdleTimeout time.Duration
	// StateDir is where each reader's positions are kept, one directory
	// per key fingerprint; "" remembers nothing.
	StateDir string
	// Sources is the library. Each issue is loaded once for all readers
	// (the interface never changes a loaded tree).
	Sources []ui.Source
	// Options returns the interface's options for a session whose client
	// environment (LANG, NO_COLOR …, as sent by the client) getenv reads.
	// Sources, State and Clipboard are filled in by the server.
	Options func(getenv func(string) string) ui.Options
	// Log receives one line per session start and end, and errors.
	Log *log.Logger
}

// Server is a running gazette SSH server.
type Server struct {
	cfg     Config
	ssh     *ssh.Server
	sources []ui.Source

	// sessions counts the sessions let in and still running.
	sessions sync.WaitGroup
	mu       sync.Mutex // guards the fields below
	programs map[*tea.Program]struct{}
	active   int
	closing  bool
}

// New makes a server from cfg; it does not listen yet.
func New(cfg Config) (*Server, error) {
	if cfg.MaxSessions <= 0 {
		return nil, errors.New("serve: the session limit must be at least 1")
	}
	if err := os.MkdirAll(filepath.Dir(cfg.HostKey), 0o700); err != nil {
		return nil, fmt.Errorf("serve: host key directory: %w", err)
	}
	if _, err := os.Stat(cfg.AuthorizedKeys); err != nil {
		return nil, fmt.Errorf("serve: authorized keys: %w", err)
	}
	s := &Server{cfg: cfg, sources: shared(cfg.Sources), programs: map[*tea.Program]struct{}{}}
	srv, err := wish.NewServer(
		wish.WithHostKeyPath(cfg.HostKey),
		wish.WithAuthorizedKeys(cfg.AuthorizedKeys),
		wish.WithIdleTimeout(cfg.IdleTimeout),
		// The last middleware runs first: limit, then log, then require
		// a terminal, then keep the reader's place once the interface
		// (innermost) is over, before the session's end is logged.
		wish.WithMiddleware(
			bm.MiddlewareWithProgramHandler(s.program, 0),
			s.keepPlace(),
			activeterm.Middleware(),
			s.logSessions(),
			s.limit(),
		),
	)
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	// No port forwarding, no subsystems (sftp): the library is the only
	// thing a reader reaches.
	srv.LocalPortForwardingCallback = nil
	srv.ReversePortForwardingCallback = nil
	srv.SubsystemHandlers = nil
	s.ssh = srv
	return s, nil
}

// Serve accepts readers on l until Shutdown; it returns nil after a
// shutdown.
func (s *Server) Serve(l net.Listener) error {
	err := s.ssh.Serve(l)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Shutdown tells every reader that the server is closing, lets each
// interface save its reading positions and quit, and closes the
// connections; what is still open when ctx ends is closed at once.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	for p := range s.programs {
		p.Send(ui.CloseMsg{})
	}
	s.mu.Unlock()
	done := make(chan struct{})
	go func() { s.sessions.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
	}
	// Every session has said goodbye (or the grace period is over): close
	// the listener and the connections, which idle clients keep open.
	return s.ssh.Close()
}

// program makes the interface for one session.
func (s *Server) program(sess ssh.Session) *tea.Program {
	getenv := environ(sess.Environ())
	o := s.cfg.Options(getenv)
	o.Sources = s.sources
	o.Clipboard = sess
	var notices []string
	o.State, notices = s.readerState(say.New(o.Lang), sess.PublicKey())
	o.Notices = append(o.Notices, notices...)
	sess.Context().SetValue(storeKey{}, o.State)
	m := ui.NewSession(o, renderer(sess))
	p := tea.NewProgram(m, append(bm.MakeOptions(sess), tea.WithAltScreen(), tea.WithFilter(ui.Hangup))...)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return nil
	}
	s.programs[p] = struct{}{}
	go func() {
		<-sess.Context().Done()
		s.mu.Lock()
		delete(s.programs, p)
		s.mu.Unlock()
	}()
	return p
}

// storeKey holds a session's state store in its context, for the session
// to wait for the store's saves before it ends.
type storeKey struct{}

// readerState opens the store of the reader with key k; a store that had
// to be ignored is said in t's language.
func (s *Server) readerState(t say.Catalog, k ssh.PublicKey) (*state.Store, []string) {
	if s.cfg.StateDir == "" || k == nil {
		return state.Disabled(), nil
	}
	dir := filepath.Join(s.cfg.StateDir, "readers", fingerprint(k))
	st, err := state.Open(dir)
	if err != nil {
		return st, []string{ui.StateNotice(t, loader.Clean(dir), err)}
	}
	return st, nil
}

// fingerprint names a reader's key in file names: the hex SHA-256 of the
// key, as ssh-keygen -l prints it in base64.
func fingerprint(k ssh.PublicKey) string {
	sum := sha256.Sum256(k.Marshal())
	return hex.EncodeToString(sum[:])
}

// renderer styles for the reader's terminal: the colour profile that its
// TERM and COLORTERM (as the client sent them) say. Unlike wish's
// MakeRenderer it does not ask the terminal for its background colour: a
// client that never answers would hang the session before its first frame.
func renderer(sess ssh.Session) *lipgloss.Renderer {
	pty, _, _ := sess.Pty()
	env := clientEnv(append(sess.Environ(), "TERM="+pty.Term))
	if pty.Term == "" || pty.Term == "dumb" {
		return lipgloss.NewRenderer(sess, termenv.WithProfile(termenv.Ascii))
	}
	return lipgloss.NewRenderer(sess, termenv.WithEnvironment(env), termenv.WithUnsafe(), termenv.WithColorCache(true))
}

// clientEnv is the environment a client sent, for termenv.
type clientEnv []string

func (e clientEnv) Environ() []string { return e }

func (e clientEnv) Getenv(k string) string { return environ(e)(k) }

// environ reads the variables the client sent (ssh's SendEnv, or a pty
// request's TERM).
func environ(env []string) func(string) string {
	return func(k string) string {
		for i := len(env) - 1; i >= 0; i-- {
			if v, ok := strings.CutPrefix(env[i], k+"="); ok {
				return v
			}
		}
		return ""
	}
}
