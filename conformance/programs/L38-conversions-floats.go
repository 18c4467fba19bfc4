package main

import (
	"fmt"
	"strconv"
)

type Meters float64
type Feet float64

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }

const third = 1.0 / 3
const big = 1e15

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32), float32(f64) == f32)
	fmt.Println(f32*3, f64*3, float32(1)/3)
	x := 7
	y := 2
	fmt.Println(x/y, float64(x)/float64(y), float64(x/y), x%y)
	fmt.Println(third, third*3 == 1, int(big/8))
	fmt.Printf("%.3f %.0f %6.2f|%-8.3f|%e\n", third, 2.5, 3.14159, 1.5, 1e-7)
	m := Meters(100)
	fmt.Printf("%.2f %T\n", m.ToFeet(), m.ToFeet())
	neg, pos, u := -3.7, 3.99999, uint8(200)
	fmt.Println(int(neg), int64(pos), u+uint8(100))
	var d float64 = 1e300
	fmt.Println(d*10, -d*10, d*10-d*10 != d*10-d*10)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	fmt.Println(strconv.Itoa(int(m)), strconv.FormatInt(255, 2), strconv.Quote("a\tb"))
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
	fl, err := strconv.ParseFloat("2.5", 64)
	fmt.Println(fl, err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1)+float32(0.2))
	var i8 int8 = int8(x) * 20
	fmt.Println(i8, uint16(i8), int(uint8(i8)))
	fmt.Println(1e6, 1e21, 123456789.0, 1.0, 100.5e-3, float32(1e10))
	fmt.Println(5/2.0, 1<<10, 0x1F, 0o17, 0b101, 1_000_000)
	var r rune = 'é'
	fmt.Println(r, string(r), len(string(r)), []byte(string(r)))
}
