package painter

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// Painter draws one terminal's screen from the views its program makes:
// as soon as a view changes, and only the cells that changed.
//
// Bubble Tea's own renderer wakes every program 60 times a second to look
// for a new frame; with hundreds of terminals that sets both the idle cost
// and the delay of every change. Here the program runs without a renderer.
// Each view it makes is handed over (see Wrap) with a single-slot
// signal; the painter's goroutine takes the newest, finds the rows whose
// text changed, reads those into cells as ultraviolet reads a view, and
// sends the cells that differ from what the terminal shows. A slow
// terminal holds up only its own painter, never its program's event loop;
// views made meanwhile replace each other.
//
// What is on screen is kept as the view's text, not as cells: ultraviolet's
// TerminalRenderer keeps a cell buffer per terminal (215 KB at 80×24,
// 3.4 MB at 300×100) and compares every row on every frame (0.2 ms at
// 80×24), which hundreds of terminals cannot afford.
//
// Views are drawn full-window (the alternate screen), with the window
// title, the cursor, bracketed paste and the keyboard protocol as Bubble
// Tea's renderer sets them. Mouse modes, focus reports, terminal colours
// and progress bars are not drawn: trio uses none of them.
type Painter struct {
	out  io.Writer
	wake chan struct{} // single slot: a new view or queued bytes
	stop chan struct{}
	done chan struct{}
	once sync.Once
	// started is whether the goroutine runs (set and read by the session's
	// own goroutine).
	started bool
	// broke is told when drawing panicked, so the program ends.
	broke  func(any)
	broken atomic.Bool

	// What the program hands over. mu is never held while writing to the
	// terminal, so handing over never waits on a slow client.
	mu            sync.Mutex
	view          tea.View
	fresh         bool // view has not been drawn yet
	width, height int
	profile       colorprofile.Profile
	syncOutput    bool // the terminal draws each frame at once (mode 2026)
	graphemes     bool // the terminal measures graphemes (mode 2027)
	queued        []byte

	// The drawing side: only the painter's goroutine uses it, and finish
	// once that goroutine has ended. What is on screen is kept as the rows
	// of its view's text, not as cells: an idle terminal costs little.
	frame      bytes.Buffer // what goes to the terminal next, in one write
	cells      bytes.Buffer // the frame's changed cells
	shown      *tea.View    // the view on screen, nil before the first frame
	term       terminalState
	rows, next []string // the rows of the view on screen; of the next
	drawn      drawnAs
	entered    bool // the alternate screen is on
	shifts     bool // the terminal can insert characters (ICH)
	frames     atomic.Int64
	clamp      func(w, h int) (int, int)
}

// drawnAs is what the cells on screen were drawn for: if any of it
// changes, the whole screen is drawn again.
type drawnAs struct {
	width, height int
	profile       colorprofile.Profile
	graphemes     bool
}

// maxQueued bounds the queries and bells kept for a terminal that stopped
// reading.
const maxQueued = 64 << 10

// New makes a painter for out, a terminal of the given size and
// environment that shows colours in profile. clamp bounds every size the
// terminal reports: a size is untrusted, and a row is parsed into as many
// cells as the width.
func New(out io.Writer, environ []string, profile colorprofile.Profile, width, height int, clamp func(w, h int) (int, int)) *Painter {
	p := &Painter{
		out:     out,
		wake:    make(chan struct{}, 1),
		stop:    make(chan struct{}),
		done:    make(chan struct{}),
		profile: profile,
		clamp:   clamp,
	}
	p.width, p.height = clamp(width, height)
	p.shifts = insertsCharacters(uv.Environ(environ).Getenv("TERM"))
	if asksForModes(environ) {
		// Whether the terminal can draw a frame at once, and measures
		// graphemes: the answers come back as ModeReportMsg (see Filter).
		p.queued = []byte(ansi.RequestModeSynchronizedOutput + ansi.RequestModeUnicodeCore)
	}
	return p
}

// Start starts drawing; broke is told if drawing ever panics.
func (p *Painter) Start(broke func(any)) {
	p.broke, p.started = broke, true
	go p.run()
}

// asksForModes is Bubble Tea's rule for when a terminal is asked about
// synchronized output: not across SSH unless the terminal is known to
// answer well. A copy of Bubble Tea v2.1.1's unexported
// shouldQuerySynchronizedOutput (tea.go);
// TestThePainterAsksForModesWhenBubbleTeaDoes tells when it changes.
func asksForModes(environ uv.Environ) bool {
	term := environ.Getenv("TERM")
	program, hasProgram := environ.LookupEnv("TERM_PROGRAM")
	_, overSSH := environ.LookupEnv("SSH_TTY")
	_, windowsTerminal := environ.LookupEnv("WT_SESSION")
	return (!hasProgram && !overSSH) ||
		windowsTerminal ||
		(hasProgram && !strings.Contains(program, "Apple") && !overSSH) ||
		strings.Contains(term, "ghostty") ||
		strings.Contains(term, "wezterm") ||
		strings.Contains(term, "alacritty") ||
		strings.Contains(term, "kitty") ||
		strings.Contains(term, "rio")
}

