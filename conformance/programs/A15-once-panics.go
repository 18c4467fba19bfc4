package main

import (
	"errors"
	"fmt"
	"sync"
)

type Config struct {
	Name  string
	Level int
}

var (
	once   sync.Once
	config *Config
	loads  int
)

func load() {
	loads++
	config = &Config{Name: "prod", Level: 3}
}

func getConfig() *Config {
	once.Do(load)
	return config
}

func tryInit(o *sync.Once, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("init failed: %v", r)
		}
	}()
	o.Do(f)
	return nil
}

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*Config, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ptrs[i] = getConfig()
		}(i)
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		same = same && p == ptrs[0]
	}
	fmt.Printf("loads=%d same=%v config=%+v\n", loads, same, *ptrs[0])

	var o sync.Once
	calls := 0
	err := tryInit(&o, func() {
		calls++
		panic(errors.New("disk not ready"))
	})
	fmt.Println("first:", err)
	err = tryInit(&o, func() { calls++ })
	fmt.Println("second:", err, "calls:", calls)

	var nested sync.Once
	count := 0
	for i := 0; i < 3; i++ {
		nested.Do(func() { count += 10 })
		count++
	}
	fmt.Println("count:", count)
}
