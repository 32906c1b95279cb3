package session

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"trio/content"
)

// Keys of the test script's phases, whose ids are their kinds.
var (
	mayasPosition = UnsentKey{Phase: string(content.KindDiscussion), Field: FieldPosition}
	mayasCardSee  = UnsentKey{Phase: string(content.KindSilentWriting), Field: "see"}
	mayasCardCare = UnsentKey{Phase: string(content.KindSilentWriting), Field: "care"}
	mayasAnswer   = UnsentKey{Phase: string(content.KindInquiry), Field: FieldAnswer, About: 7}
	samsPosition  = UnsentKey{Phase: string(content.KindDiscussion), Field: FieldPosition}
)

// writeNow writes the unsent text waiting, as the hub does once the
// interval is over.
func writeNow(t testing.TB, h *Hub) {
	t.Helper()
	h.writing.Lock()
	defer h.writing.Unlock()
	if err := h.writeUnsent(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// storedUnsent is the unsent text a store keeps, by room, person and key.
func storedUnsent(t testing.TB, s Store) map[unsentID]string {
	t.Helper()
	kept := map[unsentID]string{}
	err := s.Unsent(context.Background(), func(u Unsent) error {
		kept[unsentID{seat{u.Room, u.Person}, u.UnsentKey}] = u.Text
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return kept
}

func TestUnsentTextSurvivesARestart(t *testing.T) {
	t.Parallel()
	f, path := fileFixture(t, WithUnsentWrites(time.Hour))
	want := map[UnsentKey]string{
		mayasPosition: "We should start from the first week",
		mayasCardSee:  "New people get lost\nin the second step",
		mayasCardCare: "That nobody feels stupid",
		mayasAnswer:   "Because I watched three of them",
	}
	for key, text := range want {
		for i := range len(text) { // typed a key at a time
			f.hub.KeepUnsent(f.code, maya, key, text[:i+1])
		}
	}
	f.hub.KeepUnsent(f.code, sam, samsPosition, "Sam's own")
	if err := f.hub.Close(); err != nil {
		t.Fatal(err)
	}
	f.store.Close()

	again := restart(t, path)
	if got := again.Unsent(f.code, maya); !maps.Equal(got, want) {
		t.Fatalf("after a restart Maya has %v, want %v", got, want)
	}
	if got := again.Unsent(f.code, sam); !maps.Equal(got, map[UnsentKey]string{samsPosition: "Sam's own"}) {
		t.Fatalf("after a restart Sam has %v", got)
	}
	if got := again.UnsentText(strings.ToLower(f.code), maya, mayasCardSee); got != want[mayasCardSee] {
		t.Fatalf("one field after a restart: %q", got)
	}
}

// TestUnsentTextSurvivesACrash: with no Close, what was typed is in the
// file once the interval is over.
func TestUnsentTextSurvivesACrash(t *testing.T) {
	t.Parallel()
	f, path := fileFixture(t, WithUnsentWrites(10*time.Millisecond))
	f.hub.KeepUnsent(f.code, maya, mayasPosition, "Half a thought")
	for deadline := time.Now().Add(10 * time.Second); len(storedUnsent(t, f.store)) == 0; {
		if time.Now().After(deadline) {
			t.Fatal("the unsent text was never written")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if got := restart(t, path).UnsentText(f.code, maya, mayasPosition); got != "Half a thought" {
		t.Fatalf("after a crash: %q", got)
	}
}

// TestUnsentTextIsNeverShownToAnyoneElse: not in anyone's view, the
// author's own included, nor in an export, the event log or another
// person's unsent text.
func TestUnsentTextIsNeverShownToAnyoneElse(t *testing.T) {
	t.Parallel()
	f := newFixture(t, WithUnsentWrites(time.Hour))
	f.writeCards()
	const secret = "zebra-umbrella"
	for _, key := range []UnsentKey{mayasPosition, mayasCardSee, mayasAnswer} {
		f.hub.KeepUnsent(f.code, maya, key, "my "+secret)
	}
	writeNow(t, f.hub)
	r := f.room()
	for _, viewer := range []ParticipantID{Nobody, coach, maya, sam, lee} {
		v := ViewFor(r, viewer)
		view, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		exported, err := ExportJSON(v)
		if err != nil {
			t.Fatal(err)
		}
		for what, data := range map[string][]byte{"view": view, "Markdown export": ExportMarkdown(v), "JSON export": exported} {
			if strings.Contains(string(data), secret) {
				t.Errorf("Maya's unsent text is in the %s for %q", what, viewer)
			}
		}
		if viewer != maya && len(f.hub.Unsent(f.code, viewer)) > 0 {
			t.Errorf("%q has unsent text they never typed", viewer)
		}
	}
	err := f.store.Events(f.ctx, func(e Event) error {
		if body, _ := json.Marshal(e.Body); strings.Contains(string(body), secret) {
			t.Errorf("Maya's unsent text is in event %d (%s)", e.Seq, e.Body.EventType())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(f.hub.Unsent(f.code, maya)); n != 3 {
		t.Fatalf("Maya has %d unsent texts, want 3", n)
	}
}

func TestAnEmptyUnsentTextIsDeleted(t *testing.T) {
	t.Parallel()
	f := newFixture(t, WithUnsentWrites(time.Hour))
	f.hub.KeepUnsent(f.code, maya, mayasPosition, "A start")
	f.hub.KeepUnsent(f.code, maya, mayasAnswer, "Another")
	writeNow(t, f.hub)
	if n := len(storedUnsent(t, f.store)); n != 2 {
		t.Fatalf("%d texts stored, want 2", n)
	}
	f.hub.KeepUnsent(f.code, maya, mayasPosition, "")
	f.hub.KeepUnsent(f.code, maya, mayasAnswer, " \x1b[31m \t") // nothing left once clean
	writeNow(t, f.hub)
	if kept := storedUnsent(t, f.store); len(kept) != 0 {
		t.Fatalf("the store still keeps %v", kept)
	}
	if got := f.hub.Unsent(f.code, maya); len(got) != 0 {
		t.Fatalf("Maya still has %v", got)
	}
}

func TestDroppingAPhaseForgetsOnlyItsUnsentText(t *testing.T) {
	t.Parallel()
	f := newFixture(t, WithUnsentWrites(time.Hour))
	f.hub.KeepUnsent(f.code, maya, mayasCardSee, "see")
	f.hub.KeepUnsent(f.code, maya, mayasCardCare, "care")
	f.hub.KeepUnsent(f.code, maya, mayasPosition, "position")
	f.hub.KeepUnsent(f.code, sam, mayasCardSee, "Sam's card")
	writeNow(t, f.hub)
	f.hub.DropUnsent(f.code, maya, string(content.KindSilentWriting))
	writeNow(t, f.hub)
	if got := f.hub.Unsent(f.code, maya); !maps.Equal(got, map[UnsentKey]string{mayasPosition: "position"}) {
		t.Fatalf("Maya has %v", got)
	}
	if got := f.hub.UnsentText(f.code, sam, mayasCardSee); got != "Sam's card" {
		t.Fatalf("Sam's card went with Maya's: %q", got)
	}
	if n := len(storedUnsent(t, f.store)); n != 2 {
		t.Fatalf("the store keeps %d texts, want 2", n)
	}
}

// TestUnsentTextIsKeptOnlyForWhatIsThere: a room, person, phase and field
// that exist; and no more fields a person than the most.
func TestUnsentTextIsKeptOnlyForWhatIsThere(t *testing.T) {
	t.Parallel()
	f := newFixture(t, WithUnsentWrites(time.Hour))
	for _, tc := range []struct {
		name string
		code string
		who  ParticipantID
		key  UnsentKey
	}{
		{"a room that does not exist", "ZZZZ-ZZZZ", maya, mayasPosition},
		{"a wrong room code", "\x1b]0;x\x07", maya, mayasPosition},
		{"someone not in the room", f.code, "ana", mayasPosition},
		{"a phase not in the script", f.code, maya, UnsentKey{Phase: "nowhere", Field: FieldPosition}},
		{"a field no command takes", f.code, maya, UnsentKey{Phase: "discussion", Field: "motto"}},
		{"a card field of no card", f.code, maya, UnsentKey{Phase: "silent-writing", Field: "wish"}},
		{"about a negative number", f.code, maya, UnsentKey{Phase: "inquiry", Field: FieldAnswer, About: -1}},
	} {
		f.hub.KeepUnsent(tc.code, tc.who, tc.key, "text")
		if kept := f.hub.unsent.take(); len(kept) != 0 || len(f.hub.unsent.seats) != 0 {
			t.Errorf("%s: kept %v", tc.name, kept)
		}
	}

	for i := range MaxUnsentFields + 5 {
		f.hub.KeepUnsent(f.code, maya, UnsentKey{Phase: "inquiry", Field: FieldAnswer, About: i + 1}, fmt.Sprintf("answer %d", i+1))
	}
	if n := len(f.hub.Unsent(f.code, maya)); n != MaxUnsentFields {
		t.Fatalf("Maya keeps text in %d fields, want %d", n, MaxUnsentFields)
	}
	first := UnsentKey{Phase: "inquiry", Field: FieldAnswer, About: 1}
	f.hub.KeepUnsent(f.code, maya, first, "answer 1, longer")
	if got := f.hub.UnsentText(f.code, maya, first); got != "answer 1, longer" {
		t.Fatalf("a field kept stops changing at the most: %q", got)
	}
	f.hub.KeepUnsent(f.code, maya, first, "")
	last := UnsentKey{Phase: "inquiry", Field: FieldAnswer, About: MaxUnsentFields + 5}
	f.hub.KeepUnsent(f.code, maya, last, "room again")
	if got := f.hub.UnsentText(f.code, maya, last); got != "room again" {
		t.Fatalf("emptying a field makes no room: %q", got)
	}
}

// TestUnsentTextIsCleanedAndCappedNeverRefused: as the field's command
// would clean it, and cut to its cap rather than refused.
func TestUnsentTextIsCleanedAndCappedNeverRefused(t *testing.T) {
	t.Parallel()
	f := newFixture(t, WithUnsentWrites(time.Hour))
	word := UnsentKey{Phase: "check-in", Field: FieldWord}
	question := UnsentKey{Phase: "inquiry", Field: FieldAsk, About: 3}
	wide := strings.Repeat("界", 700) // 1,400 cells: past a paragraph's 1,200
	for _, tc := range []struct {
		name string
		key  UnsentKey
		raw  string
		want string
	}{
		{"escape sequences", mayasPosition, "\x1b[31mred\x1b[0m and \x1b]0;title\x07plain", "red and plain"},
		{"bidi and controls", mayasPosition, "a\u202eb\x00c", "abc"},
		{"a word past its cap", word, strings.Repeat("a", 40), strings.Repeat("a", MaxWordRunes)},
		{"a line stays one line", question, "why\nthis?", "why this?"},
		{"a line past its cap", question, strings.Repeat("ab ", 200), strings.TrimSpace(strings.Repeat("ab ", 100))},
		{"a paragraph past its characters", mayasPosition, strings.Repeat("x", 1500), strings.Repeat("x", MaxTextRunes)},
		{"a paragraph past its cells", mayasPosition, wide, wide[:3*MaxTextCells/2]},
		{"a paragraph past its lines", mayasPosition, strings.Repeat("line\n", 30), strings.TrimSpace(strings.Repeat("line\n", MaxTextLines))},
		{"a card past its lines", mayasCardSee, strings.Repeat("l\n\n", 30), strings.TrimSpace(strings.Repeat("l\n\n", MaxTextLines/2))},
	} {
		f.hub.KeepUnsent(f.code, maya, tc.key, tc.raw)
		if got := f.hub.UnsentText(f.code, maya, tc.key); got != tc.want {
			t.Errorf("%s: kept %q, want %q", tc.name, got, tc.want)
		}
		writeNow(t, f.hub)
		if got := storedUnsent(t, f.store)[unsentID{seat{f.code, maya}, tc.key}]; got != tc.want {
			t.Errorf("%s: stored %q, want %q", tc.name, got, tc.want)
		}
	}

	// A paste of a megabyte is not held in memory until it is cleaned.
	f.hub.KeepUnsent(f.code, maya, mayasPosition, strings.Repeat("界", 1<<20/3))
	raw := f.hub.unsent.seats[seat{f.code, maya}][mayasPosition].raw
	if len(raw) > 8*MaxTextRunes || !utf8.ValidString(raw) {
		t.Fatalf("a megabyte pasted is held as %d bytes (valid UTF-8: %v)", len(raw), utf8.ValidString(raw))
	}
	if got := f.hub.UnsentText(f.code, maya, mayasPosition); got != strings.Repeat("界", MaxTextCells/2) {
		t.Fatalf("a megabyte pasted is kept as %d characters", utf8.RuneCountInString(got))
	}
}

// TestCleanUnsentGivesWhatCanBeSent: cleaning unsent text once more, as
// sending it does, keeps it as it is, and never finds it too long.
func TestCleanUnsentGivesWhatCanBeSent(t *testing.T) {
	t.Parallel()
	inputs := []string{
		strings.Repeat("👨\u200d👩\u200d👧 ", 400),
		strings.Repeat("e\u0301\u0301\u0301\u0301", 600),
		strings.Repeat("wide 界界 and\n\n\n", 200),
		strings.Repeat("\x1b[1mbold\x1b[0m ", 300),
		strings.Repeat("🇬🇧", 700),
	}
	for _, rule := range []TextRule{WordRule, LineRule, ParagraphRule, RoleRule} {
		for _, raw := range append(inputs, rule.What) {
			kept := rule.CleanUnsent(raw)
			sent, _, err := rule.Clean(kept)
			if err != nil || sent != kept {
				t.Errorf("%s, %q…: kept %q…, then %v", rule.What, raw[:12], kept[:min(12, len(kept))], err)
			}
		}
	}
	if kept := WordRule.CleanUnsent(strings.Repeat("a", maxRawBytes+10)); kept != strings.Repeat("a", MaxWordRunes) {
		t.Errorf("more than Clean reads at all: kept %d bytes", len(kept))
	}
}

// TestUnsentTextOfAnOlderStoreMigrates: a store written before unsent text
// was kept. Claimed, it is upgraded and keeps unsent text; only read, it
// is read as it is and left at its schema.
func TestUnsentTextOfAnOlderStoreMigrates(t *testing.T) {
	t.Parallel()
	f, path := fileFixture(t)
	f.writeCards()
	live := f.room()
	if _, err := f.store.db.Exec("DROP TABLE unsent; PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	f.store.Close()
	schema := func(s *SQLiteStore) (version, tables int) {
		t.Helper()
		s.db.QueryRow("PRAGMA user_version").Scan(&version)
		s.db.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'unsent'").Scan(&tables)
		return version, tables
	}

	read, err := OpenStore(f.ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	hub, err := NewHub(f.ctx, read)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := hub.Room(f.code); err != nil || r.Seq != live.Seq {
		t.Fatalf("the older store reads as room %d: %v", r.Seq, err)
	}
	if v, n := schema(read); v != 1 || n != 0 {
		t.Fatalf("reading changed the store to schema %d, with %d unsent tables", v, n)
	}
	if err := hub.Close(); err != nil {
		t.Fatalf("closing a hub that kept nothing: %v", err)
	}
	read.Close()

	claimed, err := ClaimStore(f.ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if v, n := schema(claimed); v != len(migrations) || n != 1 {
		t.Fatalf("the claimed store is at schema %d, with %d unsent tables", v, n)
	}
	hub, err = NewHub(f.ctx, claimed)
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := hub.Room(f.code); r.Seq != live.Seq {
		t.Fatalf("the upgraded store reads as room %d, want %d", r.Seq, live.Seq)
	}
	hub.KeepUnsent(f.code, maya, mayasPosition, "kept in the upgraded store")
	if err := hub.Close(); err != nil {
		t.Fatal(err)
	}
	claimed.Close()
	if got := restart(t, path).UnsentText(f.code, maya, mayasPosition); got != "kept in the upgraded store" {
		t.Fatalf("after the upgrade: %q", got)
	}
}
