package main

import (
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return "line " + strconv.Itoa(e.Line) + ": " + e.Msg
}

func parse(lines []string) (sum int, err error) {
	for i, l := range lines {
		n, convErr := strconv.Atoi(l)
		if convErr != nil {
			return sum, &ParseError{i + 1, "not a number: " + l}
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
	fmt.Println(must(parse([]string{"1", "2", "3"})))
	fmt.Println(must(parse([]string{"4", "x5"})))
}
