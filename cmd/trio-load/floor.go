package main

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// The floor is the least an SSH chat can do, on the same SSH library as
// trio: each member's terminal echoes what they type, and on Enter the
// line goes to every other member of the room. Whatever trio costs above
// it is trio's own; the floor is what SSH and a relay cost.

// floorBackend is the floor server.
type floorBackend struct {
	srv   *ssh.Server
	rooms sync.Map // room name -> *floorRoom
	next  atomic.Int64
}

// floorRoom is one room of the floor: its members' outboxes.
type floorRoom struct {
	mu      sync.Mutex
	members map[*floorMember]struct{}
}

// floorMember is one terminal; out keeps each terminal's writes in order
// and off the reader's path, so a slow terminal holds up nobody.
type floorMember struct {
	name string
	out  chan []byte
}

func startFloor(ln net.Listener) (*floorBackend, error) {
	signer, _, err := newHostKey()
	if err != nil {
		return nil, err
	}
	f := &floorBackend{}
	f.srv = &ssh.Server{
		Handler:                    f.handle,
		PublicKeyHandler:           func(ssh.Context, ssh.PublicKey) bool { return true },
		KeyboardInteractiveHandler: func(ssh.Context, gossh.KeyboardInteractiveChallenge) bool { return true },
	}
	f.srv.AddHostKey(signer)
	go f.srv.Serve(ln)
	return f, nil
}

func (f *floorBackend) open(context.Context, []string) (string, error) {
	return "r" + strconv.FormatInt(f.next.Add(1), 10), nil
}

func (f *floorBackend) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if f.srv.Shutdown(ctx) != nil {
		f.srv.Close()
	}
}

func (f *floorBackend) room(name string) *floorRoom {
	r, _ := f.rooms.LoadOrStore(name, &floorRoom{members: map[*floorMember]struct{}{}})
	return r.(*floorRoom)
}

// handle runs one terminal: `join ROOM`, or the lobby without a command.
func (f *floorBackend) handle(sess ssh.Session) {
	if _, _, ok := sess.Pty(); !ok {
		fmt.Fprintln(sess.Stderr(), "The floor needs a terminal: connect with ssh -t.")
		sess.Exit(1)
		return
	}
	name := "lobby"
	if cmd := sess.Command(); len(cmd) == 2 && cmd[0] == "join" {
		name = cmd[1]
	}
	room := f.room(name)
	me := &floorMember{name: sess.User(), out: make(chan []byte, 256)}
	room.mu.Lock()
	room.members[me] = struct{}{}
	room.mu.Unlock()
	defer func() {
		room.mu.Lock()
		delete(room.members, me)
		room.mu.Unlock()
	}()

	ctx := sess.Context()
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case b := <-me.out:
				if _, err := sess.Write(b); err != nil {
					return
				}
			}
		}
	}()
	me.send([]byte("joined " + name + " as " + me.name + "\r\n"))

	var line []byte
	buf := make([]byte, 1024)
	for {
		n, err := sess.Read(buf)
		for _, c := range buf[:n] {
			switch {
			case c == '\r' || c == '\n':
				me.send([]byte("\r\n"))
				room.relay(me, []byte(me.name+": "+string(line)+"\r\n"))
				line = line[:0]
			case c == 0x7f || c == 0x08:
				if len(line) > 0 {
					line = line[:len(line)-1]
					me.send([]byte("\b \b"))
				}
			case c == 0x03 || c == 0x04: // ctrl+c, ctrl+d
				return
			case c >= 0x20 && len(line) < 1000:
				line = append(line, c)
				me.send([]byte{c})
			}
		}
		if err != nil {
			return
		}
	}
}

// send queues bytes for the terminal, dropping them if it is hopelessly
// behind.
func (m *floorMember) send(b []byte) {
	select {
	case m.out <- b:
	default:
	}
}

// relay sends a line to every member but its author.
func (r *floorRoom) relay(from *floorMember, b []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for m := range r.members {
		if m != from {
			m.send(b)
		}
	}
}
