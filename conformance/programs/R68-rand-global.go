// Seed-dependent by design: the global source takes the run's seed; at the
// default seed (1) it is Go 1.19's fixed sequence.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Intn(1000), rand.Float64())
	p := rand.Perm(6)
	fmt.Println(p)
	xs := []string{"a", "b", "c", "d", "e"}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs, rand.Int63())
	rand.Seed(42)
	fmt.Println(rand.Intn(10), rand.Intn(10), rand.Intn(10))
}
