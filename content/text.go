package content

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// checkText checks text that people read on screen: plain characters, one
// line where there is room for one line only, and not too long.
func checkText(r *report, at path, what, s string, most int, oneLine bool) {
	switch {
	case !utf8.ValidString(s):
		r.add(at, "%s is not UTF-8 text: save the file as UTF-8.", what)
	case strings.IndexFunc(s, func(c rune) bool { return unicode.IsControl(c) && (c != '\n' || oneLine) }) >= 0:
		if oneLine && strings.ContainsAny(s, "\n\r") {
			r.add(at, "%s should fit on one line: remove the line break.", what)
			return
		}
		r.add(at, "%s has a control character in it (a tab, or an escape like \\e): remove it; a script holds plain text.", what)
	case utf8.RuneCountInString(s) > most:
		r.add(at, "%s is %d characters long: keep it to %d at most, so it fits on the screen.",
			what, utf8.RuneCountInString(s), most)
	}
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// checkID checks an id: short, lowercase letters, digits and hyphens, so it
// reads the same in a file, on a command line and in an export.
func checkID(r *report, at path, what, id string) {
	switch {
	case utf8.RuneCountInString(id) > MaxIDLen:
		r.add(at, "%s %s is too long: keep ids to %d characters at most.", what, quote(id), MaxIDLen)
	case !idPattern.MatchString(id):
		like := slug(id)
		if like == "" {
			like = "frame"
		}
		r.add(at, "%s %s should be lowercase letters, digits and hyphens, like %q.", what, quote(id), like)
	}
}

// quote shows a value a coach wrote inside a message: quoted, with what
// cannot be printed escaped, and cut short if it is long.
func quote(s string) string {
	const most = 40
	if utf8.RuneCountInString(s) > most {
		s = string([]rune(s)[:most]) + "…"
	}
	return strconv.Quote(s)
}
