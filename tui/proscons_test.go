package tui

import (
	"strings"
	"testing"

	"trio/content"
	"trio/session"
)

func TestProsConsReachTheRightCard(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 80, 24, content.Default(), content.KindProsCons)
	d.sees("[Sam ○]", "Lee ○", "Find a strength in a view that is not yours.", "Pros (0) ○ none from you yet")
	d.seesAnywhere("Cons (0)")

	d.press("enter")
	d.typeText("Grounded in what we saw people do.")
	d.press("enter")
	d.press("tab")
	d.typeText("May leave the path as long as it is.")
	d.press("enter", "esc", "right")
	d.sees("[Lee ○]", "Pros (0)")
	// Another card is another choice: the field is named before the first
	// letter, and it is the pro until the person chooses otherwise.
	d.sees("▹ Pro of Lee’s view · type to write here")
	d.press("tab")
	d.sees("▹ Con of Lee’s view · type to write here")
	d.typeText("Small steps may never add up.")
	d.sees("▸ Con")
	d.press("enter")

	room := roomNow(t, d, code)
	sam, lee := cardOf(t, d, code, "sam"), cardOf(t, d, code, "lee")
	if pros := room.About(session.Pro, sam); len(pros) != 1 || pros[0].Author != "maya" || pros[0].Text != "Grounded in what we saw people do." {
		t.Fatalf("pros of Sam's view: %+v", pros)
	}
	if cons := room.About(session.Con, sam); len(cons) != 1 || cons[0].Text != "May leave the path as long as it is." {
		t.Fatalf("cons of Sam's view: %+v", cons)
	}
	if cons := room.About(session.Con, lee); len(cons) != 1 || cons[0].Text != "Small steps may never add up." {
		t.Fatalf("cons of Lee's view: %+v", cons)
	}
	d.sees("− Maya: Small steps may never add up.")
	d.doesNotSee("Find a strength in a view that is not yours.", "[Sam ○]")
	d.press("esc", "left")
	d.sees("[Sam]", "+ Maya: Grounded in what we saw", "− Maya: May leave the path")
	fitsTheScreen(t, d, 80, 24)
}

// TestEnterSendsOnlyTheFieldBeingWritten: a half-written pro is not sent
// with the con; it waits as a draft, and the next choice is a pro again.
func TestEnterSendsOnlyTheFieldBeingWritten(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 80, 24, content.Default(), content.KindProsCons)
	d.press("left") // Maya's own card: any card can be weighed
	d.sees("[Maya (you)]")
	d.press("enter")
	d.typeText("Aims at the first")
	d.press("tab")
	d.typeText("A big bang.")
	d.press("enter")
	room := roomNow(t, d, code)
	maya := cardOf(t, d, code, "maya")
	if len(room.About(session.Pro, maya)) != 0 || len(room.About(session.Con, maya)) != 1 {
		t.Fatalf("contributions: %+v", room.Contributions.Slice())
	}
	d.sees("▹ Pro of your own view · type to write here", "│ Aims at the first")
	d.typeText(" board.")
	d.press("enter")
	if pros := roomNow(t, d, code).About(session.Pro, maya); len(pros) != 1 || pros[0].Text != "Aims at the first board." {
		t.Fatalf("pros: %+v", pros)
	}
	// A pro on your own view does not count as one for another.
	d.sees("Find a strength in a view that is not yours.")
}

func TestProsConsSideBySideWhenWide(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 140, 45, content.Default(), content.KindProsCons)
	sam := cardOf(t, d, code, "sam")
	d.as(code, "lee", session.AddPro{Perspective: sam, Text: "Small and quick to try."})
	d.as(code, "lee", session.AddCon{Perspective: sam, Text: "May fix one step only."})
	d.sees("+ Lee: Small and quick to try.", "− Lee: May fix one step only.")
	for _, line := range strings.Split(d.screen(), "\n") {
		if strings.Contains(line, "Pros (1)") && strings.Contains(line, "Cons (1)") {
			fitsTheScreen(t, d, 140, 45)
			return
		}
	}
	t.Fatalf("pros and cons are not side by side:\n%s", d.screen())
}

// TestAProIsNeverFiledAsAConForTheNextPersonOrCard: after Maya sends a pro
// and a con on Sam's view, Sam's first words at the same keyboard, and
// hers on Lee's view, go to the pro, named before the first letter.
func TestAProIsNeverFiledAsAConForTheNextPersonOrCard(t *testing.T) {
	t.Parallel()
	d, code := cardsOnTheTable(t, 80, 24, content.Default(), content.KindProsCons)
	d.typeText("Grounded in what we saw.")
	d.press("enter", "tab")
	d.typeText("May take long.")
	d.press("enter")

	d.press("ctrl+s") // Sam, on his first card: Maya's
	d.sees("▹ Pro of Maya’s view · type to write here")
	d.typeText("Clear for new teams.")
	d.press("enter", "esc")
	d.press("ctrl+s", "1", "right") // Maya again, on Lee's view
	d.sees("[Lee ○]", "▹ Pro of Lee’s view · type to write here")
	d.typeText("Small and measurable.")
	d.press("enter")

	room := roomNow(t, d, code)
	for _, c := range room.ContributionsOf(session.Con) {
		if c.Text != "May take long." {
			t.Fatalf("a pro was filed as a con: %+v", c)
		}
	}
	if pros := room.ContributionsOf(session.Pro); len(pros) != 3 {
		t.Fatalf("pros: %+v", pros)
	}
}
