package tui

import (
	"cmp"
	"context"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"trio/tui/draw"
)

// The smallest terminal trio lays itself out in.
const (
	minWidth  = 64
	minHeight = 20
)

// MaxWidth and MaxHeight are the largest terminal trio draws for: a remote
// terminal's size is not to be trusted, and every cell drawn costs memory.
const (
	MaxWidth  = 300
	MaxHeight = 100
)

type screen int

const (
	screenHome screen = iota
	screenSetup
	screenRoom
	screenSummary
	screenJoin
	screenWorkshopSetup
	screenDashboard
	screenProjector
	screenPickTrio
)

// App is the root model: it owns the screens, the terminal's size and
// colours, and the help footer.
type App struct {
	sh      *Shared
	screen  screen
	home    *homeScreen
	setup   *setupScreen
	room    *roomScreen
	summary *summaryScreen
	join    *joinScreen
	// A coach's workshop: its setup, then its dashboard.
	workshopSetup *workshopSetupScreen
	dashboard     *dashboardScreen
	help          help.Model
	sized         bool
	// projector is open while this terminal shows a room on a shared
	// screen: then it is all the app shows.
	projector *projectorScreen
	// pick lists a workshop's tables, for someone who came with its code.
	pick *pickTrioScreen
	// joinCode is the room asked for on the command line, gone to first.
	joinCode string
	// watchCode is the room or workshop to show on a shared screen, from
	// the command line: ssh host watch CODE.
	watchCode string
	// idleAfter closes the program this long after the last keypress (0:
	// never); lastKey is when that was, idledOut whether it happened.
	idleAfter time.Duration
	lastKey   time.Time
	idledOut  bool
	// stopAsked: the coach pressed ctrl+c, which stops the server every
	// trio is on; it waits for a yes.
	stopAsked bool
	// shown is the screen View drew last; changed, whether anything on
	// it may have changed since.
	shown   *tea.View
	changed bool
	fitted  draw.Screen
	// drawnFooter is the help footer, kept while its keys stay the same.
	drawnFooter draw.Kept[string, string]
	// life ends with the program (Close): timers waiting to wake it stop.
	life context.Context
	end  context.CancelFunc
}

// New builds the app for one terminal: in local mode one keyboard for a
// whole room, in remote mode one person.
func New(opts Options) *App {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	sh := &Shared{
		Hub:       opts.Hub,
		Styles:    NewStyles(true),
		Keys:      DefaultKeyMap(),
		Now:       now,
		own:       opts.Script,
		ExportDir: opts.ExportDir,
		// A workshop's coach is one person at this keyboard, who comes into
		// a trio's room to observe it, never to speak for its people.
		Local:      !opts.Remote && opts.Coach == "",
		Remote:     opts.Remote,
		Me:         cmp.Or(opts.Coach, opts.Me),
		UserName:   opts.UserName,
		Address:    opts.Address,
		ExportHint: opts.ExportHint,
		CodeGuard:  opts.CodeGuard,
		CodeMissed: opts.CodeMissed,
		Coach:      opts.Coach,
	}
	a := &App{sh: sh, help: help.New()}
	a.life, a.end = context.WithCancel(context.Background())
	if opts.Remote {
		a.joinCode = opts.JoinCode
	}
	a.watchCode = opts.WatchCode
	a.lastKey = now()
	if opts.WatchCode == "" {
		// A projector is watched, not typed at: no key keeps it open.
		a.idleAfter = opts.IdleAfter
	}
	a.home = newHomeScreen(sh)
	if opts.Coach != "" {
		a.workshopSetup = newWorkshopSetupScreen(sh)
		a.screen = screenWorkshopSetup
	}
	a.applyStyles()
	return a
}

