package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"trio/session"
)

// The team point of view as one sentence, and the three fields it is
// written in: shared by the point-of-view phase and the amendments made
// during consent.

// statementByline is "Version 2 · by Lee", or with a lead "Voting on
// version 2 · by Lee", and what the version answers.
func statementByline(c *roomCtx, d session.PointOfViewDraft, lead string) string {
	st := c.sh.Styles
	version := fmt.Sprintf("Version %d", d.Version)
	if lead != "" {
		version = fmt.Sprintf("%s version %d", lead, d.Version)
	}
	line := st.Accent.Render(version) + st.Muted.Render(" · by ") + c.name(d.Author)
	if d.Amends > 0 {
		line += st.Muted.Render(fmt.Sprintf(" · answers round %d", d.Amends))
	}
	return line
}

// statementBlock draws a draft prominently: its byline, then the sentence
// behind a bar, in at most height lines.
func statementBlock(c *roomCtx, d session.PointOfViewDraft, lead string, width, height int) string {
	st := c.sh.Styles
	if height <= 0 {
		return ""
	}
	bar := st.Accent.Render("┃ ")
	var lines []string
	for _, l := range strings.Split(ansi.Wrap(d.Sentence(), max(10, width-2), ""), "\n") {
		lines = append(lines, bar+st.Strong.Render(l))
	}
	lines = firstLines(lines, height-1, width)
	return strings.Join(append([]string{ansi.Truncate(statementByline(c, d, lead), width, "…")}, lines...), "\n")
}

// statementVersions lists the versions so far, briefly, the newest kept
// when they do not fit in height lines: on one line when room is short,
// one version a line with its first words when there is room.
func statementVersions(c *roomCtx, width, height int) string {
	st := c.sh.Styles
	drafts := c.v.Drafts
	if len(drafts) == 0 || height <= 0 {
		return ""
	}
	if height >= 4 && len(drafts) > 1 {
		lines := []string{st.Label.Render("Versions")}
		from := max(0, len(drafts)-(height-1))
		if from > 0 {
			from++
			lines = append(lines, st.Muted.Render("…"))
		}
		for _, d := range drafts[from:] {
			line := st.Muted.Render(fmt.Sprintf("v%-3d", d.Version)) + c.name(d.Author) + "  " + st.Muted.Render(strings.Join(strings.Fields(d.Believe), " "))
			lines = append(lines, ansi.Truncate(line, width, "…"))
		}
		return strings.Join(lines, "\n")
	}
	item := func(d session.PointOfViewDraft) string {
		return st.Muted.Render(fmt.Sprintf("v%d ", d.Version)) + c.name(d.Author)
	}
	for from := 0; from < len(drafts); from++ {
		var items []string
		if from > 0 {
			items = append(items, st.Muted.Render("…"))
		}
		for _, d := range drafts[from:] {
			items = append(items, item(d))
		}
		text := st.Muted.Render("Versions: ") + strings.Join(items, st.Muted.Render(" · "))
		wrapped := ansi.Wrap(text, width, "")
		if lipgloss.Height(wrapped) <= height || from == len(drafts)-1 {
			return wrapped
		}
	}
	return ""
}

// statementForm is the three fields of the point of view. Writing starts
// from the latest draft, so editing it makes the next version.
type statementForm struct {
	form *composer
	// base is what each field started from (the latest draft's text), so
	// a field left as it was is not kept as someone's draft.
	base []string
}

func newStatementForm(sh *Shared, at writingPlace) *statementForm {
	return &statementForm{form: newComposer(sh, at,
		field{key: session.FieldBelieve, label: "We believe", hint: "What we will do, or what we hold true.", multiline: true},
		field{key: session.FieldBecause, label: "Because", hint: "What we saw and learned together.", multiline: true},
		field{key: session.FieldWrongIf, label: "We will know we are wrong if", hint: "What would change our mind.", multiline: true},
	)}
}

// start gives the form the keyboard. Each empty field starts from the
// latest draft, so a version half-rewritten keeps its own words and gets
// the draft's in the rest.
func (f *statementForm) start(c *roomCtx) tea.Cmd {
	empty := f.form.empty()
	f.base = make([]string, len(f.form.fields))
	if d, ok := c.v.LatestDraft(); ok {
		for i, text := range []string{d.Believe, d.Because, d.WrongIf} {
			if strings.TrimSpace(f.form.value(i)) == "" {
				f.form.setValue(i, text)
				f.base[i] = text
			}
		}
	}
	if empty {
		f.form.focusField(0)
	}
	return f.form.start()
}

// forgetUnchanged empties the fields that still say what the draft they
// started from says: only real edits stay as someone's draft.
func (f *statementForm) forgetUnchanged() {
	for i, was := range f.base {
		if was != "" && f.form.value(i) == was {
			f.form.clear(i)
		}
	}
	f.base = nil
}

// update types into the form. Enter moves to the next field, and on the
// last one proposes the draft; it reports whether the room took it.
func (f *statementForm) update(msg tea.Msg, c *roomCtx) (bool, tea.Cmd) {
	action, cmd := f.form.update(msg)
	if action == composerStopped {
		f.forgetUnchanged()
	}
	if action != composerSubmitted {
		return false, cmd
	}
	if !f.onLast() {
		return false, f.form.focusField(f.form.focus + 1)
	}
	proposed := c.do(session.ProposeDraft{
		Believe: f.form.value(0),
		Because: f.form.value(1),
		WrongIf: f.form.value(2),
	})
	if proposed {
		f.form.clear()
		f.form.stop()
		f.form.focusField(0)
		f.base = nil
	}
	return proposed, cmd
}

func (f *statementForm) onLast() bool { return f.form.focus == len(f.form.inputs)-1 }

func (f *statementForm) view(c *roomCtx, width int) string {
	f.form.setWidth(width - 2)
	return f.form.view(c.nudging())
}

// keys are the form's keys while it has the keyboard.
func (f *statementForm) keys(c *roomCtx) []key.Binding {
	w := c.sh.Keys.Writing
	enter := relabel(w.Send, "to the next field")
	if f.onLast() {
		enter = relabel(w.Send, "propose this version")
	}
	return []key.Binding{enter, w.PrevField, w.Newline}
}

func (f *statementForm) typing() bool { return f.form.typing() }
func (f *statementForm) stop() {
	f.form.stop()
	f.forgetUnchanged()
}

func (f *statementForm) speakerChanged(id session.ParticipantID) {
	f.forgetUnchanged()
	f.form.switchSpeaker(id)
}
func (f *statementForm) drafted() bool     { return f.form.drafted() }
func (f *statementForm) editing() bool     { return f.form.editing() }
func (f *statementForm) restyle(st Styles) { f.form.restyle(st) }
