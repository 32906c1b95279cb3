package main

import "context"

func runHelp(ctx context.Context, c cli, args []string) int {
	switch len(args) {
	case 0:
		c.usage(c.out)
		return exitOK
	case 1:
		for _, cmd := range commands() {
			if cmd.name == args[0] {
				return cmd.run(ctx, c, []string{"--help"})
			}
		}
		return c.usageError("unknown command %q", args[0])
	}
	return c.usageError("help takes at most one command")
}
