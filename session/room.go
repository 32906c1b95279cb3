package session

import (
	"time"

	"trio/content"
)

// ParticipantID is a person's stable id in a room: their key's fingerprint
// over SSH, or an id given at setup in local mode.
type ParticipantID string

// Room is one workshop: one question, one trio, one script. It is an
// immutable value: Apply returns a new Room and never changes the old one.
type Room struct {
	Code      string    `json:"code"`
	Seq       int       `json:"seq"` // how many events made this room
	OpenedAt  time.Time `json:"opened_at"`
	UpdatedAt time.Time `json:"updated_at"` // the last change: archiving is none
	// ArchivedAt is when the room was archived (Hub.Archive), until its
	// next change brings it back; zero for a room that is not archived.
	ArchivedAt time.Time `json:"archived_at,omitzero"`

	Question string         `json:"question"`
	Goal     string         `json:"goal"` // the shared goal, as last written
	Goals    []GoalVersion  `json:"goals"`
	Script   content.Script `json:"script"`
	Phase    int            `json:"phase"` // index into Script.Phases
	Timer    Timer          `json:"timer"`
	Locked   bool           `json:"locked"`
	People   []Participant  `json:"people"`
	// Facilitator advances phases, keeps time, hands over the role, locks.
	Facilitator ParticipantID `json:"facilitator"`
	// TakenFrom is the facilitator the role was last taken from while they
	// were away, until it is handed on: they are told when they are back.
	TakenFrom ParticipantID `json:"taken_from,omitempty"`

	Perspectives []Perspective `json:"perspectives"`
	// Contributions and builds can number in the thousands: their lists
	// are shared between snapshots, so a change never copies them whole.
	Contributions List[Contribution] `json:"contributions"`
	Builds        List[Build]        `json:"builds"`
	Reveal        Reveal             `json:"reveal"`
	Drafts        []PointOfViewDraft `json:"drafts"`
	Votes         []ConsentRound     `json:"consent_rounds"`
	Timeline      []Moment           `json:"timeline"`
	// Workshop links a trio's room to its workshop; nil for a room of its
	// own.
	Workshop *WorkshopLink `json:"workshop,omitempty"`

	// What the room keeps up to date as events come, so that nothing
	// done on every change reads every contribution: where each person's
	// live check-in word is, where the contributions of each kind about
	// each thing are, and what each person said in each phase.
	ones       map[personsOne]int // index in Contributions of each one-per-person text
	aboutIndex index[List[int]]   // indexes in Contributions, by aboutKey
	tallied    tally
}

// Participant is one person in a room.
type Participant struct {
	ID   ParticipantID `json:"id"`
	Name string        `json:"name"`
	Role string        `json:"role"`
	// Observer marks a coach or guest: they facilitate and listen, while the
	// views, builds and votes come from the trio.
	Observer bool      `json:"observer,omitempty"`
	JoinedAt time.Time `json:"joined_at"`
	Agreed   bool      `json:"agreed,omitempty"` // accepted the dialogue agreements
	Ready    bool      `json:"ready,omitempty"`  // ready to move on from this phase
}

// GoalVersion is one wording of the shared goal and who wrote it.
type GoalVersion struct {
	Text   string        `json:"text"`
	Author ParticipantID `json:"author"`
	At     time.Time     `json:"at"`
}

// Timer is the time box of the current phase. There is one deadline per
// room; every terminal renders the time left from it.
type Timer struct {
	Deadline time.Time     `json:"deadline"`
	Paused   bool          `json:"paused,omitempty"`
	Left     time.Duration `json:"left,omitempty"` // time left when paused
}

// Remaining is the time left at now; negative once the time box is over.
func (t Timer) Remaining(now time.Time) time.Duration {
	if t.Paused {
		return t.Left
	}
	return t.Deadline.Sub(now)
}

// ContributionKind says what a contribution is in the exercise.
type ContributionKind string

// The kinds of contribution, in the order they usually appear.
const (
	CheckInWord  ContributionKind = "check-in"   // one word for how you arrive
	Position     ContributionKind = "position"   // an argument in the discussion round
	CardAddition ContributionKind = "addition"   // the speaker adds to their revealed card
	Heard        ContributionKind = "heard"      // a listener's "what I heard"
	Question     ContributionKind = "question"   // a curious question about a perspective
	Answer       ContributionKind = "answer"     // the author's answer to a question
	Pro          ContributionKind = "pro"        // a strength of a perspective
	Con          ContributionKind = "con"        // a weakness of a perspective
	Rung         ContributionKind = "rung"       // one step up the "why does that matter?" ladder
	Reflection   ContributionKind = "reflection" // what shifted for you, at the close
)

