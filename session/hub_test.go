package session

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sync"
	"testing"
	"time"

	"trio/content"
)

func TestManyPeopleAtOnceKeepTheRoomConsistent(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	f.goTo(content.KindDiscussion)
	sub, err := f.hub.Subscribe(f.code)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	const each = 50
	var wg sync.WaitGroup
	for _, who := range []ParticipantID{maya, sam, lee} {
		wg.Go(func() {
			for i := range each {
				if _, err := f.hub.Do(f.ctx, f.code, who, StatePosition{Text: fmt.Sprintf("%s %d", who, i)}); err != nil {
					t.Error(err)
				}
			}
		})
	}
	// Readers never lock: they load the newest snapshot.
	for range 4 {
		wg.Go(func() {
			for range 200 {
				r, _ := f.hub.Room(f.code)
				_ = ViewFor(r, sam)
				_ = f.hub.Rooms()
			}
		})
	}
	wg.Wait()
	r := f.room()
	if got := len(r.ContributionsOf(Position)); got != 3*each {
		t.Fatalf("%d positions, want %d", got, 3*each)
	}
	// Each person's positions are in the order they sent them.
	next := map[ParticipantID]int{}
	for _, c := range r.ContributionsOf(Position) {
		if want := fmt.Sprintf("%s %d", c.Author, next[c.Author]); c.Text != want {
			t.Fatalf("got %q, want %q", c.Text, want)
		}
		next[c.Author]++
	}
	select {
	case <-sub.C:
	default:
		t.Fatal("the subscriber was not told")
	}
}

