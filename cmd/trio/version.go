package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3";
// otherwise it comes from the module's build information.
var version = ""

func runVersion(ctx context.Context, c cli, args []string) int {
	f := newFlags(commandNamed("version"))
	rest, code, ok := f.parseOrExplain(c, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		return f.wrongArgs(c, "version takes no arguments")
	}
	fmt.Fprintf(c.out, "trio %s (%s)\n", trioVersion(), runtime.Version())
	return exitOK
}

func trioVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}
