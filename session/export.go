package session

import (
	"encoding/json"
	"fmt"
	"time"
)

// ExportSchema names the version of the JSON export. A change that breaks a
// reader gets a new version.
const ExportSchema = "trio.export/v1"

// Document is the result of a room as it is exported: what a viewer may see,
// with names in place of ids. The JSON export is this document; the Markdown
// export is written from it.
type Document struct {
	Schema       string           `json:"schema"`
	Code         string           `json:"code"`
	Question     string           `json:"question"`
	SharedGoal   string           `json:"shared_goal"`
	Goals        []Said           `json:"goal_wordings"`
	Script       ScriptRef        `json:"script"`
	Phase        PhaseRef         `json:"phase"`
	OpenedAt     time.Time        `json:"opened_at"`
	UpdatedAt    time.Time        `json:"updated_at"`
	ArchivedAt   time.Time        `json:"archived_at,omitzero"` // only for an archived room
	People       []PersonDoc      `json:"people"`
	Discussion   []Said           `json:"discussion"`
	Perspectives []PerspectiveDoc `json:"perspectives"`
	HiddenCards  int              `json:"hidden_cards"` // cards written but not yet revealed
	Ladder       []Step           `json:"ladder"`
	PointOfView  *DraftDoc        `json:"point_of_view"` // the latest draft
	Drafts       []DraftDoc       `json:"drafts"`
	Consent      []RoundDoc       `json:"consent"`
	Reflections  []Said           `json:"reflections"`
	Metrics      Metrics          `json:"metrics"`
	Timeline     []Said           `json:"timeline"`
}

// ScriptRef names the script a room ran.
type ScriptRef struct {
	Name  string `json:"name"`
	Title string `json:"title"`
}

// PhaseRef is where the room is: phase Index (from 1) of Of.
type PhaseRef struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Index int    `json:"index"`
	Of    int    `json:"of"`
}

// PersonDoc is one participant.
type PersonDoc struct {
	ID          ParticipantID `json:"id"`
	Name        string        `json:"name"`
	Role        string        `json:"role"`
	Facilitator bool          `json:"facilitator,omitempty"`
	Observer    bool          `json:"observer,omitempty"`
	CheckIn     string        `json:"check_in,omitempty"`
}

// Said is one text and who said it when.
type Said struct {
	By   string    `json:"by"`
	Text string    `json:"text"`
	At   time.Time `json:"at"`
}

// PerspectiveDoc is one revealed card with everything said about it.
type PerspectiveDoc struct {
	By        string        `json:"by"`
	Role      string        `json:"role"`
	Fields    []FieldDoc    `json:"fields"`
	Additions []Said        `json:"additions"`
	Heard     []Said        `json:"heard"`
	Questions []QuestionDoc `json:"questions"`
	Builds    []BuildDoc    `json:"builds"`
	Pros      []Said        `json:"pros"`
	Cons      []Said        `json:"cons"`
}

// FieldDoc is one field of a card.
type FieldDoc struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Text  string `json:"text"`
}

// QuestionDoc is a question and its answers.
type QuestionDoc struct {
	Said
	Answers []Said `json:"answers"`
}

// BuildDoc is a "yes, and".
type BuildDoc struct {
	By  string    `json:"by"`
	Yes string    `json:"yes"`
	And string    `json:"and"`
	At  time.Time `json:"at"`
}

// Step is one rung of the one-level-higher ladder.
type Step struct {
	Said
	From string `json:"from,omitempty"` // whose view it climbs from
}

// DraftDoc is one version of the team point of view.
type DraftDoc struct {
	Version int       `json:"version"`
	By      string    `json:"by"`
	At      time.Time `json:"at"`
	Given   string    `json:"given"`
	Believe string    `json:"believe"`
	Because string    `json:"because"`
	WrongIf string    `json:"wrong_if"`
	Amends  int       `json:"amends,omitempty"`
}

