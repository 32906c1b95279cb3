package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"trio/session"
	"trio/tui/draw"
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

// statementBlock draws a draft prominently and whole: its byline, then
// the sentence behind a bar.
func statementBlock(c *roomCtx, d session.PointOfViewDraft, lead string, width int) string {
	st := c.sh.Styles
	bar := st.Accent.Render("┃ ")
	lines := draw.Wrap(statementByline(c, d, lead), width)
	for _, l := range draw.Wrap(d.Sentence(), max(10, width-2)) {
		lines = append(lines, bar+st.Strong.Render(l))
	}
	return strings.Join(lines, "\n")
}

// statementVersions lists the versions before the latest, each whole, the
// newest first: versions that start alike differ further on, and that
// must show.
func statementVersions(c *roomCtx, width int) string {
	st := c.sh.Styles
	drafts := c.v.Drafts
	if len(drafts) < 2 {
		return ""
	}
	lines := []string{st.Label.Render("Earlier versions")}
	for i := len(drafts) - 2; i >= 0; i-- {
		d := drafts[i]
		lines = append(lines, draw.Hang(st.Muted.Render(fmt.Sprintf("v%d ", d.Version))+c.name(d.Author)+st.Muted.Render(": "), st.Muted.Render(d.Sentence()), width)...)
	}
	return strings.Join(lines, "\n")
}

// statementReadables are the versions of the point of view, each whole,
// the newest first.
func statementReadables(c *roomCtx) []readable {
	var out []readable
	for i := len(c.v.Drafts) - 1; i >= 0; i-- {
		d := c.v.Drafts[i]
		title := fmt.Sprintf("Version %d of the point of view · by %s", d.Version, c.v.Name(d.Author))
		if d.Amends > 0 {
			title += fmt.Sprintf(" · answers round %d", d.Amends)
		}
		out = append(out, readable{title: title, text: d.Sentence()})
	}
	return out
}

// statementForm is the three fields of the point of view. Writing starts
// from the latest draft, so editing it makes the next version.
type statementForm struct {
	form *composer
	// base is what each field started from (the latest draft's text), so
	// a field left as it was is not kept as someone's draft.
	base []string
	// from is the version the writing started from: a newer one may come
	// in while it is written.
	from int
}

// overtaken says, while the form is written, that a newer version than
// the one it started from has come in, and whose; "" when none has.
func (f *statementForm) overtaken(c *roomCtx) string {
	d, ok := c.v.LatestDraft()
	if !ok || !f.form.typing() || d.Version <= f.from {
		return ""
	}
	return fmt.Sprintf("Version %d by %s came in while you were writing; yours starts from version %d. It is above: take what you want from it.", d.Version, c.v.Name(d.Author), f.from)
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
	f.from = 0
	if d, ok := c.v.LatestDraft(); ok {
		f.from = d.Version
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
// last one proposes the draft.
func (f *statementForm) update(msg tea.Msg, c *roomCtx) tea.Cmd {
	action, cmd := f.form.update(msg)
	if action == composerStopped {
		f.forgetUnchanged()
	}
	if action != composerSubmitted {
		return cmd
	}
	if !f.onLast() {
		return f.form.focusField(f.form.focus + 1)
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
	return cmd
}

func (f *statementForm) onLast() bool { return f.form.focus == len(f.form.inputs)-1 }

func (f *statementForm) view(c *roomCtx, width int) string {
	f.form.setWidth(width - 2)
	return f.form.view(c.nudging())
}

// focusLine is the line of the form's view where the field being written
// starts, to keep it in sight.
func (f *statementForm) focusLine() int {
	at := 0
	for i := 0; i < f.form.focus; i++ {
		at += f.form.lines(i)
	}
	return at
}

// fieldLines is how many lines the field in focus takes, its label
// included.
func (f *statementForm) fieldLines() int {
	return f.form.lines(f.form.focus)
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

func (f *statementForm) switchSpeaker(id session.ParticipantID) {
	f.forgetUnchanged()
	f.form.switchSpeaker(id)
}
func (f *statementForm) drafted() bool      { return f.form.drafted() }
func (f *statementForm) editing() bool      { return f.form.editing() }
func (f *statementForm) restyle(st *Styles) { f.form.restyle(st) }
