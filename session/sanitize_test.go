package session

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

type cleanCase struct {
	name    string
	rule    TextRule
	raw     string
	want    string
	removed int
	err     string // the whole error sentence, when one is expected
}

func runCleanCases(t *testing.T, cases []cleanCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, removed, err := tc.rule.Clean(tc.raw)
			if tc.err != "" {
				if err == nil || err.Error() != tc.err {
					t.Fatalf("Clean(%q) error = %v, want %q", tc.raw, err, tc.err)
				}
				if got != "" || removed != 0 {
					t.Fatalf("Clean(%q) on error = %q, %d; want \"\", 0", tc.raw, got, removed)
				}
				return
			}
			if err != nil {
				t.Fatalf("Clean(%q) error = %v", tc.raw, err)
			}
			if got != tc.want || removed != tc.removed {
				t.Fatalf("Clean(%q) = %q, %d removed; want %q, %d removed", tc.raw, got, removed, tc.want, tc.removed)
			}
			checkCleaned(t, tc.rule, tc.raw, got)
		})
	}
}

func TestCleanEscapeSequences(t *testing.T) {
	t.Parallel()
	line, para := LineRule, ParagraphRule
	runCleanCases(t, []cleanCase{
		{"a red word", line, "\x1b[31mred\x1b[0m word", "red word", 9, ""},
		{"true-colour text", line, "\x1b[38;2;255;0;0mhot\x1b[m take", "hot take", 18, ""},
		{"clear the screen and go home", line, "\x1b[2J\x1b[Hhello", "hello", 7, ""},
		{"move up and erase a line", line, "done\x1b[1A\x1b[2K", "done", 8, ""},
		{"hide the cursor", line, "\x1b[?25lhidden\x1b[?25h", "hidden", 12, ""},
		{"bracketed paste markers", line, "\x1b[200~pasted\x1b[201~", "pasted", 12, ""},
		{"window title ended by BEL", line, "\x1b]0;pwned\x07hello", "hello", 10, ""},
		{"window title ended by ST", line, "\x1b]2;pwned\x1b\\hello", "hello", 11, ""},
		{"OSC 52 clipboard write", line, "\x1b]52;c;cm0gLXJmIH4=\x07copy me", "copy me", 20, ""},
		{"OSC 8 hyperlink", line, "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ here", "click here", 34, ""},
		{"DCS request", line, "\x1bP+q544e\x1b\\text", "text", 10, ""},
		{"DCS sixel image", line, "\x1bPq#0;2;0;0;0#0~~@@vv@@~~\x1b\\pic", "pic", 27, ""},
		{"APC kitty graphics", line, "\x1b_Gf=100,a=T;AAAA\x1b\\img", "img", 19, ""},
		{"PM string", line, "\x1b^private\x1b\\msg", "msg", 11, ""},
		{"SOS string", line, "\x1bXstring\x1b\\msg", "msg", 10, ""},
		{"full terminal reset", line, "before\x1bcafter", "beforeafter", 2, ""},
		{"save and restore the cursor", line, "\x1b7a\x1b8", "a", 4, ""},
		{"line drawing charset", line, "\x1b(0lqk\x1b(B", "lqk", 6, ""},
		{"screen alignment test", line, "\x1b#8x", "x", 3, ""},
		{"lone ESC at the end", line, "hello\x1b", "hello", 1, ""},
		{"lone ESC before a letter with an accent", line, "\x1bé", "é", 1, ""},
		{"ESC ESC", line, "\x1b\x1b[31mx", "x", 6, ""},
		{"title never terminated", line, "hello\x1b]0;title never ends", "hello", 20, ""},
		{"colour never finished", line, "hello\x1b[31", "hello", 4, ""},
		{"CAN aborts a title", line, "a\x1b]0;t\x18b", "ab", 6, ""},
		{"ESC inside a title starts a new sequence", line, "\x1b]0;x\x1b[31mred", "red", 10, ""},
		{"line feed inside a CSI is still a line feed", para, "a\x1b[3\n1mb", "a\nb", 5, ""},
		{"DEL inside a CSI", line, "\x1b[3\x7f1mb", "b", 6, ""},
		{"raw 8-bit CSI byte is invalid UTF-8", line, "\x9b31mX", "31mX", 1, ""},
		{"only escape sequences", line, "\x1b[31m\x1b[0m", "", 0, "Your text is empty. Write a few words first."},
	})
}

