package content

// Parse reads a script from YAML text; filename names it in problems. The
// script comes back with defaults applied. Every mistake is reported at
// once, as Problems.
func Parse(filename string, data []byte) (Script, error) {
	r := newReport(filename)
	body, ok := document(r, data)
	if !ok {
		return Script{}, r.err()
	}
	s := decoder{r}.script(body)
	inherit(&s, r.at, defaults())
	check(r, s)
	if err := r.err(); err != nil {
		return Script{}, err
	}
	return s, nil
}