// Init asks the terminal for its background colour, so the styles fit it,
// and goes to the room asked for, if any.
func (a *App) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor}
	if a.joinCode != "" {
		// At once, not through a command: keys typed as the program starts
		// are for the room's screen, and the lobby is never shown.
		cmds = append(cmds, a.goToRoom(a.joinCode))
	}
	if a.watchCode != "" {
		cmds = append(cmds, a.watch(a.watchCode))
	}
	if a.idleAfter > 0 {
		cmds = append(cmds, a.idleTick())
	}
	return tea.Batch(cmds...)
}

// Close leaves the room on screen, so the person is no longer shown as
// present. The server calls it when the program has ended; calling it
// again is harmless.
func (a *App) Close() {
	a.leaveRoom()
	if a.dashboard != nil {
		a.dashboard.close()
	}
	a.end()
}

func (a *App) current() page {
	switch {
	case a.screen == screenSetup && a.setup != nil:
		return a.setup
	case a.screen == screenRoom && a.room != nil:
		return a.room
	case a.screen == screenSummary && a.summary != nil:
		return a.summary
	case a.screen == screenJoin && a.join != nil:
		return a.join
	case a.screen == screenWorkshopSetup && a.workshopSetup != nil:
		return a.workshopSetup
	case a.screen == screenDashboard && a.dashboard != nil:
		return a.dashboard
	case a.screen == screenProjector && a.projector != nil:
		return a.projector
	case a.screen == screenPickTrio && a.pick != nil:
		return a.pick
	}
	return a.home
}

// show puts a screen on the terminal, set to the terminal's size.
func (a *App) show(s screen) {
	a.screen = s
	a.current().setSize(a.sh.Width, a.sh.Height)
}

// held are the screens the app holds now, shown or kept for later.
func (a *App) held() []page {
	held := []page{a.home}
	if a.setup != nil {
		held = append(held, a.setup)
	}
	if a.room != nil {
		held = append(held, a.room)
	}
	if a.summary != nil {
		held = append(held, a.summary)
	}
	if a.join != nil {
		held = append(held, a.join)
	}
	if a.workshopSetup != nil {
		held = append(held, a.workshopSetup)
	}
	if a.dashboard != nil {
		held = append(held, a.dashboard)
	}
	if a.projector != nil {
		held = append(held, a.projector)
	}
	if a.pick != nil {
		held = append(held, a.pick)
	}
	return held
}

// Update handles a message. A room's change notice that brought nothing
// new leaves the screen as it was: View gives the last one again.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := a.handle(msg)
	_, notice := msg.(roomChangedMsg)
	if !notice || a.screen != screenRoom || a.room == nil || a.room.news {
		a.changed = true
	}
	return a, cmd
}

