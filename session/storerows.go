package session

import (
	"fmt"
	"time"
)

// rows is what both stores' query results offer: database/sql's for
// SQLite, pgx's for PostgreSQL. The events and unsent tables have the
// same columns in both, so one reader serves them.
type rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// eventRows calls fn for each event the rows hold (room, seq, at, actor,
// type, body); explain turns the store's failures into sentences.
func eventRows(r rows, explain func(error) error, fn func(Event) error) error {
	for r.Next() {
		var (
			e     Event
			at    int64
			actor string
			typ   string
			body  []byte
		)
		if err := r.Scan(&e.Room, &e.Seq, &at, &actor, &typ, &body); err != nil {
			return explain(err)
		}
		e.At = time.Unix(0, at).UTC()
		e.Actor = ParticipantID(actor)
		var err error
		if e.Body, err = DecodeBody(typ, body); err != nil {
			return fmt.Errorf("event %d of room %s: %w", e.Seq, e.Room, err)
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return explain(r.Err())
}

// unsentRows calls fn for each unsent text the rows hold (room, person,
// phase, field, about, text).
func unsentRows(r rows, explain func(error) error, fn func(Unsent) error) error {
	for r.Next() {
		var (
			u      Unsent
			person string
		)
		if err := r.Scan(&u.Room, &person, &u.Phase, &u.Field, &u.About, &u.Text); err != nil {
			return explain(err)
		}
		u.Person = ParticipantID(person)
		if err := fn(u); err != nil {
			return err
		}
	}
	return explain(r.Err())
}
