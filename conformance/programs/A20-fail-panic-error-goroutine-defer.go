package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrOverheat = errors.New("core overheated")

type Sensor struct {
	ID   int
	Temp int
}

func (s Sensor) Check() error {
	if s.Temp > 90 {
		return fmt.Errorf("sensor %d: %w (%d C)", s.ID, ErrOverheat, s.Temp)
	}
	return nil
}

func monitor(sensors []Sensor) {
	defer fmt.Println("monitor: deferred print runs while panicking")
	for _, s := range sensors {
		if err := s.Check(); err != nil {
			if errors.Is(err, ErrOverheat) {
				panic(err)
			}
		}
		fmt.Println("sensor", s.ID, "ok")
	}
}

func main() {
	go monitor([]Sensor{{1, 40}, {2, 75}, {3, 95}, {4, 20}})
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main never gets here")
}
