package server

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"
	"github.com/charmbracelet/colorprofile"

	"trio/tui"
	"trio/tui/server/painter"
)

// The largest terminal trio draws for. A client's size is untrusted: the
// renderer keeps cells for width × height, so an absurd size costs memory.
const (
	maxWidth  = tui.MaxWidth
	maxHeight = tui.MaxHeight
)

func clampSize(w, h int) (int, int) {
	return min(max(w, 1), maxWidth), min(max(h, 1), maxHeight)
}

// app runs the interface for a terminal with a PTY: its own program, its
// own colours and size, on the shared hub.
func (s *Server) app() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			pty, windows, ok := sess.Pty()
			if !ok {
				next(sess)
				return
			}
			who := identify(sess)
			var joinCode, watchCode string
			if cmd := sess.Command(); len(cmd) == 2 && cmd[0] == "join" {
				joinCode = cmd[1]
			} else if len(cmd) == 2 && cmd[0] == "watch" {
				watchCode = cmd[1] // mayWatch let them
			}
			// The connection's context outlives this session; this one ends
			// with it, and with it the program and its subscriptions.
			ctx, cancel := context.WithCancel(sess.Context())
			defer cancel()
			w, h := clampSize(pty.Window.Width, pty.Window.Height)
			checkCode, missedCode := s.guard(sess)
			app := s.cfg.NewModel(tui.Options{
				Hub:        s.cfg.Hub,
				Remote:     true,
				Me:         who.ID,
				UserName:   who.Name,
				Address:    s.blocks.of(sess.RemoteAddr()),
				JoinCode:   joinCode,
				WatchCode:  watchCode,
				ExportHint: s.cfg.JoinCommand,
				CodeGuard:  checkCode,
				CodeMissed: missedCode,
				IdleAfter:  s.cfg.IdleTimeout,
			})
			// The painter draws the program's views as they change. The
			// program runs without a renderer, its frame tick at the slowest,
			// left to flush a rare question to the terminal; what it writes
			// goes through the painter, and so does every message (the
			// filter takes the place of MakeOptions' own and does its work).
			// Its colours are those MakeOptions picks, from TERM and COLORTERM.
			environ := append(sess.Environ(), "TERM="+pty.Term)
			paint := painter.New(sess, environ, colorprofile.Env(environ), w, h, clampSize)
			defer paint.Finish() // also when this handler panics
			opts := append(bubbletea.MakeOptions(sess),
				tea.WithWindowSize(w, h), // after MakeOptions: the clamped size wins
				tea.WithInput(nil),       // forwardKeys reads the keys
				tea.WithContext(ctx),
				tea.WithoutSignalHandler(),
				tea.WithoutRenderer(),
				tea.WithFPS(1),
				tea.WithOutput(paint),
				tea.WithFilter(paint.Filter),
			)
			p := tea.NewProgram(paint.Wrap(app), opts...)
			paint.Start(func(r any) {
				s.cfg.Logger.Error("drawing a terminal stopped on a panic", "remote", sess.RemoteAddr().String(), "panic", r)
				p.Kill()
			})
			if !s.track(p, paint) {
				wish.Fatalln(sess, "trio is stopping. Everything you wrote is saved.")
				return
			}
			defer s.untrack(p)
			go followResizes(ctx, windows, p.Send)
			go forwardKeys(ctx, sess, s.cfg.KeysPerSecond, p.Send, func(what string, limit int) {
				s.cfg.Logger.Warn(what, "remote", sess.RemoteAddr().String(), "limit", limit)
			})
			_, err := p.Run()
			p.Kill()
			paint.Finish() // the terminal as it was, before any parting words
			if app, ok := app.(interface{ Close() }); ok {
				app.Close() // leave the room: shown as away from now on
			}
			idled, _ := app.(interface{ IdledOut() bool })
			switch {
			case idled != nil && idled.IdledOut():
				wish.Println(sess, "trio closed this window after a while without a key. Everything you wrote is saved; connect again to go on.")
			case s.isStopping():
				wish.Println(sess, "trio is stopping. Everything you wrote is saved.")
			case errors.Is(err, tea.ErrProgramPanic) || paint.Broken():
				s.cfg.Logger.Error("the app stopped on a panic", "remote", sess.RemoteAddr().String(), "err", err)
				wish.Println(sess, "Sorry: trio ran into a problem on our side and closed this window. Everything you sent is saved; connect again to go on.")
			}
			next(sess)
		}
	}
}

// track registers a running program so shutdown can reach it; it refuses
// new programs once the server is stopping.
func (s *Server) track(p *tea.Program, paint *painter.Painter) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopping {
		return false
	}
	s.programs[p] = paint
	return true
}

func (s *Server) untrack(p *tea.Program) {
	s.mu.Lock()
	delete(s.programs, p)
	s.mu.Unlock()
}
