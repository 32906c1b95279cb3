package tui

import (
	"reflect"
	"testing"

	"trio/tui/draw"
)

// Every ink draws exactly what its lipgloss style draws, on a dark and a
// light background, for one line, several, tabs and nothing at all.
func TestInkDrawsWhatLipglossDraws(t *testing.T) {
	t.Parallel()
	texts := []string{"", "plain", "Maya · hopeful ✓", "two\nlines", "a\ttab", "line\r\nbreak", "ends\n", "\x1b[1mbold\x1b[m inside"}
	for _, dark := range []bool{true, false} {
		st := NewStyles(dark)
		inks := map[string]draw.Ink{
			"Role(product)":  st.Role("Product", false),
			"Role(other)":    st.Role("Legal", false),
			"Role(observer)": st.Role("Coach", true),
			"none":           {},
		}
		v := reflect.ValueOf(st).Elem()
		for i := range v.NumField() {
			if !v.Type().Field(i).IsExported() {
				continue
			}
			if ink, ok := v.Field(i).Interface().(draw.Ink); ok {
				inks[v.Type().Field(i).Name] = ink
			}
		}
		if len(inks) < 15 {
			t.Fatalf("only %d inks found", len(inks))
		}
		for name, ink := range inks {
			for _, s := range texts {
				if got, want := ink.Render(s), ink.Style.Render(s); got != want {
					t.Errorf("dark %v, %s.Render(%q) = %q, lipgloss draws %q", dark, name, s, got, want)
				}
			}
			if got, want := ink.Render("two", "words"), ink.Style.Render("two", "words"); got != want {
				t.Errorf("dark %v, %s.Render of two strings = %q, lipgloss draws %q", dark, name, got, want)
			}
		}
	}
}
