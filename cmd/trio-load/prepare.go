package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"trio/content"
	"trio/session"
)

// To measure a trio that runs on its own (trio serve), its rooms must be
// there before the clients come: prepare writes them into a store that
// trio serve then serves, and a plan that tells the run which rooms there
// are and whose keys are in them. The keys themselves are never written:
// they come from the plan's seed.

// plan is what prepare wrote.
type plan struct {
	Seed  string        `json:"seed"` // hex: every member's key is made from it
	Rooms []plannedRoom `json:"rooms"`
	// Phase is where the rooms are: their check-in unless prepare filled
	// them in their discussion round.
	Phase content.Kind `json:"phase,omitempty"`
}

type plannedRoom struct {
	Index   int    `json:"index"`
	Code    string `json:"code"`
	Members int    `json:"members"`
}

func (p plan) seed() []byte {
	b, _ := hex.DecodeString(p.Seed)
	return b
}

func readPlan(path string) (plan, error) {
	var p plan
	data, err := os.ReadFile(path)
	if err != nil {
		return p, fmt.Errorf("cannot read the plan: %w", err)
	}
	if err := json.Unmarshal(data, &p); err != nil {
		return p, fmt.Errorf("%s is not a plan trio-load prepare wrote: %w", path, err)
	}
	if len(p.Rooms) == 0 || len(p.seed()) == 0 {
		return p, fmt.Errorf("%s has no rooms: prepare them with trio-load prepare", path)
	}
	return p, nil
}

// runPrepare opens rooms in a store and writes the plan.
func runPrepare(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("trio-load prepare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "the trio store `FILE` to write the rooms into (trio serve --db FILE serves them)")
	planPath := fs.String("plan", "trio-load-plan.json", "where to write the plan `FILE`")
	rooms := fs.Int("rooms", 1000, "rooms to open")
	members := fs.Int("members", 3, "members of each room (at most 12)")
	contributions := fs.Int("contributions", 0, "positions each room already holds, its members' in turn, in the discussion round where the load then types (0: the rooms stay in their check-in)")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: trio-load prepare --db FILE [--plan FILE] [--rooms N] [--members N] [--contributions N]\n\n"+
			"Opens rooms in a trio store for trio serve to serve, and writes the plan that\n"+
			"trio-load --addr HOST:PORT --plan FILE needs to join them.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *db == "" {
		fmt.Fprintln(stderr, "trio-load prepare: which store? Add --db FILE, the file trio serve --db will serve.")
		return 2
	}
	if *rooms < 1 || *members < 2 || *members > session.MaxParticipants {
		fmt.Fprintf(stderr, "trio-load prepare: --rooms must be at least 1 and --members between 2 and %d.\n", session.MaxParticipants)
		return 2
	}
	if *contributions < 0 || *contributions > session.MaxContributions {
		fmt.Fprintf(stderr, "trio-load prepare: --contributions must be between 0 and %d, the most a room holds.\n", session.MaxContributions)
		return 2
	}
	store, err := session.OpenStore(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "trio-load prepare: %v\n", err)
		return 1
	}
	defer store.Close()
	hub, err := session.NewHub(ctx, store)
	if err != nil {
		fmt.Fprintf(stderr, "trio-load prepare: %v\n", err)
		return 1
	}
	seed := make([]byte, 32)
	rand.Read(seed)
	p := plan{Seed: hex.EncodeToString(seed)}
	if *contributions > 0 {
		p.Phase = content.KindDiscussion
	}
	for r := range *rooms {
		ids := make([]string, *members)
		for m := range ids {
			ids[m] = participantID(memberKey(seed, r, m))
		}
		code, err := openTrioRoom(ctx, hub, ids)
		if err == nil && *contributions > 0 {
			err = fillRoom(ctx, hub, code, ids, *contributions)
		}
		if err != nil {
			fmt.Fprintf(stderr, "trio-load prepare: room %d: %v\n", r+1, err)
			return 1
		}
		p.Rooms = append(p.Rooms, plannedRoom{Index: r, Code: code, Members: *members})
	}
	data, _ := json.MarshalIndent(p, "", "  ")
	if err := os.WriteFile(*planPath, append(data, '\n'), 0o600); err != nil {
		fmt.Fprintf(stderr, "trio-load prepare: cannot write the plan: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "Opened %d rooms of %d in %s and wrote the plan to %s.\n", *rooms, *members, *db, *planPath)
	fmt.Fprintf(stdout, "Serve them without the limits meant for strangers, for example:\n")
	fmt.Fprintf(stdout, "  trio serve --db %s --addr 127.0.0.1:2222 --max-sessions 10000 --connect-rate 1000 --max-waiting 1000 --max-waiting-per-address 100 --max-waiting-start 0\n", *db)
	fmt.Fprintf(stdout, "then measure them:\n  trio-load --addr 127.0.0.1:2222 --plan %s --server-pid PID\n", *planPath)
	return 0
}

// fillRoom moves a room on to its discussion round and has its members
// state n positions there in turn: a room as full as a long session, or a
// flood, leaves it, to measure what a word costs then.
func fillRoom(ctx context.Context, hub *session.Hub, code string, ids []string, n int) error {
	for {
		r, err := hub.Room(code)
		if err != nil {
			return err
		}
		if r.CurrentPhase().Kind == content.KindDiscussion {
			break
		}
		if _, err := hub.Do(ctx, code, r.Facilitator, session.NextPhase{}); err != nil {
			return fmt.Errorf("moving on to the discussion round: %w", err)
		}
	}
	for i := range n {
		text := fmt.Sprintf("Position %d, stated to fill the room before it is measured.", i+1)
		if _, err := hub.Do(ctx, code, session.ParticipantID(ids[i%len(ids)]), session.StatePosition{Text: text}); err != nil {
			return fmt.Errorf("position %d: %w", i+1, err)
		}
	}
	return nil
}
