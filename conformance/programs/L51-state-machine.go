package main

import (
	"errors"
	"fmt"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var names = [...]string{Idle: "idle", Running: "running", Paused: "paused", Stopped: "stopped"}

func (s State) String() string {
	if int(s) < len(names) {
		return names[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event string

type transition struct {
	from State
	ev   Event
}

var ErrBadTransition = errors.New("bad transition")

type Machine struct {
	state   State
	table   map[transition]State
	history []State
	hooks   map[State][]func(from State)
}

func NewMachine() *Machine {
	m := &Machine{
		table: map[transition]State{
			{Idle, "start"}:    Running,
			{Running, "pause"}: Paused,
			{Paused, "resume"}: Running,
			{Running, "stop"}:  Stopped,
			{Paused, "stop"}:   Stopped,
		},
		hooks: map[State][]func(State){},
	}
	return m
}

func (m *Machine) On(s State, f func(from State)) { m.hooks[s] = append(m.hooks[s], f) }

func (m *Machine) Fire(ev Event) error {
	next, ok := m.table[transition{m.state, ev}]
	if !ok {
		return fmt.Errorf("%w: %v --%s-->?", ErrBadTransition, m.state, ev)
	}
	prev := m.state
	m.history = append(m.history, prev)
	m.state = next
	for _, h := range m.hooks[next] {
		h(prev)
	}
	return nil
}

func main() {
	m := NewMachine()
	resumes := 0
	m.On(Running, func(from State) {
		if from == Paused {
			resumes++
		}
	})
	m.On(Stopped, func(from State) { fmt.Println("stopped after", from) })
	for _, ev := range []Event{"start", "pause", "start", "resume", "pause", "resume", "stop", "start"} {
		if err := m.Fire(ev); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrBadTransition))
			continue
		}
		fmt.Printf("%-6s -> %v\n", ev, m.state)
	}
	fmt.Println(m.history, resumes, State(9))
	fmt.Printf("%d %v %s %q\n", m.state, m.state, Paused, Idle)
}
