package prose

import "testing"

func TestProse(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Plural(0, "minute"), "0 minutes"},
		{Plural(1, "minute"), "1 minute"},
		{Plural(12, "minute"), "12 minutes"},
		{PluralOne(1, "round"), "one round"},
		{PluralOne(2, "round"), "2 rounds"},
		{Capitalize("voting"), "Voting"},
		{Capitalize("élan"), "Élan"},
		{Capitalize(""), ""},
		{Capitalize("\xff"), "\xff"},
		{And(nil), ""},
		{And([]string{"Sam"}), "Sam"},
		{And([]string{"Sam", "Lee"}), "Sam and Lee"},
		{And([]string{"Sam", "Lee", "Ana"}), "Sam, Lee and Ana"},
		{Or(nil), ""},
		{Or([]string{"a"}), "a"},
		{Or([]string{"a", "b", "c"}), "a, b or c"},
		{Percent(0.424), "42%"},
		{Percent(0.425), "43%"},
		{Percent(0), "0%"},
		{Percent(1), "100%"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	if got := RoundPercent(1.0 / 3); got != 33 {
		t.Errorf("RoundPercent(1/3) = %d, want 33", got)
	}
}