// RoundDoc is one consent round. While it is open, only who voted is shown.
// Consented is true only when every voter voted at the threshold or above;
// a round closed before everyone voted is ClosedEarly, never consent.
type RoundDoc struct {
	Round     int       `json:"round"`
	Version   int       `json:"version"`
	Threshold int       `json:"threshold"`
	Open      bool      `json:"open"`
	Voted     int       `json:"voted"`
	Voters    int       `json:"voters"`
	Votes     []VoteDoc `json:"votes"`
	Consented bool      `json:"consented"`
	// ClosedEarly: the facilitator closed the round before MissingVoters
	// voted. MissingVoters also names who has not voted yet in an open
	// round; it is empty, never null, when everyone voted.
	ClosedEarly   bool     `json:"closed_early"`
	MissingVoters []string `json:"missing_voters"`
}

// DidNotVote says who did not vote in a round closed early, in a sentence:
// "Maya and Lee did not vote".
func (d RoundDoc) DidNotVote() string { return didNotVote(d.MissingVoters) }

// VoteDoc is one shown vote.
type VoteDoc struct {
	By      string `json:"by"`
	Score   int    `json:"score"`
	Concern string `json:"concern,omitempty"`
}

// Export builds the document of a room as a viewer may see it: the room's
// own parts here, then each kind's part, as its file registers it.
func Export(v View) Document {
	r := v.Room
	doc := Document{
		Schema:     ExportSchema,
		Code:       FormatCode(r.Code),
		Question:   r.Question,
		SharedGoal: r.Goal,
		Script:     ScriptRef{Name: r.Script.Name, Title: r.Script.Title},
		Phase:      PhaseRef{ID: r.CurrentPhase().ID, Title: r.CurrentPhase().Title, Index: r.Phase + 1, Of: len(r.Script.Phases)},
		OpenedAt:   r.OpenedAt,
		UpdatedAt:  r.UpdatedAt,
		ArchivedAt: r.ArchivedAt,
	}
	for _, p := range r.People {
		doc.People = append(doc.People, PersonDoc{
			ID: p.ID, Name: p.Name, Role: p.Role,
			Facilitator: p.ID == r.Facilitator, Observer: p.Observer,
		})
	}
	for _, pk := range registeredKinds() {
		if pk.export != nil {
			pk.export(r, v, &doc)
		}
	}
	doc.Metrics = MeasureView(v)
	for _, m := range r.Timeline {
		doc.Timeline = append(doc.Timeline, Said{By: r.Name(m.Actor), Text: m.What, At: m.At})
	}
	return doc
}

// perspective is one revealed card as exported: each kind adds what was
// said about it.
func (r Room) perspective(card Perspective) PerspectiveDoc {
	author, _ := r.Person(card.Author)
	pd := PerspectiveDoc{By: author.Name, Role: author.Role}
	for _, pk := range registeredKinds() {
		if pk.card != nil {
			pk.card(r, card, &pd)
		}
	}
	return pd
}

func (r Room) said(cs []Contribution) []Said {
	var out []Said
	for _, c := range cs {
		out = append(out, r.one(c))
	}
	return out
}

func (r Room) one(c Contribution) Said { return Said{By: r.Name(c.Author), Text: c.Text, At: c.At} }

// ExportJSON writes the document as indented JSON.
func ExportJSON(v View) ([]byte, error) {
	data, err := json.MarshalIndent(Export(v), "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// ConsentOn says in a sentence how the vote on a version of the point of
// view went: its latest round, or that it was not voted on.
func (d Document) ConsentOn(version int) string {
	for i := len(d.Consent) - 1; i >= 0; i-- {
		round := d.Consent[i]
		if round.Version != version {
			continue
		}
		switch {
		case round.Open:
			return fmt.Sprintf("Vote open (round %d).", round.Round)
		case round.Consented:
			return fmt.Sprintf("Consent reached in round %d.", round.Round)
		case round.ClosedEarly:
			return fmt.Sprintf("Round %d was closed early: %s, so it is not consent.", round.Round, round.DidNotVote())
		default:
			return fmt.Sprintf("No consent in round %d.", round.Round)
		}
	}
	return "Not voted on yet."
}
