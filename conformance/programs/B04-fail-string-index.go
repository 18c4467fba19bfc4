package main

import "fmt"

func lastChar(s string, n int) byte {
	return s[len(s)-n]
}

func main() {
	words := []string{"alpha", "be", "c"}
	for _, w := range words {
		fmt.Printf("%s -> %c\n", w, lastChar(w, 1))
	}
	fmt.Println(lastChar("xy", 3))
}
