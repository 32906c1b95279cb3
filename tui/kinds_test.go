package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"trio/content"
	"trio/session"
)

// Every kind a script may hold is whole: in session its rules, demo step
// and export; here a panel, and a part of the summary. A kind added to
// content without one of them fails here, not on screen.
func TestEveryKindIsWhole(t *testing.T) {
	t.Parallel()
	for _, k := range content.Kinds {
		if err := session.KindRegistered(k); err != nil {
			t.Error(err)
		}
		piece, ok := kinds[k]
		switch {
		case !ok:
			t.Errorf("kind %q is not registered: its panel file registers it with registerKind", k)
		case piece.panel == nil:
			t.Errorf("kind %q has no panel", k)
		case !piece.summaryDone():
			t.Errorf("kind %q has no section in the summary", k)
		}
	}
	for k := range kinds {
		if !strings.Contains(" "+kindNames()+" ", " "+string(k)+" ") {
			t.Errorf("kind %q is registered but is not one of content.Kinds", k)
		}
	}
}

func kindNames() string {
	var names []string
	for _, k := range content.Kinds {
		names = append(names, string(k))
	}
	return strings.Join(names, " ")
}

// A kind trio does not know says so, instead of passing for another.
func TestAnUnknownKindSaysSoOnScreen(t *testing.T) {
	t.Parallel()
	sh := &Shared{Styles: NewStyles(true), Keys: DefaultKeyMap()}
	p := newPanel(sh, writingPlace{}, content.Phase{ID: "p", Kind: "juggling"})
	p.setSize(60, 20)
	p.see(&roomCtx{sh: sh})
	screen := strings.Join(strings.Fields(ansi.Strip(p.view().body)), " ")
	if want := "This phase is of a kind this version of trio does not know (“juggling”), so there is nothing to do in it here. The facilitator can move the room on."; screen != want {
		t.Errorf("an unknown kind shows\n%s\nwant\n%s", screen, want)
	}
	if p.writable() || len(p.helpKeys()) > 0 {
		t.Error("an unknown kind takes letters or keys; it has nothing to do with them")
	}
}
