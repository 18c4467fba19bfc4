package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Broker struct {
	mu     sync.RWMutex
	subs   map[string][]chan string
	closed bool
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan string{}} }

func (b *Broker) Subscribe(topic string) <-chan string {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan string, 4)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Unsubscribe(topic string, sub <-chan string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	list := b.subs[topic]
	for i, ch := range list {
		if ch == sub {
			b.subs[topic] = append(list[:i], list[i+1:]...)
			close(ch)
			return true
		}
	}
	return false
}

func (b *Broker) Publish(topic, msg string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
	return len(b.subs[topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, list := range b.subs {
		for _, ch := range list {
			close(ch)
		}
	}
	b.subs = nil
	b.closed = true
}

func collect(name string, ch <-chan string, out *[]string, wg *sync.WaitGroup) {
	defer wg.Done()
	var got []string
	for m := range ch {
		got = append(got, m)
	}
	*out = append(*out, fmt.Sprintf("%s<%s>", name, strings.Join(got, ",")))
}

func main() {
	b := NewBroker()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var reports []string
	add := func(name string, ch <-chan string) {
		wg.Add(1)
		go func() {
			var local []string
			var inner sync.WaitGroup
			inner.Add(1)
			collect(name, ch, &local, &inner)
			mu.Lock()
			reports = append(reports, local...)
			mu.Unlock()
			wg.Done()
		}()
	}
	news1 := b.Subscribe("news")
	news2 := b.Subscribe("news")
	sports := b.Subscribe("sports")
	add("n1", news1)
	add("n2", news2)
	add("s", sports)
	fmt.Println("news delivered to", b.Publish("news", "election"))
	fmt.Println("sports delivered to", b.Publish("sports", "final"))
	fmt.Println("unsubscribe n2:", b.Unsubscribe("news", news2))
	fmt.Println("unsubscribe n2 again:", b.Unsubscribe("news", news2))
	fmt.Println("news delivered to", b.Publish("news", "budget"))
	fmt.Println("weather delivered to", b.Publish("weather", "rain"))
	b.Close()
	wg.Wait()
	sort.Strings(reports)
	fmt.Println(reports)
	_, ok := <-news1
	fmt.Println("closed:", b.closed, "news1 open:", ok)
}
