package session

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"io"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"sync"
	"testing"

	"trio/content"
)

const saveFailedSentence = "That could not be saved, so nothing changed and nobody saw it. Try again in a moment."

// reports collects what a hub reports of the store's failures.
type reports struct {
	mu   sync.Mutex
	seen []*SaveFailure
}

func (r *reports) add(f *SaveFailure) { r.mu.Lock(); r.seen = append(r.seen, f); r.mu.Unlock() }

func (r *reports) take() []*SaveFailure {
	r.mu.Lock()
	defer r.mu.Unlock()
	seen := r.seen
	r.seen = nil
	return seen
}

// A fault breaks the store of a room in use and returns what mends it.
type fault func(t *testing.T, f *fixture, path string) (mend func())

// fillTheDisk caps the file where it is, then lets people write until the
// store has no room left, as a disk filling up during a workshop.
func fillTheDisk(t *testing.T, f *fixture, _ string) func() {
	if err := f.store.SetMaxSize(f.ctx, 1); err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		if i == 1000 {
			t.Fatal("a thousand events fit after the cap")
		}
		_, err := f.hub.Do(f.ctx, f.code, maya, MarkReady{Ready: i%2 == 0})
		var full *SaveFailure
		if errors.As(err, &full) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
	}
	return func() {
		if err := f.store.SetMaxSize(f.ctx, 0); err != nil {
			t.Fatal(err)
		}
	}
}

// lockFromAnotherProcess has another process hold the file's write lock
// for longer than the store waits for it. trio waits 5 s; the test has the
// store wait 0.1 s, on its one connection, to stay quick.
func lockFromAnotherProcess(t *testing.T, f *fixture, path string) func() {
	if _, err := f.store.db.ExecContext(f.ctx, "PRAGMA busy_timeout = 100"); err != nil {
		t.Fatal(err)
	}
	holder := exec.Command(os.Args[0], "-test.run=^TestHoldTheStoreLocked$")
	holder.Env = append(os.Environ(), "TRIO_HOLD_LOCK="+path)
	release, err := holder.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := holder.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	for lines.Scan() {
		if lines.Text() == "locked" {
			break
		}
	}
	go io.Copy(io.Discard, out)
	return func() {
		release.Close()
		if err := holder.Wait(); err != nil {
			t.Fatalf("the process holding the lock: %v", err)
		}
	}
}

// TestHoldTheStoreLocked is the other process of lockFromAnotherProcess: it
// takes the file's write lock and keeps it until its input closes.
func TestHoldTheStoreLocked(t *testing.T) {
	path := os.Getenv("TRIO_HOLD_LOCK")
	if path == "" {
		t.Skip("the other process of the lock test")
	}
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), "BEGIN EXCLUSIVE"); err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString("locked\n")
	io.Copy(io.Discard, os.Stdin)
}

// makeReadOnly has SQLite refuse every write, as it does for a file it
// could open only for reading. A chmod of the live file, or of its folder,
// changes nothing while trio holds it open (nor anything for root), and a
// filesystem with a file open for writing cannot be remounted read-only:
// query_only gives the store the same refusal.
func makeReadOnly(t *testing.T, f *fixture, _ string) func() {
	if _, err := f.store.db.ExecContext(f.ctx, "PRAGMA query_only = ON"); err != nil {
		t.Fatal(err)
	}
	return func() {
		if _, err := f.store.db.ExecContext(f.ctx, "PRAGMA query_only = OFF"); err != nil {
			t.Fatal(err)
		}
	}
}

