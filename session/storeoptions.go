package session

import (
	"strconv"
	"time"
)

// defaultBusyTimeout is how long opening or writing a store waits for
// another program's lock on the file before saying the store is in use.
const defaultBusyTimeout = 5 * time.Second

// StoreOption changes how a store is opened.
type StoreOption func(*storeOptions)

type storeOptions struct {
	busyTimeout time.Duration
}

// WithBusyTimeout sets how long SQLite waits for another program's lock on
// the file (5 s unless set); tests that lock the file use a short one.
func WithBusyTimeout(d time.Duration) StoreOption {
	return func(o *storeOptions) { o.busyTimeout = d }
}

func newStoreOptions(opts []StoreOption) storeOptions {
	o := storeOptions{busyTimeout: defaultBusyTimeout}
	for _, opt := range opts {
		opt(&o)
	}
	return o
}

// busyPragma is the DSN parameter that sets SQLite's busy timeout.
func (o storeOptions) busyPragma() string {
	return "_pragma=busy_timeout(" + strconv.FormatInt(o.busyTimeout.Milliseconds(), 10) + ")"
}
