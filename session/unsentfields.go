package session

import "trio/content"

// The fields a person types into before sending, each named after what it
// becomes, for UnsentKey.Field. A perspective card's fields are named by
// the script: their ids ("position", "see"…) in a silent-writing phase.
const (
	FieldWord       = "word"       // check-in: CheckIn
	FieldQuestion   = "question"   // frame: SetQuestion
	FieldGoal       = "goal"       // frame, one level higher: SetGoal
	FieldPosition   = "position"   // discussion: StatePosition
	FieldAddition   = "addition"   // reveal round: AddToCard
	FieldHeard      = "heard"      // reveal round: NoteHeard
	FieldAsk        = "ask"        // inquiry: AskQuestion; About is the card
	FieldAnswer     = "answer"     // inquiry: AnswerQuestion; About is the question
	FieldYes        = "yes"        // yes, and: SayYes; About is the card
	FieldAnd        = "and"        // yes, and: SayAnd; About is the build
	FieldPro        = "pro"        // pros and cons: AddPro; About is the card
	FieldCon        = "con"        // pros and cons: AddCon; About is the card
	FieldStep       = "step"       // one level higher: ClimbLadder; About is the card, or 0
	FieldGiven      = "given"      // point of view: ProposeDraft.Given
	FieldBelieve    = "believe"    // point of view: ProposeDraft.Believe
	FieldBecause    = "because"    // point of view: ProposeDraft.Because
	FieldWrongIf    = "wrong-if"   // point of view: ProposeDraft.WrongIf
	FieldConcern    = "concern"    // consent: CastVote.Concern
	FieldReflection = "reflection" // close: Reflect
)

// unsentRules caps each field's unsent text as its command caps the text
// when it is sent.
var unsentRules = map[string]*TextRule{
	FieldWord:       &WordRule,
	FieldQuestion:   &questionRule,
	FieldGoal:       &goalRule,
	FieldPosition:   &positionRule,
	FieldAddition:   &noteRule,
	FieldHeard:      &noteRule,
	FieldAsk:        &askRule,
	FieldAnswer:     &answerRule,
	FieldYes:        &yesRule,
	FieldAnd:        &andRule,
	FieldPro:        &proConRule,
	FieldCon:        &proConRule,
	FieldStep:       &rungRule,
	FieldGiven:      &goalRule,
	FieldBelieve:    &draftRule,
	FieldBecause:    &draftRule,
	FieldWrongIf:    &draftRule,
	FieldConcern:    &concernRule,
	FieldReflection: &reflectionRule,
}

// unsentRule is the rule for a field of a phase, or false for a field no
// command of trio's takes.
func unsentRule(p content.Phase, field string) (*TextRule, bool) {
	if p.Kind == content.KindSilentWriting && hasField(p.Fields, field) {
		return &cardRule, true
	}
	rule, ok := unsentRules[field]
	return rule, ok
}
