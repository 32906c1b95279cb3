package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"trio/session"
)

// options is one run of the load generator, as the flags set it.
type options struct {
	scenario     string
	sessions     int
	members      int
	rate         float64
	duration     time.Duration
	settle       time.Duration
	idleWindow   time.Duration
	step         int
	stepDuration time.Duration
	p99Limit     time.Duration
	timeout      time.Duration
	parallel     int
	width        int
	height       int
	textLen      int
	floor        bool
	addr         string
	generic      bool
	planFile     string
	serverPID    int
	jsonOut      string
	smoke        bool
	trioBin      string
	db           string
	trio         bool
	cpuProfile   string
	serverProf   string
	// instances is how many trio servers share the store: 1 on a SQLite
	// file, 2 on the PostgreSQL database at pg (a throwaway one if empty).
	instances int
	pg        string
	// peer is another SSH chat's program, measured beside trio and the
	// floor; peerArgs how it is told its address and host key.
	peer     string
	peerArgs string
	// runs is how many times the whole measurement is made.
	runs int
}

const usageHead = `Usage: trio-load [flags]
       trio-load prepare --db FILE --plan FILE [--rooms N] [--members N]
       trio-load open-rooms --addr HOST:PORT [--sessions N] [--duration D]

Measures trio over SSH: clients with terminals (each screen drawn by a
terminal emulator) join rooms, type, and time what shows on every screen.
By default trio and the floor (a minimal SSH relay of lines on the same
SSH library) run as child processes, one after the other, and every trio
figure is printed beside the floor's.

Scenarios:
  rooms     --sessions in rooms of --members, every room active at --rate
  idle      --sessions held open without a key pressed: memory and CPU
  crowd     one room of --members (trio holds at most 12), active at --rate
  capacity  rooms added --step sessions at a time until fan-out p99 passes
            --p99-limit or a connection fails; reports the most held
  workshop  a coach's dashboard of --sessions/--members trios (2 to 8;
            default 8 of 3), in trio's process as trio workshop opens it,
            every room active at --rate: each change a member's key makes
            there timed to the coach's screen, beside the fan-out; then the
            same without the dashboard, for the CPU it costs
  start     trio in local mode started --sessions times (default 20) in a
            terminal: the time to its first screen
  targets   every figure of the performance table in one run: rooms (300
            sessions, 100 rooms at 0.5/s for --duration), idle (500),
            capacity (steps of 250), start, and the store (100,000 events)

Several servers:
  --instances 2   two trio servers sharing one PostgreSQL database, each
                  room's members spread over both: fan-out within one
                  server and across the two, and durable events a second,
                  beside one trio on SQLite measured in the same run (the
                  rooms scenario for --duration 20s; no floor: it has no
                  store to share)
  --pg DSN        the empty database they share (default: a throwaway
                  PostgreSQL, with fsync on, removed after)

Another chat beside trio:
  --peer BINARY   start this SSH chat on a free loopback port with a
                  throwaway host key (--peer-args, ssh-chat's by default),
                  and measure it as --generic does, after trio and the
                  floor in the same run: three columns, and the ratios
                  the targets name (the crowd scenario only)
  --runs N        the whole measurement N times, each server in turn in
                  each run; every figure and ratio as min / median / max

A running server:
  --addr HOST:PORT --plan FILE   trio serving a store that prepare wrote
  --addr HOST:PORT --generic     any SSH chat: everyone in one room, a line
                                 typed, then Enter
  --server-pid PID               read its memory and CPU from /proc

Flags:
`

