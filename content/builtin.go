package content

import (
	"bytes"
	"embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// DefaultName is the script trio runs unless told otherwise.
const DefaultName = "dialogue-vs-discussion"

const defaultsFile = "defaults.yaml"

//go:embed scripts/*.yaml
var scriptFiles embed.FS

//go:embed defaults.yaml
var defaultsYAML []byte

// Default is the default script, about an hour long, with defaults applied.
func Default() Script {
	s, _ := Builtin(DefaultName)
	return s
}

// Builtin gives a script that ships with trio, by name, with defaults
// applied. Each call gives a copy of its own.
func Builtin(name string) (Script, bool) {
	s, ok := builtins()[name]
	if !ok {
		return Script{}, false
	}
	return s.clone(), true
}

// BuiltinNames lists the scripts that ship with trio, the default first.
func BuiltinNames() []string {
	entries, _ := scriptFiles.ReadDir("scripts")
	names := []string{DefaultName}
	for _, e := range entries {
		if name := strings.TrimSuffix(e.Name(), ".yaml"); name != DefaultName {
			names = append(names, name)
		}
	}
	slices.Sort(names[1:])
	return names
}

// BuiltinSource gives a builtin script's YAML exactly as it ships, for a
// coach to read or to copy as the start of a script of their own.
func BuiltinSource(name string) ([]byte, bool) {
	if strings.ContainsAny(name, "/.") {
		return nil, false
	}
	data, err := scriptFiles.ReadFile("scripts/" + name + ".yaml")
	if err != nil {
		return nil, false
	}
	return data, true
}

// DefaultsSource gives the YAML of what every script inherits unless it
// writes its own: agreements, prompt cards, card fields and cues.
func DefaultsSource() []byte { return bytes.Clone(defaultsYAML) }

// builtins reads the shipped scripts once. They are tested; a broken one
// is a mistake in trio, not in a coach's script.
var builtins = sync.OnceValue(func() map[string]Script {
	all := map[string]Script{}
	for _, name := range BuiltinNames() {
		data, _ := BuiltinSource(name)
		s, err := Parse("scripts/"+name+".yaml", data)
		if err != nil {
			panic("content: a builtin script has problems:\n" + err.Error())
		}
		if s.Name != name {
			panic(fmt.Sprintf("content: scripts/%s.yaml is named %q inside", name, s.Name))
		}
		all[name] = s
	}
	return all
})