func TestCleanC1Controls(t *testing.T) {
	t.Parallel()
	line := LineRule
	runCleanCases(t, []cleanCase{
		{"8-bit CSI colour", line, "\u009b31mred\u009b0m", "red", 7, ""},
		{"8-bit OSC title ended by BEL", line, "\u009d0;title\u0007hi", "hi", 9, ""},
		{"8-bit OSC 8 hyperlink", line, "\u009d8;;http://x\u009clink\u009d8;;\u009c", "link", 18, ""},
		{"8-bit OSC ended by 7-bit ST", line, "\u009d0;t\x1b\\x", "x", 6, ""},
		{"8-bit DCS", line, "\u0090q#0~~\u009cpic", "pic", 7, ""},
		{"8-bit APC", line, "\u009fGa=T\u009cimg", "img", 6, ""},
		{"8-bit PM", line, "\u009ex\u009cmsg", "msg", 3, ""},
		{"8-bit SOS", line, "\u0098x\u009cmsg", "msg", 3, ""},
		{"lone string terminator", line, "a\u009cb", "ab", 1, ""},
		{"next line control", line, "a\u0085b", "ab", 1, ""},
	})
	for r := rune(0x80); r <= 0x9f; r++ {
		got, _, err := LineRule.Clean("x" + string(r) + "y")
		if err != nil || strings.ContainsRune(got, r) || !strings.HasPrefix(got, "x") {
			t.Errorf("Clean(x %U y) = %q, %v", r, got, err)
		}
	}
}

// TestWhatAnsiStripLeaves covers what ansi.Strip lets through (C1 controls
// written in UTF-8 with their parameters, and C0 controls): the reason Clean
// has its own escape parser.
func TestWhatAnsiStripLeaves(t *testing.T) {
	t.Parallel()
	for raw, want := range map[string]string{
		"\u009b31mX":       "X",
		"\u009d0;t\u009cX": "X",
		"a\rX":             "a X",
		"a\x00X":           "aX",
	} {
		if got, _, _ := LineRule.Clean(raw); got != want {
			t.Errorf("Clean(%q) = %q, want %q", raw, got, want)
		}
	}
}

func TestCleanControls(t *testing.T) {
	t.Parallel()
	line, para := LineRule, ParagraphRule
	runCleanCases(t, []cleanCase{
		{"NUL byte", line, "a\x00b", "ab", 1, ""},
		{"bell", line, "ding\x07", "ding", 1, ""},
		{"backspaces that would overwrite", line, "abc\b\b\bxyz", "abcxyz", 3, ""},
		{"DEL", line, "a\x7fb", "ab", 1, ""},
		{"carriage return that would overwrite becomes a line break", line, "harmless\rEVIL", "harmless EVIL", 0, ""},
		{"carriage return between pasted lines", para, "one\rtwo", "one\ntwo", 0, ""},
		{"form feed and vertical tab", line, "a\fb\vc", "abc", 2, ""},
		{"tab", line, "a\tb", "a b", 0, ""},
		{"two tabs", line, "a\t\tb", "a b", 0, ""},
		{"tab in a paragraph", para, "\tindented", " indented", 0, ""},
		{"Windows line ending in a paragraph", para, "one\r\ntwo", "one\ntwo", 0, ""},
		{"Windows line ending on one line", line, "one\r\ntwo", "one two", 0, ""},
		{"line break on one line", line, "one\ntwo", "one two", 0, ""},
		{"line separator in a paragraph", para, "one\u2028two", "one\ntwo", 0, ""},
	})
}

