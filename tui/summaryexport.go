package tui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"trio/session"
)

// exportPath is where a format's file goes: trio-K7MQ-2XPB.md.
func (s *summaryScreen) exportPath(ext string) string {
	dir := s.sh.ExportDir
	if dir == "" {
		dir = "."
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return filepath.Join(dir, "trio-"+session.FormatCode(s.room.Code)+"."+ext)
}

// exportCommand is what brings the result to the person's own machine
// over SSH.
func (s *summaryScreen) exportCommand() string {
	hint := strings.TrimSpace(s.sh.ExportHint)
	if hint == "" {
		hint = "ssh …"
	}
	return hint + " export " + session.FormatCode(s.room.Code) + " > pov.md"
}

// write writes the newest result to a file and says where, or why not.
func (s *summaryScreen) write(ext string) {
	s.reload()
	if s.alarm {
		return
	}
	view := session.ViewFor(s.room, session.Nobody)
	data := session.ExportMarkdown(view)
	if ext == "json" {
		var err error
		if data, err = session.ExportJSON(view); err != nil {
			s.notice, s.alarm = "Could not make the JSON file: "+err.Error(), true
			return
		}
	}
	path := s.exportPath(ext)
	_, err := os.Stat(path)
	again := err == nil
	if err := replaceFile(path, data); err != nil {
		reason := err.Error()
		var pe *fs.PathError
		if errors.As(err, &pe) {
			reason = pe.Err.Error()
		}
		s.notice, s.alarm = fmt.Sprintf("Could not write %s: %s. Nothing was written; the result is still here.", path, reason), true
		return
	}
	s.notice, s.alarm, s.wrote, s.again = "", false, path, again
}

// replaceFile replaces a file in one step, so a reader never finds
// half of it.
func replaceFile(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".trio-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
