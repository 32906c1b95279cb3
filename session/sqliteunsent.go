package session

import (
	"context"
	"fmt"
)

// KeepUnsent writes a batch of unsent texts in one transaction, so a burst
// of typing costs the disk one sync: a text replaces its field's last, an
// empty one deletes it.
func (s *SQLiteStore) KeepUnsent(ctx context.Context, batch []Unsent) error {
	if len(batch) == 0 {
		return nil
	}
	if s.schema < unsentSchema {
		return fmt.Errorf("%s was opened to read it at an older schema (%d), which keeps no unsent text", s.path, s.schema)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.explain(err)
	}
	defer tx.Rollback() // after a commit, does nothing
	upsert, err := tx.PrepareContext(ctx, `INSERT INTO unsent (room, person, phase, field, about, text) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (room, person, phase, field, about) DO UPDATE SET text = excluded.text`)
	if err != nil {
		return s.explain(err)
	}
	defer upsert.Close()
	remove, err := tx.PrepareContext(ctx, "DELETE FROM unsent WHERE room = ? AND person = ? AND phase = ? AND field = ? AND about = ?")
	if err != nil {
		return s.explain(err)
	}
	defer remove.Close()
	for _, u := range batch {
		key := []any{u.Room, string(u.Person), u.Phase, u.Field, u.About}
		if u.Text == "" {
			_, err = remove.ExecContext(ctx, key...)
		} else {
			_, err = upsert.ExecContext(ctx, append(key, u.Text)...)
		}
		if err != nil {
			return s.explain(err)
		}
	}
	return s.explain(tx.Commit())
}

// Unsent reads every unsent text kept. A store read at a schema older than
// the unsent table has none.
func (s *SQLiteStore) Unsent(ctx context.Context, fn func(Unsent) error) error {
	if s.schema < unsentSchema {
		return nil
	}
	rows, err := s.db.QueryContext(ctx, "SELECT room, person, phase, field, about, text FROM unsent") //nolint:rowserrcheck // unsentRows checks it
	if err != nil {
		return s.explain(err)
	}
	defer rows.Close()
	return unsentRows(rows, s.explain, fn)
}
