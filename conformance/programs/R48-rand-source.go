package main

import (
	"fmt"
	"math/rand"
)

type Deck []string

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Float64(), r.Int63(), r.Int31n(10), r.Int63n(1000000007), r.Int31(), r.Int())
	fmt.Println(r.Perm(6))
	d := Deck{"A", "K", "Q", "J", "10", "9"}
	r.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
	fmt.Println(d)
	src := rand.NewSource(7)
	fmt.Println(src.Int63())
	src.Seed(7)
	fmt.Println(src.Int63())
	r2 := rand.New(src)
	r2.Seed(1)
	fmt.Println(r2.Intn(100), r2.Intn(100), r2.Intn(100))
	rolls := map[int]int{}
	dice := rand.New(rand.NewSource(2024))
	for i := 0; i < 6000; i++ {
		rolls[dice.Intn(6)+1]++
	}
	fmt.Println(rolls)
	hits := 0
	mc := rand.New(rand.NewSource(1))
	for i := 0; i < 10000; i++ {
		x, y := mc.Float64(), mc.Float64()
		if x*x+y*y <= 1 {
			hits++
		}
	}
	fmt.Printf("pi ~ %.4f\n", 4*float64(hits)/10000)
}
