package main

import (
	"fmt"
	"sync"
)

type Account struct {
	Name    string
	Balance int
}

func withdraw(a *Account, amount int) {
	if amount > a.Balance {
		panic(fmt.Sprintf("insufficient funds in %s: have %d, need %d", a.Name, a.Balance, amount))
	}
	a.Balance -= amount
}

func main() {
	acct := &Account{Name: "alice", Balance: 100}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		withdraw(acct, 30)
		withdraw(acct, 500)
	}()
	wg.Wait()
	fmt.Println("balance:", acct.Balance)
	done := make(chan struct{})
	go func() {
		withdraw(acct, 60)
		withdraw(acct, 60)
		close(done)
	}()
	<-done
	fmt.Println("unreachable")
}
