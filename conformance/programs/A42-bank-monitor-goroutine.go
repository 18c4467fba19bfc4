package main

import (
	"errors"
	"fmt"
	"sync"
)

// "Share memory by communicating": one goroutine owns the balances and
// serves requests sent over channels.

type op int

const (
	deposit op = iota
	withdraw
	balance
)

func (o op) String() string {
	return [...]string{"deposit", "withdraw", "balance"}[o]
}

type request struct {
	kind    op
	account string
	amount  int
	reply   chan response
}

type response struct {
	balance int
	err     error
}

var ErrNoFunds = errors.New("insufficient funds")

func bank(reqs <-chan request, done chan<- map[string]int) {
	accounts := map[string]int{}
	for r := range reqs {
		switch r.kind {
		case deposit:
			accounts[r.account] += r.amount
			r.reply <- response{balance: accounts[r.account]}
		case withdraw:
			if accounts[r.account] < r.amount {
				r.reply <- response{accounts[r.account], fmt.Errorf("%v %d from %s: %w", r.kind, r.amount, r.account, ErrNoFunds)}
				continue
			}
			accounts[r.account] -= r.amount
			r.reply <- response{balance: accounts[r.account]}
		case balance:
			r.reply <- response{balance: accounts[r.account]}
		}
	}
	done <- accounts
}

func call(reqs chan<- request, kind op, account string, amount int) response {
	reply := make(chan response)
	reqs <- request{kind, account, amount, reply}
	return <-reply
}

func main() {
	reqs := make(chan request)
	done := make(chan map[string]int)
	go bank(reqs, done)

	var wg sync.WaitGroup
	for _, name := range []string{"ann", "ben", "cat"} {
		for i := 1; i <= 10; i++ {
			wg.Add(1)
			go func(name string, amt int) {
				defer wg.Done()
				call(reqs, deposit, name, amt)
			}(name, i)
		}
	}
	wg.Wait()
	fmt.Println("ann:", call(reqs, balance, "ann", 0).balance)

	var mu sync.Mutex
	failed := 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if r := call(reqs, withdraw, "ben", 10); r.err != nil {
				mu.Lock()
				failed++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("ben withdrawals failed:", failed, "left:", call(reqs, balance, "ben", 0).balance)
	r := call(reqs, withdraw, "cat", 100)
	fmt.Println(r.err, errors.Is(r.err, ErrNoFunds), r.balance)
	close(reqs)
	final := <-done
	fmt.Println("final:", final)
}
