package session

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"trio/content"
)

// demoRoom plays the sample session on a fixed clock with a fixed code.
func demoRoom(t *testing.T, script content.Script) Room {
	t.Helper()
	hub, _, clock := newTestHub(t)
	r, err := PlayDemo(context.Background(), hub, script, clock.Advance)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestTheDemoExportsAsMarkdown(t *testing.T) {
	t.Parallel()
	r := demoRoom(t, content.Default())
	golden.RequireEqual(goldenFile{t, "demo.md"}, ExportMarkdown(ViewFor(r, Nobody)))
}

func TestTheDemoExportsAsJSONThatRoundTrips(t *testing.T) {
	t.Parallel()
	r := demoRoom(t, content.Default())
	data, err := ExportJSON(ViewFor(r, Nobody))
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(goldenFile{t, "demo.json"}, data)
	var doc Document
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	if doc.Schema != "trio.export/v1" {
		t.Errorf("schema %q", doc.Schema)
	}
	again, _ := json.MarshalIndent(doc, "", "  ")
	if !bytes.Equal(append(again, '\n'), data) {
		t.Error("the JSON export does not survive a decode and encode")
	}
}

func TestTheShortScriptPlaysThrough(t *testing.T) {
	t.Parallel()
	short, ok := content.Builtin("short")
	if !ok {
		t.Fatal("no short script")
	}
	r := demoRoom(t, short)
	if r.CurrentPhase().Kind != content.KindClose || len(r.Votes) != 1 || r.Builds.Len() != 3 {
		t.Fatalf("short demo ended in %s with %d rounds and %d builds", r.CurrentPhase().ID, len(r.Votes), r.Builds.Len())
	}
	md := string(ExportMarkdown(ViewFor(r, Nobody)))
	if strings.Contains(md, "Discussion against dialogue") {
		t.Error("a script without a discussion round shows the contrast table")
	}
}

func TestMarkdownShowsPeoplesWordsAsTheyWroteThem(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.goTo(content.KindDiscussion)
	f.do(maya, StatePosition{Text: "# Not a heading\n> not a quote\n<script>alert(1)</script> [link](http://x) | pipe *bold*"})
	md := string(ExportMarkdown(ViewFor(f.room(), Nobody)))
	want := `- Maya: \# Not a heading
  &gt; not a quote
  &lt;script&gt;alert(1)&lt;/script&gt; \[link\](http://x) \| pipe \*bold\*`
	if !strings.Contains(md, want) {
		t.Errorf("escaped position not found; export:\n%s", md)
	}
}

func TestExportShowsAnUnfinishedRoomHonestly(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.clock.Advance(time.Minute)
	md := string(ExportMarkdown(ViewFor(f.room(), Nobody)))
	for _, want := range []string{"# Should we rebuild onboarding?", "## Team point of view\n\nNot drafted yet.", "No card has been revealed yet."} {
		if !strings.Contains(md, want) {
			t.Errorf("missing %q in:\n%s", want, md)
		}
	}
	f.writeCards()
	md = string(ExportMarkdown(ViewFor(f.room(), Nobody)))
	if !strings.Contains(md, "3 cards are not revealed yet, so not shown here.") {
		t.Errorf("hidden cards not accounted for:\n%s", md)
	}
}
