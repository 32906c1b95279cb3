package server

import (
	"net"
	"net/netip"
	"strings"
	"testing"
	"time"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"
)

// dialThrough opens an SSH connection that first sends a PROXY header, as
// a balancer in front of trio would for a client at 203.0.113.7.
func dialThrough(t *testing.T, addr string, p person, header string) (*gossh.Client, error) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if header != "" {
		if _, err := conn.Write([]byte(header)); err != nil {
			t.Fatal(err)
		}
	}
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	c, chans, reqs, err := gossh.NewClientConn(conn, addr, &gossh.ClientConfig{
		User: p.name, Auth: []gossh.AuthMethod{gossh.PublicKeys(p.signer)}, HostKeyCallback: gossh.InsecureIgnoreHostKey(),
	})
	if err != nil {
		conn.Close()
		return nil, err
	}
	conn.SetDeadline(time.Time{})
	return gossh.NewClient(c, chans, reqs), nil
}

const balancedClient = "PROXY TCP4 203.0.113.7 127.0.0.1 40000 22\r\n"

// From a trusted balancer the client's own address is the one the server
// knows (its limits count it); from anyone else a PROXY header is
// refused, and the balancer must send one.
func TestTheClientsAddressComesOnlyFromTrustedBalancers(t *testing.T) {
	t.Parallel()
	var logged syncBuffer
	trusted := []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}
	ts := startServerOn(t, func(ln net.Listener) net.Listener { return ProxiedListener(ln, trusted) },
		func(cfg *Config) { cfg.Logger = log.New(&logged) })
	maya := newPerson(t, "maya")
	client, err := dialThrough(t, ts.addr, maya, balancedClient)
	if err != nil {
		t.Fatalf("through the trusted balancer: %v", err)
	}
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	sess.Run("help")
	client.Close()
	waitUntil(t, "the log names the client's own address", func() bool { return strings.Contains(string(logged.Bytes()), "203.0.113.7") })
	if _, err := dialThrough(t, ts.addr, maya, ""); err == nil {
		t.Error("the trusted balancer's connection without a header was served")
	}

	elsewhere := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}
	untrusting := startServerOn(t, func(ln net.Listener) net.Listener { return ProxiedListener(ln, elsewhere) })
	if _, err := dialThrough(t, untrusting.addr, maya, balancedClient); err == nil {
		t.Error("a PROXY header from an untrusted address was believed")
	}
	if _, err := dialThrough(t, untrusting.addr, maya, ""); err != nil {
		t.Errorf("a client without a header, not through a balancer: %v", err)
	}
}

func TestTrustedProxiesAreParsedOrRefusedInWords(t *testing.T) {
	got, err := TrustedProxies("10.0.0.0/8, 192.168.1.5,::1")
	if err != nil || len(got) != 3 || got[1].String() != "192.168.1.5/32" || got[2].String() != "::1/128" {
		t.Errorf("parsed %v, %v", got, err)
	}
	if _, err := TrustedProxies("balancer.internal"); err == nil || !strings.Contains(err.Error(), "neither an address nor a network") {
		t.Errorf("a name: %v", err)
	}
}
