package main

import (
	"fmt"
	"sync"
	"time"
)

type Worker struct {
	ID       int
	Done     <-chan struct{}
	Progress chan<- string
}

func (w Worker) Run(wg *sync.WaitGroup) {
	defer wg.Done()
	for step := 1; ; step++ {
		select {
		case <-w.Done:
			w.Progress <- fmt.Sprintf("worker %d cancelled", w.ID)
			return
		case <-time.After(time.Duration(10*w.ID*w.ID*w.ID) * time.Millisecond):
			if step == 3 {
				w.Progress <- fmt.Sprintf("worker %d finished", w.ID)
				return
			}
		}
	}
}

func main() {
	done := make(chan struct{})
	progress := make(chan string, 10)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go Worker{id, done, progress}.Run(&wg)
	}
	time.Sleep(300 * time.Millisecond)
	close(done)
	wg.Wait()
	close(progress)
	var msgs []string
	for m := range progress {
		msgs = append(msgs, m)
	}
	finished, cancelled := 0, 0
	for _, m := range msgs {
		if m[len(m)-1] == 'd' && m[len(m)-2] == 'e' && m[len(m)-3] == 'h' {
			finished++
		} else {
			cancelled++
		}
	}
	fmt.Println(len(msgs), finished, cancelled)
}
