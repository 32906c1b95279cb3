package server

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"

	"trio/tui"
)

// The largest terminal trio draws for. A client's size is untrusted: the
// renderer keeps cells for width × height, so an absurd size costs memory.
const (
	maxWidth  = 300
	maxHeight = 100
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
			var joinCode string
			if cmd := sess.Command(); len(cmd) == 2 && cmd[0] == "join" {
				joinCode = cmd[1]
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
				JoinCode:   joinCode,
				ExportHint: s.cfg.JoinCommand,
				CodeGuard:  checkCode,
				CodeMissed: missedCode,
				IdleAfter:  s.cfg.IdleTimeout,
			})
			opts := append(bubbletea.MakeOptions(sess),
				tea.WithWindowSize(w, h),               // after MakeOptions: the clamped size wins
				tea.WithInput(sessionEnds{ctx.Done()}), // forwardKeys reads the keys
				tea.WithContext(ctx),
				tea.WithoutSignalHandler(),
			)
			p := tea.NewProgram(app, opts...)
			if !s.track(p) {
				wish.Fatalln(sess, "trio is stopping. Everything you wrote is saved.")
				return
			}
			defer s.untrack(p)
			go followResizes(ctx, windows, p.Send)
			go forwardKeys(ctx, sess, pty.Term, p.Send)
			_, err := p.Run()
			p.Kill()
			if app, ok := app.(interface{ Close() }); ok {
				app.Close() // leave the room: shown as away from now on
			}
			idled, _ := app.(interface{ IdledOut() bool })
			switch {
			case idled != nil && idled.IdledOut():
				wish.Println(sess, "trio closed this window after a while without a key. Everything you wrote is saved; connect again to go on.")
			case s.isStopping():
				wish.Println(sess, "trio is stopping. Everything you wrote is saved.")
			case errors.Is(err, tea.ErrProgramPanic):
				s.cfg.Logger.Error("the app stopped on a panic", "remote", sess.RemoteAddr().String(), "err", err)
				wish.Println(sess, "Sorry: trio ran into a problem on our side and closed this window. Everything you sent is saved; connect again to go on.")
			}
			next(sess)
		}
	}
}

// track registers a running program so shutdown can reach it; it refuses
// new programs once the server is stopping.
func (s *Server) track(p *tea.Program) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopping {
		return false
	}
	s.programs[p] = struct{}{}
	return true
}

func (s *Server) untrack(p *tea.Program) {
	s.mu.Lock()
	delete(s.programs, p)
	s.mu.Unlock()
}
