package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/charmbracelet/log"

	"gazette/ui"
	"gazette/ui/cjk"
	say "gazette/ui/msg"
	"gazette/ui/serve"
	"gazette/ui/state"
)

// shutdownGrace is how long readers get to save and leave after SIGTERM.
const shutdownGrace = 5 * time.Second

// runServe handles "gazette serve DIR": the interface over SSH for every
// reader whose key is authorised, until SIGTERM or SIGINT.
func runServe(env *Env, args []string) error {
	fs := newFlags("serve")
	listen := fs.String("listen", "127.0.0.1:2222", "") // help: msg.FlagUsage
	keys := fs.String("authorized-keys", "", "")
	maxSessions := fs.Int("max-sessions", 32, "")
	idle := fs.Duration("idle-timeout", 30*time.Minute, "")
	var amb ambiguousFlag
	fs.Var(&amb, "ambiguous", "")
	pos, err := parseFlags(env, fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("give one library directory")
	}
	cfg, err := serveConfig(env, pos[0], *keys, amb)
	if err != nil {
		return err
	}
	cfg.MaxSessions, cfg.IdleTimeout = *maxSessions, *idle
	srv, err := serve.New(cfg)
	if err != nil {
		return err
	}
	l, err := net.Listen("tcp", *listen)
	if err != nil {
		return fmt.Errorf("serve: cannot listen on %s: %w", *listen, err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	cfg.Log.Info("serving", "addr", l.Addr().String(), "issues", len(cfg.Sources), "authorized-keys", cfg.AuthorizedKeys)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(l) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	cfg.Log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	return errors.Join(srv.Shutdown(sctx), <-done)
}

// serveConfig gathers the server's files and library: the host key under
// $XDG_DATA_HOME/gazette, the readers' positions under the state
// directory, the authorised keys (default ~/.ssh/authorized_keys).
func serveConfig(env *Env, dir, keys string, amb ambiguousFlag) (serve.Config, error) {
	data, err := dataDir(env.Getenv)
	if err != nil {
		return serve.Config{}, err
	}
	if keys == "" {
		keys = filepath.Join(env.Getenv("HOME"), ".ssh", "authorized_keys")
	}
	srcs, err := expandPaths(env, []string{dir})
	if err != nil {
		return serve.Config{}, err
	}
	stateDir, _ := state.Dir(env.Getenv) // "" (no positions) without a home
	return serve.Config{
		HostKey:        filepath.Join(data, "host_ed25519"),
		AuthorizedKeys: keys,
		StateDir:       stateDir,
		Sources:        tuiSources(env, srcs, false),
		Options: func(getenv func(string) string) ui.Options {
			return readerOptions(env, amb, getenv)
		},
		Log: log.NewWithOptions(env.Stderr, log.Options{ReportTimestamp: true, Prefix: "gazette"}),
	}, nil
}

// dataDir is $XDG_DATA_HOME/gazette, or ~/.local/share/gazette.
func dataDir(getenv func(string) string) (string, error) {
	if x := getenv("XDG_DATA_HOME"); filepath.IsAbs(x) {
		return filepath.Join(x, "gazette"), nil
	}
	home := getenv("HOME")
	if !filepath.IsAbs(home) {
		return "", errors.New("serve: neither XDG_DATA_HOME nor HOME is an absolute path, so there is nowhere to keep the host key")
	}
	return filepath.Join(home, ".local", "share", "gazette"), nil
}

// readerOptions are the interface's options for one reader: the settings
// their client sent (LANG and the LC_ variables, RUNEWIDTH_EASTASIAN,
// NO_COLOR, with ssh's SendEnv) win over the server's --lang and
// --ambiguous, which win over the server's own environment.
func readerOptions(env *Env, amb ambiguousFlag, getenv func(string) string) ui.Options {
	o := ui.Options{Lang: env.lang, Ambiguous: amb.resolve(env), NoColor: getenv("NO_COLOR") != ""}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if getenv(v) != "" {
			o.Lang = say.FromEnv(getenv)
			break
		}
	}
	if getenv("RUNEWIDTH_EASTASIAN") != "" {
		o.Ambiguous = cjk.AmbiguousFromEnv(getenv)
	}
	return o
}
