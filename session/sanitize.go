package session

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/unicode/norm"
)

// TextRule says how one kind of text is cleaned and capped.
//
// A cap of zero means no cap. Callers may copy a rule and set What to name
// the text more precisely in error sentences.
type TextRule struct {
	What      string // how a person calls this text, for error sentences: "A name", "Your question"
	MaxRunes  int
	MaxCells  int // display width in terminal cells (ansi.StringWidth), all lines together
	MaxLines  int // for multiline texts
	Multiline bool
	Name      bool // names refuse invisible characters instead of dropping them
}

// Rules for each kind of text.
var (
	// NameRule is for display names.
	NameRule = TextRule{What: "A name", MaxRunes: MaxNameRunes, MaxCells: MaxNameCells, MaxLines: 1, Name: true}
	// RoleRule is for roles such as "Product".
	RoleRule = TextRule{What: "A role", MaxRunes: MaxRoleRunes, MaxCells: MaxRoleCells, MaxLines: 1}
	// WordRule is for a check-in word.
	WordRule = TextRule{What: "Your word", MaxRunes: MaxWordRunes, MaxCells: MaxWordCells, MaxLines: 1}
	// LineRule is for one-line texts: the question, the shared goal, a
	// question, a vote's concern.
	LineRule = TextRule{What: "Your text", MaxRunes: MaxLineRunes, MaxCells: MaxLineCells, MaxLines: 1}
	// ParagraphRule is for multiline contributions: card fields, positions,
	// notes.
	ParagraphRule = TextRule{What: "Your text", MaxRunes: MaxTextRunes, MaxCells: MaxTextCells, MaxLines: MaxTextLines, Multiline: true}
)

const (
	// maxRawBytes refuses absurd inputs before any work is done on them; far
	// above every cap, so it never decides a text that could be accepted.
	maxRawBytes = 1 << 20
	// maxCombiningMarks is the most combining marks kept on one base character.
	maxCombiningMarks = 3
	// maxTagSpec is the most tag letters kept in an emoji tag sequence
	// (subdivision flags such as England: "gbeng").
	maxTagSpec = 7
)

// Characters with a special part in cleaning.
const (
	runeESC  = 0x1b
	runeBEL  = 0x07
	runeCAN  = 0x18
	runeSUB  = 0x1a
	runeDEL  = 0x7f
	runeZWNJ = 0x200c
	runeZWJ  = 0x200d

	// The 8-bit C1 forms of ESC [, ESC ], ESC P, ESC X, ESC ^, ESC _ and
	// ESC \ (string terminator).
	runeCSI = 0x9b
	runeOSC = 0x9d
	runeDCS = 0x90
	runeSOS = 0x98
	runePM  = 0x9e
	runeAPC = 0x9f
	runeST  = 0x9c

	runeBlackFlag    = 0x1f3f4       // base of emoji tag sequences
	runeCancelTag    = 0xe007f       // ends an emoji tag sequence
	runeBrailleBlank = 0x2800        // braille pattern blank: looks like a space
	runeLineSep      = 0x2028        // LINE SEPARATOR
	runeParaSep      = 0x2029        // PARAGRAPH SEPARATOR
	runeVS15         = 0xfe0e        // text presentation selector
	runeVS16         = 0xfe0f        // emoji presentation selector
	runeCGJ          = 0x034f        // combining grapheme joiner
	runeTagFirst     = 0xe0000       // first code point of the tag block
	runeTagLast      = runeCancelTag // last tag character
)

