package main

import "fmt"

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func main() {
	items := []Item{{"apple", 0.5, 12}, {"watermelon", 3.25, 1}, {"kiwi", 0.333, 150}}
	fmt.Printf("%-12s|%8s|%5s\n", "name", "price", "qty")
	for _, it := range items {
		fmt.Printf("%-12s|%8.2f|%5d\n", it.Name, it.Price, it.Qty)
	}
	fmt.Printf("[%6.1f] [%-8.3f] [%08.3f] [%+d] [%+.1f]\n", 3.14159, 2.5, -1.5, 42, 2.0)
	fmt.Printf("[%x] [%X] [%o] [%b] [%#x] [%#o] [%08b]\n", 255, 255, 8, 5, 255, 8, 5)
	fmt.Printf("[%q] [%q] [%v] [%c] [%U]\n", "hi\n", 'x', 'x', 65, 0x1F600)
	fmt.Printf("[%x] [% x] [%X]\n", "hey", "hey", []byte("go"))
	fmt.Printf("[%5t] [%-5t|] [%e] [%g] [%g]\n", true, false, 123456.789, 1e21, 0.000012)
	fmt.Printf("[%3c] [%-4q] [%6.2s]\n", 'z', 'a', "abcdef")
	fmt.Printf("[%v] [%+v] [%T]\n", items[0], items[0], items)
	fmt.Printf("[%5v] [%-5v] [%05d] [%x]\n", []int{1, 2}, true, -42, -255)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	s := fmt.Sprintf("%6.2f%%", 12.345)
	fmt.Println(s, len(s))
	fmt.Printf("%v %v %v\n", int8(-128), uint8(255), 1<<62)
	fmt.Printf("%t %v %q\n", 1 == 1, nil, []string{"a", "b c"})
}
