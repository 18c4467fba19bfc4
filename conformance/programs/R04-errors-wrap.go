package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TimeoutError struct{ Seconds int }

func (e TimeoutError) Error() string { return fmt.Sprintf("timeout after %ds", e.Seconds) }

func lookup(key string) error {
	switch key {
	case "missing":
		return &QueryError{key, ErrNotFound}
	case "secret":
		return fmt.Errorf("lookup %q: %w", key, ErrPermission)
	case "slow":
		return fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", TimeoutError{3}))
	case "plain":
		return fmt.Errorf("plain failure %d", 42)
	}
	return nil
}

func main() {
	for _, k := range []string{"ok", "missing", "secret", "slow", "plain"} {
		err := lookup(k)
		if err == nil {
			fmt.Println(k, "-> success")
			continue
		}
		fmt.Printf("%s -> %v\n", k, err)
		fmt.Println("   is NotFound:", errors.Is(err, ErrNotFound), "is Permission:", errors.Is(err, ErrPermission))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("   QueryError for", qe.Query)
		}
		var te TimeoutError
		if errors.As(err, &te) {
			fmt.Println("   timeout seconds:", te.Seconds)
		}
		u := errors.Unwrap(err)
		fmt.Printf("   unwrap: %v (%T)\n", u, u)
	}
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, errors.Is(e1, e2), errors.Is(e1, e1), e1.Error() == e2.Error())
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(nil, nil), errors.Unwrap(nil))
	wrapped := fmt.Errorf("context: %w", nil)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == nil)
	fmt.Printf("%T %T %T\n", ErrNotFound, lookup("secret"), lookup("plain"))
}
