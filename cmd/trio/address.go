package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"unicode"
)

// An address is typed by a person and may hold anything, escape sequences
// included: it is checked before trio listens, and quoted whenever it is
// shown.

// checkAddress refuses an address that cannot be a HOST:PORT.
func checkAddress(addr string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil || port == "" || strings.ContainsFunc(host+port, func(r rune) bool { return !unicode.IsGraphic(r) || unicode.IsSpace(r) }) {
		return fmt.Errorf("--addr is HOST:PORT, like :2222 or 127.0.0.1:2222, not %s", shown(addr))
	}
	return nil
}

// listenError says why trio cannot listen on addr, in the system's words
// without the address again.
func listenError(addr string, err error) error {
	why := err.Error()
	var (
		dns     *net.DNSError
		bad     *net.AddrError
		syscall *os.SyscallError
	)
	switch {
	case errors.As(err, &dns):
		why = dns.Err
	case errors.As(err, &bad):
		why = bad.Err
	case errors.As(err, &syscall):
		why = syscall.Err.Error()
	}
	return fmt.Errorf("cannot listen on %s (%s). Check --addr, or choose another.", shown(addr), why)
}
