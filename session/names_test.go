package session

import (
	"strings"
	"testing"
	"unicode"
)

func TestNameKeySame(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		a, b string
	}{
		{"small letters", "Maya", "maya"},
		{"capitals", "Maya", "MAYA"},
		{"Cyrillic look-alikes", "Maya", "Мауа"},
		{"Cyrillic capitals", "MAYA", "МАУА"},
		{"Greek capitals", "MAYA", "ΜΑΥΑ"},
		{"spaced out", "Maya", "M a y a"},
		{"zero width space", "Maya", "Maya\u200b"},
		{"joiner inside", "Maya", "Ma\u200dya"},
		{"punctuation", "Maya", "Maya."},
		{"hyphen or space", "Maya-Lee", "Maya Lee"},
		{"fullwidth letters", "Maya", "Ｍａｙａ"},
		{"mathematical bold", "Maya", "𝐌𝐚𝐲𝐚"},
		{"small capitals", "Maya", "ᴍᴀʏᴀ"},
		{"capital I for small l", "Alex", "AIex"},
		{"digit one for small l", "Alex", "A1ex"},
		{"digit zero for o", "Bob", "B0b"},
		{"composed or not", "José", "Jose\u0301"},
		{"Cyrillic io and Latin e with diaeresis", "Zoë", "Zoё"},
		{"no-break space", "Mary Ann", "Mary\u00a0Ann"},
		{"ideographic space", "山田太郎", "山田\u3000太郎"},
		{"emoji presentation selector", "Maya ❤", "Maya ❤\ufe0f"},
		{"bidi mark", "Maya", "Maya\u200f"},
		{"Hangul filler", "Maya", "Maya\u3164"},
		{"German sharp s", "Strauß", "STRAUSS"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if ka, kb := NameKey(tc.a), NameKey(tc.b); ka != kb {
				t.Fatalf("NameKey(%q) = %q, NameKey(%q) = %q; want equal", tc.a, ka, tc.b, kb)
			}
		})
	}
}

func TestNameKeyDifferent(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		a, b string
	}{
		{"different names", "Maya", "Mia"},
		{"one letter apart", "Anna", "Anne"},
		{"a letter more", "Ana", "Anna"},
		{"accent", "José", "Jose"},
		{"diaeresis", "Zoë", "Zoe"},
		{"Cyrillic letter that looks like no Latin one", "Иван", "Ivan"},
		{"digit", "Maya", "Maya2"},
		{"emoji", "Maya", "Maya 🌟"},
		{"Chinese", "王芳", "王方"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if ka, kb := NameKey(tc.a), NameKey(tc.b); ka == kb {
				t.Fatalf("NameKey(%q) = NameKey(%q) = %q; want different", tc.a, tc.b, ka)
			}
		})
	}
}

func TestNameKeyIgnoresCaseOfLatinNames(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"Maya", "Élodie", "Øyvind", "Łukasz", "Şükrü", "Ngozi Okonjo", "ÆSIR", "Đorđe"} {
		if lower, upper := NameKey(strings.ToLower(name)), NameKey(strings.ToUpper(name)); lower != upper {
			t.Errorf("NameKey(%q) = %q but NameKey(%q) = %q", strings.ToLower(name), lower, strings.ToUpper(name), upper)
		}
	}
}

func TestNameKeyHasNothingInvisible(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"  Maya\u200b\u2060\ufeff ", "\x1b[31mMaya", "Ma\u0000ya\xff", "M\U000E0041aya"} {
		key := NameKey(name)
		for _, r := range key {
			if unicode.IsSpace(r) || unicode.In(r, unicode.C, unicode.P) || isNameInvisible(r) {
				t.Errorf("NameKey(%q) = %q holds %U", name, key, r)
			}
		}
	}
}

// TestLookalikeTable checks that the table maps every letter to a plain
// Latin one of the same case, so that case folding treats them alike.
func TestLookalikeTable(t *testing.T) {
	t.Parallel()
	for from, to := range lookalikes {
		if to > unicode.MaxASCII || !unicode.IsLetter(to) {
			t.Errorf("%q maps to %q, not a Latin letter", from, to)
		}
		if unicode.IsUpper(from) != unicode.IsUpper(to) {
			t.Errorf("%q maps to %q, of another case", from, to)
		}
	}
}
