package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type AccountID int

type Account struct {
	ID      AccountID
	Owner   string
	balance int64
	frozen  bool
}

var ErrFrozen = errors.New("account frozen")

type InsufficientFunds struct {
	Need, Have int64
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

type Bank struct {
	accounts map[AccountID]*Account
	nextID   AccountID
	ledger   []string
}

func NewBank() *Bank {
	return &Bank{accounts: make(map[AccountID]*Account), nextID: 100}
}

func (b *Bank) Open(owner string, deposit int64) *Account {
	a := &Account{ID: b.nextID, Owner: owner, balance: deposit}
	b.accounts[a.ID] = a
	b.nextID++
	b.logf("open %d for %s with %d", a.ID, owner, deposit)
	return a
}

func (b *Bank) logf(format string, args ...interface{}) {
	b.ledger = append(b.ledger, fmt.Sprintf(format, args...))
}

func (b *Bank) Transfer(from, to AccountID, amt int64) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = err.Error()
		}
		b.logf("transfer %d->%d %d: %s", from, to, amt, status)
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %d", from)
	}
	dst := b.accounts[to]
	if src.frozen || dst.frozen {
		return ErrFrozen
	}
	if src.balance < amt {
		return InsufficientFunds{amt, src.balance}
	}
	src.balance -= amt
	dst.balance += amt
	return nil
}

func (a Account) String() string {
	return fmt.Sprintf("#%d %-6s %5d", a.ID, a.Owner, a.balance)
}

func main() {
	bank := NewBank()
	alice := bank.Open("alice", 500)
	bob := bank.Open("bob", 100)
	carol := bank.Open("carol", 0)
	errs := []error{
		bank.Transfer(alice.ID, bob.ID, 200),
		bank.Transfer(bob.ID, carol.ID, 1000),
		bank.Transfer(999, carol.ID, 1),
	}
	carol.frozen = true
	errs = append(errs, bank.Transfer(alice.ID, carol.ID, 5))
	for i, err := range errs {
		var inf InsufficientFunds
		switch {
		case err == nil:
			fmt.Println(i, "ok")
		case errors.Is(err, ErrFrozen):
			fmt.Println(i, "frozen!")
		case errors.As(err, &inf):
			fmt.Println(i, "short by", inf.Need-inf.Have)
		default:
			fmt.Println(i, "error:", err)
		}
	}
	ids := make([]int, 0)
	for id := range bank.accounts {
		ids = append(ids, int(id))
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Println(bank.accounts[AccountID(id)])
	}
	fmt.Println(strings.Join(bank.ledger, "\n"))
	fmt.Printf("%v|%s|%d\n", *alice, bob, alice.ID)
}