// Clean returns the text as it may be stored and shown, how many characters
// were removed (so the typist can be told), or an error written for a person.
//
// removed counts characters dropped because they were unsafe or invisible:
// invalid bytes, escape sequences, control, bidi and invisible characters,
// and combining marks beyond the third. Tidying whitespace (trimming,
// collapsing runs, tabs and odd spaces becoming plain spaces) and Unicode
// composition are not counted: the typist sees nothing missing. On error,
// clean is "" and removed is 0.
func (r TextRule) Clean(raw string) (clean string, removed int, err error) {
	if len(raw) > maxRawBytes {
		return "", 0, r.tooLong(utf8.RuneCountInString(raw))
	}
	clean, removed, ok := r.scrub(raw)
	if !ok {
		return "", 0, r.invisibleError()
	}

	// 9. Empty, or nothing that takes a cell on screen.
	cells := ansi.StringWidth(clean)
	if clean == "" || cells == 0 {
		if r.Name && clean != "" {
			return "", 0, r.invisibleError()
		}
		return "", 0, r.emptyError()
	}

	// 10. Caps: refuse, never truncate.
	n := utf8.RuneCountInString(clean)
	if r.MaxRunes > 0 && n > r.MaxRunes {
		return "", 0, r.tooLong(n)
	}
	if r.MaxCells > 0 && cells > r.MaxCells && cells == n {
		// Every character takes one column: columns would be a puzzle.
		return "", 0, fmt.Errorf("%s is %s characters long; the most is %s. Try a shorter one.",
			r.subject(), thousands(n), thousands(r.MaxCells))
	}
	if r.MaxCells > 0 && cells > r.MaxCells {
		size := "is %s columns wide on screen"
		if r.Multiline {
			size = "takes %s columns on screen"
		}
		return "", 0, fmt.Errorf("%s "+size+"; the most is %s. Some characters, like emoji and Chinese, take two columns. Try a shorter one.",
			r.subject(), thousands(cells), thousands(r.MaxCells))
	}
	if lines := strings.Count(clean, "\n") + 1; r.Multiline && r.MaxLines > 0 && lines > r.MaxLines {
		return "", 0, fmt.Errorf("%s has %s lines; the most is %s. Join some lines together and try again.",
			r.subject(), thousands(lines), thousands(r.MaxLines))
	}
	return clean, removed, nil
}

// scrub takes steps 1 to 8 of Clean: what is unsafe or invisible goes and
// whitespace is settled; nothing is refused but a name holding an invisible
// character (ok false), and nothing is measured.
func (r TextRule) scrub(raw string) (clean string, removed int, ok bool) {
	c := textCleaner{multiline: r.Multiline, name: r.Name}
	runes := c.decode(raw)         // 1. invalid UTF-8
	runes = c.stripEscapes(runes)  // 2. terminal escape sequences and C1
	runes = c.stripControls(runes) // 3. C0 controls, tabs, line breaks
	runes = c.stripBidi(runes)     // 4. bidi controls
	runes, ok = c.invisible(runes) // 5. invisible characters
	if !ok {
		return "", 0, false
	}
	runes = c.limitMarks(runes) // 7. combining marks, first pass
	runes = c.normalize(runes)  // 6. NFC and spaces
	runes = c.limitMarks(runes) // 7. combining marks
	clean = c.tidy(runes)       // 8. whitespace
	return clean, c.removed, true
}

// subject names the text at the start of a sentence about it: "A name"
// becomes "That name"; "Your question" stays.
func (r TextRule) subject() string {
	for _, article := range []string{"A ", "An "} {
		if rest, ok := strings.CutPrefix(r.What, article); ok {
			return "That " + rest
		}
	}
	return r.What
}

func (r TextRule) emptyError() error {
	next := "Write a few words first."
	if r.Name {
		next = "Type a few letters first."
	}
	if r.subject() != r.What {
		return fmt.Errorf("%s can't be empty. %s", r.What, next)
	}
	return fmt.Errorf("%s is empty. %s", r.What, next)
}

func (r TextRule) invisibleError() error {
	return fmt.Errorf("%s can't contain invisible characters. Type it again with letters you can see.", r.What)
}

func (r TextRule) tooLong(n int) error {
	if r.MaxRunes <= 0 {
		return errors.New("That is far too long to keep. Try a shorter one.")
	}
	return fmt.Errorf("%s is %s characters long; the most is %s. Try a shorter one.",
		r.subject(), thousands(n), thousands(r.MaxRunes))
}

