package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprint("code ", e.Code) }
func (e CodeErr) Is(target error) bool {
	t, ok := target.(CodeErr)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

func main() {
	a, b := errors.New("a"), errors.New("b")
	e1 := fmt.Errorf("two: %w and %w", a, b)
	fmt.Println(e1, errors.Is(e1, a), errors.Is(e1, b), errors.Unwrap(e1) == nil)
	e2 := fmt.Errorf("not an error: %w", "text")
	fmt.Println(e2, errors.Unwrap(e2) == nil)
	e3 := fmt.Errorf("wrapped: %w", CodeErr{404})
	fmt.Println(errors.Is(e3, CodeErr{0}), errors.Is(e3, CodeErr{404}), errors.Is(e3, CodeErr{500}))
	fmt.Printf("%v|%s|%q|%+v\n", e3, e3, e3, e3)
	var ce CodeErr
	fmt.Println(errors.As(e3, &ce), ce.Code)
	e4 := fmt.Errorf("%w", nil)
	fmt.Println(e4, e4 == nil)
}