// Show hands over the program's newest view.
func (p *Painter) Show(v tea.View) {
	p.mu.Lock()
	p.view, p.fresh = v, true
	p.mu.Unlock()
	p.signal()
}

func (p *Painter) signal() {
	select {
	case p.wake <- struct{}{}:
	default: // already signalled: the painter will find the newest
	}
}

// send queues bytes for the terminal that are not part of the screen
// (a question to the terminal, a bell), to go before the next frame.
func (p *Painter) send(s string) {
	p.mu.Lock()
	if len(p.queued)+len(s) <= maxQueued {
		p.queued = append(p.queued, s...)
	}
	p.mu.Unlock()
	p.signal()
}

// Write takes what the program writes to its terminal itself: with no
// renderer, that is only the rare queued query Bubble Tea flushes.
func (p *Painter) Write(b []byte) (int, error) {
	p.send(string(b))
	return len(b), nil
}

// Filter sees every message before the program does: it keeps the
// painter's size, colours and modes in step with the terminal, and sends
// the program's questions to the terminal at once rather than on Bubble
// Tea's next frame tick.
func (p *Painter) Filter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg := msg.(type) {
	case tea.SuspendMsg:
		// As wish's own filter does: a remote terminal cannot suspend us.
		return tea.ResumeMsg{}
	case tea.WindowSizeMsg:
		p.mu.Lock()
		p.width, p.height = p.clamp(msg.Width, msg.Height)
		p.mu.Unlock()
	case tea.ColorProfileMsg:
		p.mu.Lock()
		p.profile = msg.Profile
		p.mu.Unlock()
	case tea.ModeReportMsg:
		p.mu.Lock()
		switch msg.Mode {
		case ansi.ModeSynchronizedOutput:
			p.syncOutput = p.syncOutput || msg.Value == ansi.ModeReset
		case ansi.ModeUnicodeCore:
			p.graphemes = p.graphemes || msg.Value == ansi.ModeReset || msg.Value == ansi.ModeSet || msg.Value == ansi.ModePermanentlySet
		}
		p.mu.Unlock()
	case tea.RawMsg:
		p.send(fmt.Sprint(msg.Msg))
		return nil
	}
	// The requests are values of unexported types: compare them whole.
	// (Never a map lookup: some messages, like tea.BatchMsg, cannot be
	// hashed.)
	switch msg {
	case tea.RequestBackgroundColor():
		p.send(ansi.RequestBackgroundColor)
	case tea.RequestForegroundColor():
		p.send(ansi.RequestForegroundColor)
	case tea.RequestCursorColor():
		p.send(ansi.RequestCursorColor)
	case tea.RequestCursorPosition():
		p.send(ansi.RequestCursorPositionReport)
	case tea.RequestTerminalVersion():
		p.send(ansi.RequestNameVersion)
	default:
		return msg
	}
	return nil
}

func (p *Painter) run() {
	defer close(p.done)
	defer func() {
		if r := recover(); r != nil {
			p.broken.Store(true)
			p.broke(r)
		}
	}()
	for {
		select {
		case <-p.stop:
			return
		case <-p.wake:
			p.paint()
		}
	}
}

// paint writes what is queued and, if the newest view differs from the one
// on screen, the cells that changed: all in one write.
func (p *Painter) paint() {
	p.mu.Lock()
	view, fresh := p.view, p.fresh
	p.fresh = false
	as := drawnAs{width: p.width, height: p.height, profile: p.profile, graphemes: p.graphemes}
	syncOutput := p.syncOutput
	p.frame.Reset()
	p.frame.Write(p.queued)
	p.queued = p.queued[:0]
	p.mu.Unlock()

	if fresh && (p.shown == nil || as != p.drawn || !sameView(*p.shown, view)) {
		p.draw(view, as, syncOutput)
	}
	if p.frame.Len() == 0 {
		return
	}
	_, _ = p.out.Write(p.frame.Bytes()) // a closed session: its program is ending too
	p.frames.Add(1)
	if p.frame.Cap() > 64<<10 {
		// A whole large screen: not worth keeping for an idle terminal.
		p.frame, p.cells = bytes.Buffer{}, bytes.Buffer{}
	}
}

