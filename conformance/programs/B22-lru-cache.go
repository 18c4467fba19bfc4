package main

import (
	"fmt"
	"strconv"
	"strings"
)

type entry struct {
	key        string
	val        int
	prev, next *entry
}

type LRU struct {
	cap        int
	items      map[string]*entry
	head, tail *entry
	hits, miss int
}

func NewLRU(n int) *LRU {
	l := &LRU{cap: n, items: make(map[string]*entry)}
	l.head = &entry{}
	l.tail = &entry{}
	l.head.next, l.tail.prev = l.tail, l.head
	return l
}

func (l *LRU) unlink(e *entry) { e.prev.next, e.next.prev = e.next, e.prev }

func (l *LRU) pushFront(e *entry) {
	e.next, e.prev = l.head.next, l.head
	l.head.next.prev = e
	l.head.next = e
}

func (l *LRU) Get(k string) (int, bool) {
	e, ok := l.items[k]
	if !ok {
		l.miss++
		return 0, false
	}
	l.hits++
	l.unlink(e)
	l.pushFront(e)
	return e.val, true
}

func (l *LRU) Put(k string, v int) (evicted string) {
	if e, ok := l.items[k]; ok {
		e.val = v
		l.unlink(e)
		l.pushFront(e)
		return ""
	}
	if len(l.items) == l.cap {
		last := l.tail.prev
		l.unlink(last)
		delete(l.items, last.key)
		evicted = last.key
	}
	e := &entry{key: k, val: v}
	l.items[k] = e
	l.pushFront(e)
	return
}

func (l *LRU) String() string {
	var b strings.Builder
	b.WriteByte('[')
	for e := l.head.next; e != l.tail; e = e.next {
		if e != l.head.next {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%s=%d", e.key, e.val)
	}
	b.WriteByte(']')
	return b.String()
}

func main() {
	c := NewLRU(3)
	ops := "put a 1;put b 2;put c 3;get a;put d 4;get b;get c;put a 10;put e 5;get d;get a"
	for _, op := range strings.Split(ops, ";") {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			v, _ := strconv.Atoi(f[2])
			if ev := c.Put(f[1], v); ev != "" {
				fmt.Printf("put %s evicts %s -> %v\n", f[1], ev, c)
			} else {
				fmt.Printf("put %s -> %v\n", f[1], c)
			}
		case "get":
			v, ok := c.Get(f[1])
			fmt.Printf("get %s = %d %t -> %s\n", f[1], v, ok, c)
		}
	}
	fmt.Printf("hits=%d misses=%d ratio=%.2f\n", c.hits, c.miss, float64(c.hits)/float64(c.hits+c.miss))
}
