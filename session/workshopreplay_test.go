package session

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"
)

// onlyInWorkshopRooms are the room events only a workshop's rooms have:
// TestReplayGivesTheSameRoom leaves them to the test below.
var onlyInWorkshopRooms = map[string]bool{
	"coach-entered": true, "coach-left": true, "move-asked": true, "pace-set": true, "broadcast-shown": true,
}

// randomWorkshopCommand picks a workshop command, now and then from
// someone who is not the coach.
func randomWorkshopCommand(rng *rand.Rand) (ParticipantID, WorkshopCommand) {
	who := coach
	if rng.IntN(8) == 0 {
		who = maya
	}
	switch rng.IntN(7) {
	case 0, 1:
		return who, MoveTriosOn{}
	case 2:
		return who, SetPace{Pace: []Pace{Lockstep, OwnPace}[rng.IntN(2)]}
	case 3:
		return who, AddTimeToAll{By: time.Duration(rng.IntN(3)) * time.Minute}
	case 4:
		return who, PauseAll{}
	case 5:
		return who, ResumeAll{}
	default:
		return who, BroadcastLine{Text: []string{"Five minutes left", "\x1b[1mPlenary\x1b[0m at ten", ""}[rng.IntN(3)]}
	}
}

// TestWorkshopReplayGivesTheSameRooms drives a workshop and its rooms with
// random commands, people writing and the coach coming and going, then
// replays the store: the workshop and every room come back equal, to the
// byte of their exports, and no projection shows a hidden card.
func TestWorkshopReplayGivesTheSameRooms(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for seed := range uint64(6) {
		f := newWorkshopFixture(t)
		for i := range f.rooms {
			f.seat(i, maya, sam, lee)
		}
		rng := rand.New(rand.NewPCG(seed, 7))
		for range 300 {
			f.clock.Advance(time.Duration(rng.IntN(40)) * time.Second)
			i := rng.IntN(len(f.rooms))
			var err error
			switch rng.IntN(6) {
			case 0:
				who, cmd := randomWorkshopCommand(rng)
				var res WorkshopResult
				if res, err = f.hub.DoWorkshop(f.ctx, f.code, who, cmd); err == nil {
					seen[res.Event.Body.EventType()] = true
					for _, r := range res.Rooms {
						seen[r.Event.Body.EventType()] = true
					}
				}
			case 1:
				people := []ParticipantID{maya, sam, lee, coach}
				f.hub.SetTyping(f.rooms[i], people[rng.IntN(len(people))], rng.IntN(2) == 0)
			case 2:
				cmds := []Command{CoachEnters{}, CoachLeaves{}}
				who, cmd := coach, cmds[rng.IntN(2)]
				if rng.IntN(2) == 0 {
					who, cmd = f.room(i).Facilitator, AcceptMove{}
				}
				err = f.doAndSee(i, who, cmd, seen)
			default:
				who, cmd := randomCommand(rng, f.room(i))
				err = f.doAndSee(i, who, cmd, seen)
			}
			var refusal *Refusal
			if err != nil && !errors.As(err, &refusal) {
				t.Fatalf("seed %d: not a refusal: %v", seed, err)
			}
			assertNoHiddenCardShows(t, f.room(i))
		}
		again, err := NewHub(context.Background(), f.store)
		if err != nil {
			t.Fatal(err)
		}
		if w, _ := again.Workshop(f.code); !reflect.DeepEqual(w, f.workshop()) {
			t.Fatalf("seed %d: the replayed workshop differs", seed)
		}
		for i, code := range f.rooms {
			live, _ := f.hub.Room(code)
			replayed, _ := again.Room(code)
			if !reflect.DeepEqual(live, replayed) {
				t.Fatalf("seed %d: table %d's replayed room differs", seed, i+1)
			}
			a, _ := ExportJSON(ViewFor(live, Nobody))
			b, _ := ExportJSON(ViewFor(replayed, Nobody))
			if !bytes.Equal(a, b) {
				t.Fatalf("seed %d: table %d's export differs after replay", seed, i+1)
			}
		}
		a, _ := f.hub.PlenaryJSON(f.code, coach)
		b, _ := again.PlenaryJSON(f.code, coach)
		if !bytes.Equal(a, b) {
			t.Fatalf("seed %d: the plenary export differs after replay", seed)
		}
	}
	for typ := range workshopEventTypes {
		if !seen[typ] && typ != "workshop-opened" {
			t.Errorf("no random sequence produced a %s event", typ)
		}
	}
	for typ := range onlyInWorkshopRooms {
		if !seen[typ] {
			t.Errorf("no random sequence produced a %s event in a trio's room", typ)
		}
	}
}

func (f *workshopFixture) doAndSee(i int, who ParticipantID, cmd Command, seen map[string]bool) error {
	res, err := f.hub.Do(f.ctx, f.rooms[i], who, cmd)
	if err == nil {
		seen[res.Event.Body.EventType()] = true
	}
	return err
}
