package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

const text = `Go is an open source programming language that makes it simple to build
secure, scalable systems. Go was designed at Google; Go is expressive, concise,
clean, and efficient. Its concurrency mechanisms make it easy to write programs
that get the most out of multicore and networked machines.`

func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
}

func main() {
	lines := strings.Split(text, "\n")
	counts := make(map[string]int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, line := range lines {
		wg.Add(1)
		go func(line string) {
			defer wg.Done()
			local := map[string]int{}
			for _, f := range strings.Fields(line) {
				w := strings.ToLower(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }))
				if w != "" {
					local[w]++
				}
			}
			mu.Lock()
			for w, c := range local {
				counts[w] += c
			}
			mu.Unlock()
		}(line)
	}
	wg.Wait()
	type kv struct {
		Word  string
		Count int
	}
	var list []kv
	for w, c := range counts {
		list = append(list, kv{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	for _, e := range list[:6] {
		fmt.Printf("%-8s %d %s\n", e.Word, e.Count, strings.Repeat("*", e.Count))
	}
	fmt.Println("distinct words:", len(list))
	upper := 0
	for _, r := range text {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	fmt.Println("capitals:", upper, "lines:", len(lines))
}
