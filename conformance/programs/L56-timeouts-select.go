package main

import (
	"errors"
	"fmt"
	"time"
)

type Result struct {
	Query string
	Took  time.Duration
}

var ErrTimeout = errors.New("timed out")

func search(q string, d time.Duration) <-chan Result {
	c := make(chan Result, 1)
	go func() {
		time.Sleep(d)
		c <- Result{q, d}
	}()
	return c
}

func withTimeout(q string, d, limit time.Duration) (Result, error) {
	select {
	case r := <-search(q, d):
		return r, nil
	case <-time.After(limit):
		return Result{}, fmt.Errorf("%s: %w after %v", q, ErrTimeout, limit)
	}
}

func firstOf(qs []string, ds []time.Duration) Result {
	c := make(chan Result, len(qs))
	for i := range qs {
		go func(i int) { c <- <-search(qs[i], ds[i]) }(i)
	}
	return <-c
}

func main() {
	for _, d := range []time.Duration{10 * time.Millisecond, 80 * time.Millisecond} {
		r, err := withTimeout("golang", d, 50*time.Millisecond)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrTimeout))
			continue
		}
		fmt.Printf("found %q in %v\n", r.Query, r.Took)
	}
	r := firstOf([]string{"slow", "fast", "medium"}, []time.Duration{30 * time.Millisecond, 5 * time.Millisecond, 15 * time.Millisecond})
	fmt.Println("first:", r.Query, r.Took)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(55 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-tick.C:
			ticks++
		case <-deadline:
			break loop
		}
	}
	fmt.Println("ticks:", ticks)
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println(time.Since(start) >= 20*time.Millisecond, time.Duration(1500)*time.Millisecond)
}