// thousands writes a number with thousands separators: 102400 -> "102,400".
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return s
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// textCleaner carries one Clean through its steps and counts what it drops.
type textCleaner struct {
	multiline bool
	name      bool
	removed   int
}

// decode drops every byte that is not part of valid UTF-8; a literal U+FFFD
// that was typed as such is kept.
func (c *textCleaner) decode(s string) []rune {
	out := make([]rune, 0, len(s))
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		if r == utf8.RuneError && size == 1 {
			c.removed++
			continue
		}
		out = append(out, r)
	}
	return out
}

// States of the escape sequence machine.
type escState uint8

const (
	escGround escState = iota
	escEscape          // after ESC
	escInter           // after ESC and intermediate bytes (ESC ( B)
	escCSI             // in a control sequence: parameters and intermediates
	escOSC             // in an operating system command string
	escString          // in a DCS, SOS, PM or APC string
)

// stripEscapes removes every terminal escape sequence whole, in its 7-bit
// (ESC ...) and 8-bit C1 (U+0080–U+009F) forms. It follows the VT500
// parser that terminals use, one rune at a time:
//
//   - ESC [ and U+009B start a CSI, ended by a final rune in 0x40–0x7E.
//   - ESC ] and U+009D start an OSC, ended by BEL or ST.
//   - ESC P, ESC X, ESC ^, ESC _ and U+0090, U+0098, U+009E, U+009F start
//     DCS, SOS, PM and APC strings, ended by ST only.
//   - ST is ESC \ or U+009C. An ESC inside a string ends it and starts a new
//     sequence, as in terminals; CAN and SUB abort any sequence.
//   - ESC followed by intermediates (0x20–0x2F) and a final rune in
//     0x30–0x7E is a two- or three-byte sequence (ESC c, ESC 7, ESC ( B).
//   - Every other C1 control is dropped on its own; a lone ESC is dropped.
//   - A printable non-ASCII rune cuts an ESC or CSI short and is kept.
//   - C0 controls met inside ESC or CSI sequences are executed by terminals
//     without ending the sequence; they are kept here for the next step to
//     judge. Inside strings they belong to the string and go with it.
//   - A sequence left open at the end of the text is dropped to the end,
//     which is what a terminal would swallow.
//
// ansi.Strip is not used: it passes C1 controls encoded in UTF-8 (U+009B,
// U+009D, ...) and their parameters through untouched.
func (c *textCleaner) stripEscapes(in []rune) []rune {
	out := in[:0] // never longer than in, and written behind the reader
	state := escGround
	for _, r := range in {
		// ESC, CAN, SUB and the C1 controls act the same in every state,
		// except that inside strings only ST and the aborts end them.
		if state == escOSC || state == escString {
			switch {
			case r == runeESC:
				state = escEscape
			case r == runeST, r == runeCAN, r == runeSUB, state == escOSC && r == runeBEL:
				state = escGround
			}
			c.removed++
			continue
		}
		if r == runeESC || r == runeCAN || r == runeSUB || (r >= 0x80 && r <= 0x9f) {
			c.removed++
			state = escGround
			switch r {
			case runeESC:
				state = escEscape
			case runeCSI:
				state = escCSI
			case runeOSC:
				state = escOSC
			case runeDCS, runeSOS, runePM, runeAPC:
				state = escString
			}
			continue
		}
		if state == escGround {
			out = append(out, r)
			continue
		}
		switch {
		case r < 0x20: // executed inside a sequence: kept for stripControls
			out = append(out, r)
			continue
		case r == runeDEL: // ignored inside a sequence
			c.removed++
			continue
		case r > runeDEL: // printable: cuts the sequence short and stays
			out = append(out, r)
			state = escGround
			continue
		}
		c.removed++
		switch state {
		case escEscape:
			switch {
			case r == '[':
				state = escCSI
			case r == ']':
				state = escOSC
			case r == 'P' || r == 'X' || r == '^' || r == '_':
				state = escString
			case r <= 0x2f:
				state = escInter
			default: // a final rune, 0x30–0x7E
				state = escGround
			}
		case escInter:
			if r > 0x2f {
				state = escGround
			}
		case escCSI:
			if r >= 0x40 {
				state = escGround
			}
		}
	}
	return out
}

