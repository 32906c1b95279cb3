package session

import (
	"fmt"

	"trio/content"
)

// ProposeDraft proposes a new version of the team point of view: "Given
// the goal, we believe … because …; we will know we are wrong if …". Anyone
// in the trio may; every version is kept. During consent, a draft is an
// amendment answering the last round's concerns.
type ProposeDraft struct {
	Given   string // empty: the room's shared goal
	Believe string
	Because string
	WrongIf string
}

func (c ProposeDraft) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.contributor(r, "drafting the team point of view"); err != nil {
		return nil, err
	}
	if err := d.inPhase(r, "drafting the team point of view", content.KindPointOfView, content.KindConsent); err != nil {
		return nil, err
	}
	if len(r.Drafts) >= MaxPointOfViewVersions {
		return nil, refuse(fmt.Sprintf("The point of view has %d versions, the most a room keeps: vote on the latest.", MaxPointOfViewVersions))
	}
	if err := d.roomFor(r); err != nil {
		return nil, err
	}
	if _, open := r.OpenRound(); open {
		return nil, refuse("A vote is open on the current draft: amend it once the votes are in.")
	}
	given := r.Goal
	if !isBlank(c.Given) {
		var err error
		if given, err = d.clean(as(goalRule, "The goal"), c.Given); err != nil {
			return nil, err
		}
	}
	if isBlank(c.Believe) {
		return nil, refuse("Write what we believe first: the heart of the team point of view.")
	}
	parts := []*string{&c.Believe, &c.Because, &c.WrongIf}
	names := []string{"What we believe", "Because", "How we will know we are wrong"}
	for i, part := range parts {
		if isBlank(*part) {
			*part = ""
			continue
		}
		text, err := d.clean(as(draftRule, names[i]), *part)
		if err != nil {
			return nil, err
		}
		d.notice(r, text)
		*part = text
	}
	if latest, ok := r.LatestDraft(); ok && latest.Given == given && latest.Believe == c.Believe &&
		latest.Because == c.Because && latest.WrongIf == c.WrongIf {
		return nil, refuse("That is the current draft already: change something to make a new version.")
	}
	amends := 0
	if n := len(r.Votes); n > 0 && r.CurrentPhase().Kind == content.KindConsent {
		amends = r.Votes[n-1].Number
	}
	return &DraftProposed{Given: given, Believe: c.Believe, Because: c.Because, WrongIf: c.WrongIf, Amends: amends}, nil
}

// DraftProposed: someone proposed a new version of the team point of view.
type DraftProposed struct {
	Given   string `json:"given"`
	Believe string `json:"believe"`
	Because string `json:"because,omitempty"`
	WrongIf string `json:"wrong_if,omitempty"`
	Amends  int    `json:"amends,omitempty"`
}

func (*DraftProposed) EventType() string { return "draft-proposed" }

func (b *DraftProposed) apply(r *Room, e Event) error {
	version := len(r.Drafts) + 1
	draft := PointOfViewDraft{
		Version: version, Author: e.Actor, Phase: r.CurrentPhase().ID, At: e.At,
		Given: b.Given, Believe: b.Believe, Because: b.Because, WrongIf: b.WrongIf,
		Amends: b.Amends,
	}
	r.Drafts = appended(r.Drafts, draft)
	r.countDraft(draft)
	if b.Amends > 0 {
		r.moment(e, fmt.Sprintf("%s amended the point of view (version %d)", r.Name(e.Actor), version))
	} else {
		r.moment(e, fmt.Sprintf("%s drafted the point of view (version %d)", r.Name(e.Actor), version))
	}
	return nil
}

func init() { registerEvent(func() EventBody { return new(DraftProposed) }) }

// The fields of a draft of the point of view, typed before it is proposed.
const (
	FieldGiven   = "given"    // ProposeDraft.Given
	FieldBelieve = "believe"  // ProposeDraft.Believe
	FieldBecause = "because"  // ProposeDraft.Because
	FieldWrongIf = "wrong-if" // ProposeDraft.WrongIf
)

func init() {
	registerKind(content.KindPointOfView, phaseKind{
		demo:     demoPointOfView,
		export:   exportDrafts,
		markdown: writeDrafts,
		side:     onDialogue,
		unsent: map[string]*TextRule{
			FieldGiven: &goalRule, FieldBelieve: &draftRule, FieldBecause: &draftRule, FieldWrongIf: &draftRule,
		},
	})
}

func demoPointOfView(d *demo, _ content.Phase) {
	d.do("maya", ProposeDraft{
		Believe: "the path to the first shared board needs a redesign, starting with the invite step",
		Because: "that is where most teams stall, and the board is where they see value",
	})
	d.do("lee", ProposeDraft{
		Believe: "the path to the first shared board needs a redesign in small releases, starting with the invite step",
		Because: "that is where most teams stall, and each release shows us whether we are right",
		WrongIf: "week-one boards have not risen by a quarter after the second release",
	})
}

// exportDrafts lists every version; the latest is the point of view.
func exportDrafts(r Room, _ View, doc *Document) {
	for _, d := range r.Drafts {
		doc.Drafts = append(doc.Drafts, DraftDoc{
			Version: d.Version, By: r.Name(d.Author), At: d.At,
			Given: d.Given, Believe: d.Believe, Because: d.Because, WrongIf: d.WrongIf, Amends: d.Amends,
		})
	}
	if n := len(doc.Drafts); n > 0 {
		latest := doc.Drafts[n-1]
		doc.PointOfView = &latest
	}
}

// writeDrafts writes how the point of view grew; the latest version is in
// the result at the top.
func writeDrafts(w *mdWriter, doc Document) {
	if len(doc.Drafts) <= 1 {
		return
	}
	w.section("How the point of view grew")
	for _, d := range doc.Drafts {
		note := ""
		if d.Amends > 0 {
			note = fmt.Sprintf(", answering round %d", d.Amends)
		}
		w.item("Version %d by %s%s: %s", d.Version, md(d.By), note, md(d.Sentence()))
	}
}