// handle handles what every screen shares, then hands the message on.
func (a *App) handle(msg tea.Msg) tea.Cmd {
	if size, ok := msg.(tea.WindowSizeMsg); ok {
		msg = tea.WindowSizeMsg{Width: min(size.Width, MaxWidth), Height: min(size.Height, MaxHeight)}
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.sh.Width, a.sh.Height = msg.Width, msg.Height
		a.sized = true
		a.help.SetWidth(msg.Width)
		for _, p := range a.held() {
			p.setSize(msg.Width, msg.Height)
		}
	case tea.BackgroundColorMsg:
		a.sh.Styles = NewStyles(msg.IsDark())
		a.applyStyles()
	case idleTickMsg:
		return a.checkIdle()
	case tea.PasteMsg:
		a.lastKey = a.sh.Now()
	case tea.KeyPressMsg:
		a.lastKey = a.sh.Now()
		if a.stopAsked {
			if quit, answered := a.answerStop(msg); answered {
				return quit
			}
		}
		switch {
		case matches(msg, a.sh.Keys.Quit) && a.sh.Coach != "":
			a.stopAsked = true
			return nil
		case matches(msg, a.sh.Keys.Quit):
			// The last frame still shows the room; it just stops listening.
			if a.room != nil {
				a.room.close()
			}
			if a.projector != nil {
				a.projector.close()
			}
			return tea.Quit
		case matches(msg, a.sh.Keys.List.Help) && !a.current().typing():
			a.help.ShowAll = !a.help.ShowAll
			return nil
		}
	case setupMsg:
		// A setup left with esc comes back as it was: nothing typed in it
		// is thrown away until it has opened a room.
		if a.setup == nil {
			a.setup = newSetupScreen(a.sh)
		}
		a.show(screenSetup)
		return a.setup.init()
	case backHomeMsg:
		if a.dashboard != nil && a.room != nil {
			return a.endVisit()
		}
		left := ""
		if a.room != nil {
			left = a.room.code
		}
		a.leaveRoom()
		a.join = nil
		a.home.chooseRoom(left)
		a.show(screenHome)
		return nil
	case joinMsg:
		return a.goToRoom(msg.code)
	case pickTrioMsg:
		a.leaveRoom()
		a.join = nil
		pick, cmd := newPickTrioScreen(a.sh, msg.code, msg.table)
		a.pick = pick
		a.show(screenPickTrio)
		return cmd
	case enterTrioMsg:
		return a.enterTrio(msg)
	case watchMsg:
		return a.watch(msg.code)
	case openRoomMsg:
		a.leaveRoom()
		room, cmd := openRoomScreen(a.sh, msg.code)
		if room == nil {
			a.home.notice = "That room could not be opened."
			a.show(screenHome)
			return nil
		}
		a.room = room
		a.join, a.setup = nil, nil
		a.show(screenRoom)
		return cmd
	case visitMsg:
		a.leaveRoom()
		room, cmd := openRoomScreen(a.sh, msg.code)
		if room == nil {
			a.dashboard.notice = alarm("That room could not be opened: try again.")
			return nil
		}
		a.room = room
		a.show(screenRoom)
		return cmd
	case summaryMsg:
		a.summary = newSummaryScreen(a.sh, msg.code)
		a.show(screenSummary)
		return nil
	case dashboardMsg:
		dash, cmd := newDashboardScreen(a.sh, msg.code)
		a.dashboard, a.workshopSetup = dash, nil
		a.show(screenDashboard)
		return cmd
	case roomMsg:
		if a.room != nil {
			a.show(screenRoom)
		}
		return nil
	case projectorOverDashboardMsg:
		return a.projectorOverDashboard(msg)
	case backToDashboardMsg:
		a.backToDashboard()
		return nil
	}
	var cmds []tea.Cmd
	// A room keeps listening and ticking while its summary is shown.
	if a.room != nil && a.screen != screenRoom {
		switch msg.(type) {
		case roomChangedMsg, tickMsg:
			cmds = append(cmds, a.room.update(msg))
		}
	}
	// The dashboard keeps up while its coach is in a trio's room.
	if a.dashboard != nil && a.screen != screenDashboard {
		switch msg.(type) {
		case workshopChangedMsg, dashboardTickMsg:
			return a.dashboard.update(msg)
		}
	}
	cmds = append(cmds, a.current().update(msg))
	for len(a.sh.moves) > 0 {
		move := a.sh.moves[0]
		a.sh.moves = a.sh.moves[1:]
		cmds = append(cmds, a.handle(move))
	}
	return tea.Batch(cmds...)
}

// leaveRoom stops the room's subscription and presence, and the
// projector's and the list of tables' subscriptions.
func (a *App) leaveRoom() {
	if a.pick != nil {
		a.pick.close()
		a.pick = nil
	}
	if a.room != nil {
		a.room.close()
		a.room = nil
	}
	if a.projector != nil {
		a.projector.close()
		a.projector = nil
	}
}

func (a *App) applyStyles() {
	a.help.Styles = a.sh.Styles.helpStyles()
	if a.setup != nil {
		a.setup.restyle()
	}
	if a.room != nil {
		a.room.restyle()
	}
	if a.join != nil {
		a.join.restyle()
	}
	if a.workshopSetup != nil {
		a.workshopSetup.restyle()
	}
	if a.dashboard != nil {
		a.dashboard.restyle()
	}
	a.home.restyle()
}

