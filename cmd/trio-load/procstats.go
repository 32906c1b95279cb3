package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// serverStats is one reading of a server process: what the kernel says
// (resident memory, CPU time) and, when the server is our own child, what
// the Go runtime says.
type serverStats struct {
	RSSKB      int64 `json:"rss_kb"`
	CPUMicros  int64 `json:"cpu_us"` // user + system since the process started
	HeapBytes  int64 `json:"heap_bytes,omitempty"`
	Goroutines int   `json:"goroutines,omitempty"`
	Sessions   int   `json:"sessions,omitempty"`
	// Appended is how many events a file store has stored, each timed
	// (trio's own server only).
	Appended int `json:"appended,omitempty"`
}

// plus adds another process's reading to this one: several instances
// of a server, counted as one.
func (s serverStats) plus(o serverStats) serverStats {
	return serverStats{
		RSSKB: s.RSSKB + o.RSSKB, CPUMicros: s.CPUMicros + o.CPUMicros, HeapBytes: s.HeapBytes + o.HeapBytes,
		Goroutines: s.Goroutines + o.Goroutines, Sessions: s.Sessions + o.Sessions, Appended: s.Appended + o.Appended,
	}
}

// clockTicks is USER_HZ, the unit of /proc/PID/stat's times: 100 on every
// Linux this runs on (it is fixed by the kernel's ABI, not by HZ).
const clockTicks = 100

// readProc reads a process's resident memory and CPU time from /proc.
func readProc(pid int) (serverStats, error) {
	var s serverStats
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return s, fmt.Errorf("cannot read the server's memory (is process %d running, on Linux?): %w", pid, err)
	}
	sc := bufio.NewScanner(bytes.NewReader(status))
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			fields := strings.Fields(rest)
			if len(fields) > 0 {
				s.RSSKB, _ = strconv.ParseInt(fields[0], 10, 64)
			}
		}
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return s, fmt.Errorf("cannot read the server's CPU time: %w", err)
	}
	// The command name, in parentheses, may hold spaces: count fields from
	// the last ")". utime and stime are fields 14 and 15.
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return s, fmt.Errorf("/proc/%d/stat: unexpected format", pid)
	}
	fields := strings.Fields(string(stat[i+1:]))
	if len(fields) < 13 {
		return s, fmt.Errorf("/proc/%d/stat: unexpected format", pid)
	}
	utime, _ := strconv.ParseInt(fields[11], 10, 64)
	stime, _ := strconv.ParseInt(fields[12], 10, 64)
	s.CPUMicros = (utime + stime) * 1_000_000 / clockTicks
	if micros, ok := threadsCPUMicros(pid); ok {
		s.CPUMicros = micros
	}
	return s, nil
}

// threadsCPUMicros is a process's CPU time to the microsecond: the sum of
// its threads' time on a CPU, from each one's schedstat. /proc/PID/stat
// counts hundredths of a second, and a quiet chat spends a few
// milliseconds a minute: a reading there is mostly rounding. A thread
// that has ended takes its time with it, which a Go server's rarely do.
func threadsCPUMicros(pid int) (int64, bool) {
	dir := fmt.Sprintf("/proc/%d/task", pid)
	tasks, err := os.ReadDir(dir)
	if err != nil || len(tasks) == 0 {
		return 0, false
	}
	var nanos int64
	read := 0
	for _, task := range tasks {
		b, err := os.ReadFile(dir + "/" + task.Name() + "/schedstat")
		if err != nil {
			continue // it ended as we read
		}
		fields := strings.Fields(string(b))
		if len(fields) == 0 {
			return 0, false
		}
		n, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil {
			return 0, false
		}
		nanos += n
		read++
	}
	return nanos / 1000, read > 0
}

// cpuMillis is the CPU time the server used between two readings.
func cpuMillis(start, end serverStats) float64 {
	return float64(end.CPUMicros-start.CPUMicros) / 1000
}

// cpuPercent is that time as a share of one core over the wall time took.
func cpuPercent(start, end serverStats, took time.Duration) float64 {
	return perEach(cpuMillis(start, end)*100, float64(took)/float64(time.Millisecond))
}

// selfCPU is this process's CPU time so far, in microseconds: the clients'
// own cost, to show beside the server's.
func selfCPU() serverStats {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return serverStats{CPUMicros: ru.Utime.Nano()/1000 + ru.Stime.Nano()/1000}
}
