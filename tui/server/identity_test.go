package server

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"

	"trio/session"
)

// TestIdentityComesFromTheKeyThatSigned: Eve has Maya's public key but not
// her private one. OpenSSH offers Maya's key first (the server accepts the
// offer), cannot sign with it, then signs with Eve's own. The server must
// take her for Eve, never for Maya: Maya's locked room stays closed to her.
func TestIdentityComesFromTheKeyThatSigned(t *testing.T) {
	t.Parallel()
	sshBin, err := exec.LookPath("ssh")
	if err != nil {
		t.Skip("OpenSSH's ssh client is needed to offer a key without signing with it")
	}
	ts := startServer(t)
	maya := newPerson(t, "maya")
	code := ts.openRoom(maya)
	if _, err := ts.hub.Do(t.Context(), code, maya.id(), session.LockRoom{Locked: true}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	// Maya's public key alone, where OpenSSH looks for an identity.
	mayaPub := filepath.Join(dir, "maya")
	os.WriteFile(mayaPub, gossh.MarshalAuthorizedKey(maya.signer.PublicKey()), 0o600)
	// Eve's own key pair.
	_, evePriv, _ := ed25519.GenerateKey(rand.Reader)
	block, err := gossh.MarshalPrivateKey(evePriv, "")
	if err != nil {
		t.Fatal(err)
	}
	eveKey := filepath.Join(dir, "eve")
	os.WriteFile(eveKey, pem.EncodeToMemory(block), 0o600)

	host, port, _ := net.SplitHostPort(ts.addr)
	cmd := exec.Command(sshBin, "-v", "-p", port, "-F", "/dev/null",
		"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
		"-o", "IdentitiesOnly=yes", "-i", mayaPub, "-i", eveKey,
		"eve@"+host, "export", code)
	out, _ := cmd.CombinedOutput()
	if !strings.Contains(string(out), "Server accepts key: "+mayaPub) {
		t.Fatalf("the client never offered Maya's key, so this proves nothing:\n%s", out)
	}
	if !strings.Contains(string(out), "this room is locked: only the people in it can export it.") {
		t.Fatalf("Eve, having offered Maya's key, was taken for Maya:\n%s", out)
	}
}
