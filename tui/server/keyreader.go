package server

import (
	"context"
	"errors"
	"io"
	"reflect"
	"strings"
	"time"
	"unicode/utf8"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// A terminal's input is read as events by ultraviolet's decoder, as
// uv.TerminalReader does (its table of key sequences adds nothing over
// SSH: the decoder reads each of them the same), but with every buffer a
// client's bytes fill capped. uv.TerminalReader keeps a paste until it
// ends, and input it cannot read yet (an escape string that never ends,
// a byte that is no UTF-8) until 50 ms pass without a byte, reading it all
// again at each new byte: a client that never pauses grew the server by
// megabytes a second and kept a core busy (ultraviolet
// v0.0.0-20261008173134; TestUpstreamInputReaderStillKeepsAWholePaste
// fails once it cuts a paste).

const (
	// maxPasteBytes is the longest paste kept, sixteen times the longest
	// text a room takes; the rest of a longer one is dropped.
	maxPasteBytes = 64 << 10
	// maxUnfinishedInput is the most input kept waiting for the rest of a
	// sequence (a terminal's longest reply is well under a kilobyte). Past
	// it, a string sequence (OSC, DCS, APC, PM, SOS) is dropped up to its
	// end; anything else is read as it stands, as after 50 ms without a
	// byte.
	maxUnfinishedInput = 4 << 10
)

// Overflows, as told to the log, once each a terminal.
const (
	pasteCut          = "a paste was cut off at its limit"
	unfinishedDropped = "an unfinished escape sequence was dropped at its limit"
)

// readEvents reads in as events and sends them until in ends or ctx is
// done; overflow hears of each kind of overflow, once.
func readEvents(ctx context.Context, in io.Reader, events chan<- uv.Event, overflow func(what string, limit int)) error {
	chunks := make(chan []byte)
	failed := make(chan error, 1)
	go func() {
		for {
			buf := make([]byte, 4096)
			n, err := in.Read(buf)
			if n > 0 {
				select {
				case chunks <- buf[:n]:
				case <-ctx.Done():
					return
				}
			}
			if err != nil {
				failed <- err
				return
			}
		}
	}()
	r := keyReader{overflow: overflow}
	send := func(evs []uv.Event) bool {
		for _, e := range evs {
			select {
			case events <- e:
			case <-ctx.Done():
				return false
			}
		}
		return true
	}
	// Input that may be the start of a sequence waits for the rest this long.
	expire := time.NewTimer(uv.DefaultEscTimeout)
	expire.Stop()
	defer expire.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-failed:
			send(r.read(nil, true))
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		case <-expire.C:
			if !send(r.read(nil, true)) {
				return nil
			}
		case chunk := <-chunks:
			if !send(r.read(chunk, false)) {
				return nil
			}
			expire.Stop()
			if len(r.pending) > 0 {
				expire.Reset(uv.DefaultEscTimeout)
			}
		}
	}
}

// keyReader turns input into events, holding what it cannot read yet.
type keyReader struct {
	decoder  uv.EventDecoder
	pending  []byte // input not read yet: at most maxUnfinishedInput
	pasting  bool
	paste    []byte // at most maxPasteBytes
	cut      bool   // the paste passed maxPasteBytes: the rest is dropped
	skipping bool   // in a string sequence past maxUnfinishedInput: dropped
	afterEsc bool   // skipping ended on ESC: a backslash next is its end
	told     map[string]bool
	overflow func(what string, limit int)
}

// read takes more input and returns the events it completes. expired reads
// whatever is held as it stands, as when no byte came for a while.
func (r *keyReader) read(input []byte, expired bool) []uv.Event {
	input = r.skip(input)
	r.pending = append(r.pending, input...)
	upTo := 0
	if expired {
		upTo = len(r.pending)
	}
	n, events := r.scan(r.pending, upTo)
	for held := r.pending[n:]; len(held) > maxUnfinishedInput; held = r.pending[n:] {
		r.tell(unfinishedDropped, maxUnfinishedInput)
		if startsString(held) {
			// No terminator yet (the decoder would have read it): drop the
			// string, and the rest of it as it comes.
			n, r.skipping = len(r.pending), true
			break
		}
		// Read what holds the rest up as it stands, and go on.
		m, more := r.scan(held, 1)
		n, events = n+m, append(events, more...)
	}
	r.pending = append(r.pending[:0], r.pending[n:]...)
	if len(r.pending) == 0 && cap(r.pending) > maxUnfinishedInput {
		r.pending = nil // what a long wait grew is not kept
	}
	return events
}

