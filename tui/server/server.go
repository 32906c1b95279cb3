package server

import (
	"context"
	"fmt"
	"io"
	"net"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/ratelimiter"
	wishrecover "charm.land/wish/v2/recover"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/time/rate"

	"trio/session"
	"trio/tui"
	"trio/tui/server/painter"
)

// Config is how trio serve is set up.
type Config struct {
	Hub         *session.Hub
	HostKeyPath string
	HostKeyPEM  []byte            // instead of a file, for tests
	AllowKeys   []gossh.PublicKey // nil: any key, and people without one
	IdleTimeout time.Duration
	MaxSession  time.Duration
	MaxSessions int
	ConnectRate float64 // new connections per second per block of addresses
	// Before login: how long a connection may take to log in and start a
	// session, and how many may be waiting to, overall and from one block
	// of addresses; past MaxWaitingStart (0: never) new ones are refused
	// at random, more often the more are waiting.
	LoginGrace         time.Duration
	MaxWaiting         int
	MaxWaitingPerIP    int
	MaxWaitingStart    int
	MaxSessionsPerConn int // session channels one connection may hold at once
	// The blocks per-address limits count in, as leading bits of an IPv4
	// and an IPv6 address: DefaultIPv4Block and DefaultIPv6Block when 0.
	IPv4Block, IPv6Block int
	// CodeGuesses is how many room codes an address, or a key, may try a
	// minute, after a first 10.
	CodeGuesses float64
	JoinCommand string // "ssh -p 2222 host", shown to people
	// KeysPerSecond is the most input events one terminal's program takes
	// a second (the rest wait): keysPerSecond when 0.
	KeysPerSecond int
	Logger        *log.Logger
	// NewModel builds the program's model for a terminal; tui.New when nil.
	// Tests give a model of their own to see what the server does with it.
	NewModel func(tui.Options) tea.Model
}

// Server is trio over SSH: each terminal runs its own program on the shared
// hub.
type Server struct {
	cfg      Config
	ssh      *ssh.Server
	sessions atomic.Int64
	guesses  *guesses
	ptys     ptyCopies
	blocks   addressBlocks

	mu       sync.Mutex
	programs map[*tea.Program]*painter.Painter // what is running, and what draws it
	stopping bool
}

// ErrClosed is what Serve returns after Shutdown.
var ErrClosed = ssh.ErrServerClosed

// New sets up a server; Serve starts it.
func New(cfg Config) (*Server, error) {
	if cfg.Logger == nil {
		cfg.Logger = log.New(io.Discard)
	}
	if cfg.KeysPerSecond <= 0 {
		cfg.KeysPerSecond = keysPerSecond
	}
	if cfg.NewModel == nil {
		cfg.NewModel = func(opts tui.Options) tea.Model { return tui.New(opts) }
	}
	s := &Server{cfg: cfg, programs: map[*tea.Program]*painter.Painter{}, guesses: newGuesses(cfg.CodeGuesses, 10)}
	// Servers sharing a store count each other's wrong codes as their own.
	cfg.Hub.OnCodeMissedElsewhere(s.guesses.missed)
	hostKey := wish.WithHostKeyPath(cfg.HostKeyPath)
	if cfg.HostKeyPEM != nil {
		hostKey = wish.WithHostKeyPEM(cfg.HostKeyPEM)
	}
	s.blocks = addressBlocks{v4: cfg.IPv4Block, v6: cfg.IPv6Block}
	limiter := blockLimiter{ratelimiter.NewRateLimiter(rate.Limit(cfg.ConnectRate), 10, 4096), s.blocks}
	waitingRoom := newWaiting(cfg, s.blocks)
	srv, err := wish.NewServer(
		hostKey,
		wish.WithPublicKeyAuth(s.allowKey),
		wish.WithKeyboardInteractiveAuth(s.allowWithoutKey),
		wish.WithIdleTimeout(cfg.IdleTimeout),
		wish.WithMaxTimeout(cfg.MaxSession),
		// Middleware runs last to first: the log, the rate limit and the
		// session cap come before commands and the app; wishrecover guards all.
		wish.WithMiddleware(wishrecover.MiddlewareWithLogger(cfg.Logger,
			s.app(),
			s.commands(),
			s.capSessions(),
			waitingRoom.arrived(),
			ratelimiter.Middleware(limiter),
			s.logConnections(),
			s.ptys.middleware(),
		)),
	)
	if err != nil {
		return nil, fmt.Errorf("cannot set up the SSH server: %w", err)
	}
	srv.HandshakeTimeout = cfg.LoginGrace
	srv.ConnCallback = waitingRoom.admit
	srv.SessionRequestCallback = s.ptys.keep
	srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": newSessionChannels(cfg).handle}
	s.ssh = srv
	return s, nil
}

