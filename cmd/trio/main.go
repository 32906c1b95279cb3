// Command trio walks a product trio through a dialogue-versus-discussion
// exercise and leaves them with a shared point of view.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first signal asks trio to stop in good order; a second one, to
	// stop now.
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // something went wrong: the message says what
	exitUsage = 2 // the command line itself was wrong
)

// command is one subcommand of trio.
type command struct {
	name    string
	args    string // what follows the name in the usage line
	summary string
	run     func(ctx context.Context, io cli, args []string) int
}

func commands() []command {
	return []command{
		{"serve", "[--addr ADDRESS] [--host-key FILE] [--allow-keys FILE] [--db PATH]", "serve trio over SSH: a trio joins one room, each from their own terminal", runServe},
		{"workshop", "[--addr ADDRESS] [--host-key FILE] [--allow-keys FILE] [--db PATH]", "serve trio over SSH and run a workshop of 2 to 8 trios from this terminal: every trio's room on one dashboard", runWorkshop},
		{"demo", "[--db PATH] [--script NAME|FILE]", "play a sample session into the store and print its room code", runDemo},
		{"list", "[--db PATH]", "list the rooms in the store", runList},
		{"export", "CODE [--format md|json] [-o FILE] [--db PATH]", "print a room's result as Markdown or JSON", runExport},
		{"rooms", "archive --older-than DURATION [--db PATH]", "archive the rooms nobody has changed for a while: kept and exportable, out of the live count", runRooms},
		{"store", "copy --from STORE --to STORE", "copy every room of a store into an empty one: SQLite to PostgreSQL, or back", runStore},
		{"script", "check FILE | show [NAME]", "check a script file, or print a built-in script or the defaults scripts inherit", runScript},
		{"version", "", "print trio's version", runVersion},
		{"help", "[COMMAND]", "show this help, or a command's", runHelp},
	}
}

// cli is where a command writes.
type cli struct {
	out, err io.Writer
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	out := &output{w: stdout}
	c := cli{out: out, err: stderr}
	code := c.dispatch(ctx, args)
	if err := out.lost(); err != nil && code == exitOK {
		return c.fail(err)
	}
	return code
}

// dispatch runs the command args name, or the app.
func (c cli) dispatch(ctx context.Context, args []string) int {
	if len(args) == 0 || (strings.HasPrefix(args[0], "-") && !isHelpOrVersion(args[0])) {
		return runApp(ctx, c, args)
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help":
		c.usage(c.out)
		return exitOK
	case "-v", "-version", "--version":
		name = "version"
	}
	for _, cmd := range commands() {
		if cmd.name == name {
			return cmd.run(ctx, c, args[1:])
		}
	}
	return c.usageError("unknown command %q", name)
}

func isHelpOrVersion(arg string) bool {
	switch arg {
	case "-h", "-help", "--help", "-v", "-version", "--version":
		return true
	}
	return false
}

func (c cli) usage(w io.Writer) {
	fmt.Fprintln(w, "trio walks a product trio through a dialogue-versus-discussion exercise.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage:")
	fmt.Fprintln(w, "  trio "+appCommand().args)
	for _, cmd := range commands() {
		fmt.Fprintln(w, strings.TrimRight(fmt.Sprintf("  trio %-8s %s", cmd.name, cmd.args), " "))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "With no command, trio opens the app: run a workshop in this terminal.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, cmd := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", cmd.name, cmd.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "The store is %s unless --db or TRIO_DB says otherwise.\n", defaultDBPath())
	fmt.Fprintln(w, "Run 'trio help COMMAND' for a command's flags.")
}

// usageError reports a wrong command line: one line, then the usage, on
// standard error.
func (c cli) usageError(format string, args ...any) int {
	fmt.Fprintf(c.err, "trio: %s\n\n", visible(fmt.Sprintf(format, args...)))
	c.usage(c.err)
	return exitUsage
}

// fail reports an error that is not the command line's fault.
func (c cli) fail(err error) int {
	fmt.Fprintf(c.err, "trio: %s\n", visible(err.Error()))
	return exitError
}
