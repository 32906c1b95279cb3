package server

import (
	"bytes"
	"context"
	"io"
	"reflect"
	"strings"
	"testing"

	uv "github.com/charmbracelet/ultraviolet"
)

// TestKeysAreReadAsUltravioletReadsThem: for keys, sequences, replies and
// pastes within the limits, the reader gives what uv.TerminalReader gives.
func TestKeysAreReadAsUltravioletReadsThem(t *testing.T) {
	t.Parallel()
	inputs := []string{
		"hello, wörld 👩‍👩‍👧 é",
		"\r\t\x7f\x03\x10\x13 \x00",
		"\x1b[A\x1b[1;5C\x1bOP\x1b[15~\x1b[3;2~\x1b[Z",
		"\x1ba\x1b\r\x1b",
		"\x1b[<0;10;5M\x1b[<0;10;5m\x1b[I\x1b[O",
		"\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[?2026;2$y\x1bP>|xterm(390)\x1b\\",
		"\x1b[200~pasted\r\ntext \x1b[A with a key\x1b[201~after",
		"\x1b[200~" + strings.Repeat("long ", 2000) + "\x1b[201~",
		"\x1b]0;cancelled\x18x\x1bP1$r0m\x1b\\",
		"\xff\xfeabc\x1b[",
		"\x9b65;1u\x1b[27;5;13~\x1b[97;5u",
	}
	// A paste longer than maxUnfinishedInput whose bytes that are no UTF-8
	// hold the decoder up.
	inputs = append(inputs, "\x1b[200~"+strings.Repeat("ab\xffcd", 4000)+"\x1b[201~x")
	for _, in := range inputs {
		want := readAll(t, func(ctx context.Context, r io.Reader, events chan<- uv.Event) error {
			return uv.NewTerminalReader(r, "xterm-256color").StreamEvents(ctx, events)
		}, in)
		got := readAll(t, func(ctx context.Context, r io.Reader, events chan<- uv.Event) error {
			return readEvents(ctx, r, events, nil)
		}, in)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\n got %#v\nwant %#v", in, got, want)
		}
	}
}

// readAll gives input to a reader in one piece, then ends it, and returns
// the events read.
func readAll(t *testing.T, read func(context.Context, io.Reader, chan<- uv.Event) error, input string) []uv.Event {
	events := make(chan uv.Event)
	done := make(chan error, 1)
	go func() { done <- read(context.Background(), strings.NewReader(input), events) }()
	var got []uv.Event
	for {
		select {
		case e := <-events:
			got = append(got, e)
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			return got
		}
	}
}

// TestAStringSequencePastItsLimitIsDroppedToItsEnd: a DCS, OSC or APC
// string longer than maxUnfinishedInput, coming in pieces without a pause,
// is dropped whole, up to and with its terminator wherever it falls; what
// follows is read, and the log hears of it once.
func TestAStringSequencePastItsLimitIsDroppedToItsEnd(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ start, end string }{
		{"\x1bP1$r", "\x1b\\"},
		{"\x1b]52;c;", "\x07"},
		{"\x9d0;", "\x9c"},
		{"\x1b_G", "\x18"},
	} {
		var told []string
		r := keyReader{overflow: func(what string, _ int) { told = append(told, what) }}
		var events []uv.Event
		pieces := []string{c.start}
		for range 3 * maxUnfinishedInput / 1000 {
			pieces = append(pieces, strings.Repeat("x", 1000))
		}
		pieces = append(pieces, c.end[:1], c.end[1:]+"ok")
		for _, p := range pieces {
			events = append(events, r.read([]byte(p), false)...)
			if len(r.pending) > maxUnfinishedInput+1000 {
				t.Fatalf("%q: %d bytes held", c.start, len(r.pending))
			}
		}
		events = append(events, r.read(nil, true)...)
		if text := keysText(events); text != "ok" {
			t.Errorf("%q: after the string the program got %q, want \"ok\"", c.start, text)
		}
		if len(told) != 1 || told[0] != unfinishedDropped {
			t.Errorf("%q: the log heard %q", c.start, told)
		}
	}
}

// TestInputThatCannotBeReadYetIsReadAtItsLimit: a byte that is no UTF-8
// holds the decoder until 50 ms pass without input; a client that never
// pauses has it read at maxUnfinishedInput instead, as it would be then.
func TestInputThatCannotBeReadYetIsReadAtItsLimit(t *testing.T) {
	t.Parallel()
	r := keyReader{}
	var events []uv.Event
	for range 4 {
		events = append(events, r.read(bytes.Repeat([]byte{0xff, 'a'}, 2048), false)...)
		if len(r.pending) > maxUnfinishedInput+4096 {
			t.Fatalf("%d bytes held", len(r.pending))
		}
	}
	if n := len(keysText(events)); n < 4096 {
		t.Errorf("of 8,192 letters after bytes that are no UTF-8, %d were read without a pause", n)
	}
}

// TestAPasteHeldUpPastTheLimitStillEnds: in a paste, a byte that is no
// UTF-8 holds the decoder up; past maxUnfinishedInput only that byte is
// read as it stands, so the paste's end, split across two reads, is still
// its end.
func TestAPasteHeldUpPastTheLimitStillEnds(t *testing.T) {
	t.Parallel()
	var r keyReader
	var events []uv.Event
	for _, piece := range []string{
		"\x1b[200~\xff" + strings.Repeat("a", 5000),
		"\xff" + strings.Repeat("a", 4100) + "\x1b[20",
		"1~x",
	} {
		events = append(events, r.read([]byte(piece), false)...)
	}
	var pastes []string
	for _, e := range events {
		if p, ok := e.(uv.PasteEvent); ok {
			pastes = append(pastes, p.Content)
		}
	}
	if len(pastes) != 1 || pastes[0] != strings.Repeat("a", 9100) || keysText(events) != "x" {
		t.Errorf("%d pastes (want one of 9100 letters), then the keys %q (want \"x\")", len(pastes), keysText(events))
	}
}

func keysText(events []uv.Event) string {
	var b strings.Builder
	for _, e := range events {
		if k, ok := e.(uv.KeyPressEvent); ok {
			b.WriteString(k.Text)
		}
	}
	return b.String()
}
