package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"trio/session"
)

func runDemo(ctx context.Context, c cli, args []string) int {
	f := newFlags(commandNamed("demo"))
	db := dbFlag(f)
	scriptName := f.String("script", "dialogue-vs-discussion", "a built-in script's `NAME`, or a script FILE")
	rest, code, ok := f.parseOrExplain(c, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		return f.wrongArgs(c, "demo takes no arguments, got %q", rest[0])
	}
	script, err := loadScript(*scriptName)
	if err != nil {
		return c.fail(err)
	}
	// The sample session is played on a clock of its own that ends now, so
	// its timeline reads like an hour that just happened.
	var mu sync.Mutex
	clock := time.Now().Add(-script.TotalTime())
	now := func() time.Time { mu.Lock(); defer mu.Unlock(); return clock }
	advance := func(d time.Duration) { mu.Lock(); defer mu.Unlock(); clock = clock.Add(d) }
	hub, closeStore, err := claimHub(ctx, *db, session.WithClock(now))
	if err != nil {
		return c.fail(err)
	}
	defer closeStore()
	room, err := session.PlayDemo(ctx, hub, script, advance)
	if err != nil {
		return c.fail(err)
	}
	roomCode := session.FormatCode(room.Code)
	fmt.Fprintf(c.out, "%s\n", roomCode)
	fmt.Fprintf(c.err, "Played a sample session into %s.\nSee its result with: trio export %s\n", session.ShownStore(*db), roomCode)
	return exitOK
}
