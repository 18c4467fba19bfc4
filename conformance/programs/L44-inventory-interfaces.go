package main

import (
	"fmt"
	"sort"
	"strings"
)

type Product interface {
	Name() string
	Price() int
}

type Discounter interface {
	Product
	Discount() int
}

type Book struct {
	title  string
	cents  int
	author string
}

func (b Book) Name() string { return b.title + " by " + b.author }
func (b Book) Price() int    { return b.cents }

type Gadget struct {
	model string
	cents int
	sale  bool
}

func (g *Gadget) Name() string { return "gadget " + g.model }
func (g *Gadget) Price() int    { return g.cents }
func (g *Gadget) Discount() int {
	if g.sale {
		return g.cents / 10
	}
	return 0
}

type Bundle struct {
	items []Product
}

func (b Bundle) Name() string {
	names := make([]string, len(b.items))
	for i, it := range b.items {
		names[i] = it.Name()
	}
	return "bundle(" + strings.Join(names, ", ") + ")"
}

func (b Bundle) Price() (total int) {
	for _, it := range b.items {
		total += finalPrice(it)
	}
	return total * 9 / 10
}

func finalPrice(p Product) int {
	if d, ok := p.(Discounter); ok {
		return p.Price() - d.Discount()
	}
	return p.Price()
}

func describe(p Product) string {
	kind := "?"
	switch v := p.(type) {
	case Book:
		kind = "book/" + v.author
	case *Gadget:
		if v.sale {
			kind = "gadget on sale"
		} else {
			kind = "gadget"
		}
	case Bundle:
		kind = fmt.Sprintf("bundle of %d", len(v.items))
	}
	return fmt.Sprintf("%-40s %6.2f  [%s]", p.Name(), float64(finalPrice(p))/100, kind)
}

func main() {
	g1 := &Gadget{"x1", 5000, true}
	g2 := &Gadget{"y2", 1999, false}
	cart := []Product{
		Book{"Go", 3500, "Pike"},
		g1,
		g2,
		Bundle{[]Product{Book{"C", 2000, "K&R"}, g1}},
	}
	for _, p := range cart {
		fmt.Println(describe(p))
	}
	sort.Slice(cart, func(i, j int) bool { return finalPrice(cart[i]) < finalPrice(cart[j]) })
	for _, p := range cart {
		fmt.Print(finalPrice(p), " ")
	}
	fmt.Println()
	g1.sale = false
	fmt.Println(finalPrice(cart[len(cart)-1]), finalPrice(g1))
	var d Discounter = g2
	var p Product = d
	_, isGadget := p.(*Gadget)
	fmt.Println(p.Name(), isGadget, p == Product(g2), d == g2)
}