// stripControls removes C0 controls and DEL. "\r\n" becomes "\n" and a lone
// "\r" (what many terminals paste between lines) is a line break too, so it
// can never return the cursor to overwrite a line; a tab becomes a space; "\n" (and U+2028, U+2029) is kept
// as "\n" in multiline texts and becomes a space otherwise. Any C1 control
// is dropped too, though stripEscapes leaves none.
func (c *textCleaner) stripControls(in []rune) []rune {
	out := in[:0]
	for i, r := range in {
		if r == '\r' {
			if i+1 < len(in) && in[i+1] == '\n' {
				continue
			}
			r = '\n'
		}
		switch {
		case r == '\t':
			out = append(out, ' ')
		case r == '\n' || r == runeLineSep || r == runeParaSep:
			if c.multiline {
				out = append(out, '\n')
			} else {
				out = append(out, ' ')
			}
		case r < 0x20 || (r >= runeDEL && r <= 0x9f):
			c.removed++
		default:
			out = append(out, r)
		}
	}
	return out
}

// isBidi reports the bidi controls: embeddings, overrides, isolates and
// marks. They reorder what follows on screen, so they are always dropped.
func isBidi(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) ||
		r == 0x200e || r == 0x200f || r == 0x061c
}

func (c *textCleaner) stripBidi(in []rune) []rune {
	out := in[:0]
	for _, r := range in {
		if isBidi(r) {
			c.removed++
			continue
		}
		out = append(out, r)
	}
	return out
}

// isInvisible reports characters that show nothing and have no business in
// prose: format characters (zero width space, word joiner, soft hyphen, BOM,
// invisible operators, tags...), the other default-ignorable code points
// (Hangul fillers, combining grapheme joiner, ...) and noncharacters.
// Joiners, variation selectors and tags are judged by the callers.
func isInvisible(r rune) bool {
	return unicode.Is(unicode.Cf, r) ||
		unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) ||
		isNoncharacter(r)
}

func isNoncharacter(r rune) bool {
	return (r >= 0xfdd0 && r <= 0xfdef) || r&0xfffe == 0xfffe
}

func isTagRune(r rune) bool { return r >= runeTagFirst && r <= runeTagLast }

// isTagSpec reports the tag letters and digits of emoji tag sequences.
func isTagSpec(r rune) bool {
	return (r >= 0xe0030 && r <= 0xe0039) || (r >= 0xe0061 && r <= 0xe007a)
}

// isSpaceLike reports what counts as a space from step 5 on.
func isSpaceLike(r rune, name bool) bool {
	return r == ' ' || r == '\n' || unicode.Is(unicode.Zs, r) || (!name && r == runeBrailleBlank)
}

// isNameInvisible reports what a name refuses: everything a text drops,
// plus joiners, tags, variation selectors other than the emoji ones, and
// blank-looking letters.
func isNameInvisible(r rune) bool {
	switch {
	case r == runeVS15 || r == runeVS16:
		return false
	case r == runeZWJ || r == runeZWNJ || r == runeBrailleBlank || isTagRune(r):
		return true
	case unicode.Is(unicode.Variation_Selector, r):
		return true
	}
	return isInvisible(r)
}

// isCombiningMark reports the characters that stack on the one before them:
// nonspacing and enclosing marks (Mn, Me), and the few spacing marks that
// Unicode normalization also treats as combining (non-zero combining class,
// such as U+1D165), so that Clean's output stays normalized.
func isCombiningMark(r rune) bool {
	if unicode.In(r, unicode.Mn, unicode.Me) {
		return true
	}
	var buf [utf8.UTFMax]byte
	return norm.NFC.Properties(buf[:utf8.EncodeRune(buf[:], r)]).CCC() != 0
}

