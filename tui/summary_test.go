package tui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"trio/content"
	"trio/session"
)

// demoSummary plays the demo into the hub, enters its room and opens the
// summary from the room's menu.
func demoSummary(t *testing.T, width, height int) (*driver, string) {
	t.Helper()
	d := newDriver(t, width, height)
	room, err := session.PlayDemo(context.Background(), d.hub, content.Default(), d.clock.Advance)
	if err != nil {
		t.Fatal(err)
	}
	d.send(openRoomMsg{code: room.Code})
	d.menu("Summary and export")
	if d.app.screen != screenSummary {
		t.Fatalf("the menu did not open the summary:\n%s", d.screen())
	}
	return d, room.Code
}

// publicView is the room as the command line exports it.
func publicView(t *testing.T, d *driver, code string) session.View {
	t.Helper()
	room, err := d.hub.Room(code)
	if err != nil {
		t.Fatal(err)
	}
	return session.ViewFor(room, session.Nobody)
}

func TestSummaryShowsThePointOfViewFirstAndTheContrastAt80x24(t *testing.T) {
	t.Parallel()
	d, _ := demoSummary(t, 80, 24)
	d.sees("Summary & export", "What should we do about the new teams who drop out of onboarding?",
		"Team point of view", "Given", "We believe", "the path to the first shared board needs a redesign",
		"Wrong if", "Version 3, by Sam. Consent reached in round 2.", "top · ↓ for more",
		"m save Markdown", "esc/q back")
	d.doesNotSee("Discussion against dialogue")
	scrollTo := func(text string) {
		for range 300 {
			if strings.Contains(d.screen(), text) {
				return
			}
			d.send(tea.KeyPressMsg{Code: tea.KeyDown})
		}
	}
	scrollTo("Dialogue went better than the discussion round")
	d.sees("Discussion against dialogue", "Dialogue went better than the discussion round")
	scrollTo("14 apart")
	d.sees("Discussion round", "Dialogue phases")
	// The advocacy cues fall from 11 in 4 contributions in the discussion
	// round to 1 in 21 in the dialogue.
	var all []string
	for _, line := range strings.Split(d.screen(), "\n") {
		if f := strings.Fields(line); len(f) > 0 && f[0] == "All" {
			all = append(all, strings.Join(f, " "))
		}
	}
	if strings.Join(all, "\n") != "All 4 0 11 0 29 apart\nAll 21 3 1 3 14 apart" {
		t.Errorf("the contrast's sums read:\n%s", strings.Join(all, "\n"))
	}
	d.send(tea.KeyPressMsg{Code: tea.KeyHome})
	d.sees("Team point of view")
}

func TestSummaryUsesTheWidthAt140x45(t *testing.T) {
	t.Parallel()
	d, _ := demoSummary(t, 140, 45)
	d.sees("Team point of view", "We believe", "with Sam testing each release with five new teams",
		"At a glance", "Discussion → dialogue", "Dialogue went better than the",
		"Point of view, version 3.", "Perspectives")
}

func TestSummaryWritesMarkdownAndJSON(t *testing.T) {
	t.Parallel()
	d, code := demoSummary(t, 80, 24)
	d.sees("Files go to " + d.app.sh.ExportDir)
	d.press("m")
	path := filepath.Join(d.app.sh.ExportDir, "trio-K7MQ-2XPB.md")
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := session.ExportMarkdown(publicView(t, d, code)); string(got) != string(want) {
		t.Errorf("the Markdown file differs from the export:\n%s", got)
	}
	d.sees("✓ Wrote", path)
	d.doesNotSee("again")
	d.press("m")
	d.sees("✓ Wrote", path, "again")

	d.press("J")
	path = filepath.Join(d.app.sh.ExportDir, "trio-K7MQ-2XPB.json")
	got, err = os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want, err := session.ExportJSON(publicView(t, d, code))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("the JSON file differs from the export")
	}
	d.sees("✓ Wrote", path)
}

func TestSummarySaysWhyAFileCouldNotBeWritten(t *testing.T) {
	t.Parallel()
	d, _ := demoSummary(t, 80, 24)
	blocker := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	d.app.sh.ExportDir = filepath.Join(blocker, "out")
	d.press("m")
	d.sees("✗ Could not write", "not a directory", "Nothing was written")
}

func TestSummaryCopiesThePointOfView(t *testing.T) {
	t.Parallel()
	d, code := demoSummary(t, 80, 24)
	cmd := d.app.summary.update(keyPress("c"))
	if cmd == nil {
		t.Fatal("c gave no clipboard command")
	}
	copied := fmt.Sprint(cmd())
	md := string(session.ExportMarkdown(publicView(t, d, code)))
	if !strings.HasPrefix(copied, "Given more new teams") || !strings.Contains(md, "> "+copied+"\n") {
		t.Errorf("copied %q, which is not the point of view the Markdown quotes", copied)
	}
	d.press("c") // as a person does, through the app
	d.sees("Copied the team point of view to your clipboard")
}

func TestSummaryFollowsTheRoomAndGoesBack(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	code := d.openRoom(content.Default())
	d.goTo(content.KindFrame)
	d.menu("Summary and export")
	d.sees("Not drafted yet", "No card has been revealed yet.")
	d.press("c")
	d.sees("There is no point of view to copy yet")
	d.as(code, "maya", session.SetGoal{Text: "More teams reach their first board"})
	d.sees("More teams reach their first board")
	d.press("esc")
	if d.app.screen != screenRoom {
		t.Fatalf("esc did not go back to the room:\n%s", d.screen())
	}
	d.menu("Summary and export")
	d.press("q")
	if d.app.screen != screenRoom {
		t.Fatalf("q did not go back to the room:\n%s", d.screen())
	}
}
