package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrNoAccount    = errors.New("no such account")
)

type TransferError struct {
	From, To string
	Amount   int
	Err      error
}

func (e *TransferError) Error() string {
	return fmt.Sprintf("transfer %s->%s of %d: %v", e.From, e.To, e.Amount, e.Err)
}

func (e *TransferError) Unwrap() error { return e.Err }

type Bank struct {
	mu       sync.RWMutex
	balances map[string]int
}

func (b *Bank) Transfer(from, to string, amt int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	fb, ok := b.balances[from]
	if !ok {
		return &TransferError{from, to, amt, ErrNoAccount}
	}
	if _, ok := b.balances[to]; !ok {
		return &TransferError{from, to, amt, fmt.Errorf("destination %q: %w", to, ErrNoAccount)}
	}
	if fb < amt {
		return &TransferError{from, to, amt, ErrInsufficient}
	}
	b.balances[from] -= amt
	b.balances[to] += amt
	return nil
}

func (b *Bank) Total() int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	t := 0
	for _, v := range b.balances {
		t += v
	}
	return t
}

func main() {
	b := &Bank{balances: map[string]int{"alice": 100, "bob": 50, "carol": 0}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	counts := map[string]int{}
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			names := []string{"alice", "bob", "carol"}
			err := b.Transfer(names[i%3], names[(i+1)%3], 10)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				counts["ok"]++
			case errors.Is(err, ErrInsufficient):
				counts["insufficient"]++
			default:
				counts["other"]++
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("total preserved:", b.Total() == 150, "attempts:", counts["ok"]+counts["insufficient"]+counts["other"])
	errs := []error{
		b.Transfer("dave", "bob", 5),
		b.Transfer("bob", "erin", 5),
		b.Transfer("carol", "bob", 1000),
	}
	for _, err := range errs {
		var te *TransferError
		fmt.Println(err)
		fmt.Println("  no account:", errors.Is(err, ErrNoAccount), "insufficient:", errors.Is(err, ErrInsufficient),
			"as TransferError:", errors.As(err, &te) && te.Amount > 0)
	}
	names := make([]string, 0, len(b.balances))
	for n := range b.balances {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names, len(counts) > 0)
}