// View lays out the current screen above the help footer.
func (a *App) View() tea.View {
	if !a.changed && a.shown != nil && !draw.Fresh() {
		return *a.shown
	}
	var lines []string
	switch {
	case !a.sized:
	case a.sh.Width < minWidth || a.sh.Height < minHeight:
		lines = strings.Split(a.tooSmall(), "\n")
	default:
		p := a.current()
		// The body first: drawing a panel puts it on what the room is now
		// (the card picked, whose turn it is), which its keys follow.
		var body []string
		if lined, ok := p.(linedPage); ok {
			body = lined.viewLines()
		} else {
			body = strings.Split(p.view(), "\n")
		}
		footer := strings.Split(a.footer(p), "\n")
		// The screen is put together line by line, and joined once: a
		// frame is copied once, not at every step.
		lines = fitLines(body, a.sh.Height-len(footer), len(footer))
		lines = append(lines, footer...)
	}
	lines, cursor := placeCursor(lines)
	v := tea.NewView(a.fitted.Lines(lines, a.sh.Width, a.sh.Styles.Text))
	if cursor != nil && cursor.X < a.sh.Width && cursor.Y < a.sh.Height {
		v.Cursor = cursor
	}
	v.AltScreen = true
	v.WindowTitle = "trio"
	if !draw.Fresh() {
		a.shown, a.changed = &v, false
	}
	return v
}

// footer is the help under the screen, or the idle warning. The help is
// drawn again only when its keys, the width or the colours change.
func (a *App) footer(p page) string {
	if banner := a.idleBanner(); banner != "" {
		return lipgloss.NewStyle().MaxWidth(a.sh.Width).Render(banner)
	}
	if a.stopAsked {
		return a.stopQuestion()
	}
	short := p.helpKeys()
	h := bindingsHelp{short: short, full: [][]key.Binding{short}}
	if f, ok := p.(fullHelper); ok {
		h.full = f.fullHelp()
	}
	var id strings.Builder
	id.WriteString(strconv.Itoa(a.sh.Width) + strconv.FormatBool(a.help.ShowAll) + strconv.FormatBool(a.sh.Styles.IsDark))
	shown := [][]key.Binding{h.short}
	if a.help.ShowAll {
		shown = h.full
	}
	for _, column := range shown {
		id.WriteByte('|')
		for _, b := range column {
			help := b.Help()
			id.WriteString(strconv.FormatBool(b.Enabled()) + help.Key + "\x00" + help.Desc + "\x00")
		}
	}
	return a.drawnFooter.Of(id.String(), func() string {
		// bubbles/help can overrun the width when its "…" does not fit.
		return lipgloss.NewStyle().MaxWidth(a.sh.Width).Render(a.help.View(h))
	})
}

func (a *App) tooSmall() string {
	msg := lipgloss.JoinVertical(lipgloss.Center,
		a.sh.Styles.Strong.Render("Make the window larger"),
		a.sh.Styles.Muted.Render("trio needs at least "+strconv.Itoa(minWidth)+"×"+strconv.Itoa(minHeight)+";"),
		a.sh.Styles.Muted.Render("this one is "+strconv.Itoa(a.sh.Width)+"×"+strconv.Itoa(a.sh.Height)+"."),
		a.sh.Styles.Muted.Render("Everything you typed is kept."),
	)
	return lipgloss.Place(a.sh.Width, a.sh.Height, lipgloss.Center, lipgloss.Center, msg)
}

// fit cuts or pads a block to exactly height lines.
func fit(s string, height int) string {
	return strings.Join(fitLines(strings.Split(s, "\n"), height, 0), "\n")
}

// fitLines cuts or pads lines to exactly height, with room for more
// lines after them.
func fitLines(lines []string, height, more int) []string {
	height = max(0, height)
	if len(lines) > height {
		lines = lines[:height:height]
	}
	fitted := make([]string, height, height+more)
	copy(fitted, lines)
	return fitted
}
