package painter

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// The painter copies what Bubble Tea v2.1.1's renderer (cursed_renderer.go)
// and program (tea.go, shouldQuerySynchronizedOutput) do but do not
// export. These tests run Bubble Tea itself and compare: once it does
// otherwise, they say which copy to bring in line.

// lockedBuffer is a program's output, read once the program has ended.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (w *lockedBuffer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *lockedBuffer) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

// oneView is a model that shows one view and ends.
type oneView struct{ v tea.View }

func (m oneView) Init() tea.Cmd                       { return tea.Quit }
func (m oneView) Update(tea.Msg) (tea.Model, tea.Cmd) { return m, nil }
func (m oneView) View() tea.View                      { return m.v }

// bubbleTeaWrites is what Bubble Tea's own renderer sends a terminal of
// the given environment that is shown v and then given back.
func bubbleTeaWrites(t *testing.T, v tea.View, environ []string) string {
	t.Helper()
	var out lockedBuffer
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	p := tea.NewProgram(oneView{v},
		tea.WithContext(ctx),
		tea.WithInput(strings.NewReader("")), // with no input it sets up no keys
		tea.WithOutput(&out),
		tea.WithEnvironment(environ),
		tea.WithWindowSize(40, 5),
		tea.WithColorProfile(colorprofile.ANSI256),
		tea.WithoutSignalHandler(),
	)
	if _, err := p.Run(); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// painterWrites is what the painter sends the same terminal for v, and
// when it gives the terminal back.
func painterWrites(v tea.View, environ []string) string {
	var out bytes.Buffer
	p := New(&out, environ, colorprofile.ANSI256, 40, 5, unbounded)
	p.Start(func(any) {})
	p.Show(v)
	p.Finish()
	return out.String()
}

// TestThePainterSetsUpATerminalAsBubbleTeaDoes: the keyboard protocol
// (keyboardFlags, modes), bracketed paste, the title, the alternate screen
// and the way back are sent as Bubble Tea's renderer sends them. (Bubble
// Tea asks for the keyboard's flags too, on a frame it draws before it
// ends: this program draws only that last one.)
func TestThePainterSetsUpATerminalAsBubbleTeaDoes(t *testing.T) {
	t.Parallel()
	env := []string{"TERM=xterm-256color", "SSH_TTY=/dev/pts/1"}
	for _, keys := range []tea.KeyboardEnhancements{
		{},
		{ReportEventTypes: true},
		{ReportAlternateKeys: true, ReportAllKeysAsEscapeCodes: true, ReportAssociatedText: true},
	} {
		v := tea.NewView("trio")
		v.AltScreen, v.WindowTitle, v.KeyboardEnhancements = true, "trio", keys
		tea, ours := bubbleTeaWrites(t, v, env), painterWrites(v, env)
		for _, seq := range []string{
			ansi.SetModifyOtherKeys2,
			ansi.PushKittyKeyboard(keyboardFlags(keys)),
			ansi.SetModeAltScreenSaveCursor,
			ansi.SetModeBracketedPaste,
			ansi.SetWindowTitle("trio"),
			ansi.ResetModifyOtherKeys,
			ansi.PopKittyKeyboard(1),
			ansi.ResetModeBracketedPaste,
			ansi.ResetModeAltScreenSaveCursor,
			ansi.SetModeTextCursorEnable,
		} {
			if !strings.Contains(ours, seq) {
				t.Fatalf("the painter no longer sends %q for %+v: %q", seq, keys, ours)
			}
			if !strings.Contains(tea, seq) {
				t.Errorf("upstream changed: Bubble Tea's renderer no longer sends %q for %+v (it sent %q): "+
					"bring keyboardFlags, modes and restore in tui/server/painter/painter.go in line with it", seq, keys, tea)
			}
		}
	}
}

// TestThePainterAsksForModesWhenBubbleTeaDoes: whether a terminal is asked
// about synchronized output and graphemes (asksForModes) follows Bubble
// Tea's rule.
func TestThePainterAsksForModesWhenBubbleTeaDoes(t *testing.T) {
	t.Parallel()
	for _, env := range [][]string{
		{"TERM=xterm-256color"},
		{"TERM=xterm-256color", "SSH_TTY=/dev/pts/1"},
		{"TERM=xterm-ghostty", "SSH_TTY=/dev/pts/1"},
		{"TERM=xterm-256color", "TERM_PROGRAM=Apple_Terminal"},
		{"TERM=xterm-256color", "TERM_PROGRAM=vscode"},
		{"TERM=screen", "SSH_TTY=/dev/pts/1", "WT_SESSION=1"},
	} {
		v := tea.NewView("trio")
		v.AltScreen = true
		asked := strings.Contains(bubbleTeaWrites(t, v, env), ansi.RequestModeSynchronizedOutput)
		if ours := strings.Contains(painterWrites(v, env), ansi.RequestModeSynchronizedOutput); ours != asked {
			t.Errorf("upstream changed: for %v Bubble Tea asks about synchronized output: %v, the painter: %v; "+
				"bring asksForModes in tui/server/painter/painter.go in line with shouldQuerySynchronizedOutput", env, asked, ours)
		}
	}
}