// Contribution is one text a person added. About points at what it is
// about: a perspective for heard notes, questions, pros and cons; a
// question for answers.
type Contribution struct {
	ID        int              `json:"id"` // the Seq of the event that added it
	Kind      ContributionKind `json:"kind"`
	Author    ParticipantID    `json:"author"`
	Phase     string           `json:"phase"` // the phase id it was added in
	At        time.Time        `json:"at"`
	Text      string           `json:"text"`
	About     int              `json:"about,omitempty"`
	Withdrawn bool             `json:"withdrawn,omitempty"`
}

// Perspective is a silent-writing card: one person's view, written alone and
// shown to the others only at the reveal.
type Perspective struct {
	ID        int           `json:"id"` // the Seq of the event that first wrote it
	Author    ParticipantID `json:"author"`
	Phase     string        `json:"phase"` // the phase it was first written in
	Fields    []CardAnswer  `json:"fields"`
	At        time.Time     `json:"at"` // last written
	Revealed  bool          `json:"revealed,omitempty"`
	Hidden    bool          `json:"hidden,omitempty"` // set in a viewer's projection when its text is hidden
	Withdrawn bool          `json:"withdrawn,omitempty"`
}

// CardAnswer is the text of one field of a card.
type CardAnswer struct {
	Field string `json:"field"`
	Text  string `json:"text"`
}

// Answer returns the text of one field of the card.
func (p Perspective) Answer(field string) string {
	for _, a := range p.Fields {
		if a.Field == field {
			return a.Text
		}
	}
	return ""
}

// Build is a "yes, and": the yes (what resonates, said first and meant),
// then the and (what you add).
type Build struct {
	ID          int           `json:"id"`
	Author      ParticipantID `json:"author"`
	Perspective int           `json:"perspective"`
	Phase       string        `json:"phase"`
	At          time.Time     `json:"at"`
	Yes         string        `json:"yes"`
	And         string        `json:"and,omitempty"` // empty until the and is written
	Withdrawn   bool          `json:"withdrawn,omitempty"`
}

// Reveal is the talking stick of the reveal round: cards are shown one at a
// time in Order; only the current speaker talks about theirs.
type Reveal struct {
	Order []ParticipantID `json:"order,omitempty"`
	Turn  int             `json:"turn"`            // index into Order; len(Order) once everyone has spoken
	Turns []time.Time     `json:"turns,omitempty"` // when each turn began
	Ended time.Time       `json:"ended,omitzero"`  // when the last turn ended
}

// PointOfViewDraft is one version of the team point of view: "Given the
// goal, we believe … because …; we will know we are wrong if …".
type PointOfViewDraft struct {
	Version int           `json:"version"` // 1, 2, 3…
	Author  ParticipantID `json:"author"`
	Phase   string        `json:"phase"`
	At      time.Time     `json:"at"`
	Given   string        `json:"given"`
	Believe string        `json:"believe"`
	Because string        `json:"because"`
	WrongIf string        `json:"wrong_if"`
	// Amends is the consent round whose concerns this draft answers.
	Amends int `json:"amends,omitempty"`
}

// ConsentRound is one fist-to-five vote on a draft. Votes stay secret until
// every voter has voted (or the facilitator closes the vote early), then all
// are shown at once. What a closed round means is in consentround.go.
type ConsentRound struct {
	Number    int             `json:"number"`
	Version   int             `json:"version"` // the draft voted on
	Threshold int             `json:"threshold"`
	Voters    []ParticipantID `json:"voters"` // who was present when it opened
	Votes     []Vote          `json:"votes"`
	Closed    bool            `json:"closed,omitempty"`
	Phase     string          `json:"phase"` // the consent phase it belongs to
	At        time.Time       `json:"at"`
}

// Vote is one person's score from 0 (block) to 5 (full support).
type Vote struct {
	Voter   ParticipantID `json:"voter"`
	Score   int           `json:"score"` // -1 in a projection while the round is secret
	Concern string        `json:"concern,omitempty"`
	At      time.Time     `json:"at"`
}

// Moment is one line of the room's timeline.
type Moment struct {
	At    time.Time     `json:"at"`
	Actor ParticipantID `json:"actor,omitempty"`
	What  string        `json:"what"`
}

// personsOne is a person's one contribution of a kind that keeps one per
// person, as a check-in word.
type personsOne struct {
	kind   ContributionKind
	author ParticipantID
}
