package main

import (
	"errors"
	"fmt"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() { g.err = err })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

type FetchError struct {
	URL  string
	Code int
}

func (e FetchError) Error() string { return fmt.Sprintf("fetch %s: status %d", e.URL, e.Code) }

func fetch(url string) (int, error) {
	if len(url) > 12 {
		return 0, FetchError{url, 404}
	}
	return len(url) * 100, nil
}

func main() {
	urls := []string{"a.io", "bb.io", "ccc.io"}
	sizes := make([]int, len(urls))
	var g Group
	for i, u := range urls {
		i, u := i, u
		g.Go(func() error {
			n, err := fetch(u)
			sizes[i] = n
			return err
		})
	}
	fmt.Println(g.Wait(), sizes)

	var g2 Group
	g2.Go(func() error { _, err := fetch("very-long-name.io"); return err })
	g2.Go(func() error { return nil })
	err := g2.Wait()
	var fe FetchError
	fmt.Println(err, errors.As(err, &fe), fe.Code)
}
