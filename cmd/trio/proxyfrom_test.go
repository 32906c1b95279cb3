package main

import (
	"strings"
	"testing"
)

// --proxy-from names balancers by address or network; anything else is
// refused in one line, before the server starts.
func TestProxyFromTakesAddressesAndNetworks(t *testing.T) {
	t.Parallel()
	_, stderr, code := trio(t, "serve", "--db", t.TempDir()+"/trio.db", "--addr", "127.0.0.1:0", "--host-key", t.TempDir()+"/key", "--proxy-from", "balancer.internal")
	if code != exitUsage || !strings.Contains(stderr, "--proxy-from") || !strings.Contains(stderr, "neither an address nor a network") {
		t.Errorf("exit %d: %s", code, stderr)
	}
}
