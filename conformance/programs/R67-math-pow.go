package main

import (
	"fmt"
	"math"
)

func main() {
	for _, b := range []float64{1.05, 1.1, 2, 0.5, -3, 10, 1.0001, 7.3} {
		fmt.Println(math.Pow(b, 12), math.Pow(b, 3), math.Pow(b, -2), math.Pow(b, 0.5), math.Pow(b, 30))
	}
	fmt.Println(math.Pow(0, -1), math.Pow(-2, 0.5), math.Pow(-8, 1.0/3), math.Pow(2, 1024), math.Pow(2, -1075), math.Pow(-0.0, -3))
	p := 1000.0
	for y := 1; y <= 5; y++ {
		fmt.Printf("year %d: %.2f %v\n", y, p*math.Pow(1.07, float64(y)), p*math.Pow(1.07, float64(y)))
	}
}
