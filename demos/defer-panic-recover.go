// defer, panic and recover: each defer pushes a _defer record on the G's
// chain; panic runs them LIFO; a deferred call that calls recover stops the
// panic and the function returns normally with its named results.
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer fmt.Println("deferred print runs first (LIFO)")
	q = a / b
	return q, nil
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	err := errors.New("boom")
	defer fmt.Println("main's defer still runs during the panic")
	panic(err)
}
