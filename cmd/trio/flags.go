package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"trio/content/prose"
)

// flags parses a command's flags wherever they stand among its arguments
// (trio export CODE --format json), and returns the other arguments.
type flags struct {
	*flag.FlagSet
	cmd command
}

func newFlags(cmd command) flags {
	fs := flag.NewFlagSet("trio "+cmd.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return flags{FlagSet: fs, cmd: cmd}
}

// errHelp means the person asked for the command's help.
var errHelp = errors.New("help requested")

func (f flags) parse(args []string) ([]string, error) {
	var rest []string
	for {
		if err := f.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, errHelp
			}
			if name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: "); ok {
				// Say it as it was typed: --nope, not -nope.
				if slices.ContainsFunc(args, func(a string) bool { return strings.HasPrefix(a, "-"+name) }) {
					name = "-" + name
				}
				return nil, fmt.Errorf("unknown flag %s", name)
			}
			return nil, err
		}
		if f.NArg() == 0 {
			return rest, f.outOfRange()
		}
		rest = append(rest, f.Arg(0))
		args = f.Args()[1:]
	}
}

// usage writes the command's own usage and flags.
func (f flags) usage(w io.Writer) {
	fmt.Fprintf(w, "Usage: %s %s\n\n%s.\n", strings.TrimSpace("trio "+f.cmd.name), f.cmd.args, prose.Capitalize(f.cmd.summary))
	var someFlag bool
	f.VisitAll(func(*flag.Flag) { someFlag = true })
	if !someFlag {
		return
	}
	fmt.Fprintln(w, "\nFlags:")
	f.VisitAll(func(fl *flag.Flag) {
		name, usage := flag.UnquoteUsage(fl)
		if p, ok := fl.Value.(interface{ placeholder() string }); ok && name == "value" {
			name = p.placeholder()
		}
		dash := "--"
		if len(fl.Name) == 1 {
			dash = "-"
		}
		left := dash + fl.Name
		if name != "" {
			left += " " + name
		}
		fmt.Fprintf(w, "  %-26s %s", left, usage)
		if fl.DefValue != "" && fl.DefValue != "false" {
			fmt.Fprintf(w, " (default %s)", fl.DefValue)
		}
		fmt.Fprintln(w)
	})
}

// parseOrExplain parses args; on a wrong flag it writes one line and the
// command's usage to standard error. ok is false when the command should
// return code.
func (f flags) parseOrExplain(c cli, args []string) (rest []string, code int, ok bool) {
	rest, err := f.parse(args)
	switch {
	case errors.Is(err, errHelp):
		f.usage(c.out)
		return nil, exitOK, false
	case err != nil:
		return nil, f.wrongArgs(c, "%v", err), false
	}
	return rest, exitOK, true
}

// wrongArgs reports a wrong number or kind of arguments.
func (f flags) wrongArgs(c cli, format string, args ...any) int {
	fmt.Fprintf(c.err, "%s: %s\n\n", strings.TrimSpace("trio "+f.cmd.name), visible(fmt.Sprintf(format, args...)))
	f.usage(c.err)
	return exitUsage
}

func commandNamed(name string) command {
	for _, c := range commands() {
		if c.name == name {
			return c
		}
	}
	panic("no command " + name)
}
