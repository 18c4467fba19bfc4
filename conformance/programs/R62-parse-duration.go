package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"1h30m", "1.5s", "300ms", "-2h45m30.5s", "2us", "1µs", "0", "+5m", ".5h", "1.", "", "10", "5x", "1h2", "-", "9999999999h", "0.000000001s", "1.0000000001ns", "3m.5s"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%-16q error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-16q %v (%d ns)\n", s, d, int64(d))
	}
	timeout, _ := time.ParseDuration("250ms")
	select {
	case <-time.After(timeout):
		fmt.Println("timed out after", timeout)
	}
}
