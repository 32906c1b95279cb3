package server

import (
	"fmt"
	"io"

	"charm.land/ssh"
	"charm.land/wish/v2"

	"trio/session"
)

// commands answers `ssh host COMMAND` without a terminal: export and help.
// `join CODE` and `watch CODE` with a terminal go on to the app.
func (s *Server) commands() wish.Middleware {
	return func(next ssh.Handler) ssh.Handler {
		return func(sess ssh.Session) {
			args := sess.Command()
			_, _, hasPty := sess.Pty()
			switch {
			case len(args) == 0 && hasPty:
				next(sess)
			case len(args) == 0:
				refuse(sess, "trio needs a terminal: connect with "+s.cfg.JoinCommand+", or ask for a command: "+s.cfg.JoinCommand+" help")
			case args[0] == "join" && len(args) == 2 && hasPty:
				next(sess)
			case args[0] == "join" && len(args) == 2:
				refuse(sess, "trio: joining a room needs a terminal: add -t, as in "+s.sshT()+" join CODE")
			case args[0] == "join":
				refuse(sess, "trio: join takes a room code, as in "+s.sshT()+" join ABCD-EFGH")
			case args[0] == "watch" && len(args) == 2 && hasPty:
				if s.mayWatch(sess, args[1]) {
					next(sess)
				}
			case args[0] == "watch" && len(args) == 2:
				refuse(sess, "trio: watching a room needs a terminal: add -t, as in "+s.sshT()+" watch CODE")
			case args[0] == "watch":
				refuse(sess, "trio: watch takes a room's or a workshop's code, as in "+s.sshT()+" watch ABCD-EFGH")
			case args[0] == "export":
				s.export(sess, args[1:])
			case args[0] == "help" && len(args) == 1:
				s.help(sess)
			default:
				refuse(sess, fmt.Sprintf("trio: unknown command %q. See %s help", printable(args[0]), s.cfg.JoinCommand))
			}
		}
	}
}

// sshT is the join command with -t, for commands that need a terminal.
func (s *Server) sshT() string {
	return "ssh -t" + s.cfg.JoinCommand[len("ssh"):]
}

func (s *Server) help(w io.Writer) {
	ssh := s.cfg.JoinCommand
	fmt.Fprintf(w, "trio: dialogue, not discussion.\n\n")
	fmt.Fprintf(w, "  %-48s open the lobby: create a room or join one\n", ssh)
	fmt.Fprintf(w, "  %-48s go straight into a room\n", s.sshT()+" join CODE")
	fmt.Fprintf(w, "  %-48s pick your trio from a workshop's tables\n", s.sshT()+" join WORKSHOP-CODE")
	fmt.Fprintf(w, "  %-48s show a room, or a whole workshop, on a shared screen, read only\n", s.sshT()+" watch CODE")
	fmt.Fprintf(w, "  %-48s print a room's result as Markdown\n", ssh+" export CODE")
	fmt.Fprintf(w, "  %-48s the same as JSON\n", ssh+" export CODE --format json")
	fmt.Fprintf(w, "  %-48s this help\n", ssh+" help")
	fmt.Fprintf(w, "\nWith an SSH key you keep your seat when you come back; without one you join as someone new.\n")
}

// export prints a room's result for someone who took part in it, or for
// anyone while the room is not locked. They see what they may see: their
// own card, never another's hidden one.
func (s *Server) export(sess ssh.Session, args []string) {
	code, format := "", "md"
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--format" || a == "-format":
			if i+1 == len(args) {
				refuse(sess, "trio: --format needs md or json")
				return
			}
			format = args[i+1]
			i++
		case a == "--format=md" || a == "--format=json":
			format = a[len("--format="):]
		case code == "":
			code = a
		default:
			refuse(sess, "trio: export takes one room code, as in "+s.cfg.JoinCommand+" export ABCD-EFGH")
			return
		}
	}
	if code == "" {
		refuse(sess, "trio: which room? Give its code, as in "+s.cfg.JoinCommand+" export ABCD-EFGH")
		return
	}
	if format != "md" && format != "json" {
		refuse(sess, fmt.Sprintf("trio: --format is md or json, not %q", printable(format)))
		return
	}
	checkCode, missedCode := s.guard(sess)
	if err := checkCode(); err != nil {
		refuse(sess, "trio: "+err.Error())
		return
	}
	room, err := s.cfg.Hub.Room(code)
	if err != nil {
		missedCode()
		refuse(sess, "trio: "+err.Error())
		return
	}
	who := identify(sess)
	viewer := session.Nobody
	if _, member := room.Person(who.ID); member {
		viewer = who.ID
	} else if room.Locked {
		refuse(sess, "trio: this room is locked: only the people in it can export it.")
		return
	}
	view := session.ViewFor(room, viewer)
	if format == "json" {
		data, err := session.ExportJSON(view)
		if err != nil {
			refuse(sess, "trio: "+err.Error())
			return
		}
		sess.Write(data)
		return
	}
	sess.Write(session.ExportMarkdown(view))
}

// printable cleans what a client sent before it is echoed back.
func printable(s string) string {
	clean, _, err := session.LineRule.Clean(s)
	if err != nil {
		return "?"
	}
	return clean
}

// refuse ends a session with one line on standard error and status 1.
func refuse(sess ssh.Session, line string) {
	fmt.Fprintln(sess.Stderr(), line)
	sess.Exit(1)
}