func TestASubscriberThatNeverReadsDoesNotStallTheRoom(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	stuck, _ := f.hub.Subscribe(f.code)
	defer stuck.Close()
	done := make(chan struct{})
	go func() {
		for range 100 {
			f.hub.Do(f.ctx, f.code, maya, MarkReady{Ready: true})
			f.hub.Do(f.ctx, f.code, maya, MarkReady{Ready: false})
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the room stalled on a subscriber that never reads")
	}
	if len(stuck.C) != 1 {
		t.Fatalf("the waiting nudges were not coalesced into one: %d", len(stuck.C))
	}
}

func TestSubscriptionsAndPresenceLeaveNothingBehind(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	var subs []*Subscription
	for range 10 {
		s, err := f.hub.Subscribe(f.code)
		if err != nil {
			t.Fatal(err)
		}
		subs = append(subs, s)
	}
	if got := f.hub.Subscribers(f.code); got != 10 {
		t.Fatalf("%d subscribers, want 10", got)
	}
	for _, s := range subs {
		s.Close()
		s.Close()
	}
	if got := f.hub.Subscribers(f.code); got != 0 {
		t.Fatalf("%d subscribers left", got)
	}
	leave, _ := f.hub.Enter(f.code, "ana")
	leave2, _ := f.hub.Enter(f.code, "ana")
	leave()
	leave()
	if !f.hub.Present(f.code)["ana"] {
		t.Fatal("Ana left while one of her terminals is still open")
	}
	leave2()
	if f.hub.Present(f.code)["ana"] {
		t.Fatal("Ana is still present after closing every terminal")
	}
}

// failingStore refuses every append, like a full disk.
type failingStore struct{ Store }

func (failingStore) Append(context.Context, Event) error { return errDiskFull }

var errDiskFull = errors.New("disk full")

func TestNothingChangesWhenTheStoreFails(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	sub, _ := f.hub.Subscribe(f.code)
	defer sub.Close()
	before := f.room()
	f.hub.store = failingStore{f.store}
	_, err := f.hub.Do(f.ctx, f.code, maya, CheckIn{Word: "tired"})
	if err == nil {
		t.Fatal("no error from a failing store")
	}
	if err.Error() != saveFailedSentence || !errors.Is(err, errDiskFull) {
		t.Errorf("got %q (%v)", err, errors.Unwrap(err))
	}
	if after := f.room(); after.Seq != before.Seq {
		t.Fatal("the room changed though its event was not stored")
	}
	select {
	case <-sub.C:
		t.Fatal("subscribers were told of a change nobody stored")
	default:
	}
	// A room that cannot be stored is not opened either.
	var told reports
	f.hub.saveFailures = told.add
	_, err = f.hub.Open(f.ctx, OpenRoom{Question: "Another?", Script: testScript(), People: []Person{{Name: "Ana"}}})
	if err == nil || err.Error() != saveFailedSentence || len(told.take()) != 1 || len(f.hub.Rooms()) != 1 {
		t.Fatalf("opening a room on a failing store: %v; %d rooms", err, len(f.hub.Rooms()))
	}
}

func TestWrongRoomCodesGetAClearAnswer(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	for code, want := range map[string]string{
		"ZZZZ-ZZZZ":       "There is no room with the code ZZZZ-ZZZZ. Check the code and try again.",
		"\x1b]0;evil\x07": "Room codes are eight letters and digits, like ABCD-EFGH. Check the code and try again.",
		"abcd":            "Room codes are eight letters and digits, like ABCD-EFGH. Check the code and try again.",
	} {
		_, err := f.hub.Room(code)
		if err == nil || err.Error() != want {
			t.Errorf("Room(%q): %v", code, err)
		}
	}
	// Case, spaces and dashes do not matter.
	lower := NormalizeCode(" " + FormatCode(f.code)[:4] + " - " + f.code[4:])
	if _, err := f.hub.Room(lower); err != nil {
		t.Errorf("a code typed loosely: %v", err)
	}
}

func TestRoomCodesAreRandomAndUnambiguous(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for range 1000 {
		code, err := NewCode()
		if err != nil {
			t.Fatal(err)
		}
		if !ValidCode(code) {
			t.Fatalf("invalid code %q", code)
		}
		if seen[code] {
			t.Fatalf("code %q came twice in 1,000", code)
		}
		seen[code] = true
	}
	if bits := math.Log2(float64(len(codeAlphabet))) * codeLength; bits < 30 {
		t.Fatalf("codes carry %.1f bits of randomness, want at least 30", bits)
	}
	for _, c := range "01ILOUV" {
		if ValidCode(string(c) + "2345678") {
			t.Errorf("%q is in the alphabet", c)
		}
	}
}

// A word sent ends the typing mark in the same notice that brings the
// word; a refused one leaves it.
func TestAnAcceptedCommandEndsItsSendersTypingMark(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	sub, err := f.hub.Subscribe(f.code)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	f.hub.SetTyping(f.code, maya, true)
	f.hub.SetTyping(f.code, sam, true)
	<-sub.C
	if _, err := f.hub.Do(f.ctx, f.code, maya, CheckIn{Word: "   "}); err == nil {
		t.Fatal("an empty check-in word was accepted")
	}
	if !f.hub.Presence(f.code).Typing[maya] {
		t.Fatal("a refused word ended Maya's typing mark")
	}
	f.do(maya, CheckIn{Word: "hopeful"})
	<-sub.C
	p := f.hub.Presence(f.code)
	if p.Typing[maya] || !p.Typing[sam] {
		t.Fatalf("after Maya's word the room shows typing: %v, want Sam only", p.Typing)
	}
	select {
	case <-sub.C:
		t.Fatal("the room was told twice of one word")
	default:
	}
}

func TestTypingIsLiveAndToldOnlyWhenItChanges(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	sub, err := f.hub.Subscribe(f.code)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	drain := func() bool {
		select {
		case <-sub.C:
			return true
		default:
			return false
		}
	}

	f.hub.SetTyping(f.code, "ana", true)
	if f.hub.Presence(f.code).Typing["ana"] || drain() {
		t.Fatal("someone who is not in the room was counted as typing")
	}
	leave, _ := f.hub.Enter(f.code, "ana")
	drain()
	// A word typed and sent within the second tells nobody: the
	// presence knows at once, the screens are spared two redraws.
	f.hub.SetTyping(f.code, "ana", true)
	if !f.hub.Presence(f.code).Typing["ana"] {
		t.Fatal("Ana is typing, and the presence does not say so at once")
	}
	f.hub.SetTyping(f.code, "ana", false)
	if drain() {
		t.Fatal("the subscribers were told of typing that began and ended within the second")
	}
	// Writing on, Ana is shown typing after a second.
	f.hub.SetTyping(f.code, "ana", true)
	p := f.hub.Presence(f.code)
	if !p.Here["ana"] || !p.Typing["ana"] {
		t.Fatalf("Ana is here and typing, the presence says %+v", p)
	}
	if drain() {
		t.Fatal("the subscribers were told at once that Ana is typing")
	}
	select {
	case <-sub.C:
	case <-time.After(10 * time.Second):
		t.Fatal("the subscribers were never told that Ana is typing")
	}
	f.hub.SetTyping(f.code, "ana", true)
	if drain() {
		t.Fatal("the subscribers were told of a change that was none")
	}
	f.hub.SetTyping(f.code, "ana", false)
	if f.hub.Presence(f.code).Typing["ana"] || !drain() {
		t.Fatal("Ana stopped typing, and the presence or the subscribers did not follow")
	}

	f.hub.SetTyping(f.code, "ana", true)
	leave()
	p = f.hub.Presence(f.code)
	if p.Here["ana"] || p.Typing["ana"] {
		t.Fatalf("Ana closed her terminal and still counts: %+v", p)
	}
	f.hub.SetTyping("NOPE", "ana", true) // a wrong code is ignored
	if p := f.hub.Presence("NOPE"); len(p.Here)+len(p.Typing) != 0 {
		t.Fatalf("a wrong code has a presence: %+v", p)
	}
}