// invisible drops invisible characters from texts, or reports false for a
// name that holds one. In texts it keeps:
//   - ZWJ and ZWNJ right after a visible character (emoji sequences,
//     Persian and Indic scripts); a joiner at the start, after a space or
//     after another joiner joins nothing and is dropped;
//   - variation selectors (they are combining marks, capped in step 7);
//   - tags only in a well-formed emoji tag sequence: U+1F3F4, one to seven
//     tag letters or digits, U+E007F (the flags of England, Scotland, Wales).
func (c *textCleaner) invisible(in []rune) ([]rune, bool) {
	out := in[:0]
	prev := rune(-1) // the last kept rune that is not a combining mark
	for i := 0; i < len(in); i++ {
		r := in[i]
		if c.name {
			if isNameInvisible(r) {
				return nil, false
			}
			out = append(out, r)
			continue
		}
		switch {
		case r == runeBlackFlag:
			n := 0
			for i+1+n < len(in) && n < maxTagSpec && isTagSpec(in[i+1+n]) {
				n++
			}
			if n > 0 && i+1+n < len(in) && in[i+1+n] == runeCancelTag {
				out = append(out, in[i:i+n+2]...)
				i += n + 1
				prev = runeCancelTag
				continue
			}
		case r == runeZWJ || r == runeZWNJ:
			if prev < 0 || prev == runeZWJ || prev == runeZWNJ || isSpaceLike(prev, false) {
				c.removed++
				continue
			}
		case unicode.Is(unicode.Variation_Selector, r):
			out = append(out, r)
			continue
		case isInvisible(r):
			c.removed++
			continue
		}
		out = append(out, r)
		if !isCombiningMark(r) {
			prev = r
		}
	}
	return out, true
}

// normalize composes the text (NFC) and turns every other space character
// (no-break, en, em, thin, ideographic spaces...) into a plain space; in
// texts the braille blank too, which looks like one.
//
// Marks are limited once before composing: in runs of more than 30
// combining characters norm would insert combining grapheme joiners
// (U+034F) and split its canonical reordering, so that composing the output
// again would give something else. Should a joiner still be inserted, it is
// taken out: step 5 removed every one that was typed.
func (c *textCleaner) normalize(in []rune) []rune {
	composed := []rune(norm.NFC.String(string(in)))
	out := composed[:0]
	for _, r := range composed {
		switch {
		case r == runeCGJ:
			continue
		case r != '\n' && isSpaceLike(r, c.name):
			r = ' '
		}
		out = append(out, r)
	}
	return out
}

// limitMarks keeps at most maxCombiningMarks combining marks in a row on
// one base character and drops the rest, which defeats "zalgo" text. It runs
// before composing, so that norm never sees long runs of marks, and after,
// because composing can split a character into more marks (U+0344). A
// precomposed letter such as "é" counts its own accent: "e" and 10,000
// acute accents become "é" and two more.
// Marks with no base (at the start, after a space or a line break) are
// dropped: they would land on whatever the screen shows before the text.
// Joiners neither end nor count in a run, so they cannot be used to stack
// more marks.
func (c *textCleaner) limitMarks(in []rune) []rune {
	out := in[:0]
	base, marks := false, 0
	for _, r := range in {
		switch {
		case isCombiningMark(r):
			if !base || marks >= maxCombiningMarks {
				c.removed++
				continue
			}
			marks++
		case r == runeZWJ || r == runeZWNJ:
		case r == ' ' || r == '\n':
			base = false
		default:
			base, marks = true, 0
		}
		out = append(out, r)
	}
	return out
}

// tidy settles whitespace. One-line texts: runs of spaces become one space,
// and the ends are trimmed. Multiline texts: trailing spaces of each line go
// (leading ones stay, for indented lists), blank lines at the start and end
// go, and runs of blank lines become one.
func (c *textCleaner) tidy(in []rune) string {
	s := string(in)
	if !c.multiline {
		return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' }), " ")
	}
	var lines []string
	blank := false
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimRight(line, " ")
		if line == "" {
			blank = len(lines) > 0
			continue
		}
		if blank {
			lines = append(lines, "")
			blank = false
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}
