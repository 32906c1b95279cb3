package session

import (
	"encoding/json"
	"time"
)

// WorkshopExportSchema names the version of a workshop's JSON export.
const WorkshopExportSchema = "trio.workshop/v1"

// WorkshopDocument is a workshop's result for the plenary: every trio's
// room as everyone may see it (the room Document, for the public viewer:
// no card before its reveal, no secret vote), table by table, with each
// trio's team point of view and its consent in a sentence beside it.
type WorkshopDocument struct {
	Schema     string    `json:"schema"`
	Code       string    `json:"code"`
	Title      string    `json:"title"`
	Coach      string    `json:"coach"`
	Script     ScriptRef `json:"script"`
	Pace       Pace      `json:"pace"`
	OpenedAt   time.Time `json:"opened_at"`
	UpdatedAt  time.Time `json:"updated_at"` // the last change to the workshop or any of its rooms
	Broadcasts []Said    `json:"broadcasts"`
	Trios      []TrioDoc `json:"trios"`
}

// TrioDoc is one trio's result beside the others'.
type TrioDoc struct {
	Table int `json:"table"`
	// PointOfView is the latest draft as one sentence, and Consent how
	// its vote went; empty and "Not voted on yet." before any draft.
	PointOfView string   `json:"point_of_view"`
	Consent     string   `json:"consent"`
	Room        Document `json:"room"`
}

// ExportWorkshop builds the plenary document of a workshop from its
// trios' rooms, in the order of its tables. A room the store never took
// is left out.
func ExportWorkshop(w Workshop, rooms []Room) WorkshopDocument {
	doc := WorkshopDocument{
		Schema:    WorkshopExportSchema,
		Code:      FormatCode(w.Code),
		Title:     w.Title,
		Coach:     w.CoachName,
		Script:    ScriptRef{Name: w.Script.Name, Title: w.Script.Title},
		Pace:      w.Pace,
		OpenedAt:  w.OpenedAt,
		UpdatedAt: w.UpdatedAt,
	}
	for _, b := range w.Broadcasts {
		doc.Broadcasts = append(doc.Broadcasts, Said{By: w.CoachName, Text: b.Text, At: b.At})
	}
	for i, r := range rooms {
		if r.Seq == 0 || i >= len(w.Trios) {
			continue
		}
		room := Export(ViewFor(r, Nobody))
		trio := TrioDoc{Table: w.Trios[i].Table, Consent: "Not voted on yet.", Room: room}
		if pov := room.PointOfView; pov != nil {
			trio.PointOfView, trio.Consent = pov.Sentence(), room.ConsentOn(pov.Version)
		}
		if r.UpdatedAt.After(doc.UpdatedAt) {
			doc.UpdatedAt = r.UpdatedAt
		}
		doc.Trios = append(doc.Trios, trio)
	}
	return doc
}

// ExportWorkshopJSON writes the plenary document as indented JSON.
func ExportWorkshopJSON(w Workshop, rooms []Room) ([]byte, error) {
	data, err := json.MarshalIndent(ExportWorkshop(w, rooms), "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// Plenary is the workshop's plenary document, for its coach only: it
// holds every trio's revealed work, which is the trios' to show.
func (h *Hub) Plenary(code string, viewer ParticipantID) (WorkshopDocument, error) {
	w, err := h.coachOf(code, viewer, "the plenary export")
	if err != nil {
		return WorkshopDocument{}, err
	}
	return ExportWorkshop(w, h.trioRooms(w)), nil
}

// PlenaryMarkdown is the plenary export as Markdown, for the coach only.
func (h *Hub) PlenaryMarkdown(code string, viewer ParticipantID) ([]byte, error) {
	w, err := h.coachOf(code, viewer, "the plenary export")
	if err != nil {
		return nil, err
	}
	return ExportWorkshopMarkdown(w, h.trioRooms(w)), nil
}

// PlenaryJSON is the plenary export as JSON, for the coach only.
func (h *Hub) PlenaryJSON(code string, viewer ParticipantID) ([]byte, error) {
	w, err := h.coachOf(code, viewer, "the plenary export")
	if err != nil {
		return nil, err
	}
	return ExportWorkshopJSON(w, h.trioRooms(w))
}
