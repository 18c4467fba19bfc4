package main

import "fmt"

type Stats struct {
	Count int
	Max   int
}

func main() {
	m := map[string]Stats{}
	for _, w := range []string{"go", "is", "go"} {
		s := m[w]
		s.Count++
		if len(w) > s.Max {
			s.Max = len(w)
		}
		m[w] = s
	}
	fmt.Println(m["go"], m["is"], len(m))
	var ptrs map[string]*Stats
	fmt.Println(ptrs["go"] == nil)
	fmt.Println(ptrs["go"].Count)
}
