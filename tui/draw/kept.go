package draw

import "sync/atomic"

// Kept is a drawing kept until what it shows changes: Of draws again only
// when the key differs from the one it was drawn for. The key must hold
// everything the drawing depends on; TestACachedFrameIsAFreshFrame in tui
// checks that it does, by drawing every frame with nothing kept.
type Kept[K comparable, V any] struct {
	key   K
	value V
	ok    bool
}

// Of is the drawing for key, drawn by draw when it is not kept.
func (k *Kept[K, V]) Of(key K, draw func() V) V {
	if Fresh() {
		return draw()
	}
	if !k.ok || k.key != key {
		k.key, k.value, k.ok = key, draw(), true
	}
	return k.value
}

// Forget drops the drawing, so the next Of draws again.
func (k *Kept[K, V]) Forget() { *k = Kept[K, V]{} }

// KeptLines are items' drawn lines by id, at one width in one palette:
// an item that never changes once made (a contribution) is wrapped once.
type KeptLines struct {
	width int
	dark  bool
	lines map[int][]string
}

// Of is item id's lines at width in the palette, drawn by draw when they
// are not kept. Lines kept at another width or in other colours are
// forgotten.
func (k *KeptLines) Of(id, width int, dark bool, draw func() []string) []string {
	if Fresh() {
		return draw()
	}
	if k.lines == nil || k.width != width || k.dark != dark {
		k.width, k.dark, k.lines = width, dark, map[int][]string{}
	}
	if lines, ok := k.lines[id]; ok {
		return lines
	}
	lines := draw()
	k.lines[id] = lines
	return lines
}

// fresh turns every kept drawing off: each is drawn anew, and nothing is
// kept for later. Only tests turn it on, to compare a kept frame with a
// fresh one.
var fresh atomic.Bool

// Fresh reports whether kept drawings are turned off.
func Fresh() bool { return fresh.Load() }

// SetFresh turns kept drawings off (true) or on again (false).
func SetFresh(on bool) { fresh.Store(on) }