// Serve accepts connections until Shutdown.
func (s *Server) Serve(ln net.Listener) error { return s.ssh.Serve(ln) }

// Fingerprint is the host key's SHA256 fingerprint, for people to check.
func (s *Server) Fingerprint() string {
	for _, signer := range s.ssh.HostSigners {
		return gossh.FingerprintSHA256(signer.PublicKey())
	}
	return "unknown"
}

// Shutdown tells every terminal the server is stopping and ends its
// program (which restores the terminal), waits for the sessions to finish
// until ctx is done, then closes every connection. Everything anyone sent
// is already in the store.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.stopping = true
	// Quit waits for the program to take it, and a program stuck writing
	// to a terminal that stopped reading never does until its connection
	// is closed: each is told on its own, so none holds up the others, the
	// lock, or the deadline.
	for p := range s.programs {
		go p.Quit()
	}
	s.mu.Unlock()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for s.sessions.Load() > 0 {
		select {
		case <-ctx.Done():
			return s.ssh.Close()
		case <-tick.C:
		}
	}
	return s.ssh.Close()
}

func (s *Server) isStopping() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stopping
}

// allowKey admits a public key: any, or only those of --allow-keys.
func (s *Server) allowKey(_ ssh.Context, key ssh.PublicKey) bool {
	if s.cfg.AllowKeys == nil {
		return true
	}
	for _, allowed := range s.cfg.AllowKeys {
		if ssh.KeysEqual(key, allowed) {
			return true
		}
	}
	return false
}

// allowWithoutKey admits people without a key, asking them nothing, unless
// the server only admits listed keys.
func (s *Server) allowWithoutKey(_ ssh.Context, _ gossh.KeyboardInteractiveChallenge) bool {
	return s.cfg.AllowKeys == nil
}

// capSessions refuses terminals past --max-sessions.
func (s *Server) capSessions() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			if n := s.sessions.Add(1); s.cfg.MaxSessions > 0 && n > int64(s.cfg.MaxSessions) {
				s.sessions.Add(-1)
				wish.Fatalln(sess, "trio: this server is full right now. Try again in a little while.")
				return
			}
			defer s.sessions.Add(-1)
			next(sess)
		}
	}
}

// logConnections logs who connected and for how long: never what anyone
// typed, and every value the client chose quoted, so it cannot write to
// the log's terminal.
func (s *Server) logConnections() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			start := time.Now()
			pty, _, hasPty := sess.Pty()
			s.cfg.Logger.Info("connect",
				"remote", sess.RemoteAddr().String(),
				"user", strconv.QuoteToASCII(sess.User()),
				"key", sess.PublicKey() != nil,
				"terminal", hasPty,
				"term", strconv.QuoteToASCII(pty.Term),
				"command", strconv.QuoteToASCII(fmt.Sprint(sess.Command())),
			)
			next(sess)
			s.cfg.Logger.Info("disconnect", "remote", sess.RemoteAddr().String(), "after", time.Since(start).Round(time.Second))
		}
	}
}

// guard is the room-code limit for one session's block of addresses and
// key: check before a lookup, missed after a code that led nowhere.
func (s *Server) guard(sess ssh.Session) (check func() error, missed func()) {
	addr := s.blocks.of(sess.RemoteAddr())
	key := ""
	if k := sess.PublicKey(); k != nil {
		key = gossh.FingerprintSHA256(k)
	}
	return func() error { return s.guesses.check(addr, key) }, func() {
		s.guesses.missed(addr, key)
		s.cfg.Hub.CodeMissed(addr, key)
	}
}