func TestCleanBidi(t *testing.T) {
	t.Parallel()
	line := LineRule
	runCleanCases(t, []cleanCase{
		{"right-to-left override", line, "\u202eexe.txt", "exe.txt", 1, ""},
		{"every embedding and override", line, "a\u202ab\u202bc\u202cd\u202de\u202ef", "abcdef", 5, ""},
		{"isolates", line, "abc\u2066d\u2067e\u2068f\u2069", "abcdef", 4, ""},
		{"marks", line, "a\u200eb\u200fc\u061cd", "abcd", 3, ""},
		{"in a name they are dropped", NameRule, "Maya\u200f", "Maya", 1, ""},
		{"Arabic text stays", line, "مرحبا بالعالم", "مرحبا بالعالم", 0, ""},
	})
}

const invisibleName = "A name can't contain invisible characters. Type it again with letters you can see."

func TestCleanInvisible(t *testing.T) {
	t.Parallel()
	line, name := LineRule, NameRule
	family := "👨\u200d👩\u200d👧\u200d👦"
	scotland := "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F"
	persian := "می\u200cخواهم"
	runCleanCases(t, []cleanCase{
		{"zero width space", line, "zero\u200bwidth", "zerowidth", 1, ""},
		{"soft hyphen", line, "co\u00adoperate", "cooperate", 1, ""},
		{"byte order mark", line, "\ufeffhello", "hello", 1, ""},
		{"word joiner and invisible operators", line, "a\u2060b\u2061c\u2062d\u2063e\u2064f", "abcdef", 5, ""},
		{"Mongolian vowel separator", line, "a\u180eb", "ab", 1, ""},
		{"combining grapheme joiner", line, "a\u034fb", "ab", 1, ""},
		{"Hangul filler alone", line, "\u3164", "", 0, "Your text is empty. Write a few words first."},
		{"ASCII smuggled in tags", line, "hi\U000E0041\U000E0042", "hi", 2, ""},
		{"noncharacter", line, "a\ufffeb\U0001FFFF", "ab", 2, ""},
		{"family emoji keeps its joiners", line, family, family, 0, ""},
		{"Persian keeps its non-joiner", line, persian, persian, 0, ""},
		{"emoji presentation selector", line, "❤️ and ☺︎", "❤️ and ☺︎", 0, ""},
		{"Scotland flag keeps its tags", line, scotland, scotland, 0, ""},
		{"black flag with broken tags", line, "🏴\U000E0067\U000E0062", "🏴", 2, ""},
		{"joiner at the start", line, "\u200dhi", "hi", 1, ""},
		{"joiner after a space", line, "a \u200db", "a b", 1, ""},
		{"two joiners", line, "a\u200d\u200cb", "a\u200db", 1, ""},
		{"braille blank is a space", line, "a\u2800\u2800b", "a b", 0, ""},
		{"only braille blanks", line, "\u2800\u2800", "", 0, "Your text is empty. Write a few words first."},

		{"name with a zero width space", name, "Maya\u200b", "", 0, invisibleName},
		{"name with a joiner", name, "Ma\u200dya", "", 0, invisibleName},
		{"name with a non-joiner", name, "Ma\u200cya", "", 0, invisibleName},
		{"name with a soft hyphen", name, "Ma\u00adya", "", 0, invisibleName},
		{"name made of a Hangul filler", name, "\u3164", "", 0, invisibleName},
		{"name with halfwidth Hangul filler", name, "Maya\uffa0", "", 0, invisibleName},
		{"name with Hangul jamo fillers", name, "\u115f\u1160", "", 0, invisibleName},
		{"name made of braille blanks", name, "\u2800", "", 0, invisibleName},
		{"name with tags", name, "Maya\U000E0041", "", 0, invisibleName},
		{"name with a variation selector", name, "Maya\ufe00", "", 0, invisibleName},
		{"name with an emoji", name, "Maya ❤️", "Maya ❤️", 0, ""},
		{"name with an ideographic space", name, "山田\u3000太郎", "山田 太郎", 0, ""},
		{"name with a no-break space", name, "Mary\u00a0Ann", "Mary Ann", 0, ""},
	})
}

