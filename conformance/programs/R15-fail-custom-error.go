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
			return sum, &ParseError{i + 1, fmt.Sprintf("bad number %q", l)}
		}
		sum += n
	}
	return sum, nil
}

func mustParse(lines []string) int {
	sum, err := parse(lines)
	if err != nil {
		panic(err)
	}
	return sum
}

func main() {
	fmt.Println("sum:", mustParse([]string{"1", "2", "3"}))
	fmt.Println("sum:", mustParse([]string{"10", "x20", "30"}))
	fmt.Println("unreachable")
}