// modes writes the terminal modes a view asks for that differ from those
// on screen: all of them on the first frame.
func (p *Painter) modes(v tea.View) {
	was := p.shown
	if was == nil {
		was = &tea.View{DisableBracketedPasteMode: true}
	}
	if v.DisableBracketedPasteMode != was.DisableBracketedPasteMode {
		if v.DisableBracketedPasteMode {
			p.frame.WriteString(ansi.ResetModeBracketedPaste)
		} else {
			p.frame.WriteString(ansi.SetModeBracketedPaste)
		}
	}
	if v.WindowTitle != was.WindowTitle {
		p.frame.WriteString(ansi.SetWindowTitle(v.WindowTitle))
	}
	flags := keyboardFlags(v.KeyboardEnhancements)
	switch {
	case p.shown == nil:
		// Keys as Bubble Tea asks for them: modifyOtherKeys and the
		// Kitty protocol, whichever the terminal knows.
		p.frame.WriteString(ansi.SetModifyOtherKeys2 + ansi.PushKittyKeyboard(flags) + ansi.RequestKittyKeyboard)
	case flags != keyboardFlags(was.KeyboardEnhancements):
		p.frame.WriteString(ansi.KittyKeyboard(flags, 1) + ansi.RequestKittyKeyboard)
	}
}

// keyboardFlags are the Kitty keyboard flags for what a view asks for:
// keys told apart always, the rest on request. A copy of Bubble Tea
// v2.1.1's unexported keyboardEnhancementsFlags (cursed_renderer.go), as
// modes and restore copy the sequences its renderer sends;
// TestThePainterSetsUpATerminalAsBubbleTeaDoes tells when they change.
func keyboardFlags(k tea.KeyboardEnhancements) int {
	flags := ansi.KittyDisambiguateEscapeCodes
	if k.ReportEventTypes {
		flags |= ansi.KittyReportEventTypes
	}
	if k.ReportAlternateKeys {
		flags |= ansi.KittyReportAlternateKeys
	}
	if k.ReportAllKeysAsEscapeCodes {
		flags |= ansi.KittyReportAllKeysAsEscapeCodes
	}
	if k.ReportAssociatedText {
		flags |= ansi.KittyReportAssociatedKeys
	}
	return flags
}

// sameView reports whether two views draw the same screen.
func sameView(a, b tea.View) bool {
	if (a.Cursor == nil) != (b.Cursor == nil) ||
		a.Cursor != nil && a.Cursor.Position != b.Cursor.Position {
		return false
	}
	return a.Content == b.Content &&
		a.WindowTitle == b.WindowTitle &&
		a.DisableBracketedPasteMode == b.DisableBracketedPasteMode &&
		a.KeyboardEnhancements == b.KeyboardEnhancements
}

// Wrap is a program's model that hands every view it makes to p.
func (p *Painter) Wrap(m tea.Model) tea.Model {
	return paintedModel{Model: m, painter: p}
}

type paintedModel struct {
	tea.Model
	painter *Painter
}

func (m paintedModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.Model.Update(msg)
	m.Model = next
	return m, cmd
}

func (m paintedModel) View() tea.View {
	v := m.Model.View()
	m.painter.Show(v)
	return v
}

// Frames is how many writes the painter has made to its terminal.
func (p *Painter) Frames() int64 { return p.frames.Load() }

// Broken reports whether drawing stopped on a panic.
func (p *Painter) Broken() bool { return p.broken.Load() }

// Finish draws the program's last view, if it is new, and gives the
// terminal back as it was: the main screen, the cursor shown, the modes
// reset. It waits for a frame being written; calling it again does
// nothing.
func (p *Painter) Finish() {
	p.once.Do(func() {
		if !p.started {
			return // nothing was drawn
		}
		close(p.stop)
		<-p.done
		if !p.broken.Load() {
			p.paint()
		}
		p.restore()
	})
}

func (p *Painter) restore() {
	if !p.entered {
		return
	}
	var b strings.Builder
	b.WriteString(ansi.ResetModifyOtherKeys + ansi.PopKittyKeyboard(1))
	b.WriteString(ansi.ResetStyle)
	if p.shown == nil || !p.shown.DisableBracketedPasteMode {
		b.WriteString(ansi.ResetModeBracketedPaste)
	}
	if p.shown == nil || p.shown.WindowTitle != "" {
		b.WriteString(ansi.SetWindowTitle(""))
	}
	if p.drawn.graphemes {
		b.WriteString(ansi.ResetModeUnicodeCore)
	}
	b.WriteString(ansi.SetModeAutoWrap)
	// Last, so a terminal that missed the rest still gets its screen and
	// its cursor back.
	b.WriteString(ansi.ResetModeAltScreenSaveCursor + ansi.SetModeTextCursorEnable)
	_, _ = io.WriteString(p.out, b.String())
}
