package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"path/filepath"
	"time"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"

	"trio/session"
	"trio/tui/server"
)

// runServe serves the app over SSH: a trio joins one room with plain ssh.
func runServe(ctx context.Context, c cli, args []string) int {
	s, code, ok := startServing(ctx, c, "serve", args)
	if !ok {
		return code
	}
	defer s.closeStore()
	return s.serveUntil(ctx, c, nil)
}

// serving is a server listening, with its hub and store: what trio serve
// runs, and trio workshop beside the coach's own terminal.
type serving struct {
	srv        *server.Server
	ln         net.Listener
	cfg        server.Config
	closeStore func()
}

// startServing reads the server's flags for the command name, opens the
// store and starts listening; on a false ok, code is the exit code.
func startServing(ctx context.Context, c cli, name string, args []string) (*serving, int, bool) {
	f := newFlags(commandNamed(name))
	db := dbFlag(f)
	addr := f.String("addr", ":2222", "the `ADDRESS` to listen on")
	hostKey := f.String("host-key", defaultHostKeyPath(), "the server's ed25519 host key `FILE`, made on first run")
	allowKeys := f.String("allow-keys", "", "an authorized_keys `FILE`: only these keys may connect")
	proxyFrom := f.String("proxy-from", "", "the load balancers whose PROXY protocol header gives the client's address: `ADDRESSES` and networks, comma separated (10.0.0.0/8,192.168.1.5)")
	idle := numberFlag(f, "idle-timeout", 30*time.Minute, between(time.Minute, 24*time.Hour),
		"close a terminal after this long without a keypress (a warning comes first)")
	maxSession := numberFlag(f, "max-session", 8*time.Hour, between(time.Minute, 24*time.Hour),
		"close any connection after this long")
	maxSessions := numberFlag(f, "max-sessions", 300, between(1, 100_000),
		"the most terminals connected at once")
	perIP := numberFlag(f, "connect-rate", 2, between(0.01, 10_000),
		"new connections allowed per second from one address (bursts of 10)")
	grace := numberFlag(f, "login-grace", 30*time.Second, between(time.Second, 10*time.Minute),
		"close a connection that has not logged in after this long")
	maxWaiting := numberFlag(f, "max-waiting", 100, between(1, 100_000),
		"the most connections not yet in a session, overall")
	maxWaitingPerIP := numberFlag(f, "max-waiting-per-address", 10, between(1, 100_000),
		"the most connections not yet in a session, from one address")
	perConn := numberFlag(f, "max-sessions-per-connection", 10, between(1, 1000),
		"the most sessions one connection may open at once")
	codeGuesses := numberFlag(f, "code-guesses", 10, between(0.1, 1000),
		"wrong room codes one address or key may try a minute, after a first 10")
	rooms := roomLimitFlags(f)
	conns := connLimitFlags(f)
	rest, code, ok := f.parseOrExplain(c, args)
	if !ok {
		return nil, code, false
	}
	if len(rest) > 0 {
		return nil, f.wrongArgs(c, "%s takes no arguments, got %q", name, rest[0]), false
	}
	if err := checkAddress(*addr); err != nil {
		return nil, f.wrongArgs(c, "%v", err), false
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
	conns.apply(&cfg)
	if *allowKeys != "" {
		keys, err := readAuthorizedKeys(*allowKeys)
		if err != nil {
			return nil, c.fail(err), false
		}
		cfg.AllowKeys = keys
	}
	// A host key that is not there yet is made on the first run.
	if pem, err := readNamedFile(*hostKey, kindHostKey); err == nil {
		cfg.HostKeyPEM = pem
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, c.fail(err), false
	}
	hub, closeStore, err := claimHub(ctx, *db, server.LogSaveFailures(cfg.Logger), session.WithLimits(rooms.limits()))
	if err != nil {
		return nil, c.fail(err), false
	}
	cfg.Hub = hub

	// Not bound to ctx: a server stopped before it starts still listens once,
	// and shutting down closes the listener.
	ln, err := net.Listen("tcp", *addr) //nolint:noctx
	if err != nil {
		closeStore()
		return nil, c.fail(listenError(*addr, err)), false
	}
	cfg.JoinCommand = server.JoinCommand(ln.Addr())
	if *proxyFrom != "" {
		trusted, err := server.TrustedProxies(*proxyFrom)
		if err != nil {
			ln.Close()
			closeStore()
			return nil, f.wrongArgs(c, "--proxy-from: %v", err), false
		}
		ln = server.ProxiedListener(ln, trusted)
	}
	srv, err := server.New(cfg)
	if err != nil {
		ln.Close()
		closeStore()
		return nil, c.fail(err), false
	}
	s := &serving{srv: srv, ln: ln, cfg: cfg, closeStore: closeStore}
	fmt.Fprintf(c.out, "trio is serving on %s\n", ln.Addr())
	fmt.Fprintf(c.out, "Host key %s\n", srv.Fingerprint())
	fmt.Fprintf(c.out, "Store %s\n", session.ShownStore(*db))
	fmt.Fprintf(c.out, "Join with: %s\n", cfg.JoinCommand)
	if cfg.AllowKeys == nil {
		fmt.Fprintln(c.out, "Anyone who can reach this port can open a room; --allow-keys FILE limits who can connect.")
	}

	return s, exitOK, true
}

// serveUntil serves until the server stops, ctx ends or done (when not
// nil) is closed, then tells everyone and closes.
func (s *serving) serveUntil(ctx context.Context, c cli, done <-chan struct{}) int {
	srv, ln := s.srv, s.ln
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		if err != nil && !errors.Is(err, server.ErrClosed) {
			return c.fail(err)
		}
		return exitOK
	case <-ctx.Done():
	case <-done:
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
	data, err := readNamedFile(path, kindAllowedKeys)
	if err != nil {
		return nil, err
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
