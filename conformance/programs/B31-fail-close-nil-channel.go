package main

import "fmt"

type Broker struct {
	subs map[string]chan string
	done chan struct{}
}

func (b *Broker) Subscribe(topic string) <-chan string {
	if b.subs == nil {
		b.subs = make(map[string]chan string)
	}
	ch := make(chan string, 4)
	b.subs[topic] = ch
	return ch
}

func (b *Broker) Publish(topic, msg string) bool {
	ch, ok := b.subs[topic]
	if !ok {
		return false
	}
	ch <- msg
	return true
}

func (b *Broker) Close() {
	for _, t := range []string{"news", "sport"} {
		if ch, ok := b.subs[t]; ok {
			close(ch)
		}
	}
	close(b.done)
}

func main() {
	b := &Broker{}
	news := b.Subscribe("news")
	fmt.Println(b.Publish("news", "hello"), b.Publish("weather", "rain"))
	b.Publish("news", "world")
	fmt.Println(<-news, <-news)
	b.Close()
}
