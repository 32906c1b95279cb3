package session

import (
	"context"
	"unicode/utf8"
)

// Unsent is text a person has typed and not sent yet. It is theirs alone:
// the hub keeps it for them across a closed terminal, a change of speaker
// and a restart, but it is no event, so it is in no room, no view, no
// export and no replay.
type Unsent struct {
	Room   string
	Person ParticipantID
	UnsentKey
	Text string // cleaned and capped; in a batch to the store, "" deletes
}

// UnsentKey says which field the text was typed in: one person has one
// text per phase, field and what it is about.
type UnsentKey struct {
	Phase string // the phase's id in the room's script
	Field string // FieldWord, FieldAnswer…, or a card field's id
	About int    // the card, question or build the text is about; 0: none
}

// MaxUnsentFields is the most fields one person keeps unsent text in, in
// one room. Past it, text typed in yet another field is not kept (text in
// the fields kept still is); sending or emptying one makes room.
const MaxUnsentFields = 100

// KeepUnsent keeps what a person has typed in a field and not sent, or
// forgets it when text is "": call it on every change of the field, and
// with "" once the room accepted the text. It is cheap: the text is kept in
// memory at once and written to the store with others, within
// UnsentWriteInterval, without waiting on the store or on any room's
// commands. It is never refused: what is too long is cut to the field's
// cap. A room that does not exist, a person who is not in it, a phase not
// in its script or a field no command takes are ignored.
func (h *Hub) KeepUnsent(code string, id ParticipantID, key UnsentKey, text string) {
	lr, err := h.live(code)
	if err != nil {
		return
	}
	r := lr.snap.Load()
	if _, ok := r.Person(id); !ok || key.About < 0 {
		return
	}
	rule, ok := unsentRuleIn(r, key)
	if !ok {
		return
	}
	// Cleaning waits for the write and for whoever reads the text back: a
	// paragraph takes a good part of a millisecond to clean, too much for
	// every key. Cutting the bytes bounds memory meanwhile; it never cuts
	// what the cap would keep, as no character takes more than 4 bytes.
	if most := 8 * rule.MaxRunes; len(text) > most {
		for most > 0 && !utf8.RuneStart(text[most]) {
			most--
		}
		text = text[:most]
	}
	if h.unsent.keep(seat{r.Code, id}, key, typed{text, rule}) {
		h.writeUnsentSoon()
	}
}

// DropUnsent forgets everything a person has not sent in one phase of a
// room, as when they are done with it.
func (h *Hub) DropUnsent(code string, id ParticipantID, phase string) {
	if h.unsent.drop(seat{NormalizeCode(code), id}, phase) {
		h.writeUnsentSoon()
	}
}

// Unsent is everything a person has typed and not sent in a room, cleaned,
// to put back in their fields when they come back. Only ever give it to
// that person.
func (h *Hub) Unsent(code string, id ParticipantID) map[UnsentKey]string {
	texts := h.unsent.of(seat{NormalizeCode(code), id})
	out := make(map[UnsentKey]string, len(texts))
	for key, t := range texts {
		if text := t.clean(); text != "" {
			out[key] = text
		}
	}
	return out
}

// UnsentText is what a person has typed and not sent in one field, cleaned;
// "" when nothing.
func (h *Hub) UnsentText(code string, id ParticipantID, key UnsentKey) string {
	t, _ := h.unsent.text(seat{NormalizeCode(code), id}, key)
	return t.clean()
}

// unsentRuleIn is the rule a field of a room's phase is cleaned by.
func unsentRuleIn(r *Room, key UnsentKey) (*TextRule, bool) {
	for _, p := range r.Script.Phases {
		if p.ID == key.Phase {
			return unsentRule(p, key.Field)
		}
	}
	return nil, false
}

// loadUnsent puts back the unsent text the store kept, at start. Text for a
// room, person, phase or field that is not there any more is left out.
func (h *Hub) loadUnsent(ctx context.Context, rooms map[string]Room) error {
	return h.store.Unsent(ctx, func(u Unsent) error {
		r, ok := rooms[u.Room]
		if !ok {
			return nil
		}
		if _, ok := r.Person(u.Person); !ok {
			return nil
		}
		if rule, ok := unsentRuleIn(&r, u.UnsentKey); ok && u.Text != "" {
			h.unsent.load(seat{u.Room, u.Person}, u.UnsentKey, typed{u.Text, rule})
		}
		return nil
	})
}

// typed is one field's text as it was typed, and the rule that cleans it.
type typed struct {
	raw  string
	rule *TextRule
}

func (t typed) clean() string {
	if t.rule == nil || t.raw == "" {
		return ""
	}
	return t.rule.CleanUnsent(t.raw)
}

// seat is one person in one room.
type seat struct {
	room   string
	person ParticipantID
}

// unsentID names one field's text among everyone's.
type unsentID struct {
	seat
	UnsentKey
}

// fetchUnsent takes in, from a store several servers share, what a person
// typed and did not send in a room through another server: they find it
// here when they come back through this one. A field this server holds
// text for keeps it.
func (h *Hub) fetchUnsent(ctx context.Context, f Follower, lr *liveRoom, id ParticipantID) {
	r := lr.snap.Load()
	if _, ok := r.Person(id); !ok {
		return
	}
	s := seat{r.Code, id}
	held := h.unsent.of(s)
	f.UnsentOf(ctx, r.Code, id, func(u Unsent) error {
		if _, ok := held[u.UnsentKey]; ok || u.Text == "" {
			return nil
		}
		if rule, ok := unsentRuleIn(r, u.UnsentKey); ok {
			h.unsent.load(s, u.UnsentKey, typed{u.Text, rule})
		}
		return nil
	})
}
