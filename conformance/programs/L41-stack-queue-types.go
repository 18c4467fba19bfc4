package main

import (
	"errors"
	"fmt"
	"strings"
)

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() (int, error) {
	if len(s.items) == 0 {
		return 0, errors.New("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack) Len() int { return len(s.items) }

type Queue struct {
	head, tail *node
	n          int
}

type node struct {
	val  string
	next *node
}

func (q *Queue) Enqueue(v string) {
	nd := &node{val: v}
	if q.tail == nil {
		q.head, q.tail = nd, nd
	} else {
		q.tail.next = nd
		q.tail = nd
	}
	q.n++
}

func (q *Queue) Dequeue() (string, bool) {
	if q.head == nil {
		return "", false
	}
	v := q.head.val
	q.head = q.head.next
	if q.head == nil {
		q.tail = nil
	}
	q.n--
	return v, true
}

func (q *Queue) String() string {
	var parts []string
	for n := q.head; n != nil; n = n.next {
		parts = append(parts, n.val)
	}
	return "[" + strings.Join(parts, " <- ") + "]"
}

func evalRPN(tokens []string) (int, error) {
	var st Stack
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			b, err1 := st.Pop()
			a, err2 := st.Pop()
			if err1 != nil || err2 != nil {
				return 0, fmt.Errorf("malformed at %q", t)
			}
			switch t {
			case "+":
				st.Push(a + b)
			case "-":
				st.Push(a - b)
			case "*":
				st.Push(a * b)
			case "/":
				if b == 0 {
					return 0, errors.New("division by zero")
				}
				st.Push(a / b)
			}
		default:
			n := 0
			for _, c := range t {
				n = n*10 + int(c-'0')
			}
			st.Push(n)
		}
	}
	if st.Len() != 1 {
		return 0, fmt.Errorf("stack has %d items", st.Len())
	}
	return st.Pop()
}

func main() {
	for _, expr := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "4 0 /", "1 2"} {
		v, err := evalRPN(strings.Split(expr, " "))
		fmt.Printf("%-20s => %d, %v\n", expr, v, err)
	}
	var q Queue
	for _, s := range []string{"a", "b", "c"} {
		q.Enqueue(s)
	}
	fmt.Println(q.String(), q.n)
	v, _ := q.Dequeue()
	fmt.Println(v, &q)
	q.Dequeue()
	q.Dequeue()
	_, ok := q.Dequeue()
	fmt.Println(ok, q.String(), q.tail == nil)
}
