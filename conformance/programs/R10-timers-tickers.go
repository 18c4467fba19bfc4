package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	count := 0
	for range ticker.C {
		count++
		fmt.Println("tick", count)
		if count == 3 {
			ticker.Stop()
			break
		}
	}

	timer := time.NewTimer(50 * time.Millisecond)
	stopped := timer.Stop()
	fmt.Println("stopped before firing:", stopped)

	t2 := time.NewTimer(15 * time.Millisecond)
	<-t2.C
	fmt.Println("timer fired; Stop after firing:", t2.Stop())
	t2.Reset(5 * time.Millisecond)
	<-t2.C
	fmt.Println("reset timer fired")

	done := make(chan bool)
	go func() {
		time.Sleep(30 * time.Millisecond)
		done <- true
	}()
	tick := time.Tick(8 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-done:
			break loop
		case <-tick:
			ticks++
		}
	}
	fmt.Println("ticks before done >= 2:", ticks >= 2)

	deadline := time.After(100 * time.Millisecond)
	heartbeat := time.NewTicker(30 * time.Millisecond)
	defer heartbeat.Stop()
	beats := 0
	for {
		select {
		case <-heartbeat.C:
			beats++
			fmt.Println("heartbeat", beats)
			continue
		case <-deadline:
			fmt.Println("deadline reached after", beats, "beats")
		}
		break
	}

	results := make(chan string)
	for i, d := range []int{30, 10, 20} {
		go func(id, ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			results <- fmt.Sprintf("job%d(%dms)", id, ms)
		}(i, d)
	}
	for i := 0; i < 3; i++ {
		select {
		case r := <-results:
			fmt.Println(r)
		case <-time.After(time.Second):
			fmt.Println("timeout")
		}
	}
}
