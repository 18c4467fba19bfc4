package main

import (
	"fmt"
	"sort"
	"strings"
)

type WordCount struct {
	Word  string
	Count int
}

func normalize(w string) string {
	w = strings.ToLower(w)
	return strings.Trim(w, ".,;:!?\"'()")
}

func topN(text string, n int) []WordCount {
	counts := make(map[string]int)
	for _, w := range strings.Fields(text) {
		if w = normalize(w); w != "" {
			counts[w]++
		}
	}
	list := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func main() {
	text := `Go is expressive, concise, clean, and efficient. Its concurrency
mechanisms make it easy to write programs that get the most out of multicore
and networked machines. Go compiles quickly to machine code yet has the
convenience of garbage collection and the power of run-time reflection. It's a
fast, statically typed, compiled language that feels like a dynamically typed,
interpreted language. Go go GO!`
	for i, wc := range topN(text, 6) {
		fmt.Printf("%d. %-10s %d %s\n", i+1, wc.Word, wc.Count, strings.Repeat("*", wc.Count))
	}
	letters := map[rune]int{}
	for _, r := range strings.ToLower(text) {
		if r >= 'a' && r <= 'z' {
			letters[r]++
		}
	}
	var keys []string
	for r, c := range letters {
		if c >= 20 {
			keys = append(keys, fmt.Sprintf("%c=%d", r, c))
		}
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, " "))
}
