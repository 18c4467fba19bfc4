package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

type Logger struct {
	out    io.Writer
	prefix string
	count  int
}

func (l *Logger) Printf(format string, args ...interface{}) {
	l.count++
	fmt.Fprintf(l.out, "%s%03d ", l.prefix, l.count)
	fmt.Fprintf(l.out, format, args...)
	fmt.Fprintln(l.out)
}

func parse(args []string) ([]int, []error) {
	var nums []int
	var errs []error
	for _, a := range args {
		n, err := strconv.Atoi(a)
		if err != nil {
			errs = append(errs, fmt.Errorf("bad argument %q: %w", a, err))
			continue
		}
		nums = append(nums, n)
	}
	return nums, errs
}

func main() {
	info := &Logger{out: os.Stdout, prefix: "INFO "}
	warn := &Logger{out: os.Stderr, prefix: "WARN "}
	nums, errs := parse([]string{"4", "x", "15", "-2", "3.5"})
	info.Printf("parsed %d numbers: %v", len(nums), nums)
	for _, e := range errs {
		warn.Printf("%v", e)
		var ne *strconv.NumError
		if errors.As(e, &ne) {
			fmt.Fprintf(os.Stderr, "  (func %s, input %q)\n", ne.Func, ne.Num)
		}
	}
	sum := 0
	for _, n := range nums {
		sum += n
	}
	n, err := fmt.Fprint(os.Stdout, "sum=", sum, "\n")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "done with", len(errs), "warnings")
	info.Printf("%d lines logged to stdout, %d to stderr", info.count, warn.count)
}
