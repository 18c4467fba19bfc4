package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return "(" + t.Left.String() + " " + t.Key + " " + t.Right.String() + ")"
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func main() {
	var root *Tree
	text := "the quick brown fox jumps over the lazy dog the end"
	for _, w := range strings.Split(text, " ") {
		root = root.Insert(w)
	}
	var sb strings.Builder
	root.Walk(func(t *Tree) {
		fmt.Fprintf(&sb, "%s:%d ", t.Key, t.Count)
	})
	fmt.Println(strings.TrimSpace(sb.String()))
	fmt.Println("height", root.Height())
	fmt.Println(root)
	var empty *Tree
	fmt.Println(empty.Height(), empty.String())
	keys := []string{}
	root.Walk(func(t *Tree) {
		if t.Count > 1 {
			keys = append(keys, strings.ToUpper(t.Key))
		}
	})
	fmt.Printf("%q\n", keys)
}
