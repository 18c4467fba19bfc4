package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      int
	mu      sync.Mutex
	balance int
}

func transfer(from, to *Account, amount int) error {
	first, second := from, to
	if to.ID < from.ID {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return fmt.Errorf("transfer %d from #%d: %w", amount, from.ID, ErrInsufficient)
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

func main() {
	accounts := []*Account{{ID: 1, balance: 300}, {ID: 2, balance: 300}, {ID: 3, balance: 300}}
	var wg sync.WaitGroup
	var failMu sync.Mutex
	failures := 0
	for round := 0; round < 30; round++ {
		for i := range accounts {
			wg.Add(1)
			go func(a, b *Account) {
				defer wg.Done()
				if err := transfer(a, b, 7); err != nil {
					failMu.Lock()
					failures++
					failMu.Unlock()
				}
			}(accounts[i], accounts[(i+1)%len(accounts)])
		}
	}
	wg.Wait()
	total := 0
	for _, a := range accounts {
		total += a.balance
	}
	fmt.Println("total preserved:", total)
	fmt.Println("no failures in a cycle:", failures == 0)
	poor := &Account{ID: 9, balance: 5}
	err := transfer(poor, accounts[0], 50)
	fmt.Println(err)
	fmt.Println("is insufficient:", errors.Is(err, ErrInsufficient))
	fmt.Println("balances after failed transfer:", poor.balance)
}