func TestCleanSpacesAndMarks(t *testing.T) {
	t.Parallel()
	line, para, name := LineRule, ParagraphRule, NameRule
	zalgo := "a" + strings.Repeat("\u0301", 10000)
	runCleanCases(t, []cleanCase{
		{"no-break and thin spaces", line, "a\u00a0b\u2009c\u3000d", "a b c d", 0, ""},
		{"decomposed accents are composed", line, "Nguye\u0302\u0303n", "Nguyễn", 0, ""},
		{"10,000 combining marks on one letter", line, zalgo, "á\u0301\u0301", 9997, ""},
		{"10,000 combining marks in a name", name, zalgo, "á\u0301\u0301", 9997, ""},
		{"10,000 mixed marks on one letter", line, "o" + strings.Repeat("\u0316\u0301\u1dc4", 3334), "\u00f3\u0316\u1dc4", 9999, ""},
		{"musical marks that normalization reorders", line, "a" + strings.Repeat("\U0001D165\u0301", 40), "\u00e1\U0001D165\U0001D165", 77, ""},
		{"a mark that decomposes into two", line, "a\u0344\u0344\u0344", "\u00e4\u0301\u0308\u0301", 2, ""},
		{"three marks are fine", line, "x\u0300\u0301\u0302", "x\u0300\u0301\u0302", 0, ""},
		{"joiners cannot stack more marks", line, "x\u0300\u0301\u0302\u200d\u0303y", "x\u0300\u0301\u0302\u200dy", 1, ""},
		{"keycap emoji", line, "#️⃣", "#️⃣", 0, ""},
		{"mark at the start", line, "\u0301abc", "abc", 1, ""},
		{"mark after a space", line, "a \u0301b", "a b", 1, ""},
		{"mark at the start of a line", para, "a\n\u0301b", "a\nb", 1, ""},
		{"spaces inside one line", line, "  lots   of   space  ", "lots of space", 0, ""},
		{"blank lines in a paragraph", para, "\n\n  first  \n\n\n\nsecond  \n \n", "  first\n\nsecond", 0, ""},
		{"one blank line stays", para, "a\n\nb", "a\n\nb", 0, ""},
		{"name with spaces around", name, "  Maya  Lee ", "Maya Lee", 0, ""},
	})
}

func TestCleanWideText(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		text   string
		cells  int
		inName bool // a name may hold it: no joiners
	}{
		{"Chinese", "你好世界", 8, true},
		{"family emoji with joiners", "👨\u200d👩\u200d👧\u200d👦", 2, false},
		{"woman technologist", "👩🏽\u200d💻", 2, false},
		{"flags", "🇫🇷🇯🇵", 4, true},
		{"skin tones", "👋🏽👍🏿", 4, true},
		{"Japanese name", "山田太郎", 8, true},
		{"Korean", "김민준", 6, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			for _, rule := range []TextRule{WordRule, LineRule, ParagraphRule} {
				got, removed, err := rule.Clean(tc.text)
				if err != nil || got != tc.text || removed != 0 {
					t.Fatalf("%s: Clean(%q) = %q, %d, %v", rule.What, tc.text, got, removed, err)
				}
			}
			got, _, err := NameRule.Clean(tc.text)
			if tc.inName && (err != nil || got != tc.text) {
				t.Fatalf("name: Clean(%q) = %q, %v", tc.text, got, err)
			}
			if !tc.inName && (err == nil || err.Error() != invisibleName) {
				t.Fatalf("name: Clean(%q) = %q, %v; want refused", tc.text, got, err)
			}
			if w := ansi.StringWidth(tc.text); w != tc.cells {
				t.Fatalf("StringWidth(%q) = %d, want %d", tc.text, w, tc.cells)
			}
		})
	}
}

