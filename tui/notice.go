package tui

// notice is the room's word to the person on the status line: news, or
// an alarm (a refusal or a failure), drawn in the alarm's colour and left
// standing by the keys that clear news. The zero notice says nothing.
type notice struct {
	text  string
	alarm bool
}

// news is a notice that tells the person what happened.
func news(text string) notice { return notice{text: text} }

// alarm is a notice that something was refused or failed.
func alarm(text string) notice { return notice{text: text, alarm: true} }
