package session

import (
	"context"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"
)

// FuzzCommands drives a room with command sequences chosen by the fuzzer
// and checks what must always hold: nothing panics, every refusal is a
// Refusal, replaying the store gives the same room, and no projection
// shows a hidden card or a secret vote.
func FuzzCommands(f *testing.F) {
	f.Add(uint64(1), uint64(2), 50)
	f.Add(uint64(7), uint64(11), 300)
	f.Add(uint64(42), uint64(0), 400)
	f.Fuzz(func(t *testing.T, seed1, seed2 uint64, steps int) {
		steps = min(max(steps, 0), 400)
		fx := newFixture(t, WithLimits(Limits{FacilitatorAway: DefaultFacilitatorAway}))
		rng := rand.New(rand.NewPCG(seed1, seed2))
		for range steps {
			comeAndGo(rng, fx)
			who, cmd := randomCommand(rng, fx.room())
			fx.clock.Advance(time.Duration(rng.IntN(90)) * time.Second)
			if _, err := fx.hub.Do(fx.ctx, fx.code, who, cmd); err != nil {
				if _, ok := err.(*Refusal); !ok {
					t.Fatalf("%s %T: not a refusal: %v", who, cmd, err)
				}
			}
			assertNoHiddenCardShows(t, fx.room())
		}
		again, err := NewHub(context.Background(), fx.store)
		if err != nil {
			t.Fatal(err)
		}
		replayed, _ := again.Room(fx.code)
		if !reflect.DeepEqual(fx.room(), replayed) {
			t.Fatal("the replayed room differs from the live one")
		}
	})
}
