package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"time"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"

	"trio/server"
	"trio/session"
)

// runServe serves the app over SSH: a trio joins one room with plain ssh.
func runServe(ctx context.Context, c cli, args []string) int {
	f := newFlags(commandNamed("serve"))
	db := dbFlag(f)
	addr := f.String("addr", ":2222", "the `ADDRESS` to listen on")
	hostKey := f.String("host-key", defaultHostKeyPath(), "the server's ed25519 host key `FILE`, made on first run")
	allowKeys := f.String("allow-keys", "", "an authorized_keys `FILE`: only these keys may connect")
	idle := f.Duration("idle-timeout", 30*time.Minute, "close a terminal after this long without a keypress (a warning comes first)")
	maxSession := f.Duration("max-session", 8*time.Hour, "close any connection after this long")
	maxSessions := f.Int("max-sessions", 300, "the most terminals connected at once")
	perIP := f.Float64("connect-rate", 2, "new connections allowed per second from one address (bursts of 10)")
	grace := f.Duration("login-grace", 30*time.Second, "close a connection that has not logged in after this long")
	maxWaiting := f.Int("max-waiting", 100, "the most connections not yet in a session, overall")
	maxWaitingPerIP := f.Int("max-waiting-per-address", 10, "the most connections not yet in a session, from one address")
	perConn := f.Int("max-sessions-per-connection", 10, "the most sessions one connection may open at once")
	codeGuesses := f.Float64("code-guesses", 10, "wrong room codes one address or key may try a minute, after a first 10")
	rooms := roomLimitFlags(f)
	conns := connLimitFlags(f)
	rest, code, ok := f.parseOrExplain(c, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		return f.wrongArgs(c, "serve takes no arguments, got %q", rest[0])
	}
	limits, err := rooms.limits()
	if err != nil {
		return f.wrongArgs(c, "%v", err)
	}
	cfg := server.Config{
		HostKeyPath:        *hostKey,
		IdleTimeout:        *idle,
		MaxSession:         *maxSession,
		MaxSessions:        *maxSessions,
		ConnectRate:        *perIP,
		LoginGrace:         *grace,
		MaxWaiting:         *maxWaiting,
		MaxWaitingPerIP:    *maxWaitingPerIP,
		MaxSessionsPerConn: *perConn,
		CodeGuesses:        *codeGuesses,
		Logger:             log.NewWithOptions(c.err, log.Options{ReportTimestamp: true, Prefix: "trio"}),
	}
	if err := conns.apply(&cfg); err != nil {
		return f.wrongArgs(c, "%v", err)
	}
	if *allowKeys != "" {
		keys, err := readAuthorizedKeys(*allowKeys)
		if err != nil {
			return c.fail(err)
		}
		cfg.AllowKeys = keys
	}
	hub, closeStore, err := claimHub(ctx, *db, server.LogSaveFailures(cfg.Logger), session.WithLimits(limits))
	if err != nil {
		return c.fail(err)
	}
	defer closeStore()
	cfg.Hub = hub

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return c.fail(fmt.Errorf("cannot listen on %s: %w", *addr, err))
	}
	cfg.JoinCommand = server.JoinCommand(ln.Addr())
	srv, err := server.New(cfg)
	if err != nil {
		ln.Close()
		return c.fail(err)
	}
	fmt.Fprintf(c.out, "trio is serving on %s\n", ln.Addr())
	fmt.Fprintf(c.out, "Host key %s\n", srv.Fingerprint())
	fmt.Fprintf(c.out, "Join with: %s\n", cfg.JoinCommand)
	if cfg.AllowKeys == nil {
		fmt.Fprintln(c.out, "Anyone who can reach this port can open a room; --allow-keys FILE limits who can connect.")
	}

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		if err != nil && !errors.Is(err, server.ErrClosed) {
			return c.fail(err)
		}
		return exitOK
	case <-ctx.Done():
	}
	fmt.Fprintln(c.out, "Stopping: telling everyone, then closing.")
	stop, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.Shutdown(stop)
	return exitOK
}

// defaultHostKeyPath keeps the host key beside the store.
func defaultHostKeyPath() string {
	return filepath.Join(filepath.Dir(defaultDBPath()), "host_ed25519")
}

// readAuthorizedKeys reads the keys allowed to connect.
func readAuthorizedKeys(path string) ([]gossh.PublicKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read the allowed keys: %w", err)
	}
	var keys []gossh.PublicKey
	for len(data) > 0 {
		key, _, _, rest, err := gossh.ParseAuthorizedKey(data)
		if err != nil {
			break // only blank lines and comments are left
		}
		keys = append(keys, key)
		data = rest
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%s has no key trio can read: write one key a line, as in authorized_keys", path)
	}
	return keys, nil
}
