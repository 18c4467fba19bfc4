package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	items := []Item{
		{"Widget", 3, 4.5},
		{"Gadget with a long name", 1, 129.99},
		{"Nut", 250, 0.035},
		{"Bolt", 120, 0.1},
	}
	header := fmt.Sprintf("%-20s %5s %10s %10s", "ITEM", "QTY", "PRICE", "TOTAL")
	fmt.Println(header)
	fmt.Println(strings.Repeat("-", len(header)))
	sum := 0.0
	for _, it := range items {
		name := it.Name
		if len(name) > 20 {
			name = name[:17] + "..."
		}
		total := float64(it.Qty) * it.Price
		sum += total
		fmt.Printf("%-20s %5d %10.3f %10.2f\n", name, it.Qty, it.Price, total)
	}
	fmt.Println(strings.Repeat("-", len(header)))
	fmt.Printf("%-20s %5s %10s %10.2f\n", "SUM", "", "", sum)
	fmt.Printf("%-20s %27.1f%%\n", "TAX", 8.25)
	line := fmt.Sprintf("|%8.3e|%-12g|%+.2e|%G|", sum, sum, -sum, 1e-9)
	fmt.Println(line, len(line))
	fmt.Println(fmt.Sprintf("%05d|%-5d|%5.1f|%x|%X|%o", 42, 42, 3.14159, 3054, 3054, 64))
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, nil, 'x'))
	fmt.Print(fmt.Sprintln("x", 1, 2.0, []int{3}, map[string]int{"k": 4}, struct{ A, B int }{5, 6}))
	err := fmt.Errorf("item %q: qty %d exceeds stock (%.1f%%)", "Nut", 250, 125.0)
	fmt.Println(err.Error(), len(err.Error()))
}
