package main

import (
	"fmt"
	"strings"
)

type Line struct {
	No   int
	Text string
}

type Stat struct {
	No    int
	Words int
	Upper string
}

func source(text string) <-chan Line {
	out := make(chan Line)
	go func() {
		defer close(out)
		for i, l := range strings.Split(text, "\n") {
			out <- Line{i + 1, l}
		}
	}()
	return out
}

func filter(in <-chan Line, keep func(Line) bool) <-chan Line {
	out := make(chan Line)
	go func() {
		defer close(out)
		for l := range in {
			if keep(l) {
				out <- l
			}
		}
	}()
	return out
}

func analyze(in <-chan Line) <-chan Stat {
	out := make(chan Stat, 2)
	go func() {
		defer close(out)
		for l := range in {
			ws := strings.Fields(l.Text)
			var b strings.Builder
			for _, w := range ws {
				b.WriteByte(w[0] - 'a' + 'A')
			}
			out <- Stat{l.No, len(ws), b.String()}
		}
	}()
	return out
}

func main() {
	text := "go is fun\n\n// comment line\nchannels connect goroutines\nselect waits"
	nonEmpty := func(l Line) bool { return strings.TrimSpace(l.Text) != "" }
	noComment := func(l Line) bool { return !strings.HasPrefix(l.Text, "//") }
	total := 0
	for s := range analyze(filter(filter(source(text), nonEmpty), noComment)) {
		fmt.Printf("line %d: %d words, initials %s\n", s.No, s.Words, s.Upper)
		total += s.Words
	}
	fmt.Println("total words:", total)
}