func TestCleanCaps(t *testing.T) {
	t.Parallel()
	question := LineRule
	question.What = "Your question"
	runCleanCases(t, []cleanCase{
		{"a 100 KB paste", ParagraphRule, strings.Repeat("a", 100*1024), "", 0,
			"Your text is 102,400 characters long; the most is 1,000. Try a shorter one."},
		{"a 2 MB paste", ParagraphRule, strings.Repeat("ab ", 700000), "", 0,
			"Your text is 2,100,000 characters long; the most is 1,000. Try a shorter one."},
		{"a 10,000-character name", NameRule, strings.Repeat("x", 10000), "", 0,
			"That name is 10,000 characters long; the most is 32. Try a shorter one."},
		{"a name one character too long", NameRule, strings.Repeat("i", MaxNameRunes+1), "", 0,
			"That name is 33 characters long; the most is 32. Try a shorter one."},
		{"a name as wide as allowed", NameRule, strings.Repeat("山", MaxNameCells/2), strings.Repeat("山", MaxNameCells/2), 0, ""},
		{"a name too wide on screen", NameRule, strings.Repeat("山", 17), "", 0,
			"That name is 34 columns wide on screen; the most is 32. Some characters, like emoji and Chinese, take two columns. Try a shorter one."},
		{"a question as long as allowed", question, strings.Repeat("q", MaxLineRunes), strings.Repeat("q", MaxLineRunes), 0, ""},
		{"a question too long", question, strings.Repeat("q", MaxLineRunes+1), "", 0,
			"Your question is 301 characters long; the most is 300. Try a shorter one."},
		{"too many lines", ParagraphRule, strings.Repeat("line\n", MaxTextLines+1), "", 0,
			"Your text has 21 lines; the most is 20. Join some lines together and try again."},
		{"as many lines as allowed", ParagraphRule, strings.Repeat("line\n", MaxTextLines), strings.TrimSuffix(strings.Repeat("line\n", MaxTextLines), "\n"), 0, ""},
		{"a plain role wider than its column", RoleRule, strings.Repeat("r", MaxRoleCells+2), "", 0,
			"That role is 22 characters long; the most is 20. Try a shorter one."},
		{"a role too long", RoleRule, strings.Repeat("r", MaxRoleRunes+1), "", 0,
			"That role is 25 characters long; the most is 24. Try a shorter one."},
		{"caps count what is left after cleaning", NameRule, "\x1b[31m" + strings.Repeat("n", MaxNameCells) + "\x1b[0m", strings.Repeat("n", MaxNameCells), 9, ""},
	})
}

func TestCleanEmpty(t *testing.T) {
	t.Parallel()
	question := LineRule
	question.What = "Your question"
	runCleanCases(t, []cleanCase{
		{"nothing", LineRule, "", "", 0, "Your text is empty. Write a few words first."},
		{"only spaces and tabs", LineRule, "   \t  ", "", 0, "Your text is empty. Write a few words first."},
		{"only line breaks", ParagraphRule, "\n\r\n \n", "", 0, "Your text is empty. Write a few words first."},
		{"an empty question", question, " ", "", 0, "Your question is empty. Write a few words first."},
		{"an empty name", NameRule, "  ", "", 0, "A name can't be empty. Type a few letters first."},
		{"an empty role", RoleRule, "", "", 0, "A role can't be empty. Write a few words first."},
		{"only invisible characters", LineRule, "\u200b\ufeff\u2060", "", 0, "Your text is empty. Write a few words first."},
		{"only combining marks", LineRule, "\u0301\u0302", "", 0, "Your text is empty. Write a few words first."},
	})
}