func parseOptions(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("trio-load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usageHead)
		fs.PrintDefaults()
	}
	fs.StringVar(&o.scenario, "scenario", "rooms", "rooms, idle, crowd, capacity, workshop, start or targets")
	fs.IntVar(&o.sessions, "sessions", 0, "sessions to connect (default: rooms 300, idle 500, crowd --members, workshop 24; capacity: the most to try, 3000)")
	fs.IntVar(&o.members, "members", 0, "members of each room (default 3; crowd 12)")
	fs.Float64Var(&o.rate, "rate", 0.5, "contributions a second in each room")
	fs.DurationVar(&o.duration, "duration", 30*time.Second, "how long the rooms are active (idle: how long the idle sessions are measured)")
	fs.DurationVar(&o.settle, "settle", 5*time.Second, "wait this long after connecting before measuring (idle: 10s unless set)")
	fs.DurationVar(&o.idleWindow, "idle-window", 3*time.Second, "before the rooms turn active, measure the server idle this long (10s beside a --peer)")
	fs.IntVar(&o.step, "step", 150, "capacity: sessions added each step")
	fs.DurationVar(&o.stepDuration, "step-duration", 10*time.Second, "capacity: how long each step's rooms are active")
	fs.DurationVar(&o.p99Limit, "p99-limit", 50*time.Millisecond, "capacity: the fan-out p99 a step may reach")
	fs.DurationVar(&o.timeout, "timeout", 5*time.Second, "how long to wait for a text on a screen, or a connection, before counting it lost")
	fs.IntVar(&o.parallel, "connect-parallel", 16, "connections made at once")
	fs.IntVar(&o.width, "width", 80, "terminal width")
	fs.IntVar(&o.height, "height", 24, "terminal height")
	fs.IntVar(&o.textLen, "text-len", 8, "letters in each contribution, a unique marker")
	fs.BoolVar(&o.floor, "floor", true, "also measure the floor, for the ratio")
	fs.BoolVar(&o.trio, "trio", true, "measure trio (--trio=false with the floor alone shows what the clients themselves can drive)")
	fs.StringVar(&o.cpuProfile, "cpuprofile", "", "write trio-load's own CPU profile to `FILE`")
	fs.StringVar(&o.serverProf, "server-cpuprofile", "", "write each server's CPU profile, while measured, to `PREFIX`-trio.pprof and PREFIX-floor.pprof")
	fs.StringVar(&o.addr, "addr", "", "measure the server at `HOST:PORT` instead of starting trio")
	fs.BoolVar(&o.generic, "generic", false, "with --addr: a generic SSH chat, all clients in one room")
	fs.StringVar(&o.planFile, "plan", "", "with --addr: the plan `FILE` trio-load prepare wrote")
	fs.IntVar(&o.serverPID, "server-pid", 0, "with --addr: the server's process id, to read its memory and CPU")
	fs.StringVar(&o.jsonOut, "json", "", "also write the figures as JSON to `FILE` (- for standard output)")
	fs.BoolVar(&o.smoke, "smoke", false, "a run of a few seconds: one room of 3 and the floor, for CI")
	fs.StringVar(&o.trioBin, "trio-bin", "", "start: the trio `BINARY` to start (default: trio beside trio-load, on the PATH, or built from this checkout)")
	fs.StringVar(&o.db, "db", "", "start: the store `FILE` trio opens (default: a fresh one each time)")
	fs.IntVar(&o.instances, "instances", 1, "trio servers sharing the store: 1 (SQLite) or 2 (PostgreSQL)")
	fs.StringVar(&o.pg, "pg", "", "with --instances 2: an empty PostgreSQL database as postgres://USER@HOST/DATABASE (default: a throwaway server)")
	fs.StringVar(&o.peer, "peer", "", "also measure the SSH chat `BINARY`, started by trio-load (crowd scenario)")
	fs.StringVar(&o.peerArgs, "peer-args", defaultPeerArgs, "with --peer: its arguments; {addr} is the HOST:PORT to listen on, {key} a host key file")
	fs.IntVar(&o.runs, "runs", 1, "measure this many times, servers interleaved, and print min / median / max")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("trio-load takes flags only, not %q: see trio-load -h", fs.Arg(0))
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if err := o.checkInstances(set); err != nil {
		return o, err
	}
	if o.smoke {
		o.smokeDefaults(set)
	}
	o.scenarioDefaults(set)
	o.peerDefaults(set)
	if err := o.check(); err != nil {
		return o, err
	}
	if err := o.checkPeer(set); err != nil {
		return o, err
	}
	return o, o.checkRuns()
}

// smokeDefaults makes a run of a few seconds, unless a flag says otherwise.
func (o *options) smokeDefaults(set map[string]bool) {
	defaults := map[string]func(){
		"scenario": func() { o.scenario = "rooms" },
		"sessions": func() {
			o.sessions = 3
			switch {
			case o.scenario == "workshop":
				o.sessions = session.MinTrios * 3 // the fewest trios a workshop has
			case o.instances > 1:
				o.sessions = 6 // two rooms, one opened on each server
			}
		},
		"rate":        func() { o.rate = 2 },
		"duration":    func() { o.duration = 2 * time.Second },
		"settle":      func() { o.settle = 300 * time.Millisecond },
		"idle-window": func() { o.idleWindow = 500 * time.Millisecond },
	}
	for name, apply := range defaults {
		if !set[name] {
			apply()
		}
	}
}

func (o *options) scenarioDefaults(set map[string]bool) {
	if o.members == 0 {
		o.members = 3
		if o.scenario == "crowd" {
			o.members = 12
		}
	}
	if o.sessions == 0 {
		switch o.scenario {
		case "rooms":
			o.sessions = 300
		case "idle":
			o.sessions = 500
		case "crowd":
			o.sessions = o.members
		case "capacity":
			o.sessions = 3000
		case "start":
			o.sessions = 20
		case "workshop":
			o.sessions = session.MaxTrios * o.members
		}
	}
	if o.scenario == "workshop" && !set["floor"] {
		o.floor = false // the floor has no workshop
	}
	if o.instances > 1 {
		o.floor = false // the floor has no store to share
		if !set["duration"] && !o.smoke {
			o.duration = 20 * time.Second // two runs and two stores in about a minute and a half
		}
	}
	if o.scenario == "idle" && !set["settle"] {
		o.settle = 10 * time.Second
	}
	if o.scenario == "crowd" {
		o.sessions = o.members
	}
}

