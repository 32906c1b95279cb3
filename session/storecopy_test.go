package session

import (
	"context"
	"strings"
	"testing"

	"trio/internal/pgserver"
)

// A store copied into PostgreSQL, and back into a new file, replays every
// room as the first did; a target holding rooms is refused.
func TestAStoreIsCopiedWhole(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t)
	f.do(sam, CheckIn{Word: "curious"})
	f.hub.KeepUnsent(f.code, maya, mayasPosition, "Half a thought")
	f.hub.writeUnsentNow()
	pg, err := OpenPostgres(ctx, pgserver.Database(t))
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	copied, err := CopyStore(ctx, f.store, pg)
	if err != nil {
		t.Fatal(err)
	}
	if copied.Rooms != 1 || copied.Events != f.room().Seq || copied.Unsent != 1 {
		t.Errorf("copied %+v, want one room of %d events and one unsent text", copied, f.room().Seq)
	}
	back, err := OpenStore(ctx, t.TempDir()+"/back.db")
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	if _, err := CopyStore(ctx, pg, back); err != nil {
		t.Fatal(err)
	}
	if _, err := CopyStore(ctx, f.store, pg); err == nil || !strings.Contains(err.Error(), "holds") {
		t.Errorf("copying into a store that holds rooms: %v", err)
	}
}
