package tui

import (
	"testing"
	"time"

	"trio/session"
)

// TestSomeoneHereTakesTheRoleFromTheMenu: with the facilitator gone, the
// others cannot move the room on; once the facilitator has been away long
// enough, the status line says so, the menu offers the role, it asks
// first, and the room moves on for everyone from the new facilitator.
func TestSomeoneHereTakesTheRoleFromTheMenu(t *testing.T) {
	t.Parallel()
	d, maya, sam, code := mayaFacilitatesSam(t)
	maya.app.Close()

	sam.refresh()
	sam.press("ctrl+p")
	sam.doesNotSee("Take the facilitator")
	sam.press("esc", "ctrl+n")
	sam.sees("Only the facilitator moves the room on: maya facilitates.")

	d.clock.Advance(2*time.Minute + time.Second)
	sam.refresh()
	sam.sees("maya is away: you can take the facilitator's role. It is in the menu", "(ctrl+p).")
	sam.menu("Take the facilitator’s role: maya is away")
	sam.sees("Take the facilitator's role while maya is away? Everyone is told, and the", "enter takes it")
	if r, _ := d.hub.Room(code); r.Facilitator != "maya-key" {
		t.Fatal("the role was taken before the question was answered")
	}
	sam.press("enter")
	room, _ := d.hub.Room(code)
	if room.Facilitator != "sam-key" {
		t.Fatalf("the facilitator is %q", room.Facilitator)
	}
	sam.sees("You facilitate now", "▶ sam ★")
	sam.nextPhase()
	if r, _ := d.hub.Room(code); r.Phase != 1 {
		t.Fatal("the new facilitator could not move the room on")
	}
	if last := room.Timeline[len(room.Timeline)-1].What; last != "sam took the facilitator's role while maya was away" {
		t.Fatalf("the timeline says %q", last)
	}
}

// TestTheFacilitatorBackIsToldTheRoleWasTaken: Maya, back after Sam took
// the role in her absence, reads that he did, and the ★ is his.
func TestTheFacilitatorBackIsToldTheRoleWasTaken(t *testing.T) {
	t.Parallel()
	d, maya, sam, code := mayaFacilitatesSam(t)
	maya.app.Close()
	d.clock.Advance(3 * time.Minute)
	sam.as(code, "sam-key", session.TakeFacilitation{})

	back := d.terminal(80, 24, Options{Me: "maya-key", UserName: "maya", JoinCode: code})
	back.sees("sam took the facilitator's role while you were away.", "● sam ★")
}

// TestTheOfferToTakeTheRoleComesBeforeAdvice: advice on what someone sent,
// or news, stays on their status line until something replaces it; with
// the facilitator away, the offer to take the role comes first, as the
// room cannot move on without it.
func TestTheOfferToTakeTheRoleComesBeforeAdvice(t *testing.T) {
	t.Parallel()
	d, maya, sam, _ := mayaFacilitatesSam(t)
	sam.app.room.nudges = []session.Nudge{{Suggestion: `Try "my hunch is …": what is plain to you may be new to others.`}}
	sam.app.changed = true
	sam.refresh()
	sam.sees("my hunch is")
	maya.app.Close()

	d.clock.Advance(2*time.Minute + time.Second)
	sam.refresh()
	sam.sees("maya is away: you can take the facilitator's role. It is in the menu")
	sam.doesNotSee("my hunch is")
}

// mayaFacilitatesSam is a room Maya opened and Sam joined, each at their
// own terminal, where a facilitator away for 2 minutes may be replaced.
func mayaFacilitatesSam(t *testing.T) (d, maya, sam *driver, code string) {
	t.Helper()
	d = newDriver(t, 80, 24, session.WithLimits(session.Limits{FacilitatorAway: 2 * time.Minute}))
	maya = d.terminal(80, 24, Options{Me: "maya-key", UserName: "maya"})
	code = maya.createRoom()
	sam = maya.terminal(80, 24, Options{Me: "sam-key", UserName: "sam"})
	sam.joinByCode(code, "Design")
	return d, maya, sam, code
}
