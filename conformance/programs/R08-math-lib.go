package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y float64 }

func dist(a, b Point) float64 { return math.Hypot(b.X-a.X, b.Y-a.Y) }

func stats(xs []float64) (mean, stddev, lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	sum := 0.0
	for _, x := range xs {
		sum += x
		lo = math.Min(lo, x)
		hi = math.Max(hi, x)
	}
	mean = sum / float64(len(xs))
	for _, x := range xs {
		stddev += (x - mean) * (x - mean)
	}
	stddev = math.Sqrt(stddev / float64(len(xs)))
	return
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d <= int(math.Sqrt(float64(n))); d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println(math.Sqrt(16), math.Sqrt(2), math.Pow(2, 10), math.Pow(9, 0.5), math.Abs(-7.25))
	fmt.Println(math.Floor(2.7), math.Floor(-2.7), math.Ceil(2.1), math.Ceil(-2.1), math.Trunc(-9.99), math.Round(4.5), math.Round(-4.5))
	fmt.Println(math.Max(3, 8), math.Min(3, 8), math.Mod(10, 3), math.Mod(-10, 3), math.Cbrt(125))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.IsNaN(math.Sqrt(-1)), math.IsInf(1/math.Inf(1), 0))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxInt16, math.MaxUint8, uint32(math.MaxUint32))
	fmt.Printf("%.6f %.6f %.6f\n", math.Pi, math.E, math.Sqrt2)
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Exp(2))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Atan(1)*4)
	fmt.Println(dist(Point{0, 0}, Point{3, 4}), dist(Point{1, 1}, Point{4, 5}))
	mean, sd, lo, hi := stats([]float64{2, 4, 4, 4, 5, 5, 7, 9})
	fmt.Println(mean, sd, lo, hi)
	var primes []int
	for n := 0; n < 50; n++ {
		if isPrime(n) {
			primes = append(primes, n)
		}
	}
	fmt.Println(primes)
	var x int64 = math.MaxInt64
	x++
	fmt.Println(x == math.MinInt64, math.MaxFloat64 > 1e308, math.SmallestNonzeroFloat64 > 0)
	c := 2 * math.Pi * 10
	fmt.Printf("circumference %.3f area %.3f\n", c, math.Pi*100)
	fmt.Println(math.Floor(7/2), 7/2, 7.0/2, float64(7)/2, int(math.Round(2.6)))
}
