package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"trio/content"
)

func runScript(ctx context.Context, c cli, args []string) int {
	f := newFlags(commandNamed("script"))
	rest, code, ok := f.parseOrExplain(c, args)
	if !ok {
		return code
	}
	if len(rest) == 0 {
		return f.wrongArgs(c, "say check FILE or show [NAME]")
	}
	switch rest[0] {
	case "check":
		if len(rest) != 2 {
			return f.wrongArgs(c, "check takes one script file")
		}
		return checkScript(c, rest[1])
	case "show":
		if len(rest) > 2 {
			return f.wrongArgs(c, "show takes at most one script name")
		}
		name := "dialogue-vs-discussion"
		if len(rest) == 2 {
			name = rest[1]
		}
		source, ok := content.BuiltinSource(name)
		if name == "defaults" {
			// What every script inherits unless it writes its own lists.
			source, ok = content.DefaultsSource(), true
		}
		if !ok {
			return f.wrongArgs(c, "no built-in script %q: choose %s, or defaults", name, strings.Join(content.BuiltinNames(), ", "))
		}
		c.out.Write(source)
		return exitOK
	}
	return f.wrongArgs(c, "unknown script command %q: say check FILE or show [NAME]", rest[0])
}

func checkScript(c cli, path string) int {
	script, err := loadScriptFile(path)
	if err != nil {
		var problems content.Problems
		if errors.As(err, &problems) {
			fmt.Fprint(c.err, visible(err.Error()))
			if !strings.HasSuffix(err.Error(), "\n") {
				fmt.Fprintln(c.err)
			}
			fmt.Fprintf(c.err, "%s: %s to fix.\n", visible(path), count(len(problems), "problem"))
			return exitError
		}
		return c.fail(err)
	}
	fmt.Fprintf(c.out, "%s: a good script: %q, %s, about %d minutes.\n",
		visible(path), script.Title, count(len(script.Phases), "phase"), int(script.TotalTime().Minutes()))
	return exitOK
}

// loadScript finds a built-in script by name, or loads a file.
func loadScript(nameOrPath string) (content.Script, error) {
	if s, ok := content.Builtin(nameOrPath); ok {
		return s, nil
	}
	if _, err := os.Stat(nameOrPath); err != nil {
		return content.Script{}, fmt.Errorf("%q is neither a built-in script (%s) nor a file", nameOrPath, strings.Join(content.BuiltinNames(), ", "))
	}
	return loadScriptFile(nameOrPath)
}

// loadScriptFile reads a coach's script from a file. Its error is
// content.Problems when the file was read but has mistakes, each with its
// line.
func loadScriptFile(path string) (content.Script, error) {
	data, err := readNamedFile(path, kindScript)
	if err != nil {
		return content.Script{}, err
	}
	return content.Parse(path, data)
}

func count(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
