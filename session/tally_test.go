package session

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"trio/content"
)

// TestTheFiguresKeptAsTheRoomGoesAreTheFiguresCounted drives rooms with
// random commands and, after each, measures every projection two ways:
// from what the room kept as the events came, and by counting again all
// that was said, as a room was measured before it kept its figures.
func TestTheFiguresKeptAsTheRoomGoesAreTheFiguresCounted(t *testing.T) {
	t.Parallel()
	for seed := range uint64(8) {
		f := newFixture(t, WithLimits(Limits{FacilitatorAway: DefaultFacilitatorAway}))
		rng := rand.New(rand.NewPCG(seed, 7))
		for step := range 300 {
			comeAndGo(rng, f)
			who, cmd := randomCommand(rng, f.room())
			f.clock.Advance(time.Duration(rng.IntN(60)) * time.Second)
			if _, err := f.hub.Do(f.ctx, f.code, who, cmd); err != nil {
				continue
			}
			for _, viewer := range []ParticipantID{Nobody, coach, maya, sam} {
				v := ViewFor(f.room(), viewer)
				if kept, counted := MeasureView(v), v.Room.measure(countEverything(v)); !reflect.DeepEqual(kept, counted) {
					t.Fatalf("seed %d, step %d, %T by %s: for %q the figures kept are\n%+v\nand counted again\n%+v", seed, step, cmd, who, viewer, kept, counted)
				}
			}
		}
	}
}

// countEverything counts what each member of the trio said, phase by
// phase, from everything a viewer can see.
func countEverything(v View) map[string]map[ParticipantID]*Figures {
	r := v.Room
	trio := map[ParticipantID]bool{}
	for _, p := range r.People {
		trio[p.ID] = !p.Observer
	}
	perPhase := map[string]map[ParticipantID]*Figures{}
	add := func(author ParticipantID, phase, text string, question bool, builtOn ParticipantID, build bool) {
		if !trio[author] {
			return
		}
		f := r.saying(phase, text, question)
		if build {
			f.BuildsGiven = 1
		}
		if perPhase[phase] == nil {
			perPhase[phase] = map[ParticipantID]*Figures{}
		}
		figuresOf(perPhase[phase], author).add(f)
		if build && trio[builtOn] {
			figuresOf(perPhase[phase], builtOn).add(Figures{BuildsReceived: 1})
		}
	}
	for _, c := range r.Contributions.All() {
		if !c.Withdrawn && c.counted() {
			add(c.Author, c.Phase, c.Text, c.Kind == Question || isQuestion(c.Text), "", false)
		}
	}
	for _, p := range r.Perspectives {
		if p.Withdrawn || p.Hidden {
			continue
		}
		var text []string
		for _, a := range p.Fields {
			text = append(text, a.Text)
		}
		add(p.Author, p.Phase, strings.Join(text, "\n"), false, "", false)
	}
	for _, b := range r.Builds.All() {
		if !b.Withdrawn {
			card, _ := r.Perspective(b.Perspective)
			add(b.Author, b.Phase, b.Yes+"\n"+b.And, false, card.Author, true)
		}
	}
	for _, d := range r.Drafts {
		add(d.Author, d.Phase, strings.Join([]string{d.Believe, d.Because, d.WrongIf}, "\n"), false, "", false)
	}
	return perPhase
}

// TestWithdrawnWordsAndFinishedBuildsCountAsTheyStand: a withdrawn
// position leaves the figures, and a build counts its and once it is said.
func TestWithdrawnWordsAndFinishedBuildsCountAsTheyStand(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	measure := func() Metrics {
		t.Helper()
		v := ViewFor(f.room(), Nobody)
		kept := MeasureView(v)
		if counted := v.Room.measure(countEverything(v)); !reflect.DeepEqual(kept, counted) {
			t.Fatalf("the figures kept are\n%+v\nand counted again\n%+v", kept, counted)
		}
		return kept
	}
	of := func(m Metrics, phase string, id ParticipantID) Figures {
		for _, p := range m.Phases {
			for _, pf := range p.People {
				if p.Phase == phase && pf.Person == id {
					return pf.Figures
				}
			}
		}
		return Figures{}
	}
	f.goTo(content.KindDiscussion)
	mine := f.do(maya, StatePosition{Text: "Obviously we should rebuild it"}).Event.Seq
	f.do(sam, StatePosition{Text: "What leads you there?"})
	if got := of(measure(), "discussion", maya); got != (Figures{Contributions: 1, Words: 5, Cues: 2}) {
		t.Fatalf("Maya's position counts %+v", got)
	}
	f.do(maya, Withdraw{ID: mine})
	m := measure()
	if got := of(m, "discussion", maya); got != (Figures{}) {
		t.Fatalf("Maya's withdrawn position still counts %+v", got)
	}
	if got := of(m, "discussion", sam); got != (Figures{Contributions: 1, Words: 4, Questions: 1}) {
		t.Fatalf("Sam's question counts %+v", got)
	}

	f.writeCards()
	f.goTo(content.KindYesAnd)
	build := f.do(maya, SayYes{Perspective: f.card(sam), Yes: "people give up"}).Event.Seq
	f.do(maya, SayAnd{Build: build, And: "we could fix it first"})
	m = measure()
	if got := of(m, "yes-and", maya); got != (Figures{Contributions: 1, Words: 8, BuildsGiven: 1}) {
		t.Fatalf("Maya's build counts %+v", got)
	}
	if got := of(m, "yes-and", sam); got != (Figures{BuildsReceived: 1}) {
		t.Fatalf("Sam received %+v", got)
	}
	f.do(maya, Withdraw{ID: build})
	m = measure()
	if of(m, "yes-and", maya) != (Figures{}) || of(m, "yes-and", sam) != (Figures{}) {
		t.Fatalf("a withdrawn build still counts: %+v, %+v", of(m, "yes-and", maya), of(m, "yes-and", sam))
	}
}
