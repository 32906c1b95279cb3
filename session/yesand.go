package session

import (
	"fmt"
	"strings"

	"trio/content"
)

// A build is "yes, and": first the yes, what resonates in another view, in
// your own words and meant; then the and, what you add. The and can only
// follow its yes.

// SayYes starts a build on someone else's view with its yes.
type SayYes struct {
	Perspective int
	Yes         string
}

func (c SayYes) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.contributor(r, "building on a view"); err != nil {
		return nil, err
	}
	if err := d.inBuildPhase(r); err != nil {
		return nil, err
	}
	card, err := d.othersCard(r, c.Perspective, "Build on a view that is not yours: the yes is for what resonates in someone else's.")
	if err != nil {
		return nil, err
	}
	if err := d.roomFor(r); err != nil {
		return nil, err
	}
	yes, err := d.clean(yesRule, c.Yes)
	if err != nil {
		return nil, err
	}
	d.nudges = append(d.nudges, r.Nudging().For(yes, true)...)
	return &BuildStarted{Perspective: card.ID, Yes: yes}, nil
}

// SayAnd completes a build with what the person adds.
type SayAnd struct {
	Build int
	And   string
}

func (c SayAnd) decide(r Room, d *decision) (EventBody, error) {
	if _, err := d.contributor(r, "building on a view"); err != nil {
		return nil, err
	}
	if err := d.inBuildPhase(r); err != nil {
		return nil, err
	}
	b, ok := r.Build(c.Build)
	switch {
	case !ok || b.Withdrawn:
		return nil, refuse("Say the yes first: what resonates with you in this view.")
	case b.Author != d.actor:
		return nil, refuse(fmt.Sprintf("That yes is %s's: start your own build with your own yes.", r.Name(b.Author)))
	case b.And != "":
		return nil, refuse("This build has its and already: start a new one with a new yes.")
	}
	and, err := d.clean(andRule, c.And)
	if err != nil {
		return nil, err
	}
	d.notice(r, and)
	return &BuildCompleted{Build: b.ID, And: and}, nil
}

func (d *decision) inBuildPhase(r Room) error {
	p := r.CurrentPhase()
	if p.Kind == content.KindInquiry && p.Builds {
		return nil
	}
	return d.inPhase(r, "building with yes, and", content.KindYesAnd)
}

// BuildStarted: a person said the yes of a build.
type BuildStarted struct {
	Perspective int    `json:"perspective"`
	Yes         string `json:"yes"`
}

func (*BuildStarted) EventType() string { return "build-started" }

func (b *BuildStarted) apply(r *Room, e Event) error {
	if _, ok := r.Perspective(b.Perspective); !ok {
		return fmt.Errorf("no perspective %d", b.Perspective)
	}
	build := Build{
		ID: e.Seq, Author: e.Actor, Perspective: b.Perspective,
		Phase: r.CurrentPhase().ID, At: e.At, Yes: b.Yes,
	}
	r.Builds = r.Builds.Append(build)
	r.countBuild(build, 1)
	return nil
}

// BuildCompleted: a person added the and to their yes.
type BuildCompleted struct {
	Build int    `json:"build"`
	And   string `json:"and"`
}

func (*BuildCompleted) EventType() string { return "build-completed" }

func (b *BuildCompleted) apply(r *Room, e Event) error {
	i, ok := r.Builds.Search(byID[Build](b.Build))
	if !ok {
		return fmt.Errorf("no build %d", b.Build)
	}
	before := r.Builds.At(i)
	r.Builds = r.Builds.Changed(i, func(x *Build) { x.And = b.And })
	if !before.Withdrawn {
		r.countBuild(before, -1)
		r.countBuild(r.Builds.At(i), 1)
	}
	return nil
}

func init() {
	registerEvent(func() EventBody { return new(BuildStarted) })
	registerEvent(func() EventBody { return new(BuildCompleted) })
}

// Sentence is the build as a person says it: "yes, the invite is where
// people give up, and we could fix it first". Without its and yet, it is
// the yes alone: "yes, the invite is where people give up".
func (b Build) Sentence() string { return buildSentence(b.Yes, b.And) }

// Sentence is the exported build as Build.Sentence words it.
func (d BuildDoc) Sentence() string { return buildSentence(d.Yes, d.And) }

func buildSentence(yes, and string) string {
	rawYes := withoutLeadIn(yes, yesLeadIns)
	and = strings.TrimSpace(withoutLeadIn(and, andLeadIns))
	yes = clause(rawYes)
	if and == "" {
		return "yes, " + yes
	}
	// A yes of several sentences keeps them: the and starts one more.
	if manySentences(rawYes) {
		return "yes, " + yes + ". And " + and
	}
	return "yes, " + yes + ", and " + lowerFirst(and)
}

// The fields of a "yes, and", typed before it is sent.
const (
	FieldYes = "yes" // SayYes; About is the card
	FieldAnd = "and" // SayAnd; About is the build
)

func init() {
	registerKind(content.KindYesAnd, phaseKind{
		demo:         demoBuilds,
		card:         exportBuilds,
		cardMarkdown: writeBuilds,
		side:         onDialogue,
		unsent:       map[string]*TextRule{FieldYes: &yesRule, FieldAnd: &andRule},
	})
}

// demoBuilds plays the "yes, and" of the sample session, in its own phase
// or in an inquiry that builds.
func demoBuilds(d *demo, _ content.Phase) {
	b := d.do("lee", SayYes{Perspective: d.card("maya"), Yes: "the first shared board is the right finish line"})
	d.do("lee", SayAnd{Build: b.Event.Seq, And: "we could reach it in steps, measuring each one"})
	b = d.do("maya", SayYes{Perspective: d.card("sam"), Yes: "the invite step is where people give up"})
	d.do("maya", SayAnd{Build: b.Event.Seq, And: "fixing it first can be release one of the new path"})
	b = d.do("sam", SayYes{Perspective: d.card("lee"), Yes: "small releases let us learn from real teams"})
	d.do("sam", SayAnd{Build: b.Event.Seq, And: "I can test each one with five new teams"})
}

func exportBuilds(r Room, card Perspective, pd *PerspectiveDoc) {
	for _, b := range r.Builds.All() {
		if b.Perspective == card.ID && !b.Withdrawn {
			pd.Builds = append(pd.Builds, BuildDoc{By: r.Name(b.Author), Yes: b.Yes, And: b.And, At: b.At})
		}
	}
}

func writeBuilds(w *mdWriter, p PerspectiveDoc) {
	if len(p.Builds) == 0 {
		return
	}
	w.line("")
	w.line("**Yes, and**")
	w.line("")
	for _, b := range p.Builds {
		w.item("%s: %s", md(b.By), md(b.Sentence()))
	}
}
