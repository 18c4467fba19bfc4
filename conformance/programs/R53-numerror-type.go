package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"42", "-7", "x1", "99999999999999999999", ""}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			fmt.Printf("%-22q error %T: %v\n", in, err, err)
			continue
		}
		fmt.Printf("%-22q ok %d\n", in, n)
	}
	_, err := strconv.ParseFloat("1e999", 64)
	fmt.Printf("%T %v\n", err, err)
}
