package main

import (
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

func parse(lines []string) (sum int, err error) {
	for i, l := range lines {
		n, cerr := strconv.Atoi(l)
		if cerr != nil {
			return sum, &ParseError{i + 1, cerr.Error()}
		}
		sum += n
	}
	return sum, nil
}

func must(n int, err error) int {
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	fmt.Println(must(parse([]string{"1", "2", "39"})))
	_, err := parse([]string{"4", "x"})
	if pe, ok := err.(*ParseError); ok {
		fmt.Printf("%d %q\n", pe.Line, pe.Msg)
	}
	fmt.Println(must(parse([]string{"10", "20", "3o"})))
}
