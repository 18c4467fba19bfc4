package main

import (
	"fmt"
	"strings"
)

type Visitor interface {
	Visit(v interface{}) bool
}

type List struct {
	head *elem
	size int
}

type elem struct {
	val  interface{}
	next *elem
}

func (l *List) PushFront(v interface{}) *List {
	l.head = &elem{v, l.head}
	l.size++
	return l
}

func (l *List) Reverse() {
	var prev *elem
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) Walk(v Visitor) int {
	n := 0
	for e := l.head; e != nil; e = e.next {
		n++
		if !v.Visit(e.val) {
			break
		}
	}
	return n
}

func (l *List) String() string {
	var b strings.Builder
	b.WriteString("(")
	for e := l.head; e != nil; e = e.next {
		if e != l.head {
			b.WriteString(" ")
		}
		fmt.Fprint(&b, e.val)
	}
	b.WriteString(")")
	return b.String()
}

type sumInts struct{ total, skipped int }

func (s *sumInts) Visit(v interface{}) bool {
	switch x := v.(type) {
	case int:
		s.total += x
	case []int:
		for _, y := range x {
			s.total += y
		}
	case *List:
		s.total += x.Walk(s)
	default:
		s.skipped++
	}
	return true
}

type untilString struct{ seen []string }

func (u *untilString) Visit(v interface{}) bool {
	if s, ok := v.(string); ok {
		u.seen = append(u.seen, s)
		return false
	}
	return true
}

func main() {
	inner := (&List{}).PushFront(100).PushFront(200)
	l := &List{}
	l.PushFront(1).PushFront("two").PushFront([]int{3, 4}).PushFront(inner).PushFront(5.5)
	fmt.Println(l, l.size)
	var s sumInts
	fmt.Println(l.Walk(&s), s.total, s.skipped)
	l.Reverse()
	fmt.Println(l)
	var u untilString
	fmt.Println(l.Walk(&u), u.seen)
	var empty List
	empty.Reverse()
	fmt.Println(&empty, empty.Walk(&s))
}
