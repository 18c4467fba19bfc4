package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (e *CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func do(i int) error {
	if i%2 == 0 {
		return &CodeErr{i}
	}
	return errors.New("odd")
}

func main() {
	for i := 0; i < 2; i++ {
		err := do(i)
		var ce *CodeErr
		fmt.Println(err, errors.As(err, &ce), ce != nil)
	}
	ce := do(3).(*CodeErr)
	fmt.Println(ce.Code)
}