func (o *options) check() error {
	switch o.scenario {
	case "rooms", "idle", "crowd", "capacity":
	case "workshop":
		if err := o.checkWorkshop(); err != nil {
			return err
		}
	case "targets": // each of its runs is set up and checked on its own
		if o.addr != "" || o.generic {
			return errors.New("the targets run starts trio and the floor itself: leave out --addr")
		}
		return nil
	case "start":
		if o.sessions < 1 {
			return errors.New("--sessions is how many times to start trio: at least 1")
		}
		if o.addr != "" {
			return errors.New("the start scenario starts trio itself: leave out --addr")
		}
		return nil
	default:
		return fmt.Errorf("there is no scenario %q: choose rooms, idle, crowd, capacity, workshop, start or targets", o.scenario)
	}
	if o.trioBin != "" || o.db != "" {
		return errors.New("--trio-bin and --db go with --scenario start")
	}
	switch {
	case o.members < 2:
		return errors.New("a room needs at least 2 members: one types, the others watch")
	case o.sessions < o.members:
		return fmt.Errorf("--sessions %d is fewer than one room of %d", o.sessions, o.members)
	case o.rate < 0 || (o.rate == 0 && o.scenario != "idle"):
		return errors.New("--rate must be above 0: contributions a second in each room")
	case o.textLen < 3 || o.textLen > 32:
		return errors.New("--text-len is between 3 and 32 letters (a check-in word holds 32)")
	case o.step < o.members:
		return fmt.Errorf("--step must add at least one room of %d", o.members)
	case o.parallel < 1:
		return errors.New("--connect-parallel must be at least 1")
	case o.width < 20 || o.height < 5:
		return errors.New("the terminal must be at least 20x5")
	case o.generic && o.addr == "":
		return errors.New("--generic measures a server at an address: add --addr HOST:PORT")
	case o.generic && o.scenario == "capacity":
		return errors.New("capacity adds rooms, and a generic chat has one: use --scenario crowd or rooms with --sessions")
	case o.generic && o.planFile != "":
		return errors.New("--generic and --plan do not go together: a plan is for trio")
	case o.addr != "" && !o.generic && o.planFile == "":
		return errors.New("for trio at an address, give the --plan FILE that trio-load prepare wrote (or --generic for another chat)")
	case o.addr != "" && o.serverProf != "":
		return errors.New("--server-cpuprofile needs the servers trio-load starts: leave out --addr")
	case o.addr == "" && (o.planFile != "" || o.serverPID != 0):
		return errors.New("--plan and --server-pid go with --addr")
	case !o.trio && (!o.floor || o.addr != ""):
		return errors.New("--trio=false leaves only the floor to measure: keep --floor and leave out --addr")
	case o.addr != "" && !isLoopback(o.addr):
		return fmt.Errorf("trio-load only measures servers on this machine's loopback, not %s", o.addr)
	}
	return nil
}

// checkWorkshop checks what only the workshop scenario asks: whole trios,
// as many as a workshop holds, and trio started by trio-load itself.
func (o *options) checkWorkshop() error {
	trios := o.sessions / max(1, o.members)
	switch {
	case o.addr != "":
		return errors.New("the workshop scenario starts trio itself, with the coach's dashboard in it: leave out --addr")
	case o.floor || !o.trio:
		return errors.New("the workshop scenario measures trio alone: the floor has no workshop, so leave out --floor and --trio")
	case o.members < 2 || o.sessions%o.members != 0:
		return fmt.Errorf("--sessions %d does not make whole rooms of %d: give a multiple of --members", o.sessions, o.members)
	case o.width < 64 || o.height < 20:
		return errors.New("the coach's dashboard needs a terminal of at least 64x20: raise --width and --height")
	case trios < session.MinTrios || trios > session.MaxTrios:
		return fmt.Errorf("a workshop has %d to %d trios, and --sessions %d makes %d rooms of %d: give --sessions from %d to %d",
			session.MinTrios, session.MaxTrios, o.sessions, trios, o.members, session.MinTrios*o.members, session.MaxTrios*o.members)
	}
	return nil
}

// checkInstances checks what several servers on one store ask: two of
// them, trio started by trio-load itself, in the rooms scenario, and a
// PostgreSQL database to share.
func (o *options) checkInstances(set map[string]bool) error {
	switch {
	case o.instances != 1 && o.instances != 2:
		return fmt.Errorf("--instances is 1 (one trio on a SQLite file) or 2 (two trios sharing a PostgreSQL database), not %d", o.instances)
	case o.instances == 1 && o.pg != "":
		return errors.New("--pg is the database two trio servers share: add --instances 2")
	case o.instances == 1:
		return nil
	case set["scenario"] && o.scenario != "rooms":
		return fmt.Errorf("--instances 2 measures the rooms scenario, not %s: leave out --scenario", o.scenario)
	case o.addr != "" || o.generic || o.planFile != "":
		return errors.New("--instances 2 starts its trio servers itself: leave out --addr, --generic and --plan")
	case !o.trio:
		return errors.New("--instances 2 measures trio: leave out --trio=false")
	case set["floor"] && o.floor:
		return errors.New("--instances 2 measures trio alone: the floor has no store to share, so leave out --floor")
	case o.pg != "" && !session.IsPostgres(o.pg):
		return errors.New("--pg takes a PostgreSQL database as postgres://USER@HOST/DATABASE")
	}
	return nil
}
