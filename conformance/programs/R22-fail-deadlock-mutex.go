package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) DepositTwice(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.Deposit(n) // Lock is not re-entrant: this blocks forever
	a.Deposit(n)
}

func main() {
	acct := &Account{}
	acct.Deposit(10)
	fmt.Println("balance:", acct.balance)
	acct.DepositTwice(5)
	fmt.Println("unreachable")
}
