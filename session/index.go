package session

// index maps keys to values, shared between a room's snapshots as its
// Lists are: setting one key copies two small nodes and the few keys that
// share their leaf, never the whole index. A key's hash picks a node of
// 32 by its top 5 bits and a leaf by the next 5. Its zero value is the
// empty index, and nothing changes one once made.
type index[V any] struct {
	root *[indexFan]*[indexFan][]indexEntry[V]
}

const indexFan = 32

type indexEntry[V any] struct {
	key   int
	value V
}

// indexSlots spreads keys over the nodes and leaves (Fibonacci hashing).
func indexSlots(key int) (int, int) {
	h := uint64(key) * 0x9E3779B97F4A7C15
	return int(h >> 59), int(h >> 54 & (indexFan - 1))
}

// get is the value of key, or the zero value when it has none.
func (x index[V]) get(key int) V {
	var zero V
	if x.root == nil {
		return zero
	}
	a, b := indexSlots(key)
	node := x.root[a]
	if node == nil {
		return zero
	}
	for _, e := range node[b] {
		if e.key == key {
			return e.value
		}
	}
	return zero
}

// with is the index with the value of key changed by change (given the
// zero value when key has none). The index it came from stays as it was.
func (x index[V]) with(key int, change func(V) V) index[V] {
	a, b := indexSlots(key)
	root := new([indexFan]*[indexFan][]indexEntry[V])
	if x.root != nil {
		*root = *x.root
	}
	node := new([indexFan][]indexEntry[V])
	if root[a] != nil {
		*node = *root[a]
	}
	leaf := make([]indexEntry[V], 0, len(node[b])+1)
	found := false
	for _, e := range node[b] {
		if e.key == key {
			e.value, found = change(e.value), true
		}
		leaf = append(leaf, e)
	}
	if !found {
		var zero V
		leaf = append(leaf, indexEntry[V]{key: key, value: change(zero)})
	}
	node[b] = leaf
	root[a] = node
	return index[V]{root: root}
}
