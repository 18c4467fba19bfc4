package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	index int
	word  string
}

type result struct {
	index int
	upper string
	vowels int
}

func countVowels(s string) int {
	n := 0
	for _, r := range s {
		if strings.ContainsRune("aeiou", r) {
			n++
		}
	}
	return n
}

func worker(id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup, handled []int) {
	defer wg.Done()
	for j := range jobs {
		results <- result{index: j.index, upper: strings.ToUpper(j.word), vowels: countVowels(j.word)}
		handled[id]++
	}
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	jobs := make(chan job)
	results := make(chan result, len(words))
	handled := make([]int, 3)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg, handled)
	}
	go func() {
		for i, w := range words {
			jobs <- job{i, w}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	out := make([]string, len(words))
	total := 0
	for r := range results {
		out[r.index] = fmt.Sprintf("%s(%d)", r.upper, r.vowels)
		total += r.vowels
	}
	fmt.Println(strings.Join(out, " "))
	fmt.Println("vowels:", total)
	sum := 0
	for _, h := range handled {
		sum += h
	}
	fmt.Println("jobs handled:", sum, "of", len(words))
}