// TestAFailingStoreChangesNothingAndTheRoomGoesOn: whatever stops the store
// from writing, the person asking is told in a sentence, the failure is
// reported once, the room and everyone's view stay as they were, and once
// the fault clears the next change takes the next number; the file then
// replays to the same room.
func TestAFailingStoreChangesNothingAndTheRoomGoesOn(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		fault fault
		cause string
	}{
		{"a full disk", fillTheDisk, "database or disk is full"},
		{"a lock held by another process", lockFromAnotherProcess, "is locked by another program"},
		{"a read-only database", makeReadOnly, "attempt to write a readonly database"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var told reports
			f, path := fileFixture(t, WithSaveFailures(told.add))
			mend := tc.fault(t, f, path)
			told.take()
			before := f.room()
			exported := ExportMarkdown(ViewFor(before, sam))
			sub, err := f.hub.Subscribe(f.code)
			if err != nil {
				t.Fatal(err)
			}
			defer sub.Close()

			_, err = f.hub.Do(f.ctx, f.code, maya, CheckIn{Word: "hopeful"})
			var failure *SaveFailure
			if !errors.As(err, &failure) || err.Error() != saveFailedSentence {
				t.Fatalf("the person was told %q", err)
			}
			if seen := told.take(); len(seen) != 1 || seen[0] != failure {
				t.Fatalf("%d reports of one failure", len(seen))
			}
			if failure.Room != f.code || failure.Seq != before.Seq+1 || !strings.Contains(failure.Err.Error(), tc.cause) {
				t.Fatalf("reported room %s, event %d: %v", failure.Room, failure.Seq, failure.Err)
			}
			if !reflect.DeepEqual(f.room(), before) {
				t.Fatal("the room changed though its event was not stored")
			}
			select {
			case <-sub.C:
				t.Fatal("subscribers were told of a change nobody stored")
			default:
			}
			if got := ExportMarkdown(ViewFor(f.room(), sam)); !reflect.DeepEqual(got, exported) {
				t.Fatal("the export changed")
			}

			mend()
			res := f.do(maya, CheckIn{Word: "hopeful"})
			if res.Event.Seq != before.Seq+1 || res.Event.Body.EventType() != failure.Kind {
				t.Fatalf("after the fault: event %d (%s), want %d (%s)", res.Event.Seq, res.Event.Body.EventType(), before.Seq+1, failure.Kind)
			}
			if seqs := storedSeqs(t, f.store, f.code); len(seqs) != res.Room.Seq || seqs[len(seqs)-1] != res.Room.Seq {
				t.Fatalf("the store holds events %v of a room at event %d", seqs, res.Room.Seq)
			}
			again, err := restart(t, path).Room(f.code)
			if err != nil || !reflect.DeepEqual(again, f.room()) {
				t.Fatalf("the file replays to another room: %v", err)
			}
		})
	}
}

// storedSeqs lists the numbers of a room's stored events.
func storedSeqs(t *testing.T, store Store, code string) []int {
	t.Helper()
	var seqs []int
	err := store.Events(context.Background(), func(e Event) error {
		if e.Room == code {
			seqs = append(seqs, e.Seq)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return seqs
}

// TestADamagedFileRefusesChangesAndTheRoomStaysReadable: bytes overwritten
// in the file while trio serves it. SQLite goes on from the pages it holds
// in memory; once it must read a damaged page (as when the file outgrows
// its cache) every append fails, and the room is still there to read.
func TestADamagedFileRefusesChangesAndTheRoomStaysReadable(t *testing.T) {
	t.Parallel()
	var told reports
	f, path := fileFixture(t, WithSaveFailures(told.add))
	f.goTo(content.KindDiscussion)
	for i := range 60 {
		f.do([]ParticipantID{maya, sam, lee}[i%3], StatePosition{Text: strings.Repeat("a long position ", 20)})
	}
	// Fold the log into the file, so the damage hits what SQLite reads.
	if _, err := f.store.db.ExecContext(f.ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	file, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	info, _ := file.Stat()
	junk := []byte(strings.Repeat("\xde\xad\xbe\xef", 1024))
	for at := int64(4096); at < info.Size(); at += 4096 {
		if _, err := file.WriteAt(junk, at); err != nil {
			t.Fatal(err)
		}
	}
	file.Close()
	if _, err := f.store.db.ExecContext(f.ctx, "PRAGMA shrink_memory"); err != nil {
		t.Fatal(err)
	}
	told.take()
	before := f.room()
	exported := ExportMarkdown(ViewFor(before, sam))

	for range 2 {
		_, err := f.hub.Do(f.ctx, f.code, maya, StatePosition{Text: "one more"})
		var failure *SaveFailure
		if !errors.As(err, &failure) || err.Error() != saveFailedSentence || !errors.Is(err, ErrDamaged) {
			t.Fatalf("an append to a damaged file: %v", err)
		}
		if strings.Contains(err.Error(), path) {
			t.Fatal("the person was shown the server's file")
		}
	}
	if seen := told.take(); len(seen) != 2 || !strings.Contains(seen[0].Err.Error(), path+" is damaged") {
		t.Fatalf("reports: %v", seen)
	}
	if !reflect.DeepEqual(f.room(), before) {
		t.Fatal("the room changed though nothing was stored")
	}
	if got := ExportMarkdown(ViewFor(f.room(), sam)); !reflect.DeepEqual(got, exported) {
		t.Fatal("the room cannot be exported any more")
	}
}
