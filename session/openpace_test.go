package session

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// openAs opens a room over SSH, as someone at an address.
func openAs(hub *Hub, person ParticipantID, address string) error {
	c := openFor(person)
	c.By = Opener{Person: person, Address: address}
	_, err := hub.Open(context.Background(), c)
	return err
}

// guest is someone new without a key: a fresh id on every connection.
func guest(i int) ParticipantID { return ParticipantID(fmt.Sprintf("guest-%06d", i)) }

func TestOpeningRoomsIsPacedPerPersonAndAddress(t *testing.T) {
	t.Parallel()
	hub, store, clock := newTestHub(t, WithLimits(Limits{RoomsPerMinute: 1, RoomsPerMinutePerAddress: 2}))
	const flooder, neighbour = "203.0.113.9", "198.51.100.7"

	// A keyless flood from one address, someone new each time: the first
	// few open, then every one is refused with when the next can open.
	for i := range DefaultRoomBurstPerAddress {
		if err := openAs(hub, guest(i), flooder); err != nil {
			t.Fatalf("room %d of the first %d: %v", i+1, DefaultRoomBurstPerAddress, err)
		}
	}
	before := stored(t, store)
	for i := range 100 {
		got := refusal(t, openAs(hub, guest(100+i), flooder))
		if want := "Many rooms were opened from your network just now, so the next can open in 30 seconds. Until then, you can join a room by its code."; got != want {
			t.Fatalf("got %q", got)
		}
	}
	if n := stored(t, store); n != before {
		t.Fatalf("refused rooms stored %d events", n-before)
	}
	clock.Advance(20 * time.Second)
	if got := refusal(t, openAs(hub, guest(200), flooder)); got != "Many rooms were opened from your network just now, so the next can open in 10 seconds. Until then, you can join a room by its code." {
		t.Errorf("twenty seconds on: %q", got)
	}

	// Everyone else goes on: another address, and anyone at one keyboard.
	if err := openAs(hub, guest(300), neighbour); err != nil {
		t.Errorf("an address that opened nothing was held up: %v", err)
	}
	for range 20 {
		if _, err := hub.Open(context.Background(), openFor(maya)); err != nil {
			t.Fatalf("a room opened at one keyboard was paced: %v", err)
		}
	}

	// Half a minute after the last refusal's count began, one more.
	clock.Advance(10 * time.Second)
	if err := openAs(hub, guest(400), flooder); err != nil {
		t.Fatalf("the pace let none through after half a minute: %v", err)
	}
	if err := openAs(hub, guest(401), flooder); err == nil {
		t.Fatal("two rooms opened from one address within half a minute")
	}

	// A person with a key, from address after address: the first few,
	// then one a minute.
	for i := range DefaultRoomBurst {
		if err := openAs(hub, sam, fmt.Sprint("192.0.2.", i)); err != nil {
			t.Fatalf("Sam's room %d: %v", i+1, err)
		}
	}
	got := refusal(t, openAs(hub, sam, "192.0.2.50"))
	if want := "You have opened several rooms just now, so your next can open in a minute. Until then, you can join a room by its code."; got != want {
		t.Errorf("got %q", got)
	}
	clock.Advance(time.Minute)
	if err := openAs(hub, sam, "192.0.2.51"); err != nil {
		t.Errorf("a minute on, Sam is still refused: %v", err)
	}
}

func TestTheOpeningPaceForgetsOpenersAtRest(t *testing.T) {
	t.Parallel()
	hub, _, clock := newTestHub(t, WithLimits(Limits{RoomsPerMinute: 1, RoomsPerMinutePerAddress: 1}))
	for i := range 3 * minSweep {
		if err := openAs(hub, guest(i), fmt.Sprint("address ", i)); err != nil {
			t.Fatal(err)
		}
		clock.Advance(time.Second)
	}
	if people, addresses := len(hub.opens.people.held), len(hub.opens.addresses.held); people > minSweep || addresses > minSweep {
		t.Fatalf("the pace remembers %d people and %d addresses, most of them long gone", people, addresses)
	}
}

func TestAWaitIsSaidInWordsNeverSoonerThanItIs(t *testing.T) {
	t.Parallel()
	for d, want := range map[time.Duration]string{
		300 * time.Millisecond:  "in a second",
		1500 * time.Millisecond: "in 2 seconds",
		59 * time.Second:        "in 59 seconds",
		59*time.Second + 1:      "in a minute",
		time.Minute:             "in a minute",
		time.Minute + 1:         "in 2 minutes",
		10 * time.Minute:        "in 10 minutes",
	} {
		if got := inAWhile(d); got != want {
			t.Errorf("%v: %q, want %q", d, got, want)
		}
	}
}
