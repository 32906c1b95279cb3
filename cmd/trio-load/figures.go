package main

// figures is what one run measured of one server.
type figures struct {
	Target          string `json:"target"`
	Sessions        int    `json:"sessions"`         // asked for
	Held            int    `json:"held"`             // connected and in their room
	HeldAtEnd       int    `json:"held_at_end"`      // still open when the run ended
	ConnectFailures int    `json:"connect_failures"` // could not connect or get in
	FirstError      string `json:"first_error,omitempty"`
	Rooms           int    `json:"rooms"`
	Members         int    `json:"members"`
	Connect         dist   `json:"connect"` // dial to the room on screen

	Fanout dist `json:"fanout"` // Enter to the text on each other member's screen
	// Instances is how many servers shared the store. With more than one,
	// the fan-out is split too: author and reader on the same server, or
	// on two.
	Instances   int   `json:"instances,omitempty"`
	FanoutSame  *dist `json:"fanout_same_instance,omitempty"`
	FanoutCross *dist `json:"fanout_cross_instance,omitempty"`
	Echo        dist  `json:"echo"` // a key to its letter on the typist's own screen
	// Append is how long the store took to make each event durable while
	// the rooms were active: part of every fan-out (trio's file store
	// only; a chat that keeps nothing has none).
	Append        *dist `json:"durable_append,omitempty"`
	Contributions int   `json:"contributions"`
	LostFanout    int   `json:"lost_fanout"`
	LostEcho      int   `json:"lost_echo"`
	TextLen       int   `json:"text_len"`

	// ClientCPUPercent is what trio-load itself took of the machine while
	// the rooms were active (idle: while they were held): the clients
	// share the cores with the server.
	ClientCPUPercent float64 `json:"client_cpu_percent"`

	Bytes  bytesFigures   `json:"bytes"`
	Server *serverFigures `json:"server,omitempty"` // nil when the server is out of reach

	// Dashboard is the coach's, in the workshop scenario.
	Dashboard *dashboardFigures `json:"dashboard,omitempty"`
}

// bytesFigures is what reached the terminals. Per contribution counts
// from its Enter to the room's next contribution, less what an idle
// terminal receives in that time (gross keeps it in).
type bytesFigures struct {
	PerKeyTypist   float64 `json:"per_key_typist"`
	PerKeyObserver float64 `json:"per_key_observer"`
	// PerLetterTypist is plain typing: each letter of a text after its
	// first, added at the end of a line, as a chat echoes it.
	PerLetterTypist    float64 `json:"per_letter_typist"`
	PerContribTypist   float64 `json:"per_contribution_typist"`
	PerContribObserver float64 `json:"per_contribution_observer"`
	// PerContribObserverAll is everything a contribution sends each
	// observer: while it is typed (a "writing" mark) and from its Enter on.
	PerContribObserverAll   float64 `json:"per_contribution_observer_all"`
	PerContribTypistGross   float64 `json:"per_contribution_typist_gross"`
	PerContribObserverGross float64 `json:"per_contribution_observer_gross"`
	IdlePerSessionSecond    float64 `json:"idle_per_session_second"`
}

// serverFigures is the server process's memory and CPU.
type serverFigures struct {
	RSSPerSessionKB  float64 `json:"rss_per_session_kb"`
	HeapPerSessionKB float64 `json:"heap_per_session_kb,omitempty"`
	IdleCPUPercent   float64 `json:"idle_cpu_percent"`        // of one core, sessions held, nobody typing
	CPUPerContribMs  float64 `json:"cpu_per_contribution_ms"` // less the idle CPU of the time
	ActiveCPUPercent float64 `json:"active_cpu_percent"`
	RSSKB            int64   `json:"rss_kb"`
	HeapKB           int64   `json:"heap_kb,omitempty"`
	BaselineRSSKB    int64   `json:"baseline_rss_kb"`
	BaselineHeapKB   int64   `json:"baseline_heap_kb,omitempty"`
	Goroutines       int     `json:"goroutines,omitempty"`
}

// capacityStep is one step of the capacity scenario.
type capacityStep struct {
	Sessions        int     `json:"sessions"`
	ConnectFailures int     `json:"connect_failures"`
	Fanout          dist    `json:"fanout"`
	Echo            dist    `json:"echo"`
	Lost            int     `json:"lost"`
	CPUPercent      float64 `json:"cpu_percent,omitempty"`
	RSSPerSessionKB float64 `json:"rss_per_session_kb,omitempty"`
	// ClientCPUPercent is trio-load's own: near a core, the clients, not
	// the server, set the pace.
	ClientCPUPercent float64 `json:"client_cpu_percent"`
}

// capacity is what the capacity scenario found for one server.
type capacity struct {
	Target string         `json:"target"`
	Steps  []capacityStep `json:"steps"`
	// MostHeld is the most sessions held with fan-out p99 within the
	// limit and every connection made.
	MostHeld int    `json:"most_held"`
	Stopped  string `json:"stopped"`
}
