package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrUnavailable = errors.New("service unavailable")

type Service struct {
	failuresLeft int
	calls        int
}

func (s *Service) Call() (string, error) {
	s.calls++
	if s.failuresLeft > 0 {
		s.failuresLeft--
		return "", fmt.Errorf("call %d: %w", s.calls, ErrUnavailable)
	}
	return fmt.Sprintf("ok after %d calls", s.calls), nil
}

func retry(s *Service, budget time.Duration) (string, error) {
	deadline := time.Now().Add(budget)
	backoff := 2 * time.Millisecond
	for {
		res, err := s.Call()
		if err == nil {
			return res, nil
		}
		fmt.Printf("  %v; next wait %v\n", err, backoff)
		if time.Until(deadline) < backoff {
			return "", fmt.Errorf("gave up: %w", err)
		}
		timer := time.NewTimer(backoff)
		<-timer.C
		backoff *= 2
	}
}

func main() {
	fmt.Println("flaky service:")
	res, err := retry(&Service{failuresLeft: 3}, 100*time.Millisecond)
	fmt.Println(res, err)

	fmt.Println("down service:")
	start := time.Now()
	res, err = retry(&Service{failuresLeft: 100}, 40*time.Millisecond)
	fmt.Printf("%q %v\n", res, err)
	fmt.Println("is unavailable:", errors.Is(err, ErrUnavailable))
	fmt.Println("respected budget:", time.Since(start) < 40*time.Millisecond)
	deadline := time.Now().Add(25 * time.Millisecond)
	ticks := 0
	for time.Until(deadline) > 0 {
		time.Sleep(10 * time.Millisecond)
		ticks++
	}
	fmt.Println("sleeps until deadline:", ticks)
}
