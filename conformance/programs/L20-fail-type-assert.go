package main

import "fmt"

type Item struct {
	Name string
	Qty  interface{}
}

func total(items []Item) int {
	t := 0
	for _, it := range items {
		t += it.Qty.(int)
	}
	return t
}

func main() {
	items := []Item{{"apple", 3}, {"pear", 4}}
	fmt.Println("total:", total(items))
	items = append(items, Item{"plum", "five"})
	fmt.Println("total:", total(items))
}