func TestThousands(t *testing.T) {
	t.Parallel()
	for n, want := range map[int]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 102400: "102,400", 2100000: "2,100,000"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

var allRules = []TextRule{NameRule, RoleRule, WordRule, LineRule, ParagraphRule}

// checkCleaned asserts what every successful Clean must give.
func checkCleaned(t *testing.T, rule TextRule, raw, clean string) {
	t.Helper()
	if !utf8.ValidString(clean) {
		t.Fatalf("Clean(%q) = %q: invalid UTF-8", raw, clean)
	}
	if strings.IndexByte(clean, 0x1b) >= 0 {
		t.Fatalf("Clean(%q) = %q: holds ESC", raw, clean)
	}
	for _, r := range clean {
		switch {
		case r < 0x20 && (r != '\n' || !rule.Multiline):
			t.Fatalf("Clean(%q) = %q: holds control %U", raw, clean, r)
		case r >= 0x7f && r <= 0x9f:
			t.Fatalf("Clean(%q) = %q: holds control %U", raw, clean, r)
		case isBidi(r):
			t.Fatalf("Clean(%q) = %q: holds bidi control %U", raw, clean, r)
		case rule.Name && isNameInvisible(r):
			t.Fatalf("Clean(%q) = %q: name holds invisible %U", raw, clean, r)
		}
	}
	if clean == "" || strings.TrimSpace(clean) != clean && !rule.Multiline {
		t.Fatalf("Clean(%q) = %q: empty or untrimmed", raw, clean)
	}
	if n := utf8.RuneCountInString(clean); n > rule.MaxRunes {
		t.Fatalf("Clean(%q) = %q: %d runes, cap %d", raw, clean, n, rule.MaxRunes)
	}
	if w := ansi.StringWidth(clean); w > rule.MaxCells {
		t.Fatalf("Clean(%q) = %q: %d cells, cap %d", raw, clean, w, rule.MaxCells)
	}
	if n := strings.Count(clean, "\n") + 1; n > rule.MaxLines {
		t.Fatalf("Clean(%q) = %q: %d lines, cap %d", raw, clean, n, rule.MaxLines)
	}
	again, removed, err := rule.Clean(clean)
	if again != clean || removed != 0 || err != nil {
		t.Fatalf("Clean(%q) = %q, but Clean(%q) = %q, %d, %v", raw, clean, clean, again, removed, err)
	}
}

// hostile holds pieces that cleaning has to deal with.
var hostile = []string{
	"a", "Z", "é", " ", "  ", "\t", "\n", "\r", "\r\n", "\x00", "\x07", "\b", "\x7f", "\x18", "\x1a",
	"\x1b", "[", "]", "\\", "P", "X", "^", "_", ";", "0", "1", "m", "(", "#", "?", "~",
	"\x9b", "\x9c", "\xff", "\xc3", "\xe2\x80", "\u0085", "\u0090", "\u0098", "\u009b", "\u009c", "\u009d", "\u009e", "\u009f",
	"\u202e", "\u2066", "\u200e", "\u061c", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u034f",
	"\u3164", "\u115f", "\u1160", "\uffa0", "\u2800", "\u3000", "\u00a0", "\u2009", "\u2028", "\u2029",
	"\u0301", "\u0300", "\u0316", "\u0344", "\u20e3", "\ufe0f", "\ufe0e", "\ufe00", "\U000E0100",
	"\U0001F3F4", "\U000E0067", "\U000E007F", "\U000E0041", "\ufffe", "\ufffd",
	"中", "👩", "🏽", "🇫", "ᄀ", "ᅡ", "\u0b47", "\u0b3e", "Ω", "\u2126", "\u0f73",
	"\U0001D165", "\U0001D16E", "\u1e69", "\u0345", strings.Repeat("\u0301", 35), strings.Repeat("\u0316\U0001D165", 20),
}

// TestCleanProperties is a deterministic stand-in for FuzzClean that runs
// with every go test: random strings of hostile pieces, every rule.
func TestCleanProperties(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(hostile[rng.IntN(len(hostile))])
		}
		raw := b.String()
		for _, rule := range allRules {
			if clean, _, err := rule.Clean(raw); err == nil {
				checkCleaned(t, rule, raw, clean)
			}
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"hello", "\x1b[31mred\x1b[0m", "\u009d0;t\u009cx", "a\u0301\u0301\u0301\u0301", "👨\u200d👩\u200d👧", "one\r\ntwo\n\n\nthree"} {
		f.Add(s, uint8(0))
	}
	f.Fuzz(func(t *testing.T, raw string, kind uint8) {
		rule := allRules[int(kind)%len(allRules)]
		clean, removed, err := rule.Clean(raw)
		if err != nil {
			if clean != "" || removed != 0 || err.Error() == "" {
				t.Fatalf("Clean(%q) = %q, %d, %v", raw, clean, removed, err)
			}
			return
		}
		checkCleaned(t, rule, raw, clean)
	})
}
