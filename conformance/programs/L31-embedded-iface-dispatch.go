package main

import (
	"fmt"
	"sync"
)

type Logger interface {
	Log(msg string)
}

type memLogger struct {
	mu    sync.Mutex
	lines []string
}

func (m *memLogger) Log(msg string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.lines = append(m.lines, msg)
}

type Service struct {
	*memLogger
	name string
}

type Counter struct {
	sync.Mutex
	n map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	c.n[k]++
	c.Unlock()
}

func main() {
	svc := Service{&memLogger{}, "api"}
	var l Logger = svc
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			l.Log(fmt.Sprintf("%s worker %d", svc.name, id))
		}(i)
	}
	wg.Wait()
	fmt.Println(len(svc.lines), len(svc.memLogger.lines))

	c := Counter{n: map[string]int{}}
	keys := []string{"a", "b", "a", "c", "a"}
	for _, k := range keys {
		wg.Add(1)
		go func(k string) {
			defer wg.Done()
			c.Inc(k)
		}(k)
	}
	wg.Wait()
	fmt.Println(c.n)
	var lp Logger = &svc
	lp.Log("direct")
	fmt.Println(len(svc.lines))
}
