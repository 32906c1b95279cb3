package tui

import (
	"strconv"
	"strings"

	"trio/session"
)

// On one keyboard the person speaking changes by hand: ctrl+s gives the
// keyboard to the next person, and a digit pressed right after it to the
// person with that number, so a coach never has to count presses.

// nextSpeaker hands the keyboard to the next person of the room.
func (r *roomScreen) nextSpeaker() {
	people := r.room.People
	for i, p := range people {
		if p.ID == r.speaker {
			r.setSpeaker(people[(i+1)%len(people)].ID)
			return
		}
	}
	if len(people) > 0 {
		r.setSpeaker(people[0].ID)
	}
}

// pickLine names who speaks now and the number of each person.
func (r *roomScreen) pickLine() string {
	st := r.sh.Styles
	var people []string
	for i, p := range r.room.People {
		if i == 9 {
			break
		}
		people = append(people, st.Key.Render(strconv.Itoa(i+1))+" "+st.Role(p.Role, p.Observer).Render(p.Name))
	}
	return st.Muted.Render("Speaking as ") + r.ctx().name(r.speaker) + st.Muted.Render(". Or press a number: ") +
		strings.Join(people, st.Muted.Render(" · "))
}

// handOverStart gives one keyboard to the first person who still has to
// act when a round of turns begins, by whatever path: the first of the
// trio without a card as silent writing starts, the first voter as a vote
// opens. Within the round, each one's turn passes on from there.
func (r *roomScreen) handOverStart() {
	if !r.sh.Local {
		return
	}
	var turns string
	var waiting []session.ParticipantID
	round, open := r.room.OpenRound()
	switch {
	case kindOf(r.room.CurrentPhase().Kind).turns != nil:
		turns, waiting = kindOf(r.room.CurrentPhase().Kind).turns(r.room)
	case open:
		turns = "vote " + strconv.Itoa(round.Number)
		voted := map[session.ParticipantID]bool{}
		for _, v := range round.Votes {
			voted[v.Voter] = true
		}
		for _, id := range round.Voters {
			if !voted[id] {
				waiting = append(waiting, id)
			}
		}
	}
	if turns == r.turns {
		return
	}
	r.turns = turns
	if len(waiting) > 0 {
		r.setSpeaker(waiting[0])
	}
}
