package session

import (
	"encoding/json"
	"iter"
	"slices"
)

// List is a room's growing list of one kind of thing (contributions,
// builds), shared between snapshots. A room's snapshots each hold their own
// List, and a change makes a new one that shares with the old all it did
// not change: adding to a list of 2,000 copies at most one chunk and the
// chunks' index, never the other 1,999, so a change costs about the same
// whatever the room holds. A List is a value: nothing changes it, and its
// zero value is the empty list.
type List[T any] struct {
	full [][]T // chunks of listChunk items each; a chunk is never written once here
	tail []T   // the newest items, fewer than listChunk
}

// listChunk is how many items a chunk holds: copying one costs little, and
// a room's 2,000 contributions need an index of only 63 chunks.
const listChunk = 32

// ListOf is a list of the items, in order.
func ListOf[T any](items ...T) List[T] {
	var l List[T]
	for _, item := range items {
		l = l.Append(item)
	}
	return l
}

// Len is how many items the list holds.
func (l List[T]) Len() int { return len(l.full)*listChunk + len(l.tail) }

// At is the item at index i, counting from 0; it panics out of range, as
// a slice does.
func (l List[T]) At(i int) T {
	if n := len(l.full) * listChunk; i >= n {
		return l.tail[i-n]
	}
	return l.full[i/listChunk][i%listChunk]
}

// Append is the list with one more item at the end.
func (l List[T]) Append(item T) List[T] {
	l.tail = append(slices.Clip(l.tail), item)
	if len(l.tail) == listChunk {
		l.full = append(slices.Clip(l.full), l.tail)
		l.tail = nil
	}
	return l
}

// Changed is the list with the item at index i changed by change.
func (l List[T]) Changed(i int, change func(*T)) List[T] {
	if n := len(l.full) * listChunk; i >= n {
		l.tail = changed(l.tail, i-n, change)
		return l
	}
	l.full = slices.Clone(l.full)
	l.full[i/listChunk] = changed(l.full[i/listChunk], i%listChunk, change)
	return l
}

// All yields each item with its index, oldest first.
func (l List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for _, chunk := range l.full {
			for _, item := range chunk {
				if !yield(i, item) {
					return
				}
				i++
			}
		}
		for _, item := range l.tail {
			if !yield(i, item) {
				return
			}
			i++
		}
	}
}

// Backward yields each item with its index, newest first: a screen that
// shows the newest items stops once it is full.
func (l List[T]) Backward() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := l.Len() - 1
		for _, item := range slices.Backward(l.tail) {
			if !yield(i, item) {
				return
			}
			i--
		}
		for _, chunk := range slices.Backward(l.full) {
			for _, item := range slices.Backward(chunk) {
				if !yield(i, item) {
					return
				}
				i--
			}
		}
	}
}

// Search finds the first index at which cmp returns 0 or more, in a list
// ordered by what cmp compares (as by id): slices.BinarySearchFunc for a
// List. found reports whether cmp returns 0 there.
func (l List[T]) Search(cmp func(T) int) (i int, found bool) {
	lo, hi := 0, l.Len()
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if cmp(l.At(mid)) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < l.Len() && cmp(l.At(lo)) == 0
}

// Slice is a copy of the items, oldest first; nil when there are none.
func (l List[T]) Slice() []T {
	if l.Len() == 0 {
		return nil
	}
	out := make([]T, 0, l.Len())
	for _, chunk := range l.full {
		out = append(out, chunk...)
	}
	return append(out, l.tail...)
}

// MarshalJSON writes the list as the JSON array a slice of its items would
// be (null when empty, as a nil slice).
func (l List[T]) MarshalJSON() ([]byte, error) { return json.Marshal(l.Slice()) }

// UnmarshalJSON reads a JSON array of items.
func (l *List[T]) UnmarshalJSON(data []byte) error {
	var items []T
	if err := json.Unmarshal(data, &items); err != nil {
		return err
	}
	*l = ListOf(items...)
	return nil
}