// skip drops the rest of a string sequence cut off at its limit, up to
// and with its terminator, and returns the input after it.
func (r *keyReader) skip(input []byte) []byte {
	if r.afterEsc && len(input) > 0 {
		r.afterEsc = false
		if input[0] == '\\' { // ESC \ is the string terminator
			input = input[1:]
		}
	}
	if !r.skipping {
		return input
	}
	for i, c := range input {
		switch c {
		case ansi.ESC:
			r.skipping, r.afterEsc = false, true
			return r.skip(input[i+1:])
		case ansi.BEL, ansi.ST, ansi.CAN, ansi.SUB:
			r.skipping = false
			return input[i+1:]
		}
	}
	return nil
}

// startsString tells whether input starts a string sequence (DCS, OSC,
// APC, PM or SOS), 7- or 8-bit.
func startsString(input []byte) bool {
	switch input[0] {
	case ansi.DCS, ansi.OSC, ansi.APC, ansi.PM, ansi.SOS:
		return true
	case ansi.ESC:
		return len(input) > 1 && strings.IndexByte("P]_^X", input[1]) >= 0
	}
	return false
}

// scan reads events from buf as uv.TerminalReader does, and returns how
// many bytes it read. It stops at input that may be the start of a
// sequence, but for input before expiredUpTo, which it reads as it stands
// (as uv.TerminalReader does once no byte came for a while).
func (r *keyReader) scan(buf []byte, expiredUpTo int) (total int, events []uv.Event) {
	for len(buf) > 0 {
		if r.cut {
			// Only a sequence may end the paste: what comes before the
			// next one is dropped unread.
			if i := nextSequence(buf); i > 0 {
				buf, total = buf[i:], total+i
				continue
			}
		}
		expired := total < expiredUpTo
		esc := buf[0] == ansi.ESC
		n, event := r.decoder.Decode(buf)
		if n <= 0 { // never so, but a loop that cannot end is worse
			n = 1
		}
		if r.pasting {
			if _, end := event.(uv.PasteEndEvent); !end {
				switch event := event.(type) {
				case uv.KeyPressEvent:
					if event.Text != "" {
						r.keep(event.Text)
					} else {
						if esc && n <= 2 && !expired {
							return total, events
						}
						r.keep(string(buf[:n]))
					}
				case uv.UnknownEvent:
					if !expired {
						return total, events
					}
				}
				buf, total = buf[n:], total+n
				continue
			}
		}
		switch e := event.(type) {
		case uv.UnknownEvent:
			if !expired {
				return total, events
			}
			events = append(events, e)
		case uv.PasteStartEvent:
			r.pasting, r.paste, r.cut = true, nil, false
			events = append(events, e)
		case uv.PasteEndEvent:
			events = append(events, uv.PasteEvent{Content: validText(r.paste)}, e)
			r.pasting, r.paste, r.cut = false, nil, false
		case nil:
		default:
			if reflect.TypeOf(e) == cancelled {
				break
			}
			if esc && n <= 2 && !expired {
				return total, events // an escape, or the start of a sequence
			}
			if m, ok := e.(uv.MultiEvent); ok {
				events = append(events, m...)
			} else {
				events = append(events, e)
			}
		}
		buf, total = buf[n:], total+n
	}
	return total, events
}

// nextSequence is where the next escape or CSI byte is in buf, or its end.
func nextSequence(buf []byte) int {
	for i, c := range buf {
		if c == ansi.ESC || c == ansi.CSI {
			return i
		}
	}
	return len(buf)
}

// cancelled is the type of a sequence a CAN or SUB cancelled, which the
// decoder reads as nothing, and uv.TerminalReader drops (its type is not
// exported).
var cancelled = func() reflect.Type {
	_, e := new(uv.EventDecoder).Decode([]byte("\x1b]0;\x18"))
	return reflect.TypeOf(e)
}()

// keep adds text to the paste, up to maxPasteBytes.
func (r *keyReader) keep(text string) {
	if r.cut || len(r.paste)+len(text) > maxPasteBytes {
		r.cut = true
		r.tell(pasteCut, maxPasteBytes)
		return
	}
	r.paste = append(r.paste, text...)
}

func (r *keyReader) tell(what string, limit int) {
	if r.told[what] || r.overflow == nil {
		return
	}
	if r.told == nil {
		r.told = map[string]bool{}
	}
	r.told[what] = true
	r.overflow(what, limit)
}

// validText is the paste's text without what is not UTF-8 (nor U+FFFD),
// as uv.TerminalReader gives it.
func validText(b []byte) string {
	var text strings.Builder
	text.Grow(len(b))
	for len(b) > 0 {
		c, w := utf8.DecodeRune(b)
		if c != utf8.RuneError {
			text.WriteRune(c)
		}
		b = b[w:]
	}
	return text.String()
}
